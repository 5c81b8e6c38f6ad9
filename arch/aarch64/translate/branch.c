/* arch/aarch64/translate/branch.c: branches (B, BL, B.cond, CBZ/CBNZ,
 * TBZ/TBNZ, BR, BLR, RET).  Each ends the block: a conditional one with
 * BRCOND to the target then EXIT to the fall-through. */
#include "arch/aarch64/translate.h"

static void cond_branch(struct a64_tr *t, dm_temp taken, int64_t off)
{
	a64_emit(t, DM_IR_BRCOND, 8, taken, 0, 0, t->pc + (uint64_t)off);
	a64_exit(t, t->pc + 4);
}

A64_INSN(B_uncond)
{
	a64_exit(t, t->pc + (uint64_t)(a64_sbits(insn, 25, 0) * 4));
	return true;
}

A64_INSN(BL)
{
	a64_set_x(t, 30, true, a64_const(t, t->pc + 4));
	a64_exit(t, t->pc + (uint64_t)(a64_sbits(insn, 25, 0) * 4));
	return true;
}

A64_INSN(B_cond)
{
	unsigned cond = a64_bits(insn, 3, 0);
	int64_t off = a64_sbits(insn, 23, 5) * 4;
	if (cond >= 14) a64_exit(t, t->pc + (uint64_t)off);   /* AL, and NV which also means always */
	else cond_branch(t, a64_cond(t, cond), off);
	return true;
}

static bool cbz(struct a64_tr *t, uint32_t insn, bool nonzero)
{
	bool sf = A64_SF(insn);
	dm_temp v = a64_get_x(t, A64_RT(insn), sf);
	/* BRCOND takes any nonzero temp: CBNZ uses v itself, CBZ the EQ condition of v - 0 */
	dm_temp taken = nonzero ? v : a64_emit(t, DM_IR_COND, 8, a64_op2(t, DM_IR_SUBF, 8, v, a64_const(t, 0)), 0, 0, DM_COND_EQ);
	cond_branch(t, taken, a64_sbits(insn, 23, 5) * 4);
	return true;
}

A64_INSN(CBZ) { return cbz(t, insn, false); }
A64_INSN(CBNZ) { return cbz(t, insn, true); }

static bool tbz(struct a64_tr *t, uint32_t insn, bool nonzero)
{
	unsigned bit = (a64_bits(insn, 31, 31) << 5) | a64_bits(insn, 23, 19);
	dm_temp v = a64_op2i(t, DM_IR_AND, 8, a64_get_x(t, A64_RT(insn), true), 1ull << bit);
	if (!nonzero) v = a64_op2i(t, DM_IR_XOR, 8, v, 1ull << bit);
	cond_branch(t, v, a64_sbits(insn, 18, 5) * 4);
	return true;
}

A64_INSN(TBZ) { return tbz(t, insn, false); }
A64_INSN(TBNZ) { return tbz(t, insn, true); }

A64_INSN(BR)
{
	a64_exit_ind(t, a64_get_x(t, A64_RN(insn), true));
	return true;
}

A64_INSN(BLR)
{
	dm_temp target = a64_get_x(t, A64_RN(insn), true);   /* read before X30 is written: BLR X30 */
	a64_set_x(t, 30, true, a64_const(t, t->pc + 4));
	a64_exit_ind(t, target);
	return true;
}

A64_INSN(RET)
{
	a64_exit_ind(t, a64_get_x(t, A64_RN(insn), true));
	return true;
}
