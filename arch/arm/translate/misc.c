/* arch/arm/translate/misc.c: multiplies and divides, bit operations (CLZ,
 * RBIT, REV*), extends (UXTB... and the add forms), bit fields (UBFX, SBFX,
 * BFI, BFC), in A32 and T32. */
#include "arch/arm/translate.h"

/* ---- multiplies ----------------------------------------------------------------
 * op: 0 MUL, 1 MLA, 2 MLS, 4 UMULL, 5 UMLAL, 6 SMULL, 7 SMLAL; S sets N, Z */
static bool mul(struct arm_tr *t, unsigned op, bool s, unsigned rd, unsigned rn, unsigned rm, unsigned ra, unsigned rdhi)
{
	if (rd == 15 || rn == 15 || rm == 15) return false;
	dm_temp a = arm_get(t, rn), b = arm_get(t, rm);
	if (op < 4) {
		dm_temp r = arm_op2(t, DM_IR_MUL, a, b);
		if (op == 1) r = arm_op2(t, DM_IR_ADD, r, arm_get(t, ra));
		if (op == 2) r = arm_op2(t, DM_IR_SUB, arm_get(t, ra), r);
		if (s) arm_set_nz_c(t, r, arm_carry(t));
		arm_set(t, rd, r);
		return true;
	}
	/* long: rdhi:rd (rd is RdLo) */
	if (rdhi == 15 || rdhi == rd) return false;
	bool sgn = op >= 6;
	dm_temp x = dm_ir_emit(t->b, sgn ? DM_IR_SEXT : DM_IR_ZEXT, 8, a, 0, 0, 32);
	dm_temp y = dm_ir_emit(t->b, sgn ? DM_IR_SEXT : DM_IR_ZEXT, 8, b, 0, 0, 32);
	dm_temp p = dm_ir_op2(t->b, DM_IR_MUL, 8, x, y);
	if (op & 1) {
		dm_temp acc = dm_ir_op2(t->b, DM_IR_OR, 8, dm_ir_op2(t->b, DM_IR_SHL, 8, arm_get(t, rdhi), arm_const(t, 32)),
					arm_get(t, rd));
		p = dm_ir_op2(t->b, DM_IR_ADD, 8, p, acc);
	}
	dm_temp lo = dm_ir_emit(t->b, DM_IR_ZEXT, 8, p, 0, 0, 32);
	dm_temp hi = dm_ir_op2(t->b, DM_IR_SHR, 8, p, arm_const(t, 32));
	if (s) {
		/* N from bit 63, Z from all 64 bits */
		dm_temp f = dm_ir_op1(t->b, DM_IR_LOGICF, 8, p);
		dm_temp v = arm_op2i(t, DM_IR_AND, arm_flags(t), DM_FLAG_C | DM_FLAG_V);
		arm_set_flags(t, arm_op2(t, DM_IR_OR, f, v));
	}
	arm_set(t, rd, lo);
	arm_set(t, rdhi, hi);
	return true;
}

/* A32: cccc 0000 ooo S dddd aaaa mmmm 1001 nnnn (Rd in 19..16, Ra/RdLo in 15..12) */
bool arm_a32_mul(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned op = BITS(i, 23, 21), hi = BITS(i, 19, 16), lo = BITS(i, 15, 12), rm = BITS(i, 11, 8), rn = BITS(i, 3, 0);
	bool s = BIT(i, 20);
	switch (op) {
	case 0: return mul(t, 0, s, hi, rn, rm, 0, 0);
	case 1: return mul(t, 1, s, hi, rn, rm, lo, 0);
	case 3: return !s && mul(t, 2, false, hi, rn, rm, lo, 0);
	case 4: case 5: case 6: case 7: return mul(t, op, s, lo, rn, rm, 0, hi);
	default: return false;
	}
}

/* T32 MUL/MLA/MLS: 111110110000 nnnn | aaaa dddd 00oo mmmm */
bool arm_t32_mul(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rn = BITS(i, 19, 16), ra = BITS(i, 15, 12), rd = BITS(i, 11, 8), rm = BITS(i, 3, 0), op = BITS(i, 5, 4);
	if (op == 0) return mul(t, ra == 15 ? 0 : 1, false, rd, rn, rm, ra, 0);
	if (op == 1) return mul(t, 2, false, rd, rn, rm, ra, 0);
	return false;
}

