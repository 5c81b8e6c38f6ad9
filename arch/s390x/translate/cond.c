/* arch/s390x/translate/cond.c: load and store on condition (z196).  The
 * register forms select; the storage forms skip the access when the
 * condition fails (the block ends there), so a false condition never faults
 * nor rewrites memory another thread may be changing. */
#include "arch/s390x/translate.h"

/* LOCR LOCGR: RRF-c, M3 at bits 16-19 */
static bool locr(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned w = i->arg;
	dm_temp c = s390x_cc_test(t, i->m3);
	s390x_setw(t, i->r1, w, s390x_select(t, c, s390x_getw(t, i->r2, w), s390x_getw(t, i->r1, w)));
	return true;
}

/* LOC LOCG STOC STOCG: RSY-b, M3 in the r3 field; arg = width | 16: store */
static bool loc(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned w = i->arg & 15;
	dm_temp c = s390x_cc_test(t, i->m3);
	dm_temp skip = s390x_op2i(t, DM_IR_XOR, 8, c, 1);
	s390x_emit(t, DM_IR_BRCOND, 8, skip, 0, 0, t->next);
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2);
	if (i->arg & 16) s390x_st(t, w, a, s390x_getw(t, i->r1, w));
	else s390x_setw(t, i->r1, w, s390x_ld(t, w, a));
	s390x_exit(t, t->next);
	return true;
}

const struct s390x_row s390x_rows_cond[] = {
	S390X_ROW(0xb9f2, RRF, "LOCR", locr, 4),
	S390X_ROW(0xb9e2, RRF, "LOCGR", locr, 8),
	S390X_ROW(0xebf2, RSY, "LOC", loc, 4),
	S390X_ROW(0xebe2, RSY, "LOCG", loc, 8),
	S390X_ROW(0xebf3, RSY, "STOC", loc, 4 | 16),
	S390X_ROW(0xebe3, RSY, "STOCG", loc, 8 | 16),
	{ 0 },
};
