/* arch/arm/translate/system.c: SVC (EABI: the number is in r7, the
 * immediate is ignored), UDF and BKPT, the CP15 thread ID registers (MRC
 * p15 TPIDRURO, and TPIDRURW both ways), barriers, hints, MRS/MSR of the
 * APSR, and the exclusives LDREX/STREX (B, H, D) in A32 and T32. */
#include <signal.h>

#include "arch/arm/translate.h"

static bool svc(struct arm_tr *t)
{
	dm_ir_put(t->b, 4, ARM_OFF_ORIG_R0, arm_get(t, 0));
	dm_ir_emit(t->b, DM_IR_SYSCALL, 8, 0, 0, 0, arm_next_pc(t));
	t->end_block = true;
	return true;
}
bool arm_svc(struct arm_tr *t, uint32_t i, uint32_t arg) { return svc(t); }

/* UDF: SIGILL ILL_ILLOPC at the instruction; BKPT: SIGTRAP */
bool arm_udf(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	arm_trap(t, DM_TRAP_UNDEF, 0);
	return true;
}
bool arm_bkpt(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	arm_trap(t, DM_TRAP_BRK, 0);
	return true;
}

bool arm_nop(struct arm_tr *t, uint32_t i, uint32_t arg) { return true; }

/* DMB, DSB, ISB: one full fence (ISB also ends the block, so code written
 * and then cache-flushed is fetched anew) */
bool arm_barrier(struct arm_tr *t, uint32_t i, uint32_t isb)
{
	dm_ir_emit(t->b, DM_IR_FENCE, 8, 0, 0, 0, 0);
	if (isb) arm_exit(t, arm_next_pc(t));
	return true;
}

bool arm_clrex(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	dm_ir_emit(t->b, DM_IR_CLREX, 8, 0, 0, 0, 0);
	return true;
}

/* MRC p15, 0, Rt, c13, c0, 3: TPIDRURO (the TLS pointer set_tls sets); Rt
 * at bits 15..12 in A32 and T32.  TPIDRURW is not kept: it decodes as UNDEF. */
bool arm_mrc_tls(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rt = BITS(i, 15, 12);
	if (rt == 15) return false;
	arm_set(t, rt, dm_ir_get(t->b, 4, ARM_OFF_TPIDRURO));
	return true;
}

/* MRS Rd, APSR: N Z C V Q, GE, and the user mode number (the execution
 * state bits read as zero) */
static uint64_t mrs_helper(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	return arm_cpsr_get(cpu) & ~0x20u;
}
static bool mrs(struct arm_tr *t, unsigned rd)
{
	if (rd == 15) return false;
	arm_set(t, rd, arm_call(t, mrs_helper, 0, 0, 0));
	return true;
}
/* A32: cccc 00010000 1111 dddd 000000000000 */
bool arm_a32_mrs(struct arm_tr *t, uint32_t i, uint32_t arg) { return mrs(t, BITS(i, 15, 12)); }
/* T32: 11110011111 0 1111 | 10 0 0 dddd 00000000 */
bool arm_t32_mrs(struct arm_tr *t, uint32_t i, uint32_t arg) { return mrs(t, BITS(i, 11, 8)); }

/* MSR APSR_<mask>, Rn: mask bit 1 writes N Z C V Q, bit 0 writes GE */
static uint64_t msr_helper(void *cpu, uint64_t v, uint64_t mask, uint64_t c)
{
	struct arm_cpu *a = cpu;
	if (mask & 2) {
		a->flags = (uint32_t)v >> 28;
		a->q = ((uint32_t)v >> 27) & 1;
	}
	if (mask & 1) a->ge = ((uint32_t)v >> 16) & 15;
	return 0;
}
static bool msr(struct arm_tr *t, dm_temp v, unsigned mask)
{
	if (!mask) return false;
	arm_call(t, msr_helper, v, arm_const(t, mask), 0);
	return true;
}
/* A32: cccc 00010010 mm00 1111 00000000 nnnn; immediate: cccc 00110010 mm00 1111 rrrriiiiiiii */
bool arm_a32_msr(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned mask = BITS(i, 19, 18);
	if (BIT(i, 25)) {
		int c;
		return msr(t, arm_const(t, arm_expand_imm_a32(BITS(i, 11, 0), &c)), mask);
	}
	if (BITS(i, 3, 0) == 15) return false;
	return msr(t, arm_get(t, BITS(i, 3, 0)), mask);
}
/* T32: 11110011100 0 nnnn | 10 0 0 mm00 00000000 */
bool arm_t32_msr(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	if (BITS(i, 19, 16) == 15) return false;
	return msr(t, arm_get(t, BITS(i, 19, 16)), BITS(i, 11, 10));
}

