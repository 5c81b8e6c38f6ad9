/* arch/aarch64/simd/fpu.h: the A64 floating-point core (Arm ARM FPRound,
 * FPProcessNaNs, FPUnpack and friends) shared by scalar and vector helpers.
 * Values travel as raw bits; `sz` is log2 of the element size in bytes
 * (1 = half, 2 = single, 3 = double).  Host SSE does the IEEE arithmetic,
 * C fixes up where Arm and x86 differ (NaNs, tininess, flush-to-zero). */
#ifndef DM_A64_FPU_H
#define DM_A64_FPU_H

#include <stdbool.h>
#include <stdint.h>

/* FPSR cumulative flags and FPCR controls (Arm ARM D13.2). */
enum {
	FPSR_IOC = 1, FPSR_DZC = 2, FPSR_OFC = 4, FPSR_UFC = 8, FPSR_IXC = 16, FPSR_IDC = 128,
	FPSR_QC = 1u << 27,
	FPCR_AHP = 1u << 26, FPCR_DN = 1u << 25, FPCR_FZ = 1u << 24, FPCR_RMODE_SHIFT = 22,
};

/* Rounding modes: the first four are FPCR.RMode values. */
enum fp_rounding { FPR_TIEEVEN, FPR_POSINF, FPR_NEGINF, FPR_ZERO, FPR_TIEAWAY, FPR_ODD };

/* One operation's FP environment: the guest FPCR in, flags raised out. */
struct fpst {
	uint32_t fpcr;
	uint32_t exc;     /* flags raised by this operation */
	uint32_t fpsr;    /* the cumulative flags at entry (the fast path needs IXC) */
};

static inline int fpst_rmode(const struct fpst *s) { return (s->fpcr >> FPCR_RMODE_SHIFT) & 3; }

enum fp_type { FPT_ZERO, FPT_DENORM, FPT_NORMAL, FPT_INF, FPT_QNAN, FPT_SNAN };

static inline int fp_fbits(int sz) { return sz == 1 ? 10 : sz == 2 ? 23 : 52; }
static inline int fp_ebits(int sz) { return sz == 1 ? 5 : sz == 2 ? 8 : 11; }
static inline uint64_t fp_signbit(int sz) { return 1ull << ((8 << sz) - 1); }
static inline uint64_t fp_mask(int sz) { return sz == 3 ? ~0ull : (1ull << (8 << sz)) - 1; }
static inline uint64_t fp_absbits(int sz, uint64_t x) { return x & (fp_mask(sz) >> 1); }
uint64_t fp_default_nan(int sz);
uint64_t fp_inf(int sz, int sign);
uint64_t fp_maxnormal(int sz, int sign);
int fp_type(int sz, uint64_t x);

/* FPUnpack's flush of a denormal input when FPCR.FZ is set (not for half). */
uint64_t fp_flush_in(int sz, uint64_t x, struct fpst *s);
/* FPProcessNaN(s): true and *r set when an operand is a NaN. */
bool fp_nan1(int sz, uint64_t a, uint64_t *r, struct fpst *s);
bool fp_nan2(int sz, uint64_t a, uint64_t b, uint64_t *r, struct fpst *s);

/* Arithmetic (sz 2 or 3). */
enum fp_op { FOP_ADD, FOP_SUB, FOP_MUL, FOP_DIV, FOP_SQRT, FOP_FMA };
uint64_t fp_add(int sz, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_sub(int sz, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_mul(int sz, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_mulx(int sz, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_div(int sz, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_sqrt(int sz, uint64_t a, struct fpst *s);
/* FPMulAdd(addend, a, b): addend + a*b rounded once. */
uint64_t fp_muladd(int sz, uint64_t addend, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_recps(int sz, uint64_t a, uint64_t b, struct fpst *s);   /* 2 - a*b */
uint64_t fp_rsqrts(int sz, uint64_t a, uint64_t b, struct fpst *s);  /* (3 - a*b) / 2 */
uint64_t fp_max(int sz, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_min(int sz, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_maxnm(int sz, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_minnm(int sz, uint64_t a, uint64_t b, struct fpst *s);
uint64_t fp_abs(int sz, uint64_t a);
uint64_t fp_neg(int sz, uint64_t a);

/* FPCompare: NZCV in bits 3..0 (N Z C V). signal: FCMPE semantics. */
unsigned fp_compare(int sz, uint64_t a, uint64_t b, bool signal, struct fpst *s);
/* Vector compares: all-ones or zero.  cond: 0 EQ, 1 GE, 2 GT. */
uint64_t fp_cmp_mask(int sz, int cond, uint64_t a, uint64_t b, struct fpst *s);

/* Estimates (Arm ARM FPRecipEstimate, FPRSqrtEstimate, FPRecpX). */
uint64_t fp_recpe(int sz, uint64_t a, struct fpst *s);
uint64_t fp_rsqrte(int sz, uint64_t a, struct fpst *s);
uint64_t fp_recpx(int sz, uint64_t a, struct fpst *s);
uint32_t fp_urecpe(uint32_t a);
uint32_t fp_ursqrte(uint32_t a);

/* Conversions. */
uint64_t fp_convert(int to, int from, uint64_t a, struct fpst *s, int rounding);
uint64_t fp_round_int(int sz, uint64_t a, int rounding, bool exact, struct fpst *s);
/* FPToFixed: to a (64 >> (rbits==32)) bit integer, saturating. */
uint64_t fp_to_fixed(int sz, uint64_t a, int fbits, bool is_unsigned, int rbits, int rounding, struct fpst *s);
/* FixedToFP: from a 32/64-bit integer with fbits fraction bits. */
uint64_t fp_from_fixed(int sz, uint64_t v, int ibits, int fbits, bool is_unsigned, int rounding, struct fpst *s);

/* FPRound of the real sign * m * 2^(exp-63), m normalised (bit 63 set),
 * sticky: nonzero bits below m. */
uint64_t fp_round(int sz, int sign, int exp, uint64_t m, bool sticky, int rounding, bool fz, struct fpst *s);

#endif
