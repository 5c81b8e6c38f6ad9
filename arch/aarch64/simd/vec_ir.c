/* arch/aarch64/simd/vec_ir.c: SWAR builders for integer AdvSIMD (vec_ir.h). */
#include "arch/aarch64/simd/vec_ir.h"

uint64_t vir_unit(unsigned esz)
{
	static const uint64_t unit[4] = { 0x0101010101010101ull, 0x0001000100010001ull, 0x0000000100000001ull, 1 };
	return unit[esz];
}

uint64_t vir_top(unsigned esz) { return vir_unit(esz) << ((8u << esz) - 1); }

static dm_temp op2(struct a64_tr *t, enum dm_ir_op op, dm_temp a, dm_temp b) { return a64_op2(t, op, 8, a, b); }
static dm_temp op2i(struct a64_tr *t, enum dm_ir_op op, dm_temp a, uint64_t k) { return a64_op2i(t, op, 8, a, k); }

/* low bits of each lane added without the tops (no carry can leave a lane),
 * then the tops fixed up: top = a_top ^ b_top ^ carry-in */
dm_temp vir_add(struct a64_tr *t, unsigned esz, dm_temp a, dm_temp b)
{
	if (esz == 3) return op2(t, DM_IR_ADD, a, b);
	uint64_t h = vir_top(esz);
	dm_temp low = op2(t, DM_IR_ADD, op2i(t, DM_IR_AND, a, ~h), op2i(t, DM_IR_AND, b, ~h));
	return op2(t, DM_IR_XOR, low, op2i(t, DM_IR_AND, op2(t, DM_IR_XOR, a, b), h));
}

/* a's tops forced to 1 so no lane borrows from its neighbour; the computed
 * top is then "no borrow from the low bits", and the true top is
 * a_top ^ b_top ^ borrow = computed ^ a_top ^ ~b_top */
dm_temp vir_sub(struct a64_tr *t, unsigned esz, dm_temp a, dm_temp b)
{
	if (esz == 3) return op2(t, DM_IR_SUB, a, b);
	uint64_t h = vir_top(esz);
	dm_temp low = op2(t, DM_IR_SUB, op2i(t, DM_IR_OR, a, h), op2i(t, DM_IR_AND, b, ~h));
	return op2(t, DM_IR_XOR, low, op2i(t, DM_IR_AND, op2(t, DM_IR_XORN, a, b), h));
}

/* (x & ~H) + ~H reaches a lane's top bit iff the lane's low bits are not all
 * zero, and never carries out of the lane; OR x adds the lanes whose top bit
 * itself is set */
dm_temp vir_nonzero_top(struct a64_tr *t, unsigned esz, dm_temp x)
{
	uint64_t h = vir_top(esz);
	dm_temp low = op2i(t, DM_IR_ADD, op2i(t, DM_IR_AND, x, ~h), ~h);
	return op2i(t, DM_IR_AND, op2(t, DM_IR_OR, low, x), h);
}

/* top - (top >> (bits-1)) fills the bits below a set top without borrowing
 * across lanes; OR puts the top back */
dm_temp vir_spread_top(struct a64_tr *t, unsigned esz, dm_temp m)
{
	if (esz == 3) return a64_op2i(t, DM_IR_SAR, 8, m, 63);
	dm_temp low = op2(t, DM_IR_SUB, m, op2i(t, DM_IR_SHR, m, (8u << esz) - 1));
	return op2(t, DM_IR_OR, low, m);
}

dm_temp vir_cmeq(struct a64_tr *t, unsigned esz, dm_temp a, dm_temp b)
{
	dm_temp nz = vir_nonzero_top(t, esz, op2(t, DM_IR_XOR, a, b));
	return vir_spread_top(t, esz, op2i(t, DM_IR_XOR, nz, vir_top(esz)));
}

dm_temp vir_cmtst(struct a64_tr *t, unsigned esz, dm_temp a, dm_temp b)
{
	return vir_spread_top(t, esz, vir_nonzero_top(t, esz, op2(t, DM_IR_AND, a, b)));
}