/* ---- exclusives: size 1, 2, 4 or 8 (the D forms: Rt at the lower address) */
static bool ldrex(struct arm_tr *t, unsigned size, unsigned rt, unsigned rt2, unsigned rn, uint32_t off)
{
	if (rt == 15 || rn == 15 || (size == 8 && (rt2 == 15 || rt2 == rt))) return false;
	dm_temp a = arm_get(t, rn);
	if (off) a = arm_op2i(t, DM_IR_ADD, a, off);
	dm_temp v = dm_ir_ldx(t->b, size, a, ARM_MEM);
	if (size == 8) {
		arm_set(t, rt, dm_ir_emit(t->b, DM_IR_ZEXT, 8, v, 0, 0, 32));
		arm_set(t, rt2, dm_ir_op2(t->b, DM_IR_SHR, 8, v, arm_const(t, 32)));
	} else {
		arm_set(t, rt, v);
	}
	return true;
}
static bool strex(struct arm_tr *t, unsigned size, unsigned rd, unsigned rt, unsigned rt2, unsigned rn, uint32_t off)
{
	if (rd == 15 || rt == 15 || rn == 15 || rd == rn || rd == rt || (size == 8 && (rt2 == 15 || rd == rt2)))
		return false;
	dm_temp a = arm_get(t, rn);
	if (off) a = arm_op2i(t, DM_IR_ADD, a, off);
	dm_temp v = arm_get(t, rt);
	if (size == 8)
		v = dm_ir_op2(t->b, DM_IR_OR, 8, v, dm_ir_op2(t->b, DM_IR_SHL, 8, arm_get(t, rt2), arm_const(t, 32)));
	arm_set(t, rd, dm_ir_stx(t->b, size, a, v, ARM_MEM));
	return true;
}
/* A32: cccc 00011 ss L nnnn tttt 1111 1001 tttt (ss: 00 word, 01 D, 10 B, 11 H) */
static const unsigned a32_xsize[4] = { 4, 8, 1, 2 };
bool arm_a32_ldrex(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned size = a32_xsize[BITS(i, 22, 21)], rt = BITS(i, 15, 12);
	if (size == 8 && (rt & 1)) return false;
	return ldrex(t, size, rt, rt + 1, BITS(i, 19, 16), 0);
}
bool arm_a32_strex(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned size = a32_xsize[BITS(i, 22, 21)], rt = BITS(i, 3, 0);
	if (size == 8 && (rt & 1)) return false;
	return strex(t, size, BITS(i, 15, 12), rt, rt + 1, BITS(i, 19, 16), 0);
}
/* T32 word: LDREX 111010000101 nnnn | tttt 1111 iiiiiiii; STREX 111010000100 nnnn | tttt dddd iiiiiiii */
bool arm_t32_ldrex(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return ldrex(t, 4, BITS(i, 15, 12), 15, BITS(i, 19, 16), BITS(i, 7, 0) * 4);
}
bool arm_t32_strex(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return strex(t, 4, BITS(i, 11, 8), BITS(i, 15, 12), 15, BITS(i, 19, 16), BITS(i, 7, 0) * 4);
}
/* T32 B/H/D: 11101000110L nnnn | tttt tttt2 01ss dddd (ss: 00 B, 01 H, 11 D; loads: dddd = 1111) */
static const unsigned t32_xsize[4] = { 1, 2, 0, 8 };
bool arm_t32_ldrex_bhd(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned size = t32_xsize[BITS(i, 5, 4)];
	if (!size || BITS(i, 3, 0) != 15 || (size != 8 && BITS(i, 11, 8) != 15)) return false;
	return ldrex(t, size, BITS(i, 15, 12), BITS(i, 11, 8), BITS(i, 19, 16), 0);
}
bool arm_t32_strex_bhd(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned size = t32_xsize[BITS(i, 5, 4)];
	if (!size || (size != 8 && BITS(i, 11, 8) != 15)) return false;
	return strex(t, size, BITS(i, 3, 0), BITS(i, 15, 12), BITS(i, 11, 8), BITS(i, 19, 16), 0);
}
