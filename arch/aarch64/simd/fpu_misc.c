/* arch/aarch64/simd/fpu_misc.c: FP compares, min/max and the reciprocal
 * estimates, written from the Arm ARM pseudocode (FPCompare, FPMax,
 * FPMaxNum, FPRecipEstimate, FPRSqrtEstimate, FPRecpX).  The estimates must
 * be table-exact, so they are integer code, not host approximations. */
#include "arch/aarch64/simd/fpu.h"

#include <string.h>

/* Orders two non-NaN values by bits: -1, 0, 1 (with -0 == +0). */
static int fp_order(int sz, uint64_t a, uint64_t b)
{
	uint64_t sb = fp_signbit(sz), ma = fp_absbits(sz, a), mb = fp_absbits(sz, b);
	if (ma == 0 && mb == 0) return 0;
	bool na = a & sb, nb = b & sb;
	if (na != nb) return na ? -1 : 1;
	if (ma == mb) return 0;
	return ((ma < mb) != na) ? -1 : 1;
}

unsigned fp_compare(int sz, uint64_t a, uint64_t b, bool signal, struct fpst *s)
{
	a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	int ta = fp_type(sz, a), tb = fp_type(sz, b);
	if (ta >= FPT_QNAN || tb >= FPT_QNAN) {
		if (signal || ta == FPT_SNAN || tb == FPT_SNAN) s->exc |= FPSR_IOC;
		return 0x3;
	}
	int o = fp_order(sz, a, b);
	return o == 0 ? 0x6 : o < 0 ? 0x8 : 0x2;
}

/* FCMEQ/FCMGE/FCMGT (and FACGE/FACGT after fp_abs): EQ is quiet, the
 * ordered compares signal on any NaN. */
uint64_t fp_cmp_mask(int sz, int cond, uint64_t a, uint64_t b, struct fpst *s)
{
	a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	int ta = fp_type(sz, a), tb = fp_type(sz, b);
	if (ta >= FPT_QNAN || tb >= FPT_QNAN) {
		if (cond != 0 || ta == FPT_SNAN || tb == FPT_SNAN) s->exc |= FPSR_IOC;
		return 0;
	}
	int o = fp_order(sz, a, b);
	bool r = cond == 0 ? o == 0 : cond == 1 ? o >= 0 : o > 0;
	return r ? fp_mask(sz) : 0;
}

static uint64_t fp_maxmin(int sz, uint64_t a, uint64_t b, bool max, struct fpst *s)
{
	uint64_t r;
	a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	if (fp_nan2(sz, a, b, &r, s)) return r;
	if (fp_absbits(sz, a) == 0 && fp_absbits(sz, b) == 0)  /* +0 beats -0 for max */
		return max ? (a & b) : (a | b);
	int o = fp_order(sz, a, b);
	return (o > 0) == max ? a : b;
}

uint64_t fp_max(int sz, uint64_t a, uint64_t b, struct fpst *s) { return fp_maxmin(sz, a, b, true, s); }
uint64_t fp_min(int sz, uint64_t a, uint64_t b, struct fpst *s) { return fp_maxmin(sz, a, b, false, s); }

/* FPMaxNum/FPMinNum: one quiet NaN loses to a number. */
static uint64_t fp_maxminnm(int sz, uint64_t a, uint64_t b, bool max, struct fpst *s)
{
	int ta = fp_type(sz, a), tb = fp_type(sz, b);
	if (ta == FPT_QNAN && tb != FPT_QNAN) a = fp_inf(sz, max);
	else if (tb == FPT_QNAN && ta != FPT_QNAN) b = fp_inf(sz, max);
	return fp_maxmin(sz, a, b, max, s);
}

uint64_t fp_maxnm(int sz, uint64_t a, uint64_t b, struct fpst *s) { return fp_maxminnm(sz, a, b, true, s); }
uint64_t fp_minnm(int sz, uint64_t a, uint64_t b, struct fpst *s) { return fp_maxminnm(sz, a, b, false, s); }

/* RecipEstimate: a in [256, 511] -> [256, 511]. */
static unsigned recip_estimate(unsigned a)
{
	a = a * 2 + 1;
	unsigned b = (1u << 19) / a;
	return (b + 1) / 2;
}

/* RecipSqrtEstimate: a in [128, 511] -> [256, 511]. */
static unsigned rsqrt_estimate(unsigned a)
{
	if (a < 256) a = a * 2 + 1;
	else a = ((a >> 1) << 1), a = (a + 1) * 2;
	unsigned b = 512;
	while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28)) b++;
	return (b + 1) / 2;
}

