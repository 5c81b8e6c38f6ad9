/* arch/aarch64/simd/fpu_conv.c: FP conversions, exact to the Arm ARM
 * (FPRoundBase, FPConvert, FPRoundInt, FPToFixed, FixedToFP).  These go
 * through one integer rounder, so half precision, round-to-odd (FCVTXN),
 * ties-away and Arm's before-rounding tininess all come out the same way. */
#include "arch/aarch64/simd/fpu.h"

#include <math.h>
#include <string.h>

uint64_t fp_round(int sz, int sign, int exp, uint64_t m, bool sticky, int rounding, bool fz, struct fpst *s)
{
	int E = fp_ebits(sz), F = fp_fbits(sz);
	int minexp = 2 - (1 << (E - 1));
	bool ahp = sz == 1 && (s->fpcr & FPCR_AHP);
	uint64_t sbit = sign ? fp_signbit(sz) : 0;
	if (fz && exp < minexp) {  /* flush-to-zero: UFC only, never a trap */
		s->exc |= FPSR_UFC;
		return sbit;
	}
	int biased = exp - minexp + 1;
	if (biased < 0) biased = 0;
	int shift = 63 - F + (biased == 0 ? minexp - exp : 0);
	uint64_t mant;
	bool half, rest;
	if (shift >= 64) {
		mant = 0;
		half = shift == 64 && (m >> 63);
		rest = shift == 64 ? ((m << 1) != 0 || sticky) : true;
	} else {
		mant = m >> shift;
		half = (m >> (shift - 1)) & 1;
		rest = (m & ((1ull << (shift - 1)) - 1)) || sticky;
	}
	bool inexact = half || rest, up = false, to_inf = false;
	if (biased == 0 && inexact) s->exc |= FPSR_UFC;
	switch (rounding) {
	case FPR_TIEEVEN: up = half && (rest || (mant & 1)); to_inf = true; break;
	case FPR_POSINF: up = inexact && !sign; to_inf = !sign; break;
	case FPR_NEGINF: up = inexact && sign; to_inf = sign; break;
	case FPR_ZERO: break;
	case FPR_TIEAWAY: up = half; to_inf = true; break;
	case FPR_ODD: if (inexact) mant |= 1; break;
	}
	if (up) {
		mant++;
		if (mant == 1ull << F) biased = 1;               /* denormal rounded up to normal */
		if (mant == 2ull << F) { biased++; mant >>= 1; }  /* carried into the exponent */
	}
	int emax = (1 << E) - 1;
	if (!ahp) {
		if (biased >= emax) {
			s->exc |= FPSR_OFC | FPSR_IXC;
			return to_inf ? fp_inf(sz, sign) : fp_maxnormal(sz, sign);
		}
	} else if (biased > emax) {  /* alternative half precision has no infinity */
		s->exc |= FPSR_IOC;
		return sbit | 0x7fff;
	}
	if (inexact) s->exc |= FPSR_IXC;
	return sbit | ((uint64_t)biased << F) | (mant & ((1ull << F) - 1));
}

/* The finite nonzero value of a as m * 2^(exp-63), bit 63 of m set. */
static void unpack_real(int sz, uint64_t a, int *exp, uint64_t *m)
{
	int F = fp_fbits(sz), bias = (1 << (fp_ebits(sz) - 1)) - 1;
	uint64_t frac = a & ((1ull << F) - 1);
	int e = (a >> F) & ((1 << fp_ebits(sz)) - 1);
	if (e == 0) {
		int lz = __builtin_clzll(frac);
		*m = frac << lz;
		*exp = 64 - lz - bias - F;
	} else {
		*m = ((1ull << F) | frac) << (63 - F);
		*exp = e - bias;
	}
}

