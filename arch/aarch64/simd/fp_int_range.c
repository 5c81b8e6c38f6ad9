/* arch/aarch64/simd/fp_int_range.c: rounding to integers of a fixed range:
 * FRINT32Z, FRINT32X, FRINT64Z, FRINT64X, scalar and vector (FEAT_FRINTTS),
 * and FJCVTZS (FEAT_JSCVT, JavaScript's ToInt32).  From the Arm ARM
 * pseudocode FPRoundIntN and FPToFixedJS. */
#include <math.h>

#include "arch/aarch64/simd/simd_tr.h"

/* FPRoundIntN: NaN, infinity and out-of-range results give the most
 * negative integer of the range (as a float) with Invalid Operation and no
 * Inexact; a zero keeps its sign; any other result that differs from the
 * input raises Inexact (the Z forms too). */
static uint64_t round_int_n(int sz, uint64_t a, int intbits, int rounding, struct fpst *s)
{
	a = fp_flush_in(sz, a, s);
	int t = fp_type(sz, a);
	uint64_t most_negative = sz == 2 ? (intbits == 32 ? 0xcf000000u : 0xdf000000u)
					 : (intbits == 32 ? 0xc1e0000000000000ull : 0xc3e0000000000000ull);
	if (t == FPT_ZERO) return a;
	if (t >= FPT_INF) {
		s->exc |= FPSR_IOC;
		return most_negative;
	}
	struct fpst tmp = *s;
	tmp.exc = 0;
	uint64_t r = fp_round_int(sz, a, rounding, true, &tmp);
	double v;
	if (sz == 2) {
		float f;
		uint32_t w = (uint32_t)r;
		memcpy(&f, &w, 4);
		v = f;
	} else {
		memcpy(&v, &r, 8);
	}
	double lim = ldexp(1.0, intbits - 1);
	if (v >= lim || v < -lim) {
		s->exc |= FPSR_IOC;
		return most_negative;
	}
	s->exc |= tmp.exc;
	return r;
}

/* FRINT32Z (op 0), FRINT32X (1), FRINT64Z (2), FRINT64X (3) */
static uint64_t frint_n(int sz, unsigned op, uint64_t a, struct fpst *s)
{
	return round_int_n(sz, a, op & 2 ? 64 : 32, op & 1 ? fpst_rmode(s) : FPR_ZERO, s);
}

static bool scalar_valid(uint32_t insn) { return ((insn >> 23) & 1) == 0; }   /* ftype S or D */

static uint64_t scalar_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	struct fpst s = fpst_of(cp);
	int sz = (insn >> 22) & 1 ? 3 : 2;
	uint64_t r = frint_n(sz, (insn >> 15) & 3, cp->v[F_RN(insn)][0] & fp_mask(sz), &s);
	cp->v[F_RD(insn)][0] = r;
	cp->v[F_RD(insn)][1] = 0;
	fpst_done(cp, &s);
	return 0;
}

static bool vector_valid(uint32_t insn) { return !((insn >> 22) & 1) || F_Q(insn); }   /* no .1d */

static uint64_t vector_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	struct fpst s = fpst_of(cp);
	unsigned esz = (insn >> 22) & 1 ? 3 : 2, bytes = F_Q(insn) ? 16 : 8;
	unsigned op = ((insn >> 12) & 1) << 1 | F_U(insn);
	vreg n = vr(cp, F_RN(insn)), r = { 0 };
	for (unsigned i = 0; i < bytes >> esz; i++) vse(&r, esz, i, frint_n(esz, op, ve(&n, esz, i), &s));
	vw(cp, F_RD(insn), r, bytes);
	fpst_done(cp, &s);
	return 0;
}

/* FJCVTZS: double to int32 rounding toward zero, modulo 2^32; Z is set when
 * the conversion was exact (and not -0.0 or a flushed denormal), N C V
 * clear.  The helper returns the result in bits 31..0 and NZCV (bits 3..0
 * layout) in bits 35..32: the translator writes Wd and NZCV in IR, where
 * they may be cached. */
static uint64_t fjcvtzs_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	struct fpst s = fpst_of(cp);
	uint64_t op = cp->v[F_RN(insn)][0], a = fp_flush_in(3, op, &s);
	int t = fp_type(3, a), sign = (int)(a >> 63);
	bool z = true;
	uint32_t result = 0;
	if (t >= FPT_INF) {   /* NaN or infinity: Invalid, result 0 */
		s.exc |= FPSR_IOC;
		z = false;
	} else if (t == FPT_ZERO) {
		z = !sign && (op & 0x000fffffffffffffull) == 0;   /* -0.0 and flushed denormals clear Z */
	} else {
		int e = (int)((a >> 52) & 0x7ff) - 1075;   /* value = mant * 2^e */
		uint64_t mant = (a & 0x000fffffffffffffull) | (t == FPT_NORMAL ? 1ull << 52 : 0);
		if (t == FPT_DENORM) e = -1074;
		bool inexact = false, out_of_range;
		uint64_t mag;   /* |value| truncated, modulo 2^64 (enough for the low 32 bits) */
		if (e >= 0) {
			mag = e < 64 ? mant << e : 0;
			out_of_range = e >= 11 || (mant << e) > (sign ? 1ull << 31 : (1ull << 31) - 1);
		} else {
			mag = e > -64 ? mant >> -e : 0;
			inexact = e > -64 ? (mant & ((1ull << -e) - 1)) != 0 : mant != 0;
			out_of_range = mag > (sign ? 1ull << 31 : (1ull << 31) - 1);
		}
		result = (uint32_t)(sign ? -mag : mag);
		if (out_of_range) {
			s.exc |= FPSR_IOC;
			z = false;
		} else if (inexact) {
			s.exc |= FPSR_IXC;
			z = false;
		}
	}
	fpst_done(cp, &s);
	return result | (z ? 4ull << 32 : 0);
}

SIMD_ROW(FRINTxx_float, scalar_valid, scalar_exec)
SIMD_ROW(FRINT32Z_vec, vector_valid, vector_exec)
SIMD_ROW(FRINT64Z_vec, vector_valid, vector_exec)
SIMD_ROW(FRINT32X_vec, vector_valid, vector_exec)
SIMD_ROW(FRINT64X_vec, vector_valid, vector_exec)
A64_INSN(FJCVTZS)
{
	dm_temp r = simd_call(t, fjcvtzs_exec, insn, 0, 0);
	a64_set_x(t, F_RD(insn), false, r);
	a64_set_nzcv(t, a64_op2i(t, DM_IR_SHR, 8, r, 32));
	return true;
}
