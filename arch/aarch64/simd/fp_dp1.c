/* arch/aarch64/simd/fp_dp1.c: "Floating-point data-processing (1 source)":
 * FMOV (register), FABS, FNEG, FSQRT, FCVT between H/S/D, FRINT*.  FMOV,
 * FABS and FNEG are bit operations in IR; FSQRT, FCVT between S and D and
 * FRINT* are guarded IR ops (fp_ir.h); the half-precision FCVTs call
 * fp_dp1_exec. */
#include "arch/aarch64/simd/fp_ir.h"
#include "arch/aarch64/simd/simd_tr.h"

/* ftype 00 = S, 01 = D, 11 = H; 10 is unallocated */
static int ftype_sz(uint32_t insn) { static const int m[4] = { 2, 3, -1, 1 }; return m[(insn >> 22) & 3]; }

static uint64_t fp_dp1_exec(void *cpu, uint64_t insn, uint64_t b, uint64_t c)
{
	struct a64_cpu *cp = CPU(cpu);
	struct fpst s = fpst_of(cp);
	int sz = ftype_sz(insn), op = (insn >> 15) & 63, to = sz;
	uint64_t a = cp->v[F_RN(insn)][0] & fp_mask(sz), r;
	switch (op) {
	case 0: r = a; break;
	case 1: r = fp_abs(sz, a); break;
	case 2: r = fp_neg(sz, a); break;
	case 3: r = fp_sqrt(sz, a, &s); break;
	case 4: case 5: case 7:
		to = op == 4 ? 2 : op == 5 ? 3 : 1;
		r = fp_convert(to, sz, a, &s, fpst_rmode(&s));
		break;
	case 8: case 9: case 10: case 11: case 12: r = fp_round_int(sz, a, op - 8, false, &s); break;
	case 14: r = fp_round_int(sz, a, fpst_rmode(&s), true, &s); break;
	default: r = fp_round_int(sz, a, fpst_rmode(&s), false, &s); break;  /* 15: FRINTI */
	}
	cp->v[F_RD(insn)][0] = r;
	cp->v[F_RD(insn)][1] = 0;
	fpst_done(cp, &s);
	return 0;
}

static bool fp_dp1_valid(uint32_t insn)
{
	int sz = ftype_sz(insn), op = (insn >> 15) & 63;
	if (sz < 0) return false;
	if (op >= 4 && op <= 7) {  /* FCVT: to a different, allocated type */
		int to = op == 4 ? 2 : op == 5 ? 3 : op == 7 ? 1 : -1;
		return to > 0 && to != sz;
	}
	if (sz == 1) return false;  /* half-precision arithmetic is FEAT_FP16, not advertised */
	return op <= 3 || (op >= 8 && op <= 15 && op != 13);
}

static bool emit_dp1(struct a64_tr *t, uint32_t insn)
{
	int sz = ftype_sz(insn), op = (insn >> 15) & 63;
	int to = op == 4 ? 2 : op == 5 ? 3 : -1;
	if (sz == 1 || (op > 3 && op < 8 && to < 0)) {   /* half precision: the helper */
		simd_call(t, fp_dp1_exec, insn, 0, 0);
		return true;
	}
	dm_temp r = a64_vget(t, F_RN(insn), 0, 1u << sz);
	switch (op) {
	case 0: break;
	case 1: r = a64_op2i(t, DM_IR_AND, 8, r, fp_signbit(sz) - 1); break;
	case 2: r = a64_op2i(t, DM_IR_XOR, 8, r, fp_signbit(sz)); break;
	case 3: r = a64_fp_sqrt(t, sz, r); break;
	case 4: case 5: r = a64_fp_cvt(t, to, sz, r); break;
	default: r = a64_fp_round_int(t, sz, op <= 12 ? op - 8 : op == 14 ? 5 : 6, r); break;   /* FRINT* */
	}
	a64_vput(t, F_RD(insn), 0, 8, r);
	a64_vput(t, F_RD(insn), 8, 8, a64_const(t, 0));
	return true;
}

A64_INSN(FMOV_float) { return fp_dp1_valid(insn) && emit_dp1(t, insn); }
A64_INSN(FABS_float) { return fp_dp1_valid(insn) && emit_dp1(t, insn); }
A64_INSN(FNEG_float) { return fp_dp1_valid(insn) && emit_dp1(t, insn); }
A64_INSN(FSQRT_float) { return fp_dp1_valid(insn) && emit_dp1(t, insn); }
A64_INSN(FCVT_float) { return fp_dp1_valid(insn) && emit_dp1(t, insn); }
A64_INSN(FRINT_float) { return fp_dp1_valid(insn) && emit_dp1(t, insn); }