/* from each lane's sign (top bit) and nonzero-ness */
dm_temp vir_cmp_zero(struct a64_tr *t, unsigned esz, enum vir_cmpz op, dm_temp x)
{
	uint64_t h = vir_top(esz);
	dm_temp m;
	switch (op) {
	case VIR_LT0: m = op2i(t, DM_IR_AND, x, h); break;
	case VIR_GE0: m = op2i(t, DM_IR_AND, a64_op1(t, DM_IR_NOT, 8, x), h); break;
	case VIR_EQ0: m = op2i(t, DM_IR_XOR, vir_nonzero_top(t, esz, x), h); break;
	case VIR_GT0: m = op2(t, DM_IR_ANDN, vir_nonzero_top(t, esz, x), x); break;   /* nonzero, not negative */
	default: m = op2i(t, DM_IR_AND, op2(t, DM_IR_ORN, x, vir_nonzero_top(t, esz, x)), h); break;  /* LE0 */
	}
	return vir_spread_top(t, esz, m);
}

/* x holds 2*bits-wide containers whose low halves matter (esz 0..2): those
 * halves squeezed together, in order, into the low 32 bits */
dm_temp vir_pack_even(struct a64_tr *t, unsigned esz, dm_temp x)
{
	static const uint64_t even[3] = { 0x00ff00ff00ff00ffull, 0x0000ffff0000ffffull, 0x00000000ffffffffull };
	dm_temp s = op2i(t, DM_IR_AND, x, even[esz]);
	if (esz == 0) s = op2i(t, DM_IR_AND, op2(t, DM_IR_OR, s, op2i(t, DM_IR_SHR, s, 8)), even[1]);
	if (esz <= 1) s = op2i(t, DM_IR_AND, op2(t, DM_IR_OR, s, op2i(t, DM_IR_SHR, s, 16)), even[2]);
	return s;
}

/* the inverse of vir_pack_even: the lanes of the low 32 bits of x spread
 * to the low halves of 2*bits-wide containers, the high halves zero */
dm_temp vir_unpack_even(struct a64_tr *t, unsigned esz, dm_temp x)
{
	static const uint64_t even[3] = { 0x00ff00ff00ff00ffull, 0x0000ffff0000ffffull, 0x00000000ffffffffull };
	dm_temp s = op2i(t, DM_IR_AND, x, even[2]);
	if (esz <= 1) s = op2i(t, DM_IR_AND, op2(t, DM_IR_OR, s, op2i(t, DM_IR_SHL, s, 16)), even[1]);
	if (esz == 0) s = op2i(t, DM_IR_AND, op2(t, DM_IR_OR, s, op2i(t, DM_IR_SHL, s, 8)), even[0]);
	return s;
}

/* even lanes widened to 2*bits-wide containers so the pair sums cannot carry
 * into a neighbour, then the (even) results squeezed together */
dm_temp vir_addp_half(struct a64_tr *t, unsigned esz, dm_temp x)
{
	unsigned bits = 8u << esz;
	if (esz == 2) return op2i(t, DM_IR_AND, op2(t, DM_IR_ADD, x, op2i(t, DM_IR_SHR, x, 32)), 0xffffffffull);
	uint64_t even = esz ? 0x0000ffff0000ffffull : 0x00ff00ff00ff00ffull;
	dm_temp s = op2(t, DM_IR_ADD, op2i(t, DM_IR_AND, x, even), op2i(t, DM_IR_AND, op2i(t, DM_IR_SHR, x, bits), even));
	return vir_pack_even(t, esz, s);
}

/* Lane-wise a >= b on the tops.  d = (a | H) - (b & ~H) compares the low
 * bits: each lane computes 2^(bits-1) + a_low - b_low, which lies in
 * [1, 2^bits - 1], so nothing borrows across lanes, and its top is set iff
 * a_low >= b_low.  That decides when the tops are equal; otherwise the tops
 * do (unsigned: a's top set wins; signed: b's top set, i.e. b negative). */
dm_temp vir_ge_top(struct a64_tr *t, unsigned esz, bool sign, dm_temp a, dm_temp b)
{
	uint64_t h = vir_top(esz);
	dm_temp d = op2(t, DM_IR_SUB, op2i(t, DM_IR_OR, a, h), op2i(t, DM_IR_AND, b, ~h));
	dm_temp differ = sign ? op2(t, DM_IR_ANDN, b, a) : op2(t, DM_IR_ANDN, a, b);
	dm_temp same = op2(t, DM_IR_AND, op2(t, DM_IR_XORN, a, b), d);  /* ~(a ^ b) & d */
	return op2i(t, DM_IR_AND, op2(t, DM_IR_OR, differ, same), h);
}

dm_temp vir_cmge(struct a64_tr *t, unsigned esz, bool sign, dm_temp a, dm_temp b)
{
	return vir_spread_top(t, esz, vir_ge_top(t, esz, sign, a, b));
}

