/* arch/aarch64/simd/fpu.c: A64 FP arithmetic on host SSE with Arm fix-ups.
 * x86 and Arm agree on IEEE results for non-NaN operands; they differ on
 * NaN choice (Arm: SNaN first, then operand order, and a positive default
 * NaN), on tininess (Arm detects it before rounding, x86 after) and on
 * flush-to-zero details.  So NaNs are settled in C before the host runs,
 * and tiny results are re-examined after. */
#include "arch/aarch64/simd/fpu.h"

#include <math.h>
#include <string.h>

uint64_t fp_default_nan(int sz) { return sz == 1 ? 0x7e00 : sz == 2 ? 0x7fc00000 : 0x7ff8000000000000ull; }
uint64_t fp_inf(int sz, int sign) { return ((fp_mask(sz) >> 1) & ~((1ull << fp_fbits(sz)) - 1)) | (sign ? fp_signbit(sz) : 0); }
uint64_t fp_maxnormal(int sz, int sign) { return (fp_inf(sz, sign) - (1ull << fp_fbits(sz))) | ((1ull << fp_fbits(sz)) - 1); }

int fp_type(int sz, uint64_t x)
{
	int f = fp_fbits(sz);
	uint64_t frac = x & ((1ull << f) - 1), e = (x >> f) & ((1u << fp_ebits(sz)) - 1);
	if (e == 0) return frac ? FPT_DENORM : FPT_ZERO;
	if (e != (1u << fp_ebits(sz)) - 1) return FPT_NORMAL;
	if (!frac) return FPT_INF;
	return (frac >> (f - 1)) & 1 ? FPT_QNAN : FPT_SNAN;
}

uint64_t fp_flush_in(int sz, uint64_t x, struct fpst *s)
{
	if (sz != 1 && (s->fpcr & FPCR_FZ) && fp_type(sz, x) == FPT_DENORM) {
		s->exc |= FPSR_IDC;
		return x & fp_signbit(sz);
	}
	return x;
}

static uint64_t nan_result(int sz, uint64_t a, int t, struct fpst *s)
{
	if (t == FPT_SNAN) s->exc |= FPSR_IOC;
	if (s->fpcr & FPCR_DN) return fp_default_nan(sz);
	return a | (1ull << (fp_fbits(sz) - 1));
}

bool fp_nan1(int sz, uint64_t a, uint64_t *r, struct fpst *s)
{
	int t = fp_type(sz, a);
	if (t < FPT_QNAN) return false;
	*r = nan_result(sz, a, t, s);
	return true;
}

bool fp_nan2(int sz, uint64_t a, uint64_t b, uint64_t *r, struct fpst *s)
{
	int ta = fp_type(sz, a), tb = fp_type(sz, b);
	if (ta == FPT_SNAN) *r = nan_result(sz, a, ta, s);
	else if (tb == FPT_SNAN) *r = nan_result(sz, b, tb, s);
	else if (ta == FPT_QNAN) *r = nan_result(sz, a, ta, s);
	else if (tb == FPT_QNAN) *r = nan_result(sz, b, tb, s);
	else return false;
	return true;
}

/* FPProcessNaNs3: the addend's NaN comes first. */
static bool fp_nan3(int sz, uint64_t a, uint64_t b, uint64_t c, uint64_t *r, struct fpst *s)
{
	uint64_t v[3] = { a, b, c };
	int t[3] = { fp_type(sz, a), fp_type(sz, b), fp_type(sz, c) };
	for (int want = FPT_SNAN; want >= FPT_QNAN; want--)
		for (int i = 0; i < 3; i++)
			if (t[i] == want) {
				*r = nan_result(sz, v[i], want, s);
				return true;
			}
	return false;
}

/* --- the host operation, under the guest's rounding mode ------------------ */

static const unsigned mx_rc[4] = { 0x0000, 0x4000, 0x2000, 0x6000 };  /* RN RP RM RZ */

