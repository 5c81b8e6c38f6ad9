/* arch/aarch64/translate/sysreg.h: the EL0 view of A64 system registers
 * (MRS/MSR), as a table.  Values are documented in docs/aarch64.md. */
#ifndef DM_A64_SYSREG_H
#define DM_A64_SYSREG_H

#include <stdint.h>

/* op0:op1:CRn:CRm:op2, i.e. bits 20..5 of an MRS/MSR instruction */
#define A64_SR(op0, op1, crn, crm, op2) ((op0) << 14 | (op1) << 11 | (crn) << 7 | (crm) << 3 | (op2))

enum a64_sr_kind {
	A64_SR_CONST,        /* read-only constant `value` */
	A64_SR_STATE,        /* a64_cpu field at `value` (byte offset); writes masked by `wmask` */
	A64_SR_STATE_RO,     /* a64_cpu field, read-only at EL0 */
	A64_SR_COUNTER,      /* CNTVCT_EL0: host monotonic clock in ns */
	A64_SR_RANDOM,       /* RNDR, RNDRRS: 64 random bits from the host, NZCV = 0000 (FEAT_RNG) */
	A64_SR_MODEL,        /* the -cpu model's register: struct a64_model field at byte offset `value` */
};

struct a64_sysreg {
	uint32_t key;
	enum a64_sr_kind kind;
	const char *name;
	uint64_t value, wmask;
};

/* NULL: MRS/MSR of this register is UNDEF at EL0 (Linux: SIGILL) */
const struct a64_sysreg *a64_sysreg_find(uint32_t key);

#endif
