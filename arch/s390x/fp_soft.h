/* arch/s390x/fp_soft.h: exact IEEE 754 binary arithmetic in software for the
 * three z/Architecture BFP formats (short, long, extended), one code path for
 * all: values travel as raw bits in an unsigned __int128 (short in the low 32,
 * long in the low 64), significands are held in 128 bits with a sticky bit.
 * This layer knows IEEE only: it computes results and reports the
 * exceptions an operation raised; the s390x rules (NaN choice, FPC flags,
 * masks and traps) are fp_bfp.c's. */
#ifndef DM_S390X_FP_SOFT_H
#define DM_S390X_FP_SOFT_H

#include <stdbool.h>
#include <stdint.h>

typedef unsigned __int128 u128;

enum bfp_fmt { BFP_S, BFP_L, BFP_X };
/* Rounding modes (the m3 field's meanings, numbered here). */
enum bfp_rm { RM_NE, RM_Z, RM_P, RM_M, RM_NA /* nearest, ties away */, RM_PSP /* prepare for shorter precision */ };
/* Exceptions, in the FPC's bit order (invalid first). */
enum { EX_I = 0x10, EX_Z = 0x08, EX_O = 0x04, EX_U = 0x02, EX_X = 0x01 };

struct bfp_fmtinfo { int ebits, fbits, bias, alpha; };
extern const struct bfp_fmtinfo bfp_fmts[3];

/* One operation's context: rounding in, exceptions out.  trap_o / trap_u:
 * the overflow / underflow trap is enabled, so a tiny or huge result is
 * delivered scaled by 2^-alpha / 2^alpha (PoO) and reported without the
 * masked-case rules. */
struct bfp_ctx {
	enum bfp_rm rm;
	bool trap_o, trap_u;
	unsigned exc;                /* EX_* raised */
	bool incr;                   /* the rounded result's magnitude was increased */
};

enum bfp_class { BC_ZERO, BC_SUB, BC_NORM, BC_INF, BC_QNAN, BC_SNAN };

static inline u128 bfp_signbit(enum bfp_fmt f) { return (u128)1 << (bfp_fmts[f].ebits + bfp_fmts[f].fbits); }
static inline bool bfp_sign(enum bfp_fmt f, u128 a) { return (a & bfp_signbit(f)) != 0; }
static inline u128 bfp_abs(enum bfp_fmt f, u128 a) { return a & (bfp_signbit(f) - 1); }
enum bfp_class bfp_class(enum bfp_fmt f, u128 a);
static inline bool bfp_isnan(enum bfp_fmt f, u128 a) { return bfp_class(f, a) >= BC_QNAN; }
u128 bfp_inf(enum bfp_fmt f, bool sign);
u128 bfp_max(enum bfp_fmt f, bool sign);
u128 bfp_quiet(enum bfp_fmt f, u128 a);           /* the NaN with the quiet bit set */
u128 bfp_default_nan(enum bfp_fmt f);

/* Round sign * (sig + sticky bits) * 2^exp to format f (sig != 0). */
u128 bfp_round(enum bfp_fmt f, bool sign, int exp, u128 sig, bool sticky, struct bfp_ctx *c);

/* Arithmetic on non-NaN operands (the caller has handled NaNs). */
u128 bfp_add(enum bfp_fmt f, u128 a, u128 b, bool sub, struct bfp_ctx *c);
u128 bfp_mul(enum bfp_fmt f, u128 a, u128 b, struct bfp_ctx *c);
u128 bfp_div(enum bfp_fmt f, u128 a, u128 b, struct bfp_ctx *c);
u128 bfp_sqrt(enum bfp_fmt f, u128 a, struct bfp_ctx *c);
/* a * b + c rounded once (short and long); neg_p: -(a * b) */
u128 bfp_fma(enum bfp_fmt f, u128 a, u128 b, u128 addend, bool neg_p, struct bfp_ctx *c);
/* format conversion of a non-NaN value */
u128 bfp_convert(enum bfp_fmt to, enum bfp_fmt from, u128 a, struct bfp_ctx *c);
/* round a non-NaN value to an integral value in mode rm (inexact: EX_X) */
u128 bfp_rint(enum bfp_fmt f, u128 a, struct bfp_ctx *c);
/* a non-NaN value to a signed or unsigned integer of `bits` bits; false:
 * out of range (nothing raised; the caller decides) */
bool bfp_to_int(enum bfp_fmt f, u128 a, bool is_signed, unsigned bits, struct bfp_ctx *c, uint64_t *r);
u128 bfp_from_int(enum bfp_fmt f, uint64_t v, bool is_signed, struct bfp_ctx *c);
/* a <=> b, neither a NaN: 0 equal, 1 less, 2 greater */
unsigned bfp_compare(enum bfp_fmt f, u128 a, u128 b);

#endif
