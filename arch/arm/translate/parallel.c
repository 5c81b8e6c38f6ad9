/* arch/arm/translate/parallel.c: the SIMD-within-a-register add and
 * subtract (SADD8, UADD8, SSUB8, USUB8, SADD16, UADD16, SSUB16, USUB16,
 * SASX, UASX, SSAX, USAX), which set CPSR.GE, and SEL, which reads it:
 * glibc's string functions find NUL bytes with UADD8 + SEL.  Done in
 * helpers (the GE flags are state); with their saturating (QADD8, UQSUB8...)
 * and halving (SHADD8, UHSUB16...) forms, which leave GE alone. */
#include "arch/arm/translate.h"

/* one lane: kind 0 plain (GE from the exact result), 1 saturating, 2 halving */
static uint32_t lane(int32_t s, unsigned bits, bool sgn, unsigned kind)
{
	if (kind == 2) return (uint32_t)(s >> 1) & ((1u << bits) - 1);
	if (kind == 1) {
		int32_t lo = sgn ? -(1 << (bits - 1)) : 0, hi = sgn ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
		s = s < lo ? lo : s > hi ? hi : s;
	}
	return (uint32_t)s & ((1u << bits) - 1);
}

/* arg: op (0 ADD16, 1 ASX, 2 SAX, 3 SUB16, 4 ADD8, 7 SUB8: the A32 op2 numbering)
 * | signed << 3 | kind << 4 */
static uint64_t addsub(void *cpu, uint64_t a, uint64_t b, uint64_t arg)
{
	unsigned op = arg & 7, kind = (arg >> 4) & 3;
	bool sgn = arg & 8;
	uint32_t r = 0, ge = 0;
	if (op >= 4) {
		for (unsigned k = 0; k < 4; k++) {
			int32_t x = sgn ? (int8_t)(a >> 8 * k) : (int32_t)(uint8_t)(a >> 8 * k);
			int32_t y = sgn ? (int8_t)(b >> 8 * k) : (int32_t)(uint8_t)(b >> 8 * k);
			int32_t s = op == 4 ? x + y : x - y;
			r |= lane(s, 8, sgn, kind) << 8 * k;
			if (sgn ? s >= 0 : (op == 4 ? s >= 0x100 : s >= 0)) ge |= 1u << k;
		}
	} else {
		int32_t x[2], y[2], s[2];
		for (unsigned k = 0; k < 2; k++) {
			x[k] = sgn ? (int16_t)(a >> 16 * k) : (int32_t)(uint16_t)(a >> 16 * k);
			y[k] = sgn ? (int16_t)(b >> 16 * k) : (int32_t)(uint16_t)(b >> 16 * k);
		}
		bool add[2];
		switch (op) {
		case 0: s[0] = x[0] + y[0], s[1] = x[1] + y[1], add[0] = add[1] = true; break;
		case 1: s[0] = x[0] - y[1], s[1] = x[1] + y[0], add[0] = false, add[1] = true; break;   /* ASX */
		case 2: s[0] = x[0] + y[1], s[1] = x[1] - y[0], add[0] = true, add[1] = false; break;   /* SAX */
		default: s[0] = x[0] - y[0], s[1] = x[1] - y[1], add[0] = add[1] = false; break;
		}
		for (unsigned k = 0; k < 2; k++) {
			r |= lane(s[k], 16, sgn, kind) << 16 * k;
			if (sgn ? s[k] >= 0 : (add[k] ? s[k] >= 0x10000 : s[k] >= 0)) ge |= 3u << 2 * k;
		}
	}
	if (kind == 0) ((struct arm_cpu *)cpu)->ge = ge;
	return r;
}

static uint64_t sel(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	uint32_t ge = ((struct arm_cpu *)cpu)->ge, mask = 0;
	for (unsigned k = 0; k < 4; k++)
		if (ge >> k & 1) mask |= 0xffu << 8 * k;
	return ((uint32_t)a & mask) | ((uint32_t)b & ~mask);
}

static bool emit(struct arm_tr *t, unsigned op, bool sgn, unsigned kind, unsigned rd, unsigned rn, unsigned rm)
{
	if (rd == 15 || rn == 15 || rm == 15 || op == 5 || op == 6 || kind == 3) return false;
	arm_set(t, rd, arm_call(t, addsub, arm_get(t, rn), arm_get(t, rm), arm_const(t, op | (sgn ? 8 : 0) | kind << 4)));
	return true;
}

/* A32: cccc 01100 ooo nnnn dddd 1111 ppp1 mmmm; ooo: 001 S, 010 Q, 011 SH, 101 U, 110 UQ, 111 UH */
bool arm_a32_parallel(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	static const int8_t kinds[8] = { -1, 0, 1, 2, -1, 0, 1, 2 };
	unsigned op1 = BITS(i, 22, 20);
	if (kinds[op1] < 0) return false;
	return emit(t, BITS(i, 7, 5), op1 < 4, (unsigned)kinds[op1], BITS(i, 15, 12), BITS(i, 19, 16), BITS(i, 3, 0));
}
/* T32: 111110101 ooo nnnn | 1111 dddd 0 U ss mmmm (ss: 00 plain, 01 saturating, 10 halving);
 * ooo: 000 ADD8 001 ADD16 010 ASX 100 SUB8 101 SUB16 110 SAX */
bool arm_t32_parallel(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	static const int8_t ops[8] = { 4, 0, 1, -1, 7, 3, 2, -1 };
	int op = ops[BITS(i, 22, 20)];
	if (op < 0) return false;
	return emit(t, (unsigned)op, !BIT(i, 6), BITS(i, 5, 4), BITS(i, 11, 8), BITS(i, 19, 16), BITS(i, 3, 0));
}

static bool sel_(struct arm_tr *t, unsigned rd, unsigned rn, unsigned rm)
{
	if (rd == 15 || rn == 15 || rm == 15) return false;
	arm_set(t, rd, arm_call(t, sel, arm_get(t, rn), arm_get(t, rm), 0));
	return true;
}
/* A32: cccc 01101000 nnnn dddd 1111 1011 mmmm */
bool arm_a32_sel(struct arm_tr *t, uint32_t i, uint32_t arg) { return sel_(t, BITS(i, 15, 12), BITS(i, 19, 16), BITS(i, 3, 0)); }
/* T32: 111110101010 nnnn | 1111 dddd 1000 mmmm */
bool arm_t32_sel(struct arm_tr *t, uint32_t i, uint32_t arg) { return sel_(t, BITS(i, 11, 8), BITS(i, 19, 16), BITS(i, 3, 0)); }
