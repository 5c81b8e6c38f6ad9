/* arch/s390x/fp_soft.c: exact IEEE 754 binary arithmetic for the short,
 * long and extended formats (fp_soft.h).  Every result goes through
 * bfp_round: normalise the exact value (a 128-bit significand plus a sticky
 * bit) to the format's precision with an unbounded exponent, then deal with
 * overflow (after rounding, as IEEE says) and tininess, which s390x detects
 * before rounding (qemu-s390x agrees: 2^-1022 * (1 - 2^-104) raises
 * underflow though it rounds to the smallest normal); a trapped overflow or
 * underflow delivers the rounded result scaled by 2^-alpha or 2^alpha. */
#include "arch/s390x/fp_soft.h"

const struct bfp_fmtinfo bfp_fmts[3] = {
	{ 8, 23, 127, 192 },
	{ 11, 52, 1023, 1536 },
	{ 15, 112, 16383, 24576 },
};

#define FI (&bfp_fmts[f])

static int clz128(u128 x)
{
	uint64_t hi = (uint64_t)(x >> 64);
	return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)x);
}

static unsigned efield(enum bfp_fmt f, u128 a) { return (unsigned)(a >> FI->fbits) & ((1u << FI->ebits) - 1); }
static u128 fmask(enum bfp_fmt f) { return ((u128)1 << FI->fbits) - 1; }
static unsigned emaxfield(enum bfp_fmt f) { return (1u << FI->ebits) - 1; }
static u128 zero(enum bfp_fmt f, bool sign) { return sign ? bfp_signbit(f) : 0; }

enum bfp_class bfp_class(enum bfp_fmt f, u128 a)
{
	unsigned e = efield(f, a);
	u128 fr = a & fmask(f);
	if (e == emaxfield(f)) return !fr ? BC_INF : (fr >> (FI->fbits - 1)) & 1 ? BC_QNAN : BC_SNAN;
	if (e == 0) return fr ? BC_SUB : BC_ZERO;
	return BC_NORM;
}

u128 bfp_inf(enum bfp_fmt f, bool sign) { return zero(f, sign) | (u128)emaxfield(f) << FI->fbits; }
u128 bfp_max(enum bfp_fmt f, bool sign) { return zero(f, sign) | ((u128)(emaxfield(f) - 1) << FI->fbits | fmask(f)); }
u128 bfp_quiet(enum bfp_fmt f, u128 a) { return a | (u128)1 << (FI->fbits - 1); }
u128 bfp_default_nan(enum bfp_fmt f) { return bfp_quiet(f, bfp_inf(f, false)); }

/* a finite nonzero value as sig * 2^exp */
static void unpack(enum bfp_fmt f, u128 a, int *exp, u128 *sig)
{
	unsigned e = efield(f, a);
	*sig = (a & fmask(f)) | (e ? (u128)1 << FI->fbits : 0);
	*exp = (e ? (int)e : 1) - FI->bias - FI->fbits;
}

/* sig >> drop, rounded in mode rm for a value of this sign; drop may be 128
 * or more (everything is below the unit) */
static u128 shift_round(u128 sig, bool sticky, int drop, enum bfp_rm rm, bool sign, bool *inexact, bool *incr)
{
	u128 q;
	bool half, below;
	if (drop <= 0) {
		q = sig << -drop, half = false, below = sticky;
	} else if (drop < 128) {
		u128 rem = sig & (((u128)1 << drop) - 1);
		q = sig >> drop;
		half = (rem >> (drop - 1)) & 1;
		below = (rem & (((u128)1 << (drop - 1)) - 1)) != 0 || sticky;
	} else if (drop == 128) {
		q = 0, half = sig >> 127, below = (sig << 1) != 0 || sticky;
	} else {
		q = 0, half = false, below = sig != 0 || sticky;
	}
	bool inex = half || below, up = false;
	switch (rm) {
	case RM_NE: up = half && (below || (q & 1)); break;
	case RM_NA: up = half; break;
	case RM_Z: break;
	case RM_P: up = !sign && inex; break;
	case RM_M: up = sign && inex; break;
	case RM_PSP:
		/* truncate, then make the last bit one: a value that rounds correctly later */
		up = inex && !(q & 1);
		break;
	}
	*inexact = inex;
	*incr = up;
	return q + up;
}

