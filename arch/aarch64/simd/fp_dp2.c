/* arch/aarch64/simd/fp_dp2.c: "Floating-point data-processing (2 and 3
 * source)": FMUL FDIV FADD FSUB FMAX FMIN FMAXNM FMINNM FNMUL, and the fused
 * FMADD FMSUB FNMADD FNMSUB (one rounding: host FMA).  The arithmetic ones
 * and min/max ones are guarded IR ops (fp_ir.h). */
#include "arch/aarch64/simd/fp_ir.h"
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_int.h"

static int ftype_sz(uint32_t insn) { static const int m[4] = { 2, 3, -1, -1 }; return m[(insn >> 22) & 3]; }

/* the two-source operations by opcode; shared with the vector classes */
uint64_t fp_binop(int op, int sz, uint64_t a, uint64_t b, struct fpst *s)
{
	switch (op) {
	case 0: return fp_mul(sz, a, b, s);
	case 1: return fp_div(sz, a, b, s);
	case 2: return fp_add(sz, a, b, s);
	case 3: return fp_sub(sz, a, b, s);
	case 4: return fp_max(sz, a, b, s);
	case 5: return fp_min(sz, a, b, s);
	case 6: return fp_maxnm(sz, a, b, s);
	case 7: return fp_minnm(sz, a, b, s);
	default: return fp_neg(sz, fp_mul(sz, a, b, s));  /* FNMUL negates the rounded product */
	}
}

static bool fp_dp2_valid(uint32_t insn) { return ftype_sz(insn) > 0 && ((insn >> 12) & 15) <= 8; }

/* FMUL FDIV FADD FSUB FNMUL: guarded IR ops (fp_ir.h); FNMUL negates the
 * rounded product (a NaN result included), as fp_binop does */
static bool emit_dp2(struct a64_tr *t, uint32_t insn)
{
	static const enum dm_ir_op ops[4] = { DM_IR_FMUL, DM_IR_FDIV, DM_IR_FADD, DM_IR_FSUB };
	int sz = ftype_sz(insn), op = (insn >> 12) & 15;
	unsigned n = 1u << sz;
	dm_temp a = a64_vget(t, F_RN(insn), 0, n), b = a64_vget(t, F_RM(insn), 0, n), r;
	if (op >= 4 && op <= 7) r = a64_fp_minmax(t, sz, !(op & 1), op >= 6, a, b);   /* FMAX FMIN FMAXNM FMINNM */
	else r = a64_fp_arith(t, op == 8 ? DM_IR_FMUL : ops[op], sz, a, b);
	if (op == 8) r = a64_op2i(t, DM_IR_XOR, 8, r, fp_signbit(sz));
	a64_vput(t, F_RD(insn), 0, 8, r);
	a64_vput(t, F_RD(insn), 8, 8, a64_const(t, 0));
	return true;
}

A64_INSN(FMUL_float) { return fp_dp2_valid(insn) && emit_dp2(t, insn); }
A64_INSN(FDIV_float) { return fp_dp2_valid(insn) && emit_dp2(t, insn); }
A64_INSN(FADD_float) { return fp_dp2_valid(insn) && emit_dp2(t, insn); }
A64_INSN(FSUB_float) { return fp_dp2_valid(insn) && emit_dp2(t, insn); }
A64_INSN(FMAX_float) { return fp_dp2_valid(insn) && emit_dp2(t, insn); }
A64_INSN(FMIN_float) { return fp_dp2_valid(insn) && emit_dp2(t, insn); }
A64_INSN(FMAXNM_float) { return fp_dp2_valid(insn) && emit_dp2(t, insn); }
A64_INSN(FMINNM_float) { return fp_dp2_valid(insn) && emit_dp2(t, insn); }
A64_INSN(FNMUL_float) { return fp_dp2_valid(insn) && emit_dp2(t, insn); }

/* FMADD: a + n*m; o0 negates n, o1 negates a (FPNeg before NaN handling) */
static bool emit_dp3(struct a64_tr *t, uint32_t insn)
{
	int sz = ftype_sz(insn), o1 = (insn >> 21) & 1, o0 = (insn >> 15) & 1;
	unsigned bytes = 1u << sz;
	dm_temp n = a64_vget(t, F_RN(insn), 0, bytes), m = a64_vget(t, F_RM(insn), 0, bytes);
	dm_temp a = a64_vget(t, (insn >> 10) & 31, 0, bytes);
	if (o1) a = a64_op2i(t, DM_IR_XOR, 8, a, fp_signbit(sz));
	if (o0 != o1) n = a64_op2i(t, DM_IR_XOR, 8, n, fp_signbit(sz));
	a64_vput(t, F_RD(insn), 0, 8, a64_fp_muladd(t, sz, a, n, m));
	a64_vput(t, F_RD(insn), 8, 8, a64_const(t, 0));
	return true;
}

static bool fp_dp3_valid(uint32_t insn) { return ftype_sz(insn) > 0; }

A64_INSN(FMADD_float) { return fp_dp3_valid(insn) && emit_dp3(t, insn); }
A64_INSN(FMSUB_float) { return fp_dp3_valid(insn) && emit_dp3(t, insn); }
A64_INSN(FNMADD_float) { return fp_dp3_valid(insn) && emit_dp3(t, insn); }
A64_INSN(FNMSUB_float) { return fp_dp3_valid(insn) && emit_dp3(t, insn); }
