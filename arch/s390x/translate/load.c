/* arch/s390x/translate/load.c: loads, stores and moves of general registers:
 * register and storage forms, relative-long, immediates and inserts, load
 * address, multiple, characters under mask, byte-reversed, high-word, and
 * storage immediates (MVI, MVHI...). */
#include "arch/s390x/translate.h"

/* arg: destination (4: the low word, 8: the register, 5: the high word), the
 * source's significant bits, signed extension, set cc (load and test) */
#define DST(a) ((a) & 15)
#define BITS(a) (((a) >> 4) & 127)
#define SGN(a) (((a) >> 11) & 1)
#define LT(a) (((a) >> 12) & 1)
#define A(dst, bits, sgn) ((dst) | (bits) << 4 | (sgn) << 11)
#define HIGH 5
#define ATEST (1u << 12)

static dm_temp extend(struct s390x_tr *t, dm_temp v, uint32_t arg)
{
	unsigned bits = BITS(arg);
	if (bits >= 64) return v;
	return SGN(arg) ? s390x_sextt(t, v, bits) : s390x_zextt(t, v, bits);
}

static void put_dst(struct s390x_tr *t, unsigned r, uint32_t arg, dm_temp v)
{
	switch (DST(arg)) {
	case 8: s390x_set(t, r, v); break;
	case HIGH: s390x_seth(t, r, v); break;
	default: s390x_set32(t, r, v); break;
	}
	if (LT(arg)) {
		unsigned w = DST(arg) == 8 ? 8 : 4;
		s390x_cc_op(t, S390X_CC_W(S390X_CC_CMP_S32, w), w == 4 ? s390x_zextt(t, v, 32) : v, s390x_const(t, 0), 0);
	}
}

/* LR LGR LGFR LLGFR LBR LHR ... LTR LTGR LTGFR: from r2's low word or register */
static bool lr(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp v = BITS(i->arg) > 32 ? s390x_get(t, i->r2) : s390x_get32(t, i->r2);
	put_dst(t, i->r1, i->arg, extend(t, v, i->arg));
	return true;
}

/* storage loads, RX and RXY */
static bool lm(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned bits = BITS(i->arg), size = bits == 31 ? 4 : bits / 8;
	dm_temp a = s390x_addr(t, i->x2, i->b2, i->d2);
	dm_temp v = SGN(i->arg) ? s390x_lds(t, size, a) : s390x_ld(t, size, a);
	if (bits == 31) v = s390x_zextt(t, v, 31);
	put_dst(t, i->r1, i->arg, v);
	return true;
}

/* storage stores: arg = size (| HIGH << 8: from the high word) */
static bool st(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned size = i->arg & 15;
	dm_temp v = (i->arg >> 8) == HIGH ? s390x_geth(t, i->r1) : size == 8 ? s390x_get(t, i->r1) : s390x_get32(t, i->r1);
	s390x_st(t, size, s390x_addr(t, i->x2, i->b2, i->d2), v);
	return true;
}

/* byte-reversed: LRV LRVG LRVH, STRV STRVG STRVH, LRVR LRVGR */
static bool lrv(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned size = i->arg;
	dm_temp v = s390x_op1(t, DM_IR_BSWAP, size, s390x_ld(t, size, s390x_addr(t, i->x2, i->b2, i->d2)));
	if (size == 2) dm_ir_put(t->b, 2, S390X_OFF_R(i->r1), v);   /* bits 48-63 only */
	else s390x_setw(t, i->r1, size, v);
	return true;
}
static bool strv(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned size = i->arg;
	dm_temp v = s390x_op1(t, DM_IR_BSWAP, size, size == 8 ? s390x_get(t, i->r1) : s390x_get32(t, i->r1));
	s390x_st(t, size, s390x_addr(t, i->x2, i->b2, i->d2), v);
	return true;
}
static bool lrvr(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned w = i->arg;
	s390x_setw(t, i->r1, w, s390x_op1(t, DM_IR_BSWAP, w, s390x_getw(t, i->r2, w)));
	return true;
}

