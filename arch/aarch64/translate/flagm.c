/* arch/aarch64/translate/flagm.c: FEAT_FlagM (CFINV, RMIF, SETF8, SETF16)
 * and FEAT_FlagM2 (AXFLAG, XAFLAG): instructions that only move NZCV.  The
 * flags go through IR (a64_get_nzcv/a64_set_nzcv, N Z C V in bits 3..0);
 * one pure helper computes the new value. */
#include "arch/aarch64/translate.h"

enum { N = 8, Z = 4, C = 2, V = 1 };
enum { K_XAFLAG, K_AXFLAG, K_RMIF, K_SETF8, K_SETF16 };

/* kind in bits 7..0, RMIF's imm6 in 13..8 and mask in 19..16 */
static uint64_t flagm_helper(void *cpu, uint64_t op, uint64_t x, uint64_t f)
{
	bool z = f & Z, c = f & C, v = f & V;
	switch (op & 0xff) {
	case K_XAFLAG:
		return (!c && !z ? N : 0) | (z && c ? Z : 0) | (c || z ? C : 0) | (!c && z ? V : 0);
	case K_AXFLAG:
		return (z || v ? Z : 0) | (c && !v ? C : 0);
	case K_RMIF: {
		unsigned sh = (op >> 8) & 63, mask = (op >> 16) & 15;
		uint64_t r = sh ? (x >> sh) | (x << (64 - sh)) : x;
		return (f & ~mask) | (r & mask);
	}
	default: {   /* SETF8, SETF16: N and Z from the low 8/16 bits, V = carry out of them, C kept */
		unsigned bits = (op & 0xff) == K_SETF8 ? 8 : 16;
		bool top = (x >> (bits - 1)) & 1, above = (x >> bits) & 1;
		return (top ? N : 0) | ((x & ((1u << bits) - 1)) == 0 ? Z : 0) | (f & C) | (top != above ? V : 0);
	}
	}
}

static bool flagm(struct a64_tr *t, uint64_t op, dm_temp x)
{
	a64_set_nzcv(t, a64_call(t, flagm_helper, a64_const(t, op), x, a64_get_nzcv(t)));
	return true;
}

A64_INSN(CFINV)
{
	a64_set_nzcv(t, a64_op2i(t, DM_IR_XOR, 8, a64_get_nzcv(t), C));
	return true;
}
A64_INSN(XAFLAG) { return flagm(t, K_XAFLAG, a64_const(t, 0)); }
A64_INSN(AXFLAG) { return flagm(t, K_AXFLAG, a64_const(t, 0)); }
A64_INSN(RMIF)
{
	return flagm(t, K_RMIF | a64_bits(insn, 20, 15) << 8 | a64_bits(insn, 3, 0) << 16, a64_get_x(t, A64_RN(insn), true));
}
A64_INSN(SETF8) { return flagm(t, K_SETF8, a64_get_x(t, A64_RN(insn), false)); }
A64_INSN(SETF16) { return flagm(t, K_SETF16, a64_get_x(t, A64_RN(insn), false)); }