u128 bfp_round(enum bfp_fmt f, bool sign, int exp, u128 sig, bool sticky, struct bfp_ctx *c)
{
	const int p = FI->fbits + 1, emin = 1 - FI->bias, emax = FI->bias;
	int lz = clz128(sig);
	sig <<= lz;
	exp -= lz;
	const int lead = exp + 127;   /* exponent of the leading bit */
	bool inex, incr;
	u128 q = shift_round(sig, sticky, 128 - p, c->rm, sign, &inex, &incr);
	int lr = lead;
	if (q >> p) q >>= 1, lr++;
	u128 s = zero(f, sign);
	if (lr > emax) {
		if (c->trap_o) {
			c->exc |= EX_O | (inex ? EX_X : 0);
			c->incr = incr;
			return s | (u128)(lr - FI->alpha + FI->bias) << FI->fbits | (q & fmask(f));
		}
		bool to_inf = c->rm == RM_NE || c->rm == RM_NA || (c->rm == RM_P && !sign) || (c->rm == RM_M && sign);
		c->exc |= EX_O | EX_X;
		c->incr = to_inf;
		return to_inf ? bfp_inf(f, sign) : bfp_max(f, sign);
	}
	if (lead < emin) {
		if (c->trap_u) {
			c->exc |= EX_U | (inex ? EX_X : 0);
			c->incr = incr;
			return s | (u128)(lr + FI->alpha + FI->bias) << FI->fbits | (q & fmask(f));
		}
		/* round again where the subnormal's last bit is */
		q = shift_round(sig, sticky, 128 - (p - (emin - lead)), c->rm, sign, &inex, &incr);
		if (inex) c->exc |= EX_U | EX_X;
		c->incr = incr;
		return s | q;   /* 2^(p-1) is the smallest normal: exponent field 1 */
	}
	if (inex) c->exc |= EX_X;
	c->incr = incr;
	return s | (u128)(lr + FI->bias) << FI->fbits | (q & fmask(f));
}

/* sa * ma * 2^ea + sb * mb * 2^eb, both nonzero and exact */
static u128 add_core(enum bfp_fmt f, bool sa, int ea, u128 ma, bool sb, int eb, u128 mb, struct bfp_ctx *c)
{
	int la = clz128(ma) - 2, lb = clz128(mb) - 2;   /* top bit at 125: room for the carry */
	ma <<= la, ea -= la;
	mb <<= lb, eb -= lb;
	if (ea < eb) {
		u128 tm = ma; ma = mb; mb = tm;
		int te = ea; ea = eb; eb = te;
		bool ts = sa; sa = sb; sb = ts;
	}
	int d = ea - eb;
	if (d >= 128) mb = 1;   /* only stickiness is left: jam it into the last bit */
	else if (d) mb = (mb >> d) | ((mb & (((u128)1 << d) - 1)) != 0);
	u128 r;
	bool s = sa;
	if (sa == sb) {
		r = ma + mb;
	} else if (ma >= mb) {
		r = ma - mb;
	} else {
		r = mb - ma, s = sb;
	}
	if (!r) return zero(f, c->rm == RM_M);   /* an exact zero difference */
	return bfp_round(f, s, ea, r, false, c);
}

u128 bfp_add(enum bfp_fmt f, u128 a, u128 b, bool sub, struct bfp_ctx *c)
{
	bool sa = bfp_sign(f, a), sb = bfp_sign(f, b) ^ sub;
	enum bfp_class ca = bfp_class(f, a), cb = bfp_class(f, b);
	if (ca == BC_INF || cb == BC_INF) {
		if (ca == BC_INF && cb == BC_INF && sa != sb) {
			c->exc |= EX_I;
			return bfp_default_nan(f);
		}
		return ca == BC_INF ? bfp_inf(f, sa) : bfp_inf(f, sb);
	}
	if (ca == BC_ZERO && cb == BC_ZERO) return zero(f, sa == sb ? sa : c->rm == RM_M);
	int ea, eb;
	u128 ma, mb;
	if (ca == BC_ZERO || cb == BC_ZERO) {
		/* x + 0 is x, but through rounding: a trapped underflow sees it */
		bool s = ca == BC_ZERO ? sb : sa;
		unpack(f, ca == BC_ZERO ? b : a, &ea, &ma);
		return bfp_round(f, s, ea, ma, false, c);
	}
	unpack(f, a, &ea, &ma);
	unpack(f, b, &eb, &mb);
	return add_core(f, sa, ea, ma, sb, eb, mb, c);
}

