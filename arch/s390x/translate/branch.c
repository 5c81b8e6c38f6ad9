/* arch/s390x/translate/branch.c: branches: on condition (relative, relative
 * long, register, indexed), and save (link), on count, on index; BCR 14/15
 * with no target is the serialization it is used for. */
#include "arch/s390x/translate.h"

static uint64_t rel16(const struct s390x_tr *t, uint64_t i2) { return t->pc + 2 * (uint64_t)s390x_sext(i2, 16); }
static uint64_t rel32(const struct s390x_tr *t, uint64_t i2) { return t->pc + 2 * (uint64_t)s390x_sext(i2, 32); }

/* branch to a constant target when mask selects the cc */
static void branch_mask(struct s390x_tr *t, unsigned mask, uint64_t target)
{
	if ((mask & 15) == 15) s390x_exit(t, target);
	else if (mask & 15) s390x_branch_if(t, s390x_cc_test(t, mask), target);
}

static void branch_ind_if(struct s390x_tr *t, dm_temp cond, dm_temp target)
{
	s390x_exit_ind(t, cond ? s390x_select(t, cond, target, s390x_const(t, t->next)) : target);
}

/* BRC, BRCL */
static bool brc(struct s390x_tr *t, const struct s390x_insn *i)
{
	branch_mask(t, i->r1, i->arg == 32 ? rel32(t, i->i2) : rel16(t, i->i2));
	return true;
}

/* BCR: r2 = 0 never branches (BCR 15,0 and 14,0 serialize); BC */
static bool bcr(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned m = i->r1;
	if (!i->r2 || !m) {
		if (m == 15 || m == 14) s390x_emit(t, DM_IR_FENCE, 8, 0, 0, 0, 0);
		return true;
	}
	dm_temp target = s390x_get(t, i->r2);
	branch_ind_if(t, m == 15 ? 0 : s390x_cc_test(t, m), target);
	return true;
}
static bool bc(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned m = i->r1;
	if (!m) return true;
	dm_temp target = s390x_addr(t, i->x2, i->b2, i->d2);
	branch_ind_if(t, m == 15 ? 0 : s390x_cc_test(t, m), target);
	return true;
}

/* BRAS BRASL: link then branch relative; BASR BAS (and BALR BAL, the same in
 * the 64-bit addressing mode) */
static bool bras(struct s390x_tr *t, const struct s390x_insn *i)
{
	s390x_set(t, i->r1, s390x_const(t, t->next));
	s390x_exit(t, i->arg == 32 ? rel32(t, i->i2) : rel16(t, i->i2));
	return true;
}
static bool basr(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp target = i->r2 ? s390x_get(t, i->r2) : 0;
	s390x_set(t, i->r1, s390x_const(t, t->next));
	if (target) s390x_exit_ind(t, target);
	return true;
}
static bool bas(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp target = s390x_addr(t, i->x2, i->b2, i->d2);
	s390x_set(t, i->r1, s390x_const(t, t->next));
	s390x_exit_ind(t, target);
	return true;
}

/* on count: arg = width (4, 8; 5: the high word) | form << 4 (0 relative
 * 16, 1 relative 32, 2 register r2 (none when 0), 3 indexed storage) */
static bool bct(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned w = i->arg & 15, form = i->arg >> 4;
	dm_temp target = 0;
	if (form == 2 && i->r2) target = s390x_get(t, i->r2);
	if (form == 3) target = s390x_addr(t, i->x2, i->b2, i->d2);
	dm_temp v = w == 5 ? s390x_geth(t, i->r1) : s390x_getw(t, i->r1, w);
	v = s390x_op2i(t, DM_IR_SUB, w == 8 ? 8 : 4, v, 1);
	if (w == 5) s390x_seth(t, i->r1, v);
	else s390x_setw(t, i->r1, w, v);
	dm_temp nz = s390x_rel(t, DM_COND_NE, w == 8 ? 8 : 4, v, s390x_const(t, 0));
	if (form <= 1) s390x_branch_if(t, nz, form ? rel32(t, i->i2) : rel16(t, i->i2));
	else if (target) branch_ind_if(t, nz, target);
	return true;
}

/* on index: r1 += r3; compare with r3 | 1 (read before the add), high
 * (arg & 1 = 0) or low-or-equal (1); arg & 8: 64-bit; arg & 16: relative */
static bool bx(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned w = (i->arg & 8) ? 8 : 4;
	bool le = i->arg & 1, rel = i->arg & 16;
	dm_temp target = rel ? 0 : s390x_addr(t, 0, i->b2, i->d2);
	dm_temp inc = s390x_getw(t, i->r3, w), lim = s390x_getw(t, i->r3 | 1, w);
	dm_temp v = s390x_op2(t, DM_IR_ADD, w, s390x_getw(t, i->r1, w), inc);
	s390x_setw(t, i->r1, w, v);
	dm_temp c = s390x_rel(t, le ? DM_COND_SLE : DM_COND_SGT, w, v, lim);
	if (rel) s390x_branch_if(t, c, rel16(t, i->i2));
	else branch_ind_if(t, c, target);
	return true;
}

const struct s390x_row s390x_rows_branch[] = {
	S390X_ROW(0xa704, RI, "BRC", brc, 16),
	S390X_ROW(0xc004, RIL, "BRCL", brc, 32),
	S390X_ROW(0x0700, RR, "BCR", bcr, 0),
	S390X_ROW(0x4700, RX, "BC", bc, 0),
	S390X_ROW(0xa705, RI, "BRAS", bras, 16),
	S390X_ROW(0xc005, RIL, "BRASL", bras, 32),
	S390X_ROW(0x0d00, RR, "BASR", basr, 0),
	S390X_ROW(0x0500, RR, "BALR", basr, 0),
	S390X_ROW(0x4d00, RX, "BAS", bas, 0),
	S390X_ROW(0x4500, RX, "BAL", bas, 0),
	S390X_ROW(0xa706, RI, "BRCT", bct, 4),
	S390X_ROW(0xa707, RI, "BRCTG", bct, 8),
	S390X_ROW(0xcc06, RIL, "BRCTH", bct, 5 | 1 << 4),
	S390X_ROW(0x0600, RR, "BCTR", bct, 4 | 2 << 4),
	S390X_ROW(0xb946, RRE, "BCTGR", bct, 8 | 2 << 4),
	S390X_ROW(0x4600, RX, "BCT", bct, 4 | 3 << 4),
	S390X_ROW(0xe346, RXY, "BCTG", bct, 8 | 3 << 4),
	S390X_ROW(0x8400, RSI, "BRXH", bx, 16),
	S390X_ROW(0x8500, RSI, "BRXLE", bx, 16 | 1),
	S390X_ROW(0xec44, RIE, "BRXHG", bx, 16 | 8),
	S390X_ROW(0xec45, RIE, "BRXLG", bx, 16 | 8 | 1),
	S390X_ROW(0x8600, RS, "BXH", bx, 0),
	S390X_ROW(0x8700, RS, "BXLE", bx, 1),
	S390X_ROW(0xeb44, RSY, "BXHG", bx, 8),
	S390X_ROW(0xeb45, RSY, "BXLEG", bx, 9),
	{ 0 },
};
