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

/* the halves of V[r]: h[1] only when q */
void vir_get(struct a64_tr *t, unsigned r, bool q, dm_temp h[2]);
/* V[r] = h[0] : (q ? h[1] : 0) */
void vir_put(struct a64_tr *t, unsigned r, bool q, const dm_temp h[2]);

#endif