/* The operand as a 52-bit fraction and a biased exponent (as the pseudocode). */
static void split52(int sz, uint64_t a, uint64_t *frac, int *exp)
{
	if (sz == 2) { *frac = (a & 0x7fffff) << 29; *exp = (a >> 23) & 0xff; }
	else { *frac = a & ((1ull << 52) - 1); *exp = (a >> 52) & 0x7ff; }
}

uint64_t fp_recpe(int sz, uint64_t a, struct fpst *s)
{
	uint64_t r;
	a = fp_flush_in(sz, a, s);
	int t = fp_type(sz, a), sign = !!(a & fp_signbit(sz));
	if (fp_nan1(sz, a, &r, s)) return r;
	if (t == FPT_INF) return sign ? fp_signbit(sz) : 0;
	if (t == FPT_ZERO) { s->exc |= FPSR_DZC; return fp_inf(sz, sign); }
	uint64_t frac; int exp;
	split52(sz, a, &frac, &exp);
	/* too small: the reciprocal overflows */
	if ((sz == 2 && fp_absbits(sz, a) < 0x00200000) || (sz == 3 && fp_absbits(sz, a) < (1ull << 50))) {
		int rm = fpst_rmode(s);
		bool to_inf = rm == FPR_TIEEVEN || (rm == FPR_POSINF && !sign) || (rm == FPR_NEGINF && sign);
		s->exc |= FPSR_OFC | FPSR_IXC;
		return to_inf ? fp_inf(sz, sign) : fp_maxnormal(sz, sign);
	}
	if ((s->fpcr & FPCR_FZ) && ((sz == 2 && exp >= 253) || (sz == 3 && exp >= 2045))) {
		s->exc |= FPSR_UFC;
		return sign ? fp_signbit(sz) : 0;
	}
	if (exp == 0) {
		if (!((frac >> 51) & 1)) { exp = -1; frac = (frac << 2) & ((1ull << 52) - 1); }
		else frac = (frac << 1) & ((1ull << 52) - 1);
	}
	unsigned scaled = 256 | (unsigned)(frac >> 44);
	int rexp = (sz == 2 ? 253 : 2045) - exp;
	uint64_t est = recip_estimate(scaled) & 0xff;
	frac = est << 44;
	if (rexp == 0) frac = (1ull << 51) | (frac >> 1);
	else if (rexp == -1) { frac = (1ull << 50) | (frac >> 2); rexp = 0; }
	if (sz == 2) return ((uint64_t)sign << 31) | ((uint64_t)(rexp & 0xff) << 23) | (frac >> 29);
	return ((uint64_t)sign << 63) | ((uint64_t)(rexp & 0x7ff) << 52) | frac;
}

uint64_t fp_rsqrte(int sz, uint64_t a, struct fpst *s)
{
	uint64_t r;
	a = fp_flush_in(sz, a, s);
	int t = fp_type(sz, a), sign = !!(a & fp_signbit(sz));
	if (fp_nan1(sz, a, &r, s)) return r;
	if (t == FPT_ZERO) { s->exc |= FPSR_DZC; return fp_inf(sz, sign); }
	if (sign) { s->exc |= FPSR_IOC; return fp_default_nan(sz); }
	if (t == FPT_INF) return 0;
	uint64_t frac; int exp;
	split52(sz, a, &frac, &exp);
	if (exp == 0) {
		while (!((frac >> 51) & 1)) { frac = (frac << 1) & ((1ull << 52) - 1); exp--; }
		frac = (frac << 1) & ((1ull << 52) - 1);
	}
	unsigned scaled = (exp & 1) ? (128 | (unsigned)(frac >> 45)) : (256 | (unsigned)(frac >> 44));
	int rexp = ((sz == 2 ? 380 : 3068) - exp) / 2;
	uint64_t est = rsqrt_estimate(scaled) & 0xff;
	if (sz == 2) return ((uint64_t)(rexp & 0xff) << 23) | (est << 15);
	return ((uint64_t)(rexp & 0x7ff) << 52) | (est << 44);
}

uint64_t fp_recpx(int sz, uint64_t a, struct fpst *s)
{
	uint64_t r;
	a = fp_flush_in(sz, a, s);
	if (fp_nan1(sz, a, &r, s)) return r;
	int f = fp_fbits(sz);
	uint64_t emask = (1ull << fp_ebits(sz)) - 1, exp = (a >> f) & emask;
	uint64_t sign = a & fp_signbit(sz);
	if (exp == 0) return sign | ((emask - 1) << f);
	return sign | ((~exp & emask) << f);
}

uint32_t fp_urecpe(uint32_t a)
{
	if (!(a >> 31)) return 0xffffffff;
	return recip_estimate(a >> 23) << 23;
}

uint32_t fp_ursqrte(uint32_t a)
{
	if (!(a >> 30)) return 0xffffffff;
	return rsqrt_estimate(a >> 23) << 23;
}
