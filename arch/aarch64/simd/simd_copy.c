/* arch/aarch64/simd/simd_copy.c: "Advanced SIMD copy" and "scalar copy":
 * DUP (element, general), INS (element, general), UMOV, SMOV, and the
 * scalar DUP (MOV Vd, Vn.T[i]).  imm5's lowest set bit gives the element
 * size, the bits above it the index. */
#include "arch/aarch64/simd/simd_tr.h"

static int imm5_esz(uint32_t insn)
{
	unsigned imm5 = (insn >> 16) & 31;
	return imm5 ? __builtin_ctz(imm5) : -1;
}

static bool copy_valid(uint32_t insn)
{
	int esz = imm5_esz(insn);
	unsigned q = F_Q(insn), imm4 = (insn >> 11) & 15, op = F_U(insn);
	if (esz < 0 || esz > 3) return false;
	if (F_SCALAR(insn)) return true;                       /* DUP (element), scalar */
	if (op) return q;                                      /* INS (element) */
	switch (imm4) {
	case 0: return !(esz == 3 && !q);                      /* DUP (element) */
	case 1: return !(esz == 3 && !q);                      /* DUP (general) */
	case 3: return q;                                      /* INS (general) */
	case 5: return q ? esz < 3 : esz < 2;                  /* SMOV */
	case 7: return q ? esz == 3 : esz < 3;                 /* UMOV */
	default: return false;
	}
}

/* b: the general register for DUP/INS (general) */
static uint64_t copy_exec(void *cpu, uint64_t insn, uint64_t b, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	int esz = imm5_esz(insn);
	unsigned q = F_Q(insn), imm4 = (insn >> 11) & 15, idx = ((insn >> 16) & 31) >> (esz + 1);
	vreg n = vr(cp, F_RN(insn)), d = vr(cp, F_RD(insn)), r = { 0 };
	if (F_SCALAR(insn)) {
		vse(&r, esz, 0, ve(&n, esz, idx));
		vw(cp, F_RD(insn), r, 8);
		return 0;
	}
	if (F_U(insn)) {  /* INS (element): imm4 holds the source index */
		vse(&d, esz, idx, ve(&n, esz, imm4 >> esz));
		vw(cp, F_RD(insn), d, 16);
		return 0;
	}
	switch (imm4) {
	case 0: case 1: {
		uint64_t v = imm4 ? b : ve(&n, esz, idx);
		for (unsigned i = 0; i < ((q ? 16u : 8u) >> esz); i++) vse(&r, esz, i, v);
		vw(cp, F_RD(insn), r, q ? 16 : 8);
		return 0;
	}
	case 3:
		vse(&d, esz, idx, b);
		vw(cp, F_RD(insn), d, 16);
		return 0;
	case 5: return (uint64_t)sxt(ve(&n, esz, idx), esz) & (q ? ~0ull : 0xffffffffull);
	default: return ve(&n, esz, idx);
	}
}

static bool emit_copy(struct a64_tr *t, uint32_t insn)
{
	if (!copy_valid(insn)) return false;
	unsigned imm4 = (insn >> 11) & 15;
	bool from_gen = !F_SCALAR(insn) && !F_U(insn) && (imm4 == 1 || imm4 == 3);
	bool to_gen = !F_SCALAR(insn) && !F_U(insn) && (imm4 == 5 || imm4 == 7);
	dm_temp x = from_gen ? a64_get_x(t, F_RN(insn), true) : a64_const(t, 0);
	dm_temp r = a64_call(t, copy_exec, a64_const(t, insn), x, a64_const(t, 0));
	if (to_gen) a64_set_x(t, F_RD(insn), F_Q(insn), r);
	return true;
}

A64_INSN(DUP_elt) { return emit_copy(t, insn); }
A64_INSN(DUP_gen) { return emit_copy(t, insn); }
A64_INSN(SMOV) { return emit_copy(t, insn); }
A64_INSN(UMOV) { return emit_copy(t, insn); }
A64_INSN(INS_gen) { return emit_copy(t, insn); }
A64_INSN(INS_elt) { return emit_copy(t, insn); }
A64_INSN(S_DUP_elt) { return emit_copy(t, insn); }