/* Runs op on the host with all exceptions masked and returns MXCSR's flags. */
static unsigned host_op(int sz, int op, int rmode, uint64_t a, uint64_t b, uint64_t c, uint64_t *r)
{
	unsigned save, mx = 0x1f80 | mx_rc[rmode], out;
	double da, db, dc;
	float fa, fb, fc;
	if (sz == 3) {
		memcpy(&da, &a, 8); memcpy(&db, &b, 8); memcpy(&dc, &c, 8);
#define HOP(insn) __asm__ volatile("stmxcsr %[s]\n\tldmxcsr %[m]\n\t" insn "\n\tstmxcsr %[o]\n\tldmxcsr %[s]" \
	: [a] "+x"(da), [s] "+m"(save), [o] "=m"(out) : [b] "x"(db), [c] "x"(dc), [m] "m"(mx))
		switch (op) {
		case FOP_ADD: HOP("addsd %[b], %[a]"); break;
		case FOP_SUB: HOP("subsd %[b], %[a]"); break;
		case FOP_MUL: HOP("mulsd %[b], %[a]"); break;
		case FOP_DIV: HOP("divsd %[b], %[a]"); break;
		case FOP_SQRT: HOP("sqrtsd %[a], %[a]"); break;
		case FOP_FMA: HOP("vfmadd231sd %[c], %[b], %[a]"); break;
		}
#undef HOP
		memcpy(r, &da, 8);
	} else {
		uint32_t a32 = a, b32 = b, c32 = c, r32;
		memcpy(&fa, &a32, 4); memcpy(&fb, &b32, 4); memcpy(&fc, &c32, 4);
#define HOP(insn) __asm__ volatile("stmxcsr %[s]\n\tldmxcsr %[m]\n\t" insn "\n\tstmxcsr %[o]\n\tldmxcsr %[s]" \
	: [a] "+x"(fa), [s] "+m"(save), [o] "=m"(out) : [b] "x"(fb), [c] "x"(fc), [m] "m"(mx))
		switch (op) {
		case FOP_ADD: HOP("addss %[b], %[a]"); break;
		case FOP_SUB: HOP("subss %[b], %[a]"); break;
		case FOP_MUL: HOP("mulss %[b], %[a]"); break;
		case FOP_DIV: HOP("divss %[b], %[a]"); break;
		case FOP_SQRT: HOP("sqrtss %[a], %[a]"); break;
		case FOP_FMA: HOP("vfmadd231ss %[c], %[b], %[a]"); break;
		}
#undef HOP
		memcpy(&r32, &fa, 4);
		*r = r32;
	}
	return out & 0x3f;
}

static uint64_t minnormal(int sz) { return 1ull << fp_fbits(sz); }

/* Host result r of op under the guest mode -> Arm result and FPSR flags. */
static uint64_t finish(int sz, int op, uint64_t a, uint64_t b, uint64_t c, struct fpst *s)
{
	uint64_t r, rz;
	unsigned fl = host_op(sz, op, fpst_rmode(s), a, b, c, &r);
	if (fl & 1) {  /* invalid: x86's default NaN is negative, Arm's is not */
		s->exc |= FPSR_IOC;
		return fp_default_nan(sz);
	}
	uint64_t mag = fp_absbits(sz, r);
	bool inexact = fl & 0x20;
	/* Arm's tininess is judged on the unrounded value: a result at or below
	 * the smallest normal may hide a tiny exact value that x86 rounded up. */
	bool maybe_tiny = inexact && mag <= minnormal(sz);
	bool tiny = mag < minnormal(sz) && (inexact || mag != 0);
	if (maybe_tiny && !tiny) {
		host_op(sz, op, FPR_ZERO, a, b, c, &rz);
		tiny = fp_absbits(sz, rz) < minnormal(sz);
	}
	if (tiny && (s->fpcr & FPCR_FZ)) {  /* flush: UFC alone, never IXC */
		s->exc |= FPSR_UFC;
		return r & fp_signbit(sz);
	}
	if (fl & 0x04) s->exc |= FPSR_DZC;
	if (fl & 0x08) s->exc |= FPSR_OFC;
	if (inexact) s->exc |= FPSR_IXC | (tiny ? FPSR_UFC : 0);
	return r;
}

/* The fast path (what QEMU calls hardfloat): with round-to-nearest, no
 * flush-to-zero, IXC already accumulated in FPSR, normal operands and a
 * normal result, the host's result in its default mode is Arm's and no flag
 * other than IXC can arise (results in the lowest normal binade excepted) — so no MXCSR switch, no flag bookkeeping.
 * Everything else (NaN, infinity, zero, subnormal, overflow, underflow,
 * directed rounding, the first inexact result) takes the exact path. */
static inline bool fast_mode(const struct fpst *s)
{
	return !(s->fpcr & (FPCR_FZ | (3u << FPCR_RMODE_SHIFT))) && (s->fpsr & FPSR_IXC);
}

