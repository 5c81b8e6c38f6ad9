/* arch/aarch64/simd/vec_ir.h: integer AdvSIMD lanes as plain integer IR.
 * Each builder works on one 64-bit half of a vector register (a temp) with
 * lanes of 1 << esz bytes (esz 0..3), SWAR style: carries and borrows are
 * kept inside a lane by handling each lane's top bit apart, so the result is
 * exact for every lane and the JIT sees ordinary ALU ops instead of a helper
 * CALL (which would flush its cached guest registers). */
#ifndef DM_A64_VEC_IR_H
#define DM_A64_VEC_IR_H

#include "arch/aarch64/translate.h"

/* the top bit of every lane */
uint64_t vir_top(unsigned esz);
/* 1 in the lowest bit of every lane: x * vir_unit(esz) copies a lane-sized x to every lane */
uint64_t vir_unit(unsigned esz);

/* lane-wise a + b, a - b (modulo the lane) */
dm_temp vir_add(struct a64_tr *t, unsigned esz, dm_temp a, dm_temp b);
dm_temp vir_sub(struct a64_tr *t, unsigned esz, dm_temp a, dm_temp b);
/* top bit of each lane set iff that lane of x is nonzero; all other bits 0 */
dm_temp vir_nonzero_top(struct a64_tr *t, unsigned esz, dm_temp x);
/* m has bits only at lane tops: each lane with its top bit set becomes all ones */
dm_temp vir_spread_top(struct a64_tr *t, unsigned esz, dm_temp m);
/* CMEQ, CMTST: all ones in lanes where a == b, resp. (a & b) != 0 */
dm_temp vir_cmeq(struct a64_tr *t, unsigned esz, dm_temp a, dm_temp b);
dm_temp vir_cmtst(struct a64_tr *t, unsigned esz, dm_temp a, dm_temp b);
/* signed compares with zero: all ones in lanes where x OP 0 */
enum vir_cmpz { VIR_GT0, VIR_GE0, VIR_EQ0, VIR_LE0, VIR_LT0 };
dm_temp vir_cmp_zero(struct a64_tr *t, unsigned esz, enum vir_cmpz op, dm_temp x);
/* sums of adjacent lane pairs of x (esz 0..2), packed into the low 32 bits */
dm_temp vir_addp_half(struct a64_tr *t, unsigned esz, dm_temp x);
/* the low halves of the 2*bits-wide containers of x (esz 0..2), packed into the low 32 bits */
dm_temp vir_pack_even(struct a64_tr *t, unsigned esz, dm_temp x);
/* the inverse: the lanes of x's low 32 bits spread to the low halves of 2*bits-wide containers */
dm_temp vir_unpack_even(struct a64_tr *t, unsigned esz, dm_temp x);
/* top bit of each lane set iff a >= b (signed if sign); all other bits 0 */
dm_temp vir_ge_top(struct a64_tr *t, unsigned esz, bool sign, dm_temp a, dm_temp b);
/* CMGE/CMHS, CMGT/CMHI: all ones in lanes where a >= b, resp. a > b */
dm_temp vir_cmge(struct a64_tr *t, unsigned esz, bool sign, dm_temp a, dm_temp b);
dm_temp vir_cmgt(struct a64_tr *t, unsigned esz, bool sign, dm_temp a, dm_temp b);
/* bitwise m ? x : y */
dm_temp vir_select(struct a64_tr *t, dm_temp m, dm_temp x, dm_temp y);
/* lane-wise max (min if min) of a and b, signed if sign */
dm_temp vir_max(struct a64_tr *t, unsigned esz, bool sign, bool min, dm_temp a, dm_temp b);
/* ADDP, [SU]MAXP, [SU]MINP of adjacent lane pairs of x (esz 0..2), packed into the low 32 bits */
enum vir_pair { VIR_PADD, VIR_PUMAX, VIR_PUMIN, VIR_PSMAX, VIR_PSMIN };
dm_temp vir_pair_half(struct a64_tr *t, unsigned esz, enum vir_pair op, dm_temp x);
/* lane-wise x >> sh (sh 1..bits; arithmetic if sign), x << sh (sh 0..bits-1) */
dm_temp vir_shr(struct a64_tr *t, unsigned esz, bool sign, dm_temp x, unsigned sh);
dm_temp vir_shl(struct a64_tr *t, unsigned esz, dm_temp x, unsigned sh);
/* SHRN/XTN of one half: its 2*bits-wide lanes (esz 0..2 is the narrow size)
 * shifted right by sh (0..bits), truncated and packed into the low 32 bits */
dm_temp vir_narrow_half(struct a64_tr *t, unsigned esz, dm_temp x, unsigned sh);

/* the halves of V[r]: h[1] only when q */
void vir_get(struct a64_tr *t, unsigned r, bool q, dm_temp h[2]);
/* V[r] = h[0] : (q ? h[1] : 0) */
void vir_put(struct a64_tr *t, unsigned r, bool q, const dm_temp h[2]);
/* a narrowing result (32 bits from each source half in lo32[]): V[r] =
 * 0 : result, or for the "2" forms (q) result : V[r]'s low half */
void vir_put_narrow(struct a64_tr *t, unsigned r, bool q, const dm_temp lo32[2]);

#endif