/* T32 long multiplies: 111110111 oo0 nnnn | llll hhhh 0000 mmmm (SMULL 000, UMULL 010, SMLAL 100, UMLAL 110) */
bool arm_t32_mull(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	static const int8_t ops[8] = { 6, -1, 4, -1, 7, -1, 5, -1 };
	int op = ops[BITS(i, 22, 20)];
	if (op < 0 || BITS(i, 7, 4)) return false;
	return mul(t, (unsigned)op, false, BITS(i, 15, 12), BITS(i, 19, 16), BITS(i, 3, 0), 0, BITS(i, 11, 8));
}

/* UDIV/SDIV: the IR's total division is Arm's (x / 0 = 0, INT_MIN / -1 = INT_MIN;
 * the divide-by-zero trap is off for Linux user mode) */
static bool div_(struct arm_tr *t, bool sgn, unsigned rd, unsigned rn, unsigned rm)
{
	if (rd == 15 || rn == 15 || rm == 15) return false;
	arm_set(t, rd, arm_op2(t, sgn ? DM_IR_SDIV : DM_IR_UDIV, arm_get(t, rn), arm_get(t, rm)));
	return true;
}
/* A32: cccc 0111 0U01 dddd 1111 mmmm 0001 nnnn */
bool arm_a32_div(struct arm_tr *t, uint32_t i, uint32_t arg) { return div_(t, !BIT(i, 21), BITS(i, 19, 16), BITS(i, 3, 0), BITS(i, 11, 8)); }
/* T32: 111110111 0U1 nnnn | 1111 dddd 1111 mmmm */
bool arm_t32_div(struct arm_tr *t, uint32_t i, uint32_t arg) { return div_(t, !BIT(i, 21), BITS(i, 11, 8), BITS(i, 19, 16), BITS(i, 3, 0)); }

/* ---- one-register bit operations: op 0 CLZ, 1 RBIT, 2 REV, 3 REV16, 4 REVSH */
static bool bitop(struct arm_tr *t, unsigned op, unsigned rd, unsigned rm)
{
	if (rd == 15 || rm == 15) return false;
	dm_temp v = arm_get(t, rm), r;
	switch (op) {
	case 0: r = arm_op1(t, DM_IR_CLZ, v); break;
	case 1: r = arm_op1(t, DM_IR_RBIT, v); break;
	case 2: r = arm_op1(t, DM_IR_BSWAP, v); break;
	case 3: r = arm_op2i(t, DM_IR_ROR, arm_op1(t, DM_IR_BSWAP, v), 16); break;
	default:
		r = dm_ir_emit(t->b, DM_IR_SEXT, 4, dm_ir_op1(t->b, DM_IR_BSWAP, 2, v), 0, 0, 16);
		break;
	}
	arm_set(t, rd, r);
	return true;
}
/* A32 CLZ: cccc 00010110 1111 dddd 1111 0001 mmmm (arg 0); REV 01101011 .. 0011 (2),
 * REV16 .. 1011 (3), REVSH 01101111 .. 1011 (4), RBIT 01101111 .. 0011 (1) */
bool arm_a32_bitop(struct arm_tr *t, uint32_t i, uint32_t op) { return bitop(t, op, BITS(i, 15, 12), BITS(i, 3, 0)); }
/* T32: 111110101 0xx mmmm | 1111 dddd 1xxx mmmm (rm twice) */
bool arm_t32_bitop(struct arm_tr *t, uint32_t i, uint32_t op)
{
	if (BITS(i, 19, 16) != BITS(i, 3, 0)) return false;
	return bitop(t, op, BITS(i, 11, 8), BITS(i, 3, 0));
}
/* T16 REV/REV16/REVSH: 1011 1010 oo mmm ddd */
bool arm_t16_rev(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	static const int8_t ops[4] = { 2, 3, -1, 4 };
	int op = ops[BITS(i, 7, 6)];
	return op >= 0 && bitop(t, (unsigned)op, BITS(i, 2, 0), BITS(i, 5, 3));
}

