/* arch/s390x/translate/fp_ir.h: what the BFP translation files share:
 * FPR views by format, the cc of a result, the guarded ops' descriptors and
 * the call of a helper with packed fields. */
#ifndef DM_S390X_TRANSLATE_FP_IR_H
#define DM_S390X_TRANSLATE_FP_IR_H

#include "arch/s390x/fp_bfp.h"
#include "arch/s390x/fp_helpers.h"
#include "arch/s390x/translate.h"
#include "emu/dbt/ir_fp.h"

/* the guard of a guarded op (docs/s390x.md, FP): FPC with no mask enabled,
 * rounding to nearest, and the inexact flag already set */
#define S390X_FP_DESC(slow) { slow, S390X_OFF_FPC, FPC_MASKS | FPC_RM, S390X_OFF_FPC, FPC_FLAG_X }

/* a short value is the left word of its FPR */
static inline dm_temp s390x_fget(struct s390x_tr *t, enum bfp_fmt f, unsigned r)
{
	return dm_ir_get(t->b, f == BFP_S ? 4 : 8, S390X_OFF_F(r) + (f == BFP_S ? 4 : 0));
}
static inline void s390x_fput(struct s390x_tr *t, enum bfp_fmt f, unsigned r, dm_temp v)
{
	dm_ir_put(t->b, f == BFP_S ? 4 : 8, S390X_OFF_F(r) + (f == BFP_S ? 4 : 0), v);
}
/* an extended operand's register: the lower of a pair (0, 1, 4, 5, 8, 9, 12, 13) */
static inline bool s390x_fpair_ok(unsigned r) { return !(r & 2); }

/* A guarded op's slow path may trap; it finds the instruction at cpu->pc */
static inline void s390x_fp_pc(struct s390x_tr *t) { dm_ir_put(t->b, 8, S390X_OFF_PC, s390x_const(t, t->pc)); }

/* cc from a short or long result: 0 zero, 1 negative, 2 positive, 3 NaN */
void s390x_fp_cc(struct s390x_tr *t, enum bfp_fmt f, dm_temp v);
/* call a helper of fp_helpers.h with packed fields (the cc it may set is forgotten) */
dm_temp s390x_fp_call(struct s390x_tr *t, dm_helper_fn fn, uint64_t fields, dm_temp mem);

#endif
