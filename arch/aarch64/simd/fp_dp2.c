/* arch/aarch64/simd/fp_dp2.c: "Floating-point data-processing (2 and 3
 * source)": FMUL FDIV FADD FSUB FMAX FMIN FMAXNM FMINNM FNMUL, and the fused
 * FMADD FMSUB FNMADD FNMSUB (one rounding: host FMA). */
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

static uint64_t fp_dp2_exec(void *cpu, uint64_t insn, uint64_t b, uint64_t c)
{
	struct a64_cpu *cp = CPU(cpu);
	struct fpst s = fpst_of(cp);
	int sz = ftype_sz(insn);
	uint64_t m = fp_mask(sz);
	uint64_t r = fp_binop((insn >> 12) & 15, sz, cp->v[F_RN(insn)][0] & m, cp->v[F_RM(insn)][0] & m, &s);
	cp->v[F_RD(insn)][0] = r;
	cp->v[F_RD(insn)][1] = 0;
	fpst_done(cp, &s);
	return 0;
}

static bool fp_dp2_valid(uint32_t insn) { return ftype_sz(insn) > 0 && ((insn >> 12) & 15) <= 8; }

SIMD_ROW(FMUL_float, fp_dp2_valid, fp_dp2_exec)
SIMD_ROW(FDIV_float, fp_dp2_valid, fp_dp2_exec)
SIMD_ROW(FADD_float, fp_dp2_valid, fp_dp2_exec)
SIMD_ROW(FSUB_float, fp_dp2_valid, fp_dp2_exec)
SIMD_ROW(FMAX_float, fp_dp2_valid, fp_dp2_exec)
SIMD_ROW(FMIN_float, fp_dp2_valid, fp_dp2_exec)
SIMD_ROW(FMAXNM_float, fp_dp2_valid, fp_dp2_exec)
SIMD_ROW(FMINNM_float, fp_dp2_valid, fp_dp2_exec)
SIMD_ROW(FNMUL_float, fp_dp2_valid, fp_dp2_exec)

/* FMADD: a + n*m; o0 negates n, o1 negates a (FPNeg before NaN handling) */
static uint64_t fp_dp3_exec(void *cpu, uint64_t insn, uint64_t b, uint64_t c)
{
	struct a64_cpu *cp = CPU(cpu);
	struct fpst s = fpst_of(cp);
	int sz = ftype_sz(insn), o1 = (insn >> 21) & 1, o0 = (insn >> 15) & 1;
	uint64_t m = fp_mask(sz);
	uint64_t n = cp->v[F_RN(insn)][0] & m, mm = cp->v[F_RM(insn)][0] & m, a = cp->v[(insn >> 10) & 31][0] & m;
	if (o1) a = fp_neg(sz, a);
	if (o0 != o1) n = fp_neg(sz, n);
	cp->v[F_RD(insn)][0] = fp_muladd(sz, a, n, mm, &s);
	cp->v[F_RD(insn)][1] = 0;
	fpst_done(cp, &s);
	return 0;
}

static bool fp_dp3_valid(uint32_t insn) { return ftype_sz(insn) > 0; }

SIMD_ROW(FMADD_float, fp_dp3_valid, fp_dp3_exec)
SIMD_ROW(FMSUB_float, fp_dp3_valid, fp_dp3_exec)
SIMD_ROW(FNMADD_float, fp_dp3_valid, fp_dp3_exec)
SIMD_ROW(FNMSUB_float, fp_dp3_valid, fp_dp3_exec)
