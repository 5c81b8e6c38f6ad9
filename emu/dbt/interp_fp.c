/* emu/dbt/interp_fp.c: the definition of the floating-point IR ops
 * (emu/dbt/ir_fp.h).  Host C arithmetic in its default mode (SSE: round to
 * nearest even, no flush, no excess precision) is the fast path; its guard is
 * spelled out here exactly as the JIT implements it. */
#include <math.h>
#include <string.h>

#include "emu/dbt/ir_fp.h"

static double d_of(uint64_t v) { double d; memcpy(&d, &v, 8); return d; }
static float f_of(uint64_t v) { uint32_t w = (uint32_t)v; float f; memcpy(&f, &w, 4); return f; }
static uint64_t of_d(double d) { uint64_t v; memcpy(&v, &d, 8); return v; }
static uint64_t of_f(float f) { uint32_t w; memcpy(&w, &f, 4); return w; }

/* biased exponent field of a float of `size` bytes */
static unsigned expo(unsigned size, uint64_t v) { return size == 8 ? (unsigned)(v >> 52) & 0x7ff : (unsigned)(v >> 23) & 0xff; }
static unsigned emax(unsigned size) { return size == 8 ? 0x7ff : 0xff; }

/* not NaN or infinity: results of ops that are exact whenever they are tiny */
static bool is_finite(unsigned size, uint64_t r) { return expo(size, r) != emax(size); }
/* exponent field in [2, max-1]: finite, and even before rounding well above
 * the tiny range, so neither overflow nor (Arm's before-rounding) underflow */
static bool big(unsigned size, uint64_t r) { unsigned e = expo(size, r); return e >= 2 && e < emax(size); }
static bool is_nan(unsigned size, uint64_t v) { return !is_finite(size, v) && (size == 8 ? v << 12 : (uint64_t)(uint32_t)(v << 9)) != 0; }

bool dm_ir_fp_env_ok(const void *cpu, const struct dm_ir_fp *fp)
{
	uint32_t ctl, st;
	memcpy(&ctl, (const uint8_t *)cpu + fp->ctl_off, 4);
	memcpy(&st, (const uint8_t *)cpu + fp->st_off, 4);
	return !(ctl & fp->ctl_clear) && (st & fp->st_set) == fp->st_set;
}

static bool arith(int op, unsigned size, uint64_t a, uint64_t b, uint64_t c, uint64_t *r)
{
	if (size == 8) {
		double x = d_of(a), y = d_of(b), z;
		switch (op) {
		case DM_IR_FADD: z = x + y; break;
		case DM_IR_FSUB: z = x - y; break;
		case DM_IR_FMUL: z = x * y; break;
		case DM_IR_FDIV: z = x / y; break;
		case DM_IR_FSQRT: z = sqrt(x); break;
		default: z = fma(y, d_of(c), x); break;
		}
		*r = of_d(z);
	} else {
		float x = f_of(a), y = f_of(b), z;
		switch (op) {
		case DM_IR_FADD: z = x + y; break;
		case DM_IR_FSUB: z = x - y; break;
		case DM_IR_FMUL: z = x * y; break;
		case DM_IR_FDIV: z = x / y; break;
		case DM_IR_FSQRT: z = sqrtf(x); break;
		default: z = fmaf(y, f_of(c), x); break;
		}
		*r = of_f(z);
	}
	/* sums, differences and roots are exact when tiny: any finite result will do */
	return op == DM_IR_FADD || op == DM_IR_FSUB || op == DM_IR_FSQRT ? is_finite(size, *r) : big(size, *r);
}

/* float -> integer, toward zero: fast when the truncated value is strictly
 * inside the signed range (unsigned: [0, 2^N) but at most 2^63 - 1) */
static bool to_int(bool sgn, unsigned isize, unsigned fsize, uint64_t a, uint64_t *r)
{
	double x = fsize == 8 ? d_of(a) : (double)f_of(a);   /* exact widening */
	if (sgn) {
		double lim = isize == 8 ? 0x1p63 : 0x1p31;
		if (!(x > -lim && x < lim)) return false;
		int64_t t = (int64_t)x;
		*r = isize == 8 ? (uint64_t)t : (uint32_t)(int32_t)t;
	} else {
		if (!(x > -1.0 && x < (isize == 8 ? 0x1p63 : 0x1p32))) return false;
		*r = (uint64_t)(int64_t)x;
	}
	return true;
}