/* ---- extends: U = unsigned, bits 8 or 16 (SXTB16/UXTB16 not done); rn 15: no add */
static bool extend(struct arm_tr *t, bool u, unsigned bits, unsigned rd, unsigned rn, unsigned rm, unsigned rot)
{
	if (rd == 15 || rm == 15) return false;
	dm_temp v = arm_get(t, rm);
	if (rot) v = arm_op2i(t, DM_IR_ROR, v, rot * 8);
	v = dm_ir_emit(t->b, u ? DM_IR_ZEXT : DM_IR_SEXT, 4, v, 0, 0, bits);
	if (rn != 15) v = arm_op2(t, DM_IR_ADD, arm_get(t, rn), v);
	arm_set(t, rd, v);
	return true;
}
/* A32: cccc 01101 U oo nnnn dddd rr 000111 mmmm; oo: 10 byte, 11 halfword (00: the 16 forms) */
bool arm_a32_extend(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned sz = BITS(i, 21, 20);
	if (sz < 2) return false;
	return extend(t, BIT(i, 22), sz == 2 ? 8 : 16, BITS(i, 15, 12), BITS(i, 19, 16), BITS(i, 3, 0), BITS(i, 11, 10));
}
/* T32: 11111010 0 oo U nnnn | 1111 dddd 10 rr mmmm; oo: 00 halfword, 10 byte */
bool arm_t32_extend(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned sz = BITS(i, 22, 21);
	if (sz != 0 && sz != 2) return false;
	return extend(t, BIT(i, 20), sz == 2 ? 8 : 16, BITS(i, 11, 8), BITS(i, 19, 16), BITS(i, 3, 0), BITS(i, 5, 4));
}
/* T16: 1011 0010 oo mmm ddd (SXTH SXTB UXTH UXTB) */
bool arm_t16_extend(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned op = BITS(i, 7, 6);
	return extend(t, op >= 2, (op & 1) ? 8 : 16, BITS(i, 2, 0), 15, BITS(i, 5, 3), 0);
}

/* ---- bit fields ----------------------------------------------------------------- */
static bool bfx(struct arm_tr *t, bool u, unsigned rd, unsigned rn, unsigned lsb, unsigned widthm1)
{
	if (rd == 15 || rn == 15 || lsb + widthm1 > 31) return false;
	dm_temp v = arm_get(t, rn);
	if (lsb) v = arm_op2i(t, DM_IR_SHR, v, lsb);
	arm_set(t, rd, dm_ir_emit(t->b, u ? DM_IR_ZEXT : DM_IR_SEXT, 4, v, 0, 0, widthm1 + 1));
	return true;
}
static bool bfi(struct arm_tr *t, unsigned rd, unsigned rn, unsigned lsb, unsigned msb)
{
	if (rd == 15 || msb < lsb) return false;
	uint32_t mask = (uint32_t)(((1ull << (msb - lsb + 1)) - 1) << lsb);
	dm_temp src = rn == 15 ? arm_const(t, 0) : arm_op2i(t, DM_IR_AND, arm_op2i(t, DM_IR_SHL, arm_get(t, rn), lsb), mask);
	dm_temp keep = arm_op2i(t, DM_IR_AND, arm_get(t, rd), ~mask);
	arm_set(t, rd, arm_op2(t, DM_IR_OR, keep, src));
	return true;
}
/* A32 UBFX/SBFX: cccc 0111 1U1 wwwww dddd lllll 101 nnnn; BFI/BFC: cccc 0111 110 mmmmm dddd lllll 001 nnnn */
bool arm_a32_bfx(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return bfx(t, BIT(i, 22), BITS(i, 15, 12), BITS(i, 3, 0), BITS(i, 11, 7), BITS(i, 20, 16));
}
bool arm_a32_bfi(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return bfi(t, BITS(i, 15, 12), BITS(i, 3, 0), BITS(i, 11, 7), BITS(i, 20, 16));
}
/* T32: 11110 0 11 oo 0 nnnn | 0 iii dddd ii 0 wwwww; oo: 00 SBFX, 10 UBFX (bit 22) / BFI 0110 */
bool arm_t32_bfx(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned lsb = BITS(i, 14, 12) << 2 | BITS(i, 7, 6);
	return bfx(t, BIT(i, 23), BITS(i, 11, 8), BITS(i, 19, 16), lsb, BITS(i, 4, 0));
}
bool arm_t32_bfi(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned lsb = BITS(i, 14, 12) << 2 | BITS(i, 7, 6);
	return bfi(t, BITS(i, 11, 8), BITS(i, 19, 16), lsb, BITS(i, 4, 0));
}
