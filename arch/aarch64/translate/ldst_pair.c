/* arch/aarch64/translate/ldst_pair.c: Load/store register pair (no-allocate
 * offset, post-index, signed offset, pre-index): STP, LDP, LDPSW, STNP,
 * LDNP, integer and SIMD&FP.  Bits 25..23 select the mode. */
#include "arch/aarch64/translate.h"

enum { PAIR_NA = 0, PAIR_POST = 1, PAIR_OFF = 2, PAIR_PRE = 3 };

/* Address of the first element; *wb = the written-back base or 0. */
static dm_temp pair_addr(struct a64_tr *t, uint32_t insn, unsigned scale, dm_temp *wb)
{
	unsigned mode = a64_bits(insn, 25, 23);
	dm_temp base = a64_get_xsp(t, A64_RN(insn), true);
	dm_temp moved = a64_addi(t, base, (int64_t)((uint64_t)a64_sbits(insn, 21, 15) << scale));
	*wb = (mode == PAIR_POST || mode == PAIR_PRE) ? moved : 0;
	return mode == PAIR_POST ? base : moved;
}

A64_INSN(LDSTP_gen)
{
	unsigned opc = a64_bits(insn, 31, 30), mode = a64_bits(insn, 25, 23);
	bool load = a64_bits(insn, 22, 22), sw = opc == 1;
	if (mode > PAIR_PRE || opc == 3 || (sw && (!load || mode == PAIR_NA))) return false;   /* STGP is MTE */
	unsigned scale = opc == 2 ? 3 : 2, bytes = 1u << scale;
	unsigned rt = A64_RT(insn), rt2 = A64_RT2(insn);
	dm_temp wb, a = pair_addr(t, insn, scale, &wb), a2 = a64_addi(t, a, bytes);
	if (load) {
		dm_temp v1 = sw ? a64_lds(t, 4, a) : a64_ld(t, bytes, a);
		dm_temp v2 = sw ? a64_lds(t, 4, a2) : a64_ld(t, bytes, a2);
		a64_set_x(t, rt, true, v1);
		a64_set_x(t, rt2, true, v2);
	} else {
		dm_temp v1 = a64_get_x(t, rt, true), v2 = a64_get_x(t, rt2, true);
		a64_st(t, bytes, a, v1);
		a64_st(t, bytes, a2, v2);
	}
	if (wb) a64_set_xsp(t, A64_RN(insn), true, wb);
	return true;
}

A64_INSN(LDSTP_fpsimd)
{
	unsigned opc = a64_bits(insn, 31, 30), mode = a64_bits(insn, 25, 23);
	bool load = a64_bits(insn, 22, 22);
	if (mode > PAIR_PRE || opc == 3) return false;
	unsigned scale = 2 + opc, bytes = 1u << scale;
	unsigned rt = A64_RT(insn), rt2 = A64_RT2(insn);
	dm_temp wb, a = pair_addr(t, insn, scale, &wb), a2 = a64_addi(t, a, bytes);
	if (load) {
		a64_vload(t, rt, bytes, a);
		a64_vload(t, rt2, bytes, a2);
	} else {
		a64_vstore(t, rt, bytes, a);
		a64_vstore(t, rt2, bytes, a2);
	}
	if (wb) a64_set_xsp(t, A64_RN(insn), true, wb);
	return true;
}
