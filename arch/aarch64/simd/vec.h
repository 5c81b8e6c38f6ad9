/* arch/aarch64/simd/vec.h: what every FP/SIMD helper needs: a V register as
 * a value, element access by size, and the FPCR/FPSR round trip.  Helpers
 * copy operands in first, so a destination that is also a source is safe. */
#ifndef DM_A64_VEC_H
#define DM_A64_VEC_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "arch/aarch64/cpu.h"
#include "arch/aarch64/simd/fpu.h"

typedef union {
	uint8_t b[16];
	uint16_t h[8];
	uint32_t s[4];
	uint64_t d[2];
} vreg;

#define CPU(p) ((struct a64_cpu *)(p))

static inline vreg vr(struct a64_cpu *c, unsigned r)
{
	vreg v;
	memcpy(&v, c->v[r], 16);
	return v;
}

/* writes `bytes` (8 or 16; smaller scalars pass 8 after zeroing) and clears the rest */
static inline void vw(struct a64_cpu *c, unsigned r, vreg v, unsigned bytes)
{
	if (bytes < 16) v.d[1] = 0;
	memcpy(c->v[r], &v, 16);
}

static inline uint64_t ve(const vreg *v, unsigned esz, unsigned i)
{
	switch (esz) {
	case 0: return v->b[i];
	case 1: return v->h[i];
	case 2: return v->s[i];
	default: return v->d[i];
	}
}

static inline void vse(vreg *v, unsigned esz, unsigned i, uint64_t x)
{
	switch (esz) {
	case 0: v->b[i] = x; break;
	case 1: v->h[i] = x; break;
	case 2: v->s[i] = x; break;
	default: v->d[i] = x; break;
	}
}

static inline int64_t sxt(uint64_t x, unsigned esz)
{
	unsigned sh = 64 - (8u << esz);
	return (int64_t)(x << sh) >> sh;
}

static inline uint64_t emask(unsigned esz) { return esz >= 3 ? ~0ull : (1ull << (8u << esz)) - 1; }

/* SatQ: clamp to esz's signed or unsigned range, setting *sat when it bites. */
static inline uint64_t satq(__int128 x, unsigned esz, bool is_unsigned, bool *sat)
{
	unsigned n = 8u << esz;
	__int128 lo = is_unsigned ? 0 : -((__int128)1 << (n - 1));
	__int128 hi = is_unsigned ? ((__int128)1 << n) - 1 : ((__int128)1 << (n - 1)) - 1;
	if (x < lo) { *sat = true; x = lo; }
	if (x > hi) { *sat = true; x = hi; }
	return (uint64_t)x & emask(esz);
}

static inline struct fpst fpst_of(struct a64_cpu *c) { return (struct fpst){ (uint32_t)c->fpcr, 0, (uint32_t)c->fpsr }; }
static inline void fpst_done(struct a64_cpu *c, const struct fpst *s) { c->fpsr |= s->exc; }
static inline void set_qc(struct a64_cpu *c, bool sat) { if (sat) c->fpsr |= FPSR_QC; }

/* instruction fields used across the AdvSIMD classes */
#define F_RD(i) ((i) & 31)
#define F_RN(i) (((i) >> 5) & 31)
#define F_RM(i) (((i) >> 16) & 31)
#define F_Q(i) (((i) >> 30) & 1)
#define F_U(i) (((i) >> 29) & 1)
#define F_SIZE(i) (((i) >> 22) & 3)
#define F_SCALAR(i) (((i) >> 28) & 1)   /* AdvSIMD scalar classes have bit 28 set */

#endif