/* integer -> float in the host's mode; unsigned 64-bit needs the top bit clear */
static bool from_int(bool sgn, unsigned isize, unsigned fsize, uint64_t a, uint64_t *r)
{
	int64_t v;
	if (sgn) v = isize == 8 ? (int64_t)a : (int64_t)(int32_t)a;
	else if (isize == 8 && (a >> 63)) return false;
	else v = (int64_t)(isize == 8 ? a : (uint32_t)a);
	*r = fsize == 8 ? of_d((double)v) : of_f((float)v);
	return true;
}

/* max/min of two non-NaN values: the host comparison; equal values are the
 * same bits except +0/-0, where max is the AND of the bits (+0 wins) and min
 * the OR (-0 wins) -- x86 MAXSD/MINSD would return the second operand */
static bool minmax(bool max, unsigned size, uint64_t a, uint64_t b, uint64_t *r)
{
	if (size == 4) { a = (uint32_t)a; b = (uint32_t)b; }   /* the low `size` bytes */
	if (is_nan(size, a) || is_nan(size, b)) return false;
	double p = size == 8 ? d_of(a) : f_of(a), q = size == 8 ? d_of(b) : f_of(b);
	if (p == q) *r = max ? a & b : a | b;
	else *r = (p > q) == max ? a : b;
	return true;
}

/* round to an integral value in mode 0 nearest even, 1 up, 2 down, 3 toward
 * zero, 4 nearest with ties away; NaNs go slow (Arm's NaN rules), anything
 * else is exact on the host (zeros keep their sign) */
static bool rint_mode(unsigned mode, unsigned size, uint64_t a, uint64_t *r)
{
	if (is_nan(size, a)) return false;
	if (size == 8) {
		double v = d_of(a);
		*r = of_d(mode == 0 ? nearbyint(v) : mode == 1 ? ceil(v) : mode == 2 ? floor(v) : mode == 3 ? trunc(v) : round(v));
	} else {
		float v = f_of(a);
		*r = of_f(mode == 0 ? nearbyintf(v) : mode == 1 ? ceilf(v) : mode == 2 ? floorf(v) : mode == 3 ? truncf(v) : roundf(v));
	}
	return true;
}

bool dm_ir_fp_fast(const struct dm_ir_insn *x, uint64_t a, uint64_t b, uint64_t c, uint64_t *r)
{
	unsigned rs = dm_ir_fp_rsize(x), as = dm_ir_fp_asize(x);
	if (dm_ir_fp_pair(x)) {   /* two singles: both lanes fast, or slow */
		uint64_t lo, hi;
		if (!arith(x->op, 4, (uint32_t)a, (uint32_t)b, (uint32_t)c, &lo) ||
		    !arith(x->op, 4, a >> 32, b >> 32, c >> 32, &hi))
			return false;
		*r = lo | hi << 32;
		return true;
	}
	switch (x->op) {
	case DM_IR_FADD: case DM_IR_FSUB: case DM_IR_FMUL: case DM_IR_FDIV: case DM_IR_FSQRT: case DM_IR_FMA:
		return arith(x->op, rs, a, b, c, r);
	case DM_IR_FCMP:
		if (is_nan(rs, a) || is_nan(rs, b)) return false;
		{
			double p = rs == 8 ? d_of(a) : f_of(a), q = rs == 8 ? d_of(b) : f_of(b);
			*r = p == q ? DM_FCMP_EQ : p < q ? DM_FCMP_LT : DM_FCMP_GT;
		}
		return true;
	case DM_IR_FMAX: case DM_IR_FMIN: return minmax(x->op == DM_IR_FMAX, rs, a, b, r);
	case DM_IR_FRINT: return rint_mode((unsigned)x->size >> 4, rs, a, r);
	case DM_IR_FCVT:
		if (rs == 8) {   /* single -> double: exact */
			*r = of_d((double)f_of(a));
			return is_finite(8, *r);
		}
		*r = of_f((float)d_of(a));
		return big(4, *r);
	case DM_IR_FTOSI: case DM_IR_FTOUI: return to_int(x->op == DM_IR_FTOSI, rs, as, a, r);
	case DM_IR_SITOF: case DM_IR_UITOF: return from_int(x->op == DM_IR_SITOF, as, rs, a, r);
	default: return false;
	}
}

uint64_t dm_ir_fp_eval(void *cpu, const struct dm_ir_insn *x, uint64_t a, uint64_t b, uint64_t c)
{
	const struct dm_ir_fp *fp = dm_ir_fp_of(x);
	uint64_t r;
	if (dm_ir_fp_env_ok(cpu, fp) && dm_ir_fp_fast(x, a, b, c, &r)) return r;
	return fp->slow(cpu, a, b, c);
}
