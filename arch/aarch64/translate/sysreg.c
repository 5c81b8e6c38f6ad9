/* arch/aarch64/translate/sysreg.c: the EL0 system-register table.
 * The ID registers are what Linux's MRS emulation (arch/arm64/kernel/
 * cpufeature.c, emulate_mrs) shows user space; MIDR and the ISAR registers
 * come from the -cpu model (arch/aarch64/models.c, in step with its hwcaps). */
#include <stddef.h>

#include "arch/aarch64/cpu.h"
#include "arch/aarch64/model.h"
#include "arch/aarch64/translate/sysreg.h"

#define ID(crm, op2) A64_SR(3, 0, 0, crm, op2)

static const struct a64_sysreg table[] = {
	{ A64_SR(3, 3, 4, 2, 0), A64_SR_STATE, "NZCV", A64_OFF_NZCV, 0xf0000000u },
	/* FPCR: AHP, DN, FZ, RMode (no FZ16: FEAT_FP16 is not advertised; trap enables RAZ/WI) */
	{ A64_SR(3, 3, 4, 4, 0), A64_SR_STATE, "FPCR", A64_OFF_FPCR, 0x07c00000u },
	/* FPSR: QC and the cumulative IEEE flags IDC IXC UFC OFC DZC IOC */
	{ A64_SR(3, 3, 4, 4, 1), A64_SR_STATE, "FPSR", A64_OFF_FPSR, 0x0800009fu },
	{ A64_SR(3, 3, 13, 0, 2), A64_SR_STATE, "TPIDR_EL0", A64_OFF_TPIDR, ~0ull },
	{ A64_SR(3, 3, 13, 0, 3), A64_SR_STATE_RO, "TPIDRRO_EL0", offsetof(struct a64_cpu, tpidrro_el0), 0 },
	/* CTR_EL0 of Cortex-A72: 64-byte I/D lines, ERG/CWG 64 bytes, PIPT I-cache */
	{ A64_SR(3, 3, 0, 0, 1), A64_SR_CONST, "CTR_EL0", 0x8444c004u, 0 },
	/* DCZID_EL0: DC ZVA allowed, block 4 << 4 words = 64 bytes */
	{ A64_SR(3, 3, 0, 0, 7), A64_SR_CONST, "DCZID_EL0", 4, 0 },
	/* FEAT_RNG */
	{ A64_SR(3, 3, 2, 4, 0), A64_SR_RANDOM, "RNDR", 0, 0 },
	{ A64_SR(3, 3, 2, 4, 1), A64_SR_RANDOM, "RNDRRS", 0, 0 },
	/* generic timer: 1 GHz (the Armv8.6 fixed frequency), so the counter is nanoseconds */
	{ A64_SR(3, 3, 14, 0, 0), A64_SR_CONST, "CNTFRQ_EL0", 1000000000u, 0 },
	{ A64_SR(3, 3, 14, 0, 2), A64_SR_COUNTER, "CNTVCT_EL0", 0, 0 },
	/* ID registers Linux emulates for EL0 (HWCAP_CPUID) */
	{ ID(0, 0), A64_SR_MODEL, "MIDR_EL1", offsetof(struct a64_model, midr), 0 },
	{ ID(0, 5), A64_SR_CONST, "MPIDR_EL1", 0x80000000u, 0 },       /* Linux shows only RES1 bit 31 */
	{ ID(0, 6), A64_SR_CONST, "REVIDR_EL1", 0, 0 },
	{ ID(4, 0), A64_SR_CONST, "ID_AA64PFR0_EL1", 0x11, 0 },        /* EL0, EL1 AArch64; FP, AdvSIMD (no FP16) */
	{ ID(5, 0), A64_SR_CONST, "ID_AA64DFR0_EL1", 0x6, 0 },         /* DebugVer as Linux reports it */
	/* the instruction-set features of the -cpu model (arch/aarch64/models.c) */
	{ ID(6, 0), A64_SR_MODEL, "ID_AA64ISAR0_EL1", offsetof(struct a64_model, isar0), 0 },
	{ ID(6, 1), A64_SR_MODEL, "ID_AA64ISAR1_EL1", offsetof(struct a64_model, isar1), 0 },
};

const struct a64_sysreg *a64_sysreg_find(uint32_t key)
{
	static const struct a64_sysreg zero_id = { 0, A64_SR_CONST, "ID (reads as zero)", 0, 0 };
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (table[i].key == key) return &table[i];
	/* Linux emulates the whole op0=3 op1=0 CRn=0 CRm=2..7 space; unknown ones read as 0 */
	unsigned crm = (key >> 3) & 15;
	if ((key & ~(uint32_t)(15 << 3 | 7)) == A64_SR(3, 0, 0, 0, 0) && crm >= 2 && crm <= 7) return &zero_id;
	return NULL;
}