/* relative long: the operand is at pc + 2 * I2 */
static uint64_t rl_addr(const struct s390x_tr *t, const struct s390x_insn *i)
{
	return t->pc + 2 * (uint64_t)s390x_sext(i->i2, 32);
}
static bool lrl(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned bits = BITS(i->arg);
	dm_temp a = s390x_const(t, rl_addr(t, i));
	put_dst(t, i->r1, i->arg, SGN(i->arg) ? s390x_lds(t, bits / 8, a) : s390x_ld(t, bits / 8, a));
	return true;
}
static bool strl(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned size = i->arg;
	s390x_st(t, size, s390x_const(t, rl_addr(t, i)), size == 8 ? s390x_get(t, i->r1) : s390x_get32(t, i->r1));
	return true;
}

static bool la(struct s390x_tr *t, const struct s390x_insn *i) { s390x_set(t, i->r1, s390x_addr(t, i->x2, i->b2, i->d2)); return true; }
static bool larl(struct s390x_tr *t, const struct s390x_insn *i) { s390x_set(t, i->r1, s390x_const(t, rl_addr(t, i))); return true; }

/* LHI LGHI LGFI: the sign-extended immediate */
static bool li(struct s390x_tr *t, const struct s390x_insn *i)
{
	put_dst(t, i->r1, i->arg, s390x_const(t, (uint64_t)s390x_sext(i->i2, BITS(i->arg))));
	return true;
}

/* LLIHH ... LLILF: the immediate at bit offset arg & 63, the rest zero */
static bool lli(struct s390x_tr *t, const struct s390x_insn *i)
{
	s390x_set(t, i->r1, s390x_const(t, i->i2 << (i->arg & 63)));
	return true;
}

/* IIHH ... IILF: insert the immediate at bit offset (arg & 63), width arg >> 8 */
static bool ii(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned sh = i->arg & 63, bits = i->arg >> 8;
	uint64_t m = ((bits == 64 ? 0 : 1ull << bits) - 1) << sh;
	dm_temp v = s390x_op2i(t, DM_IR_AND, 8, s390x_get(t, i->r1), ~m);
	s390x_set(t, i->r1, s390x_op2i(t, DM_IR_OR, 8, v, i->i2 << sh));
	return true;
}

/* LM LMY LMG LMH, STM STMY STMG STMH: r1 .. r3 (wrapping after r15) */
static bool lmult(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned size = (i->arg & 15) == 8 ? 8 : 4;
	dm_temp base = s390x_addr(t, 0, i->b2, i->d2);
	/* read every register first: the base may be among the loaded ones */
	dm_temp v[16];
	unsigned n = ((i->r3 - i->r1) & 15) + 1;
	for (unsigned k = 0; k < n; k++) v[k] = s390x_ld(t, size, s390x_op2i(t, DM_IR_ADD, 8, base, k * size));
	for (unsigned k = 0; k < n; k++) put_dst(t, (i->r1 + k) & 15, i->arg, v[k]);
	return true;
}
static bool stmult(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned size = (i->arg & 15) == 8 ? 8 : 4;
	dm_temp base = s390x_addr(t, 0, i->b2, i->d2);
	unsigned n = ((i->r3 - i->r1) & 15) + 1;
	for (unsigned k = 0; k < n; k++) {
		unsigned r = (i->r1 + k) & 15;
		dm_temp v = i->arg == HIGH ? s390x_geth(t, r) : size == 8 ? s390x_get(t, r) : s390x_get32(t, r);
		s390x_st(t, size, s390x_op2i(t, DM_IR_ADD, 8, base, k * size), v);
	}
	return true;
}

/* IC ICY: the byte into bits 56-63 */
static bool ic(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_ir_put(t->b, 1, S390X_OFF_R(i->r1), s390x_ld(t, 1, s390x_addr(t, i->x2, i->b2, i->d2)));
	return true;
}

/* ICM ICMY ICMH: consecutive bytes into the word's bytes selected by the
 * mask; cc 0 all inserted bits zero (or mask 0), 1 the first inserted bit
 * one, 2 otherwise */
