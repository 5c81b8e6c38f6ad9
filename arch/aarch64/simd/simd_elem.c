/* arch/aarch64/simd/simd_elem.c: "Advanced SIMD vector x indexed element"
 * and its scalar twin: MLA, MLS, MUL, SQDMULH, SQRDMULH, [SU]MLAL, [SU]MLSL,
 * [SU]MULL, SQDMLAL, SQDMLSL, SQDMULL, FMLA, FMLS, FMUL, FMULX by element. */
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_int.h"

#define OPC(i) (((i) >> 12) & 15)

static bool is_fp(unsigned op) { return op == 1 || op == 5 || op == 9; }

static bool elem_valid(uint32_t insn)
{
	unsigned op = OPC(insn), size = F_SIZE(insn), u = F_U(insn), q = F_Q(insn), sc = F_SCALAR(insn);
	unsigned L = (insn >> 21) & 1;
	if (is_fp(op)) {
		if (u && op != 9) return false;
		if (size < 2) return false;                 /* half precision: FEAT_FP16 */
		if (size == 3) return !L && (sc || q);
		return true;
	}
	if (size != 1 && size != 2) return false;
	if (sc) return !u && (op == 3 || op == 7 || op == 11 || op == 12 || op == 13);
	switch (op) {
	case 0: case 4: return u;
	case 8: case 12: case 13: return !u;
	case 2: case 6: case 10: return true;
	case 3: case 7: case 11: return !u;
	default: return false;
	}
}

static uint64_t elem_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = OPC(insn), size = F_SIZE(insn), q = F_Q(insn), sc = F_SCALAR(insn);
	unsigned H = (insn >> 11) & 1, L = (insn >> 21) & 1, M = (insn >> 20) & 1, rm = (insn >> 16) & 15;
	bool u = F_U(insn), sat = false;
	unsigned idx = size == 1 ? (H << 2) | (L << 1) | M : size == 2 ? (H << 1) | L : H;
	if (size != 1) rm |= M << 4;
	vreg a = vr(cp, F_RN(insn)), bv = vr(cp, rm), d = vr(cp, F_RD(insn)), r = { 0 };
	unsigned esz = size, bytes = sc ? 8 : q ? 16 : 8, nel = sc ? 1 : bytes >> esz;
	uint64_t y = ve(&bv, esz, idx);
	struct fpst s = fpst_of(cp);
	bool longop = op == 2 || op == 3 || op == 6 || op == 7 || op == 10 || op == 11;
	if (longop) {
		unsigned part = sc ? 0 : q, half = sc ? 1 : 8 >> esz;
		for (unsigned i = 0; i < half; i++) {
			unsigned lop = op == 2 ? 8 : op == 3 ? 9 : op == 6 ? 10 : op == 7 ? 11 : op == 10 ? 12 : 13;
			vse(&r, esz + 1, i, vi_long_mul(lop, u, esz, ve(&a, esz, part * half + i), y, ve(&d, esz + 1, i), &sat));
		}
		vw(cp, F_RD(insn), r, sc ? 8 : 16);
		set_qc(cp, sat);
		return 0;
	}
	for (unsigned i = 0; i < nel; i++) {
		uint64_t x = ve(&a, esz, i), acc = ve(&d, esz, i), v, m = emask(esz);
		switch (op) {
		case 0: v = (acc + x * y) & m; break;
		case 4: v = (acc - x * y) & m; break;
		case 8: v = (x * y) & m; break;
		case 12: case 13: v = vi_sqdmulh(x, y, esz, op == 13, &sat); break;
		case 1: v = fp_muladd(esz, acc, x, y, &s); break;
		case 5: v = fp_muladd(esz, acc, fp_neg(esz, x), y, &s); break;
		default: v = u ? fp_mulx(esz, x, y, &s) : fp_mul(esz, x, y, &s); break;
		}
		vse(&r, esz, i, v);
	}
	vw(cp, F_RD(insn), r, bytes);
	set_qc(cp, sat);
	fpst_done(cp, &s);
	return 0;
}

#define ROW(name) SIMD_ROW(name, elem_valid, elem_exec)
ROW(MLA_elt) ROW(MLS_elt) ROW(MUL_elt) ROW(SQDMULH_elt) ROW(SQRDMULH_elt) ROW(SMLAL_elt) ROW(UMLAL_elt)
ROW(SQDMLAL_elt) ROW(SMLSL_elt) ROW(UMLSL_elt) ROW(SQDMLSL_elt) ROW(SMULL_elt) ROW(UMULL_elt)
ROW(SQDMULL_elt) ROW(FMLA_elt) ROW(FMLS_elt) ROW(FMUL_elt) ROW(FMULX_elt)
ROW(S_SQDMLAL_elt) ROW(S_SQDMLSL_elt) ROW(S_SQDMULL_elt) ROW(S_SQDMULH_elt) ROW(S_SQRDMULH_elt)
ROW(S_FMLA_elt) ROW(S_FMLS_elt) ROW(S_FMUL_elt) ROW(S_FMULX_elt)