/* a > b is not b >= a */
dm_temp vir_cmgt(struct a64_tr *t, unsigned esz, bool sign, dm_temp a, dm_temp b)
{
	return vir_spread_top(t, esz, op2i(t, DM_IR_XOR, vir_ge_top(t, esz, sign, b, a), vir_top(esz)));
}

dm_temp vir_select(struct a64_tr *t, dm_temp m, dm_temp x, dm_temp y)
{
	return op2(t, DM_IR_XOR, y, op2(t, DM_IR_AND, op2(t, DM_IR_XOR, x, y), m));
}

dm_temp vir_max(struct a64_tr *t, unsigned esz, bool sign, bool min, dm_temp a, dm_temp b)
{
	dm_temp ge = vir_cmge(t, esz, sign, a, b);
	return min ? vir_select(t, ge, b, a) : vir_select(t, ge, a, b);
}

/* lane 2i of x meets lane 2i+1 (x shifted down one lane); odd lanes are
 * junk that vir_pack_even drops */
dm_temp vir_pair_half(struct a64_tr *t, unsigned esz, enum vir_pair op, dm_temp x)
{
	if (op == VIR_PADD) return vir_addp_half(t, esz, x);
	dm_temp y = op2i(t, DM_IR_SHR, x, 8u << esz);
	return vir_pack_even(t, esz, vir_max(t, esz, op == VIR_PSMAX || op == VIR_PSMIN, op == VIR_PUMIN || op == VIR_PSMIN, x, y));
}

/* lanes of x shifted right by sh (1..bits): the bits that came down from
 * the next lane are masked off; signed lanes then get their sign copied
 * into the vacated top sh bits */
dm_temp vir_shr(struct a64_tr *t, unsigned esz, bool sign, dm_temp x, unsigned sh)
{
	unsigned bits = 8u << esz;
	if (esz == 3) {
		if (sign) return a64_op2i(t, DM_IR_SAR, 8, x, sh > 63 ? 63 : sh);
		return sh > 63 ? a64_const(t, 0) : op2i(t, DM_IR_SHR, x, sh);
	}
	uint64_t keep = (((1ull << bits) - 1) >> sh) * vir_unit(esz);
	dm_temp r = op2i(t, DM_IR_AND, op2i(t, DM_IR_SHR, x, sh), keep);
	if (!sign) return r;
	dm_temp neg = vir_spread_top(t, esz, op2i(t, DM_IR_AND, x, vir_top(esz)));
	return op2(t, DM_IR_OR, r, op2i(t, DM_IR_AND, neg, ~keep));
}

/* lanes of x shifted left by sh (0..bits-1), what crosses a lane dropped */
dm_temp vir_shl(struct a64_tr *t, unsigned esz, dm_temp x, unsigned sh)
{
	if (!sh) return x;
	if (esz == 3) return op2i(t, DM_IR_SHL, x, sh);
	uint64_t keep = ((((1ull << (8u << esz)) - 1) << sh) & ((1ull << (8u << esz)) - 1)) * vir_unit(esz);
	return op2i(t, DM_IR_AND, op2i(t, DM_IR_SHL, x, sh), keep);
}

/* lanes of 2*bits in x, each shifted right by sh (0..bits) and truncated
 * to bits, packed into the low 32 bits (SHRN, XTN): with sh <= bits the
 * kept bits all come from the lane itself */
dm_temp vir_narrow_half(struct a64_tr *t, unsigned esz, dm_temp x, unsigned sh)
{
	return vir_pack_even(t, esz, sh ? op2i(t, DM_IR_SHR, x, sh) : x);
}

void vir_get(struct a64_tr *t, unsigned r, bool q, dm_temp h[2])
{
	h[0] = a64_vget(t, r, 0, 8);
	h[1] = q ? a64_vget(t, r, 8, 8) : 0;
}

void vir_put(struct a64_tr *t, unsigned r, bool q, const dm_temp h[2])
{
	a64_vput(t, r, 0, 8, h[0]);
	a64_vput(t, r, 8, 8, q ? h[1] : a64_const(t, 0));
}

void vir_put_narrow(struct a64_tr *t, unsigned r, bool q, const dm_temp lo32[2])
{
	dm_temp v = op2(t, DM_IR_OR, lo32[0], op2i(t, DM_IR_SHL, lo32[1], 32));
	a64_vput(t, r, q ? 8 : 0, 8, v);
	if (!q) a64_vput(t, r, 8, 8, a64_const(t, 0));
}