static bool icm(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned m = i->m3, n = 0;
	bool high = i->arg == HIGH;
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2);
	dm_temp w = high ? s390x_geth(t, i->r1) : s390x_get32(t, i->r1);
	dm_temp ins = s390x_const(t, 0);
	uint32_t keep = 0xffffffffu;
	unsigned first = 0;
	for (int k = 0; k < 4; k++) {
		if (!(m & (8 >> k))) continue;
		unsigned sh = 24 - 8 * k;
		if (!n) first = sh;
		dm_temp byte = s390x_ld(t, 1, s390x_op2i(t, DM_IR_ADD, 8, a, n++));
		ins = s390x_op2(t, DM_IR_OR, 8, ins, s390x_op2i(t, DM_IR_SHL, 8, byte, sh));
		keep &= ~(0xffu << sh);
	}
	w = s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_AND, 8, w, keep), ins);
	if (high) s390x_seth(t, i->r1, w);
	else s390x_set32(t, i->r1, w);
	if (!n) {
		s390x_cc_const(t, 0);
		return true;
	}
	/* as a signed comparison of the inserted bits, top-aligned, with 0 */
	dm_temp top = s390x_op2i(t, DM_IR_SHL, 8, ins, 32 + (24 - first) + 0);
	(void)top;
	dm_temp sig = s390x_op2i(t, DM_IR_SHL, 8, ins, 32 + 24 - first);
	dm_temp neg = s390x_rel(t, DM_COND_SLT, 8, sig, s390x_const(t, 0));
	dm_temp nz = s390x_rel(t, DM_COND_NE, 8, ins, s390x_const(t, 0));
	s390x_cc_static(t, s390x_select(t, neg, s390x_const(t, 1), s390x_select(t, nz, s390x_const(t, 2), s390x_const(t, 0))));
	return true;
}

/* STCM STCMY STCMH: the selected bytes to consecutive storage */
static bool stcm(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2);
	dm_temp w = i->arg == HIGH ? s390x_geth(t, i->r1) : s390x_get32(t, i->r1);
	unsigned n = 0;
	for (int k = 0; k < 4; k++) {
		if (!(i->m3 & (8 >> k))) continue;
		dm_temp byte = s390x_op2i(t, DM_IR_SHR, 8, w, 24 - 8 * k);
		s390x_st(t, 1, s390x_op2i(t, DM_IR_ADD, 8, a, n++), byte);
	}
	return true;
}

/* MVI MVIY (SI, SIY): arg = 1; MVHHI MVHI MVGHI (SIL): the sign-extended 16-bit immediate */
static bool mvi(struct s390x_tr *t, const struct s390x_insn *i)
{
	uint64_t v = i->arg == 1 ? i->i2 : (uint64_t)s390x_sext(i->i2, 16);
	s390x_st(t, i->arg, s390x_addr(t, 0, i->b1, i->d1), s390x_const(t, v));
	return true;
}

