/* arch/aarch64/translate/system.c: System instructions: hints, barriers,
 * CLREX, SYS (cache maintenance, DC ZVA), MRS and MSR (register). */
#include <sys/random.h>
#include <time.h>

#include "arch/aarch64/translate.h"
#include "emu/dbt/exec.h"
#include "arch/aarch64/model.h"
#include "arch/aarch64/translate/sysreg.h"

/* Every hint is a NOP at EL0 for us: WFE/WFI/YIELD only hint the scheduler,
 * BTI guards are not enforced, and PAC*SP/AUT*SP/XPACLRI have nothing to sign
 * because FEAT_PAuth is not advertised (unallocated hints are NOPs too). */
A64_INSN(HINT) { return true; }

A64_INSN(CLREX)
{
	a64_emit(t, DM_IR_CLREX, 8, 0, 0, 0, 0);
	return true;
}

/* SB (FEAT_SB): a speculation barrier; nothing speculates past a guest
 * instruction here */
A64_INSN(SB) { return true; }

A64_INSN(DSB) { a64_emit(t, DM_IR_FENCE, 8, 0, 0, 0, 0); return true; }
A64_INSN(DMB) { a64_emit(t, DM_IR_FENCE, 8, 0, 0, 0, 0); return true; }

/* ISB is a context synchronization event: the instructions after it are
 * fetched anew.  It ends the block with an indirect exit, which is never
 * chained: the next block is found through the indirect-branch table or the
 * block cache, both of which an invalidation that completed before (on any
 * thread) has already cleared (docs/coherence.md). */
A64_INSN(ISB)
{
	a64_emit(t, DM_IR_FENCE, 8, 0, 0, 0, 0);
	a64_exit_ind(t, a64_const(t, t->pc + 4));
	return true;
}

/* IC IVAU: the guest wrote instructions and invalidates the instruction
 * cache line holding them (CTR_EL0.IminLine: 64 bytes; CTR_EL0.DIC is 0, so
 * the guest must do it).  Translations overlapping the line are dropped. */
static uint64_t helper_ic_ivau(void *cpu, uint64_t va, uint64_t b, uint64_t c)
{
	dm_exec_invalidate_icache(va & ~63ull, 64);
	return 0;
}

/* SYS: the EL0-accessible cache operations.  Data cache cleaning is a no-op
 * (the host's caches are coherent); IC IVAU drops translations of the line;
 * DC ZVA zeroes one DCZID-sized (64-byte) block. */
A64_INSN(SYS)
{
	unsigned op1 = a64_bits(insn, 18, 16), crn = a64_bits(insn, 15, 12);
	unsigned crm = a64_bits(insn, 11, 8), op2 = a64_bits(insn, 7, 5);
	if (op1 != 3 || crn != 7 || op2 != 1) return false;
	switch (crm) {
	case 4: {   /* DC ZVA */
		dm_temp a = a64_op2i(t, DM_IR_AND, 8, a64_get_x(t, A64_RT(insn), true), ~63ull), z = a64_const(t, 0);
		for (int i = 0; i < 64; i += 8) a64_st(t, 8, a64_addi(t, a, i), z);
		return true;
	}
	case 5:     /* IC IVAU */
		a64_call(t, helper_ic_ivau, a64_get_x(t, A64_RT(insn), true), 0, 0);
		return true;
	case 10:    /* DC CVAC */
	case 11:    /* DC CVAU */
	case 14:    /* DC CIVAC */
		return true;
	case 12:    /* DC CVAP */
		return a64_has(A64_F_DPB);
	case 13:    /* DC CVADP */
		return a64_has(A64_F_DPB2);
	default:
		return false;
	}
}

static uint64_t helper_cntvct(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* RNDR, RNDRRS: the host's random bits (getrandom); NZCV = 0000 says the
 * number is valid.  On failure (never expected) the value is 0 and NZCV =
 * 0100, as the architecture defines for an unavailable random number. */
static uint64_t helper_rndr(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	uint64_t v;
	if (getrandom(&v, sizeof v, 0) != (ssize_t)sizeof v) {
		((struct a64_cpu *)cpu)->nzcv = 0x40000000u;
		return 0;
	}
	((struct a64_cpu *)cpu)->nzcv = 0;
	return v;
}

A64_INSN(MRS)
{
	const struct a64_sysreg *r = a64_sysreg_find((insn >> 5) & 0xffff);
	if (!r) return false;
	dm_temp v;
	switch (r->kind) {
	case A64_SR_CONST: v = a64_const(t, r->value); break;
	case A64_SR_STATE:
	case A64_SR_STATE_RO: v = dm_ir_get(t->b, 8, r->value); break;
	case A64_SR_COUNTER: v = a64_call(t, helper_cntvct, 0, 0, 0); break;
	case A64_SR_RANDOM:   /* sets NZCV (helpers may) */
		if (!a64_has(A64_F_RNG)) return false;
		v = a64_call(t, helper_rndr, 0, 0, 0);
		break;
	case A64_SR_MODEL: v = a64_const(t, *(const uint64_t *)((const char *)a64_model() + r->value)); break;
	default: return false;
	}
	a64_set_x(t, A64_RT(insn), true, v);
	return true;
}

A64_INSN(MSR_reg)
{
	const struct a64_sysreg *r = a64_sysreg_find((insn >> 5) & 0xffff);
	if (!r || r->kind != A64_SR_STATE) return false;
	dm_temp v = a64_get_x(t, A64_RT(insn), true);
	if (r->wmask != ~0ull) v = a64_op2i(t, DM_IR_AND, 8, v, r->wmask);
	dm_ir_put(t->b, 8, r->value, v);
	/* a new FPCR (rounding mode, FZ, DN) may change how later FP code is translated */
	if (r->value == A64_OFF_FPCR) a64_exit(t, t->pc + 4);
	return true;
}