static inline bool is_normal(int sz, uint64_t x)
{
	uint64_t e = (x >> fp_fbits(sz)) & ((1u << fp_ebits(sz)) - 1);
	return e != 0 && e != (1u << fp_ebits(sz)) - 1u;
}

/* A fast-path result must also be clear of Arm's before-rounding tininess:
 * a product rounded up to the smallest normal was tiny (UFC) on Arm but not
 * on x86, so the lowest binade takes the exact path too. */
static inline bool is_safe_result(int sz, uint64_t x)
{
	uint64_t e = (x >> fp_fbits(sz)) & ((1u << fp_ebits(sz)) - 1);
	return e >= 2 && e != (1u << fp_ebits(sz)) - 1u;
}

static bool fast2(int sz, int op, uint64_t a, uint64_t b, uint64_t *r, const struct fpst *s)
{
	if (!fast_mode(s) || !is_normal(sz, a) || !is_normal(sz, b) || (sz != 2 && sz != 3)) return false;
	if (sz == 3) {
		double x, y, z;
		memcpy(&x, &a, 8); memcpy(&y, &b, 8);
		switch (op) {
		case FOP_ADD: z = x + y; break;
		case FOP_SUB: z = x - y; break;
		case FOP_MUL: z = x * y; break;
		default: z = x / y; break;
		}
		memcpy(r, &z, 8);
	} else {
		float x, y, z;
		uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b, r32;
		memcpy(&x, &a32, 4); memcpy(&y, &b32, 4);
		switch (op) {
		case FOP_ADD: z = x + y; break;
		case FOP_SUB: z = x - y; break;
		case FOP_MUL: z = x * y; break;
		default: z = x / y; break;
		}
		memcpy(&r32, &z, 4);
		*r = r32;
	}
	return is_safe_result(sz, *r);
}

uint64_t fp_add(int sz, uint64_t a, uint64_t b, struct fpst *s)
{
	uint64_t fr;
	if (fast2(sz, FOP_ADD, a, b, &fr, s)) return fr;
	uint64_t r;
	a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	if (fp_nan2(sz, a, b, &r, s)) return r;
	return finish(sz, FOP_ADD, a, b, 0, s);
}

uint64_t fp_sub(int sz, uint64_t a, uint64_t b, struct fpst *s)
{
	uint64_t fr;
	if (fast2(sz, FOP_SUB, a, b, &fr, s)) return fr;
	uint64_t r;
	a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	if (fp_nan2(sz, a, b, &r, s)) return r;
	return finish(sz, FOP_SUB, a, b, 0, s);
}

uint64_t fp_mul(int sz, uint64_t a, uint64_t b, struct fpst *s)
{
	uint64_t fr;
	if (fast2(sz, FOP_MUL, a, b, &fr, s)) return fr;
	uint64_t r;
	a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	if (fp_nan2(sz, a, b, &r, s)) return r;
	return finish(sz, FOP_MUL, a, b, 0, s);
}

/* FMULX: as FMUL, but infinity times zero is 2.0 with the product's sign. */
uint64_t fp_mulx(int sz, uint64_t a, uint64_t b, struct fpst *s)
{
	uint64_t r;
	a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	if (fp_nan2(sz, a, b, &r, s)) return r;
	int ta = fp_type(sz, a), tb = fp_type(sz, b);
	if ((ta == FPT_INF && tb == FPT_ZERO) || (ta == FPT_ZERO && tb == FPT_INF))
		return ((a ^ b) & fp_signbit(sz)) | (sz == 3 ? 0x4000000000000000ull : 0x40000000);
	return finish(sz, FOP_MUL, a, b, 0, s);
}

uint64_t fp_div(int sz, uint64_t a, uint64_t b, struct fpst *s)
{
	uint64_t fr;
	if (fast2(sz, FOP_DIV, a, b, &fr, s)) return fr;
	uint64_t r;
	a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	if (fp_nan2(sz, a, b, &r, s)) return r;
	return finish(sz, FOP_DIV, a, b, 0, s);
}

uint64_t fp_sqrt(int sz, uint64_t a, struct fpst *s)
{
	uint64_t r;
	/* fast path: the root of a positive normal is normal; only IXC can arise */
	if (fast_mode(s) && is_normal(sz, a) && !(a & fp_signbit(sz))) {
		if (sz == 3) { double x; memcpy(&x, &a, 8); x = sqrt(x); memcpy(&r, &x, 8); return r; }
		if (sz == 2) { float x; uint32_t a32 = (uint32_t)a, r32; memcpy(&x, &a32, 4); x = sqrtf(x); memcpy(&r32, &x, 4); return r32; }
	}
	a = fp_flush_in(sz, a, s);
	if (fp_nan1(sz, a, &r, s)) return r;
	return finish(sz, FOP_SQRT, a, 0, 0, s);
}