const struct s390x_row s390x_rows_load[] = {
	S390X_ROW(0x1800, RR, "LR", lr, A(4, 32, 0)),
	S390X_ROW(0xb904, RRE, "LGR", lr, A(8, 64, 0)),
	S390X_ROW(0xb914, RRE, "LGFR", lr, A(8, 32, 1)),
	S390X_ROW(0xb916, RRE, "LLGFR", lr, A(8, 32, 0)),
	S390X_ROW(0xb917, RRE, "LLGTR", lr, A(8, 31, 0)),
	S390X_ROW(0xb926, RRE, "LBR", lr, A(4, 8, 1)),
	S390X_ROW(0xb927, RRE, "LHR", lr, A(4, 16, 1)),
	S390X_ROW(0xb906, RRE, "LGBR", lr, A(8, 8, 1)),
	S390X_ROW(0xb907, RRE, "LGHR", lr, A(8, 16, 1)),
	S390X_ROW(0xb994, RRE, "LLCR", lr, A(4, 8, 0)),
	S390X_ROW(0xb995, RRE, "LLHR", lr, A(4, 16, 0)),
	S390X_ROW(0xb984, RRE, "LLGCR", lr, A(8, 8, 0)),
	S390X_ROW(0xb985, RRE, "LLGHR", lr, A(8, 16, 0)),
	S390X_ROW(0x1200, RR, "LTR", lr, A(4, 32, 0) | ATEST),
	S390X_ROW(0xb902, RRE, "LTGR", lr, A(8, 64, 0) | ATEST),
	S390X_ROW(0xb912, RRE, "LTGFR", lr, A(8, 32, 1) | ATEST),

	S390X_ROW(0x5800, RX, "L", lm, A(4, 32, 0)),
	S390X_ROW(0xe358, RXY, "LY", lm, A(4, 32, 0)),
	S390X_ROW(0xe304, RXY, "LG", lm, A(8, 64, 0)),
	S390X_ROW(0xe314, RXY, "LGF", lm, A(8, 32, 1)),
	S390X_ROW(0xe316, RXY, "LLGF", lm, A(8, 32, 0)),
	S390X_ROW(0xe317, RXY, "LLGT", lm, A(8, 31, 0)),
	S390X_ROW(0x4800, RX, "LH", lm, A(4, 16, 1)),
	S390X_ROW(0xe378, RXY, "LHY", lm, A(4, 16, 1)),
	S390X_ROW(0xe315, RXY, "LGH", lm, A(8, 16, 1)),
	S390X_ROW(0xe391, RXY, "LLGH", lm, A(8, 16, 0)),
	S390X_ROW(0xe395, RXY, "LLH", lm, A(4, 16, 0)),
	S390X_ROW(0xe376, RXY, "LB", lm, A(4, 8, 1)),
	S390X_ROW(0xe377, RXY, "LGB", lm, A(8, 8, 1)),
	S390X_ROW(0xe394, RXY, "LLC", lm, A(4, 8, 0)),
	S390X_ROW(0xe390, RXY, "LLGC", lm, A(8, 8, 0)),
	S390X_ROW(0xe312, RXY, "LT", lm, A(4, 32, 0) | ATEST),
	S390X_ROW(0xe302, RXY, "LTG", lm, A(8, 64, 0) | ATEST),
	S390X_ROW(0xe332, RXY, "LTGF", lm, A(8, 32, 1) | ATEST),
	S390X_ROW(0xe3ca, RXY, "LFH", lm, A(HIGH, 32, 0)),
	S390X_ROW(0xe3c4, RXY, "LHH", lm, A(HIGH, 16, 1)),
	S390X_ROW(0xe3c6, RXY, "LLHH", lm, A(HIGH, 16, 0)),
	S390X_ROW(0xe3c0, RXY, "LBH", lm, A(HIGH, 8, 1)),
	S390X_ROW(0xe3c2, RXY, "LLCH", lm, A(HIGH, 8, 0)),

	S390X_ROW(0x5000, RX, "ST", st, 4),
	S390X_ROW(0xe350, RXY, "STY", st, 4),
	S390X_ROW(0xe324, RXY, "STG", st, 8),
	S390X_ROW(0x4000, RX, "STH", st, 2),
	S390X_ROW(0xe370, RXY, "STHY", st, 2),
	S390X_ROW(0x4200, RX, "STC", st, 1),
	S390X_ROW(0xe372, RXY, "STCY", st, 1),
	S390X_ROW(0xe3cb, RXY, "STFH", st, 4 | HIGH << 8),
	S390X_ROW(0xe3c7, RXY, "STHH", st, 2 | HIGH << 8),
	S390X_ROW(0xe3c3, RXY, "STCH", st, 1 | HIGH << 8),

	S390X_ROW(0xe31e, RXY, "LRV", lrv, 4),
	S390X_ROW(0xe30f, RXY, "LRVG", lrv, 8),
	S390X_ROW(0xe31f, RXY, "LRVH", lrv, 2),
	S390X_ROW(0xe33e, RXY, "STRV", strv, 4),
	S390X_ROW(0xe32f, RXY, "STRVG", strv, 8),
	S390X_ROW(0xe33f, RXY, "STRVH", strv, 2),
	S390X_ROW(0xb91f, RRE, "LRVR", lrvr, 4),
	S390X_ROW(0xb90f, RRE, "LRVGR", lrvr, 8),

	S390X_ROW(0xc40d, RIL, "LRL", lrl, A(4, 32, 0)),
	S390X_ROW(0xc408, RIL, "LGRL", lrl, A(8, 64, 0)),
	S390X_ROW(0xc40c, RIL, "LGFRL", lrl, A(8, 32, 1)),
	S390X_ROW(0xc40e, RIL, "LLGFRL", lrl, A(8, 32, 0)),
	S390X_ROW(0xc405, RIL, "LHRL", lrl, A(4, 16, 1)),
	S390X_ROW(0xc404, RIL, "LGHRL", lrl, A(8, 16, 1)),
	S390X_ROW(0xc402, RIL, "LLHRL", lrl, A(4, 16, 0)),
	S390X_ROW(0xc406, RIL, "LLGHRL", lrl, A(8, 16, 0)),
	S390X_ROW(0xc40f, RIL, "STRL", strl, 4),
	S390X_ROW(0xc40b, RIL, "STGRL", strl, 8),
	S390X_ROW(0xc407, RIL, "STHRL", strl, 2),

	S390X_ROW(0x4100, RX, "LA", la, 0),
	S390X_ROW(0xe371, RXY, "LAY", la, 0),
	S390X_ROW(0xc000, RIL, "LARL", larl, 0),

	S390X_ROW(0xa708, RI, "LHI", li, A(4, 16, 1)),
	S390X_ROW(0xa709, RI, "LGHI", li, A(8, 16, 1)),
	S390X_ROW(0xc001, RIL, "LGFI", li, A(8, 32, 1)),
	S390X_ROW(0xa50c, RI, "LLIHH", lli, 48),
	S390X_ROW(0xa50d, RI, "LLIHL", lli, 32),
	S390X_ROW(0xa50e, RI, "LLILH", lli, 16),
	S390X_ROW(0xa50f, RI, "LLILL", lli, 0),
	S390X_ROW(0xc00e, RIL, "LLIHF", lli, 32),
	S390X_ROW(0xc00f, RIL, "LLILF", lli, 0),
	S390X_ROW(0xa500, RI, "IIHH", ii, 16 << 8 | 48),
	S390X_ROW(0xa501, RI, "IIHL", ii, 16 << 8 | 32),
	S390X_ROW(0xa502, RI, "IILH", ii, 16 << 8 | 16),
	S390X_ROW(0xa503, RI, "IILL", ii, 16 << 8 | 0),
	S390X_ROW(0xc008, RIL, "IIHF", ii, 32 << 8 | 32),
	S390X_ROW(0xc009, RIL, "IILF", ii, 32 << 8 | 0),

	S390X_ROW(0x9800, RS, "LM", lmult, 4),
	S390X_ROW(0xeb98, RSY, "LMY", lmult, 4),
	S390X_ROW(0xeb04, RSY, "LMG", lmult, 8),
	S390X_ROW(0xeb96, RSY, "LMH", lmult, HIGH),
	S390X_ROW(0x9000, RS, "STM", stmult, 4),
	S390X_ROW(0xeb90, RSY, "STMY", stmult, 4),
	S390X_ROW(0xeb24, RSY, "STMG", stmult, 8),
	S390X_ROW(0xeb26, RSY, "STMH", stmult, HIGH),

	S390X_ROW(0x4300, RX, "IC", ic, 0),
	S390X_ROW(0xe373, RXY, "ICY", ic, 0),
	S390X_ROW(0xbf00, RS, "ICM", icm, 4),
	S390X_ROW(0xeb81, RSY, "ICMY", icm, 4),
	S390X_ROW(0xeb80, RSY, "ICMH", icm, HIGH),
	S390X_ROW(0xbe00, RS, "STCM", stcm, 4),
	S390X_ROW(0xeb2d, RSY, "STCMY", stcm, 4),
	S390X_ROW(0xeb2c, RSY, "STCMH", stcm, HIGH),

	S390X_ROW(0x9200, SI, "MVI", mvi, 1),
	S390X_ROW(0xeb52, SIY, "MVIY", mvi, 1),
	S390X_ROW(0xe544, SIL, "MVHHI", mvi, 2),
	S390X_ROW(0xe54c, SIL, "MVHI", mvi, 4),
	S390X_ROW(0xe548, SIL, "MVGHI", mvi, 8),
	{ 0 },
};