/* the 256-bit product hi:lo of a and b */
static void mul256(u128 a, u128 b, u128 *hi, u128 *lo)
{
	uint64_t a0 = (uint64_t)a, a1 = (uint64_t)(a >> 64), b0 = (uint64_t)b, b1 = (uint64_t)(b >> 64);
	u128 p00 = (u128)a0 * b0, p01 = (u128)a0 * b1, p10 = (u128)a1 * b0, p11 = (u128)a1 * b1;
	u128 mid = (p00 >> 64) + (uint64_t)p01 + (uint64_t)p10;
	*lo = mid << 64 | (uint64_t)p00;
	*hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
}

u128 bfp_mul(enum bfp_fmt f, u128 a, u128 b, struct bfp_ctx *c)
{
	bool s = bfp_sign(f, a) ^ bfp_sign(f, b);
	enum bfp_class ca = bfp_class(f, a), cb = bfp_class(f, b);
	if (ca == BC_INF || cb == BC_INF) {
		if (ca == BC_ZERO || cb == BC_ZERO) {
			c->exc |= EX_I;
			return bfp_default_nan(f);
		}
		return bfp_inf(f, s);
	}
	if (ca == BC_ZERO || cb == BC_ZERO) return zero(f, s);
	int ea, eb;
	u128 ma, mb, hi, lo;
	unpack(f, a, &ea, &ma);
	unpack(f, b, &eb, &mb);
	mul256(ma, mb, &hi, &lo);
	if (!hi) return bfp_round(f, s, ea + eb, lo, false, c);
	int lz = clz128(hi);
	u128 sig = lz ? hi << lz | lo >> (128 - lz) : hi;
	return bfp_round(f, s, ea + eb + 128 - lz, sig, (lo << lz) != 0, c);
}

u128 bfp_div(enum bfp_fmt f, u128 a, u128 b, struct bfp_ctx *c)
{
	bool s = bfp_sign(f, a) ^ bfp_sign(f, b);
	enum bfp_class ca = bfp_class(f, a), cb = bfp_class(f, b);
	if ((ca == BC_INF && cb == BC_INF) || (ca == BC_ZERO && cb == BC_ZERO)) {
		c->exc |= EX_I;
		return bfp_default_nan(f);
	}
	if (ca == BC_INF) return bfp_inf(f, s);
	if (cb == BC_INF) return zero(f, s);
	if (cb == BC_ZERO) {
		c->exc |= EX_Z;
		return bfp_inf(f, s);
	}
	if (ca == BC_ZERO) return zero(f, s);
	int ea, eb;
	u128 ma, mb;
	unpack(f, a, &ea, &ma);
	unpack(f, b, &eb, &mb);
	int la = clz128(ma) - 12, lb = clz128(mb) - 12;   /* both with the top bit at 115 */
	ma <<= la, ea -= la;
	mb <<= lb, eb -= lb;
	if (ma < mb) ma <<= 1, ea--;
	/* 116 quotient bits, one at a time: sb <= rem < 2 sb */
	u128 q = 0, rem = ma;
	for (int k = 0; k < 116; k++) {
		q <<= 1;
		if (rem >= mb) rem -= mb, q |= 1;
		rem <<= 1;
	}
	return bfp_round(f, s, ea - eb - 115, q, rem != 0, c);
}

u128 bfp_sqrt(enum bfp_fmt f, u128 a, struct bfp_ctx *c)
{
	enum bfp_class ca = bfp_class(f, a);
	if (ca == BC_ZERO) return a;
	if (bfp_sign(f, a)) {
		c->exc |= EX_I;
		return bfp_default_nan(f);
	}
	if (ca == BC_INF) return a;
	int e;
	u128 m;
	unpack(f, a, &e, &m);
	int l = clz128(m) - 15;   /* top bit at 112 */
	m <<= l, e -= l;
	if (e & 1) m <<= 1, e--;
	/* root of R = m * 2^116 (a 256-bit number hi:lo), two radicand bits a step */
	u128 hi = m >> 12, lo = m << 116, root = 0, rem = 0;
	for (int k = 0; k < 128; k++) {
		unsigned pair = (unsigned)(hi >> 126);
		hi = hi << 2 | lo >> 126;
		lo <<= 2;
		rem = rem << 2 | pair;
		u128 trial = root << 2 | 1;
		if (rem >= trial) rem -= trial, root = root << 1 | 1;
		else root <<= 1;
	}
	return bfp_round(f, false, (e - 116) / 2, root, rem != 0, c);
}

