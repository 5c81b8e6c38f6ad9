/* arch/aarch64/simd/fp_ir.h: scalar FP instructions as guarded IR ops
 * (emu/dbt/ir_fp.h) instead of helper calls.  Each op carries the guard
 * (which FPCR bits must be clear, which FPSR bits set) and an exact slow
 * path built on the FP core (fpu.h), so the JIT can inline the host
 * instruction for the common case.  sz: 2 = single, 3 = double. */
#ifndef DM_A64_FP_IR_H
#define DM_A64_FP_IR_H

#include <stdbool.h>

#include "arch/aarch64/translate.h"

/* FADD FSUB FMUL FDIV (op: the IR op) */
dm_temp a64_fp_arith(struct a64_tr *t, enum dm_ir_op op, int sz, dm_temp a, dm_temp b);
/* the same on two singles packed in 64 bits (DM_IR_FP_PAIR): AdvSIMD lanes */
dm_temp a64_fp_arith_pair(struct a64_tr *t, enum dm_ir_op op, dm_temp a, dm_temp b);
dm_temp a64_fp_muladd_pair(struct a64_tr *t, dm_temp addend, dm_temp n, dm_temp m);
dm_temp a64_fp_sqrt(struct a64_tr *t, int sz, dm_temp a);
/* FPMulAdd: addend + n * m, one rounding */
dm_temp a64_fp_muladd(struct a64_tr *t, int sz, dm_temp addend, dm_temp n, dm_temp m);
/* FPCompare (signal: the E forms): NZCV in PSTATE's bits 31..28 (a64_put_pstate_nzcv) */
dm_temp a64_fp_cmp(struct a64_tr *t, int sz, dm_temp a, dm_temp b, bool signal);
/* FMAX FMIN (nm 0) and FMAXNM FMINNM (nm 1) */
dm_temp a64_fp_minmax(struct a64_tr *t, int sz, bool max, bool nm, dm_temp a, dm_temp b);
/* FRINT*: kind 0..4 = N P M Z A (fixed mode), 5 = X, 6 = I (FPCR mode) */
dm_temp a64_fp_round_int(struct a64_tr *t, int sz, int kind, dm_temp a);
/* FCVT between single and double (to != from) */
dm_temp a64_fp_cvt(struct a64_tr *t, int to, int from, dm_temp a);
/* FCVTZS / FCVTZU to a W (sf 0) or X (sf 1) register */
dm_temp a64_fp_to_int(struct a64_tr *t, int sz, bool sf, bool is_unsigned, dm_temp a);
/* SCVTF / UCVTF from a W (sf 0) or X (sf 1) register */
dm_temp a64_fp_from_int(struct a64_tr *t, int sz, bool sf, bool is_unsigned, dm_temp a);

#endif
