/* arch/aarch64/simd/vec_int.c: element arithmetic behind the AdvSIMD
 * integer instructions, in 128-bit C arithmetic so 64-bit lanes saturate
 * exactly (Arm ARM SatQ on the mathematical result). */
#include "arch/aarch64/simd/vec_int.h"

uint64_t vi_shift(__int128 v, int shift, bool round, bool saturate, bool is_unsigned, unsigned esz, bool *sat)
{
	unsigned n = 8u << esz;
	__int128 r;
	if (shift >= 0) {
		if ((unsigned)shift >= n) {
			if (!saturate || v == 0) return 0;
			return satq(v > 0 ? (__int128)1 << 100 : -((__int128)1 << 100), esz, is_unsigned, sat);
		}
		r = v * ((__int128)1 << shift);
	} else {
		int s = -shift > 65 ? 65 : -shift;  /* beyond 65 the answer no longer changes */
		r = (v + (round ? (__int128)1 << (s - 1) : 0)) >> s;
	}
	return saturate ? satq(r, esz, is_unsigned, sat) : (uint64_t)r & emask(esz);
}

uint64_t vi_sqdmulh(uint64_t x, uint64_t y, unsigned esz, bool round, bool *sat)
{
	unsigned n = 8u << esz;
	__int128 p = 2 * (__int128)sxt(x, esz) * sxt(y, esz);
	if (round) p += (__int128)1 << (n - 1);
	return satq(p >> n, esz, false, sat);
}

unsigned __int128 vi_pmul(uint64_t x, uint64_t y, unsigned bits)
{
	unsigned __int128 r = 0;
	for (unsigned i = 0; i < bits; i++)
		if ((y >> i) & 1) r ^= (unsigned __int128)x << i;
	return r;
}

uint64_t vi_three(unsigned op, bool u, unsigned esz, uint64_t x, uint64_t y, uint64_t acc, bool *sat)
{
	uint64_t m = emask(esz);
	__int128 X = u ? (__int128)x : sxt(x, esz), Y = u ? (__int128)y : sxt(y, esz), d;
	switch (op) {
	case 0: return (uint64_t)((X + Y) >> 1) & m;                 /* HADD */
	case 1: return satq(X + Y, esz, u, sat);                     /* QADD */
	case 2: return (uint64_t)((X + Y + 1) >> 1) & m;             /* RHADD */
	case 4: return (uint64_t)((X - Y) >> 1) & m;                 /* HSUB */
	case 5: return satq(X - Y, esz, u, sat);                     /* QSUB */
	case 6: return X > Y ? m : 0;                                /* CMGT / CMHI */
	case 7: return X >= Y ? m : 0;                               /* CMGE / CMHS */
	case 8: case 9: case 10: case 11:                            /* [U][Q][R]SHL */
		return vi_shift(X, (int8_t)y, op & 2, op & 1, u, esz, sat);
	case 12: case 20: return (uint64_t)(X > Y ? X : Y) & m;     /* MAX, MAXP */
	case 13: case 21: return (uint64_t)(X < Y ? X : Y) & m;     /* MIN, MINP */
	case 14: case 15:                                            /* ABD, ABA */
		d = X > Y ? X - Y : Y - X;
		return (uint64_t)(d + (op == 15 ? acc : 0)) & m;
	case 16: return (u ? x - y : x + y) & m;
	case 17: return (u ? x == y : (x & y) != 0) ? m : 0;         /* CMEQ / CMTST */
	case 18: return (u ? acc - x * y : acc + x * y) & m;         /* MLS / MLA */
	case 19: return (u ? (uint64_t)vi_pmul(x, y, 8) : x * y) & m;/* PMUL / MUL */
	case 22: return vi_sqdmulh(x, y, esz, u, sat);
	default: return (x + y) & m;                                 /* 23: ADDP */
	}
}

uint64_t vf_three(unsigned op, bool u, bool a, int sz, uint64_t x, uint64_t y, uint64_t acc, struct fpst *s)
{
	switch ((u << 6) | (a << 5) | op) {
	case 0x18: return fp_maxnm(sz, x, y, s);
	case 0x19: return fp_muladd(sz, acc, x, y, s);
	case 0x1a: return fp_add(sz, x, y, s);
	case 0x1b: return fp_mulx(sz, x, y, s);
	case 0x1c: return fp_cmp_mask(sz, 0, x, y, s);
	case 0x1e: return fp_max(sz, x, y, s);
	case 0x1f: return fp_recps(sz, x, y, s);
	case 0x38: return fp_minnm(sz, x, y, s);
	case 0x39: return fp_muladd(sz, acc, fp_neg(sz, x), y, s);
	case 0x3a: return fp_sub(sz, x, y, s);
	case 0x3e: return fp_min(sz, x, y, s);
	case 0x3f: return fp_rsqrts(sz, x, y, s);
	case 0x58: return fp_maxnm(sz, x, y, s);                     /* FMAXNMP */
	case 0x5a: return fp_add(sz, x, y, s);                       /* FADDP */
	case 0x5b: return fp_mul(sz, x, y, s);
	case 0x5c: return fp_cmp_mask(sz, 1, x, y, s);
	case 0x5d: return fp_cmp_mask(sz, 1, fp_abs(sz, x), fp_abs(sz, y), s);
	case 0x5e: return fp_max(sz, x, y, s);                       /* FMAXP */
	case 0x5f: return fp_div(sz, x, y, s);
	case 0x78: return fp_minnm(sz, x, y, s);                     /* FMINNMP */
	case 0x7a: return fp_abs(sz, fp_sub(sz, x, y, s));           /* FABD */
	case 0x7c: return fp_cmp_mask(sz, 2, x, y, s);
	case 0x7d: return fp_cmp_mask(sz, 2, fp_abs(sz, x), fp_abs(sz, y), s);
	default: return fp_min(sz, x, y, s);                         /* 0x7e FMINP */
	}
}
