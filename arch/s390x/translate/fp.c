/* arch/s390x/translate/fp.c: binary floating point.  So far the moves: FPR
 * loads and stores, register copies, the FPR <-> GR transfers and the FPC
 * accesses.  A short (32-bit) value lives in bits 0-31 of its FPR, the high
 * word of the 64-bit register; the low word is left alone by the short forms. */
#include "arch/s390x/translate.h"

#define OFF_FH(r) (S390X_OFF_F(r) + 4)   /* the short format's word (little-endian host) */

static dm_temp getf(struct s390x_tr *t, unsigned r) { return dm_ir_get(t->b, 8, S390X_OFF_F(r)); }
static void setf(struct s390x_tr *t, unsigned r, dm_temp v) { dm_ir_put(t->b, 8, S390X_OFF_F(r), v); }
static dm_temp getfs(struct s390x_tr *t, unsigned r) { return dm_ir_get(t->b, 4, OFF_FH(r)); }
static void setfs(struct s390x_tr *t, unsigned r, dm_temp v) { dm_ir_put(t->b, 4, OFF_FH(r), v); }

/* LD, LDY, LE, LEY: arg = the width */
static bool ld(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp v = s390x_ld(t, i->arg, s390x_addr(t, i->x2, i->b2, i->d2));
	if (i->arg == 8) setf(t, i->r1, v);
	else setfs(t, i->r1, v);
	return true;
}

/* STD, STDY, STE, STEY */
static bool st(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp v = i->arg == 8 ? getf(t, i->r1) : getfs(t, i->r1);
	s390x_st(t, i->arg, s390x_addr(t, i->x2, i->b2, i->d2), v);
	return true;
}

/* LDR, LER */
static bool lr(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (i->arg == 8) setf(t, i->r1, getf(t, i->r2));
	else setfs(t, i->r1, getfs(t, i->r2));
	return true;
}

/* LZDR, LZER */
static bool lz(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (i->arg == 8) setf(t, i->r1, s390x_const(t, 0));
	else setfs(t, i->r1, s390x_const(t, 0));
	return true;
}

static bool lgdr(struct s390x_tr *t, const struct s390x_insn *i) { s390x_set(t, i->r1, getf(t, i->r2)); return true; }
static bool ldgr(struct s390x_tr *t, const struct s390x_insn *i) { setf(t, i->r1, s390x_get(t, i->r2)); return true; }

/* FPC: the bits a program may set (IEEE masks, flags, data-exception code,
 * BFP rounding mode); setting any other, or a BFP rounding mode of 4-6 (not
 * assigned), is a specification exception */
#define FPC_VALID 0xf8f8ff07u

static dm_temp getfpc(struct s390x_tr *t) { return dm_ir_get(t->b, 4, S390X_OFF_FPC); }

static void setfpc(struct s390x_tr *t, dm_temp v)
{
	dm_temp bad = s390x_rel(t, DM_COND_NE, 8, s390x_op2i(t, DM_IR_AND, 8, v, ~(uint64_t)FPC_VALID & 0xffffffffu),
				s390x_const(t, 0));
	dm_temp rm = s390x_op2i(t, DM_IR_AND, 8, v, 7);
	bad = s390x_op2(t, DM_IR_OR, 8, bad, s390x_rel(t, DM_COND_ULT, 8, s390x_op2i(t, DM_IR_SUB, 8, rm, 4), s390x_const(t, 3)));
	/* the check ends the block; the store is on the good path only */
	dm_temp ok = s390x_op2i(t, DM_IR_XOR, 8, bad, 1);
	dm_ir_put(t->b, 4, S390X_OFF_FPC, s390x_select(t, ok, v, getfpc(t)));
	s390x_spec_if(t, bad);
}

static bool efpc(struct s390x_tr *t, const struct s390x_insn *i) { s390x_set32(t, i->r1, getfpc(t)); return true; }
static bool sfpc(struct s390x_tr *t, const struct s390x_insn *i) { setfpc(t, s390x_get32(t, i->r1)); return true; }
static bool lfpc(struct s390x_tr *t, const struct s390x_insn *i) { setfpc(t, s390x_ld(t, 4, s390x_addr(t, 0, i->b2, i->d2))); return true; }
static bool stfpc(struct s390x_tr *t, const struct s390x_insn *i) { s390x_st(t, 4, s390x_addr(t, 0, i->b2, i->d2), getfpc(t)); return true; }

const struct s390x_row s390x_rows_fp[] = {
	S390X_ROW(0x6800, RX, "LD", ld, 8),
	S390X_ROW(0xed65, RXY, "LDY", ld, 8),
	S390X_ROW(0x7800, RX, "LE", ld, 4),
	S390X_ROW(0xed64, RXY, "LEY", ld, 4),
	S390X_ROW(0x6000, RX, "STD", st, 8),
	S390X_ROW(0xed67, RXY, "STDY", st, 8),
	S390X_ROW(0x7000, RX, "STE", st, 4),
	S390X_ROW(0xed66, RXY, "STEY", st, 4),
	S390X_ROW(0x2800, RR, "LDR", lr, 8),
	S390X_ROW(0x3800, RR, "LER", lr, 4),
	S390X_ROW(0xb375, RRE, "LZDR", lz, 8),
	S390X_ROW(0xb374, RRE, "LZER", lz, 4),
	S390X_ROW(0xb3cd, RRE, "LGDR", lgdr, 0),
	S390X_ROW(0xb3c1, RRE, "LDGR", ldgr, 0),
	S390X_ROW(0xb38c, RRE, "EFPC", efpc, 0),
	S390X_ROW(0xb384, RRE, "SFPC", sfpc, 0),
	S390X_ROW(0xb29d, S, "LFPC", lfpc, 0),
	S390X_ROW(0xb29c, S, "STFPC", stfpc, 0),
	{ 0 },
};