uint64_t fp_convert(int to, int from, uint64_t a, struct fpst *s, int rounding)
{
	bool ahp = s->fpcr & FPCR_AHP;
	if (from != 1) a = fp_flush_in(from, a, s);
	int sign = !!(a & fp_signbit(from));
	int t = fp_type(from, a);
	if (from == 1 && ahp && (t == FPT_INF || t >= FPT_QNAN)) t = FPT_NORMAL;  /* no specials in AHP */
	if (t >= FPT_QNAN) {
		if (t == FPT_SNAN || (to == 1 && ahp)) s->exc |= FPSR_IOC;
		if (to == 1 && ahp) return sign ? 0x8000 : 0;
		if (s->fpcr & FPCR_DN) return fp_default_nan(to);
		uint64_t frac52 = (a & ((1ull << fp_fbits(from)) - 1)) << (52 - fp_fbits(from));
		return fp_inf(to, sign) | (1ull << (fp_fbits(to) - 1)) | (frac52 >> (52 - fp_fbits(to)));
	}
	if (t == FPT_INF) {
		if (to == 1 && ahp) { s->exc |= FPSR_IOC; return (sign ? 0x8000 : 0) | 0x7fff; }
		return fp_inf(to, sign);
	}
	if (t == FPT_ZERO) return sign ? fp_signbit(to) : 0;
	int exp;
	uint64_t m;
	unpack_real(from, a, &exp, &m);
	return fp_round(to, sign, exp, m, false, rounding, to != 1 && (s->fpcr & FPCR_FZ), s);
}

static double to_double(int sz, uint64_t a)
{
	double d;
	if (sz == 2) {
		uint32_t w = a;
		float f;
		memcpy(&f, &w, 4);
		return f;
	}
	memcpy(&d, &a, 8);
	return d;
}

/* x (finite, not NaN) rounded to an integral value; exact in double. */
static double round_integral(double x, int rounding)
{
	double t = trunc(x), fr = x - t, r = t, step = x < 0 ? -1 : 1, afr = fabs(fr);
	switch (rounding) {
	case FPR_ZERO: break;
	case FPR_POSINF: if (fr > 0) r = t + 1; break;
	case FPR_NEGINF: if (fr < 0) r = t - 1; break;
	case FPR_TIEAWAY: if (afr >= 0.5) r = t + step; break;
	default:
		if (afr > 0.5 || (afr == 0.5 && fmod(t, 2) != 0)) r = t + step;
		break;
	}
	return r == 0 ? copysign(0.0, x) : r;
}

uint64_t fp_round_int(int sz, uint64_t a, int rounding, bool exact, struct fpst *s)
{
	uint64_t r;
	a = fp_flush_in(sz, a, s);
	if (fp_nan1(sz, a, &r, s)) return r;
	int t = fp_type(sz, a);
	if (t == FPT_INF || t == FPT_ZERO) return a;
	double x = to_double(sz, a), y = round_integral(x, rounding);
	if (exact && y != x) s->exc |= FPSR_IXC;
	if (sz == 2) {
		float f = (float)y;
		uint32_t w;
		memcpy(&w, &f, 4);
		return w;
	}
	memcpy(&r, &y, 8);
	return r;
}

uint64_t fp_to_fixed(int sz, uint64_t a, int fbits, bool is_unsigned, int rbits, int rounding, struct fpst *s)
{
	a = fp_flush_in(sz, a, s);
	int t = fp_type(sz, a);
	if (t >= FPT_QNAN) {
		s->exc |= FPSR_IOC;
		return 0;
	}
	double x = ldexp(to_double(sz, a), fbits), y = isinf(x) ? x : round_integral(x, rounding);
	double lim = ldexp(1.0, is_unsigned ? rbits : rbits - 1);
	uint64_t mask = rbits == 64 ? ~0ull : (1ull << rbits) - 1;
	if (is_unsigned) {
		if (y < 0) { s->exc |= FPSR_IOC; return 0; }
		if (y >= lim) { s->exc |= FPSR_IOC; return mask; }
		if (y != x) s->exc |= FPSR_IXC;
		return (uint64_t)y;
	}
	if (y < -lim) { s->exc |= FPSR_IOC; return (1ull << (rbits - 1)) & mask; }
	if (y >= lim) { s->exc |= FPSR_IOC; return mask >> 1; }
	if (y != x) s->exc |= FPSR_IXC;
	return (uint64_t)(int64_t)y & mask;
}

uint64_t fp_from_fixed(int sz, uint64_t v, int ibits, int fbits, bool is_unsigned, int rounding, struct fpst *s)
{
	if (ibits == 32) v = is_unsigned ? (uint32_t)v : (uint64_t)(int64_t)(int32_t)v;
	int sign = !is_unsigned && (int64_t)v < 0;
	uint64_t mag = sign ? -v : v;
	if (mag == 0) return 0;
	int lz = __builtin_clzll(mag);
	return fp_round(sz, sign, 63 - lz - fbits, mag << lz, false, rounding, sz != 1 && (s->fpcr & FPCR_FZ), s);
}
