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

/* even lanes widened to 2*bits-wide containers so the pair sums cannot carry
 * into a neighbour, then the (even) results squeezed together */
dm_temp vir_addp_half(struct a64_tr *t, unsigned esz, dm_temp x)
{
	unsigned bits = 8u << esz;
	if (esz == 2) return op2i(t, DM_IR_AND, op2(t, DM_IR_ADD, x, op2i(t, DM_IR_SHR, x, 32)), 0xffffffffull);
	uint64_t even = esz ? 0x0000ffff0000ffffull : 0x00ff00ff00ff00ffull;
	dm_temp s = op2(t, DM_IR_ADD, op2i(t, DM_IR_AND, x, even), op2i(t, DM_IR_AND, op2i(t, DM_IR_SHR, x, bits), even));
	s = op2i(t, DM_IR_AND, s, even);
	if (esz == 0) s = op2i(t, DM_IR_AND, op2(t, DM_IR_OR, s, op2i(t, DM_IR_SHR, s, 8)), 0x0000ffff0000ffffull);
	return op2i(t, DM_IR_AND, op2(t, DM_IR_OR, s, op2i(t, DM_IR_SHR, s, 16)), 0xffffffffull);
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