uint64_t fp_muladd(int sz, uint64_t addend, uint64_t a, uint64_t b, struct fpst *s)
{
	uint64_t r;
	/* fast path: normal operands and a normal fused result (fma rounds once) */
	if (fast_mode(s) && is_normal(sz, addend) && is_normal(sz, a) && is_normal(sz, b) && (sz == 2 || sz == 3)) {
		if (sz == 3) {
			double x, y, z;
			memcpy(&x, &a, 8); memcpy(&y, &b, 8); memcpy(&z, &addend, 8);
			z = fma(x, y, z);
			memcpy(&r, &z, 8);
		} else {
			float x, y, z;
			uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b, c32 = (uint32_t)addend, r32;
			memcpy(&x, &a32, 4); memcpy(&y, &b32, 4); memcpy(&z, &c32, 4);
			z = fmaf(x, y, z);
			memcpy(&r32, &z, 4);
			r = r32;
		}
		if (is_safe_result(sz, r)) return r;
	}
	addend = fp_flush_in(sz, addend, s); a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	int ta = fp_type(sz, a), tb = fp_type(sz, b);
	bool inf_zero = (ta == FPT_INF && tb == FPT_ZERO) || (ta == FPT_ZERO && tb == FPT_INF);
	if (fp_nan3(sz, addend, a, b, &r, s)) {
		/* a quiet NaN addend does not hide an invalid product */
		if (fp_type(sz, addend) == FPT_QNAN && inf_zero) {
			s->exc |= FPSR_IOC;
			return fp_default_nan(sz);
		}
		return r;
	}
	return finish(sz, FOP_FMA, addend, a, b, s);
}

/* FPRecipStepFused / FPRSqrtStepFused: the negated product is fused into
 * the constant, and infinity times zero gives the constant exactly. */
static uint64_t step_fused(int sz, uint64_t a, uint64_t b, bool rsqrt, struct fpst *s)
{
	uint64_t r;
	a = fp_neg(sz, a);
	a = fp_flush_in(sz, a, s); b = fp_flush_in(sz, b, s);
	if (fp_nan2(sz, a, b, &r, s)) return r;
	int ta = fp_type(sz, a), tb = fp_type(sz, b);
	uint64_t two = sz == 3 ? 0x4000000000000000ull : 0x40000000;
	uint64_t three = sz == 3 ? 0x4008000000000000ull : 0x40400000;
	uint64_t onehalf = sz == 3 ? 0x3ff8000000000000ull : 0x3fc00000;
	if ((ta == FPT_INF && tb == FPT_ZERO) || (ta == FPT_ZERO && tb == FPT_INF))
		return rsqrt ? onehalf : two;
	if (!rsqrt) return finish(sz, FOP_FMA, two, a, b, s);
	/* (3 - a*b) / 2: halve one factor when that is exact, else the result */
	int f = fp_fbits(sz);
	uint64_t ea = (a >> f) & ((1u << fp_ebits(sz)) - 1);
	if (ea > 1 && ta == FPT_NORMAL) return finish(sz, FOP_FMA, onehalf, a - (1ull << f), b, s);
	uint64_t eb = (b >> f) & ((1u << fp_ebits(sz)) - 1);
	if (eb > 1 && tb == FPT_NORMAL) return finish(sz, FOP_FMA, onehalf, a, b - (1ull << f), s);
	r = finish(sz, FOP_FMA, three, a, b, s);
	if (fp_type(sz, r) == FPT_NORMAL) r -= 1ull << f;
	return r;
}

uint64_t fp_recps(int sz, uint64_t a, uint64_t b, struct fpst *s) { return step_fused(sz, a, b, false, s); }
uint64_t fp_rsqrts(int sz, uint64_t a, uint64_t b, struct fpst *s) { return step_fused(sz, a, b, true, s); }

uint64_t fp_abs(int sz, uint64_t a) { return a & ~fp_signbit(sz) & fp_mask(sz); }
uint64_t fp_neg(int sz, uint64_t a) { return (a ^ fp_signbit(sz)) & fp_mask(sz); }