u128 bfp_fma(enum bfp_fmt f, u128 a, u128 b, u128 addend, bool neg_p, struct bfp_ctx *c)
{
	bool sp = bfp_sign(f, a) ^ bfp_sign(f, b) ^ neg_p, sc = bfp_sign(f, addend);
	enum bfp_class ca = bfp_class(f, a), cb = bfp_class(f, b), cc = bfp_class(f, addend);
	if (ca == BC_INF || cb == BC_INF) {
		if (ca == BC_ZERO || cb == BC_ZERO || (cc == BC_INF && sc != sp)) {
			c->exc |= EX_I;
			return bfp_default_nan(f);
		}
		return bfp_inf(f, sp);
	}
	if (cc == BC_INF) return addend;
	int ea, eb, ec;
	u128 ma, mb, mc;
	if (ca == BC_ZERO || cb == BC_ZERO) {
		if (cc == BC_ZERO) return zero(f, sp == sc ? sc : c->rm == RM_M);
		unpack(f, addend, &ec, &mc);
		return bfp_round(f, sc, ec, mc, false, c);
	}
	unpack(f, a, &ea, &ma);
	unpack(f, b, &eb, &mb);
	u128 prod = ma * mb;   /* exact: at most 106 bits for short and long */
	if (cc == BC_ZERO) return bfp_round(f, sp, ea + eb, prod, false, c);
	unpack(f, addend, &ec, &mc);
	return add_core(f, sp, ea + eb, prod, sc, ec, mc, c);
}

u128 bfp_convert(enum bfp_fmt to, enum bfp_fmt from, u128 a, struct bfp_ctx *c)
{
	bool s = bfp_sign(from, a);
	switch (bfp_class(from, a)) {
	case BC_ZERO: return zero(to, s);
	case BC_INF: return bfp_inf(to, s);
	default: {
		int e;
		u128 m;
		unpack(from, a, &e, &m);
		return bfp_round(to, s, e, m, false, c);
	}
	}
}

u128 bfp_rint(enum bfp_fmt f, u128 a, struct bfp_ctx *c)
{
	enum bfp_class k = bfp_class(f, a);
	if (k == BC_ZERO || k == BC_INF) return a;
	bool s = bfp_sign(f, a), inex, incr;
	int e;
	u128 m;
	unpack(f, a, &e, &m);
	if (e >= 0) return a;
	u128 q = shift_round(m, false, -e, c->rm, s, &inex, &incr);
	if (inex) c->exc |= EX_X, c->incr = incr;
	if (!q) return zero(f, s);
	struct bfp_ctx exact = { .rm = RM_NE };
	return bfp_round(f, s, 0, q, false, &exact);
}

bool bfp_to_int(enum bfp_fmt f, u128 a, bool is_signed, unsigned bits, struct bfp_ctx *c, uint64_t *r)
{
	enum bfp_class k = bfp_class(f, a);
	if (k == BC_ZERO) { *r = 0; return true; }
	if (k != BC_SUB && k != BC_NORM) return false;
	bool s = bfp_sign(f, a), inex = false, incr = false;
	int e;
	u128 m, mag;
	unpack(f, a, &e, &m);
	if (e >= 0) {
		if (e > 64 || 128 - clz128(m) + e > 65) return false;
		mag = m << e;
	} else {
		mag = shift_round(m, false, -e, c->rm, s, &inex, &incr);
	}
	u128 lim = is_signed ? ((u128)1 << (bits - 1)) - !s : s ? 0 : ((u128)1 << bits) - 1;
	if (mag > lim) return false;
	if (inex) c->exc |= EX_X, c->incr = incr;
	uint64_t v = s ? -(uint64_t)mag : (uint64_t)mag;
	*r = bits == 64 ? v : v & 0xffffffffu;
	return true;
}

u128 bfp_from_int(enum bfp_fmt f, uint64_t v, bool is_signed, struct bfp_ctx *c)
{
	bool s = is_signed && (int64_t)v < 0;
	uint64_t mag = s ? -v : v;
	if (!mag) return 0;
	return bfp_round(f, s, 0, mag, false, c);
}

unsigned bfp_compare(enum bfp_fmt f, u128 a, u128 b)
{
	u128 ma = bfp_abs(f, a), mb = bfp_abs(f, b);
	if (!ma && !mb) return 0;
	__int128 ka = bfp_sign(f, a) ? -(__int128)ma : (__int128)ma, kb = bfp_sign(f, b) ? -(__int128)mb : (__int128)mb;
	return ka == kb ? 0 : ka < kb ? 1 : 2;
}
