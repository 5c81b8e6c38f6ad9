/* arch/s390x/translate/compare.c: compares (signed and logical; register,
 * storage, immediate, relative long, storage immediate, high word, under
 * mask), compare and branch, compare and trap, test under mask.  A compare
 * only records its operands (cc.c): the branch that follows re-tests them. */
#include "arch/s390x/translate.h"

/* arg: signed (1) | width << 1 | source << 5 | source bits << 8 | source
 * signed << 15 | r1 high word << 16 | r2 high word << 17 */
enum { C_R2, C_MEM, C_IMM, C_RL, C_SIL };
#define SG(a) ((a) & 1)
#define W(a) (((a) >> 1) & 15)
#define SRC(a) (((a) >> 5) & 7)
#define BITS(a) (((a) >> 8) & 127)
#define XS(a) (((a) >> 15) & 1)
#define CMP(sg, w, src, bits, xs) ((sg) | (w) << 1 | (src) << 5 | (bits) << 8 | (xs) << 15)
#define H1 (1u << 16)
#define H2 (1u << 17)

static dm_temp ext(struct s390x_tr *t, dm_temp v, uint32_t arg)
{
	unsigned bits = BITS(arg);
	if (bits >= 64) return v;
	return XS(arg) ? s390x_sextt(t, v, bits) : s390x_zextt(t, v, bits);
}

static bool cmp(struct s390x_tr *t, const struct s390x_insn *i)
{
	uint32_t arg = i->arg;
	unsigned w = W(arg), bits = BITS(arg);
	dm_temp a, b;
	switch (SRC(arg)) {
	case C_R2:
		a = (arg & H1) ? s390x_geth(t, i->r1) : s390x_getw(t, i->r1, w);
		b = (arg & H2) ? s390x_geth(t, i->r2) : bits > 32 ? s390x_get(t, i->r2) : ext(t, s390x_get32(t, i->r2), arg);
		break;
	case C_MEM: {
		dm_temp ad = s390x_addr(t, i->x2, i->b2, i->d2);
		a = (arg & H1) ? s390x_geth(t, i->r1) : s390x_getw(t, i->r1, w);
		b = XS(arg) ? s390x_lds(t, bits / 8, ad) : s390x_ld(t, bits / 8, ad);
		break;
	}
	case C_IMM:
		a = (arg & H1) ? s390x_geth(t, i->r1) : s390x_getw(t, i->r1, w);
		b = s390x_const(t, XS(arg) ? (uint64_t)s390x_sext(i->i2, bits) : i->i2);
		break;
	case C_RL: {
		dm_temp ad = s390x_const(t, t->pc + 2 * (uint64_t)s390x_sext(i->i2, 32));
		a = s390x_getw(t, i->r1, w);
		b = XS(arg) ? s390x_lds(t, bits / 8, ad) : s390x_ld(t, bits / 8, ad);
		break;
	}
	default: {   /* SIL: storage (width w) with a 16-bit immediate */
		dm_temp ad = s390x_addr(t, 0, i->b1, i->d1);
		a = SG(arg) ? s390x_lds(t, w == 2 ? 2 : w, ad) : s390x_ld(t, w == 2 ? 2 : w, ad);
		b = s390x_const(t, SG(arg) ? (uint64_t)s390x_sext(i->i2, 16) : i->i2);
		if (w == 2) w = SG(arg) ? 8 : 4;   /* CHHSI, CLHHSI: halfwords, extended */
		break;
	}
	}
	if (w == 4) b = s390x_zextt(t, b, 32), a = SRC(arg) == C_SIL ? s390x_zextt(t, a, 32) : a;
	s390x_cc_op(t, SG(arg) ? S390X_CC_W(S390X_CC_CMP_S32, w) : S390X_CC_W(S390X_CC_CMP_U32, w), a, b, 0);
	return true;
}

/* compare and branch: arg = signed | width << 1 | (1: immediate I2 at bits
 * 32-39) << 5 | (1: the RRS/RIS forms, target b4 + d4) << 6.  No cc. */
static bool cj(struct s390x_tr *t, const struct s390x_insn *i)
{
	bool sg = i->arg & 1, imm = (i->arg >> 5) & 1, ind = (i->arg >> 6) & 1;
	unsigned w = (i->arg >> 1) & 15;
	unsigned m = imm ? (unsigned)s390x_field(i, 12, 4) : (unsigned)s390x_field(i, 32, 4);
	dm_temp a = s390x_getw(t, i->r1, w), b;
	if (imm) {
		uint64_t v = s390x_field(i, 32, 8);
		b = s390x_const(t, sg ? (uint64_t)s390x_sext(v, 8) : v);
		if (w == 4) b = s390x_zextt(t, b, 32);
	} else {
		b = s390x_getw(t, (unsigned)s390x_field(i, 12, 4), w);
	}
	dm_temp c = s390x_cmp_test(t, sg, w, a, b, m);
	if (ind) {
		dm_temp target = s390x_addr(t, 0, (unsigned)s390x_field(i, 16, 4), (int64_t)s390x_field(i, 20, 12));
		s390x_exit_ind(t, s390x_select(t, c, target, s390x_const(t, t->next)));
	} else {
		s390x_branch_if(t, c, t->pc + 2 * (uint64_t)s390x_sext(s390x_field(i, 16, 16), 16));
	}
	return true;
}

/* compare and trap: a data exception (DXC 0xff in the FPC): SIGFPE */
static bool ct(struct s390x_tr *t, const struct s390x_insn *i)
{
	bool sg = i->arg & 1, imm = (i->arg >> 5) & 1;
	unsigned w = (i->arg >> 1) & 15;
	dm_temp a, b;
	unsigned m;
	if (imm) {   /* RIE-a: r1, I2 (16), M3 at bits 32-35 */
		a = s390x_getw(t, (unsigned)s390x_field(i, 8, 4), w);
		uint64_t v = s390x_field(i, 16, 16);
		b = s390x_const(t, sg ? (uint64_t)s390x_sext(v, 16) : v);
		if (w == 4) b = s390x_zextt(t, b, 32);
		m = (unsigned)s390x_field(i, 32, 4);
	} else {     /* RRF-c: M3 at bits 16-19 */
		a = s390x_getw(t, i->r1, w);
		b = s390x_getw(t, i->r2, w);
		m = i->m3;
	}
	dm_temp c = s390x_cmp_test(t, sg, w, a, b, m);
	dm_temp ok = s390x_op2i(t, DM_IR_XOR, 8, c, 1);
	s390x_emit(t, DM_IR_BRCOND, 8, ok, 0, 0, t->next);
	dm_temp fpc = dm_ir_get(t->b, 4, S390X_OFF_FPC);
	dm_ir_put(t->b, 4, S390X_OFF_FPC, s390x_op2i(t, DM_IR_OR, 4, fpc, 0xff00));
	s390x_trap(t, DM_TRAP_FPE, 0);
	return true;
}

/* TM TMY (storage byte under an immediate mask): cc 0 selected bits all
 * zero (or mask 0), 1 mixed, 3 all ones.  TMLL ... TMHH (a halfword of r1):
 * mixed is 1 when the leftmost selected bit is zero, 2 when it is one. */
static bool tm(struct s390x_tr *t, const struct s390x_insn *i)
{
	uint64_t mask;
	dm_temp v;
	bool reg = i->arg != 0xff;
	if (reg) {
		mask = i->i2;
		v = s390x_op2i(t, DM_IR_AND, 8, s390x_op2i(t, DM_IR_SHR, 8, s390x_get(t, i->r1), i->arg), 0xffff);
	} else {
		mask = i->i2;
		v = s390x_ld(t, 1, s390x_addr(t, 0, i->b1, i->d1));
	}
	dm_temp sel = s390x_op2i(t, DM_IR_AND, 8, v, mask);
	if (!mask) {
		s390x_cc_const(t, 0);
		return true;
	}
	dm_temp zero = s390x_rel(t, DM_COND_EQ, 8, sel, s390x_const(t, 0));
	dm_temp ones = s390x_rel(t, DM_COND_EQ, 8, sel, s390x_const(t, mask));
	dm_temp mixed = s390x_const(t, 1);
	if (reg) {
		uint64_t top = 1ull << (63 - __builtin_clzll(mask));
		dm_temp lead = s390x_rel(t, DM_COND_NE, 8, s390x_op2i(t, DM_IR_AND, 8, sel, top), s390x_const(t, 0));
		mixed = s390x_op2i(t, DM_IR_ADD, 8, lead, 1);
	}
	dm_temp cc = s390x_select(t, zero, s390x_const(t, 0), s390x_select(t, ones, s390x_const(t, 3), mixed));
	s390x_cc_static(t, cc);
	return true;
}

/* CLM CLMY CLMH: the bytes of r1 selected by the mask against consecutive
 * storage bytes, unsigned: as a compare of the two packed values */
static bool clm(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp ad = s390x_addr(t, 0, i->b2, i->d2);
	dm_temp w = i->arg ? s390x_geth(t, i->r1) : s390x_get32(t, i->r1);
	dm_temp a = s390x_const(t, 0), b = s390x_const(t, 0);
	unsigned n = 0;
	for (int k = 0; k < 4; k++) {
		if (!(i->m3 & (8 >> k))) continue;
		dm_temp rb = s390x_op2i(t, DM_IR_AND, 8, s390x_op2i(t, DM_IR_SHR, 8, w, 24 - 8 * k), 0xff);
		dm_temp mb = s390x_ld(t, 1, s390x_op2i(t, DM_IR_ADD, 8, ad, n++));
		a = s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_SHL, 8, a, 8), rb);
		b = s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_SHL, 8, b, 8), mb);
	}
	s390x_cc_op(t, S390X_CC_CMP_U64, a, b, 0);
	return true;
}

/* CLI CLIY: a storage byte with the immediate, unsigned */
static bool cli(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp a = s390x_ld(t, 1, s390x_addr(t, 0, i->b1, i->d1));
	s390x_cc_op(t, S390X_CC_CMP_U32, a, s390x_const(t, i->i2), 0);
	return true;
}

#define RR(sg, w, bits, xs) CMP(sg, w, C_R2, bits, xs)
#define M(sg, w, bits, xs) CMP(sg, w, C_MEM, bits, xs)
#define I(sg, w, bits, xs) CMP(sg, w, C_IMM, bits, xs)
#define RL(sg, w, bits, xs) CMP(sg, w, C_RL, bits, xs)
#define SIL(sg, w) CMP(sg, w, C_SIL, 16, 0)
#define CJ(sg, w, imm, ind) ((sg) | (w) << 1 | (imm) << 5 | (ind) << 6)

const struct s390x_row s390x_rows_compare[] = {
	S390X_ROW(0x1900, RR, "CR", cmp, RR(1, 4, 32, 1)),
	S390X_ROW(0xb920, RRE, "CGR", cmp, RR(1, 8, 64, 1)),
	S390X_ROW(0xb930, RRE, "CGFR", cmp, RR(1, 8, 32, 1)),
	S390X_ROW(0x1500, RR, "CLR", cmp, RR(0, 4, 32, 0)),
	S390X_ROW(0xb921, RRE, "CLGR", cmp, RR(0, 8, 64, 0)),
	S390X_ROW(0xb931, RRE, "CLGFR", cmp, RR(0, 8, 32, 0)),
	S390X_ROW(0xb9cd, RRE, "CHHR", cmp, RR(1, 4, 32, 1) | H1 | H2),
	S390X_ROW(0xb9dd, RRE, "CHLR", cmp, RR(1, 4, 32, 1) | H1),
	S390X_ROW(0xb9cf, RRE, "CLHHR", cmp, RR(0, 4, 32, 0) | H1 | H2),
	S390X_ROW(0xb9df, RRE, "CLHLR", cmp, RR(0, 4, 32, 0) | H1),
	S390X_ROW(0x5900, RX, "C", cmp, M(1, 4, 32, 1)),
	S390X_ROW(0xe359, RXY, "CY", cmp, M(1, 4, 32, 1)),
	S390X_ROW(0xe320, RXY, "CG", cmp, M(1, 8, 64, 1)),
	S390X_ROW(0xe330, RXY, "CGF", cmp, M(1, 8, 32, 1)),
	S390X_ROW(0x4900, RX, "CH", cmp, M(1, 4, 16, 1)),
	S390X_ROW(0xe379, RXY, "CHY", cmp, M(1, 4, 16, 1)),
	S390X_ROW(0xe334, RXY, "CGH", cmp, M(1, 8, 16, 1)),
	S390X_ROW(0x5500, RX, "CL", cmp, M(0, 4, 32, 0)),
	S390X_ROW(0xe355, RXY, "CLY", cmp, M(0, 4, 32, 0)),
	S390X_ROW(0xe321, RXY, "CLG", cmp, M(0, 8, 64, 0)),
	S390X_ROW(0xe331, RXY, "CLGF", cmp, M(0, 8, 32, 0)),
	S390X_ROW(0xe3cd, RXY, "CHF", cmp, M(1, 4, 32, 1) | H1),
	S390X_ROW(0xe3cf, RXY, "CLHF", cmp, M(0, 4, 32, 0) | H1),
	S390X_ROW(0xa70e, RI, "CHI", cmp, I(1, 4, 16, 1)),
	S390X_ROW(0xa70f, RI, "CGHI", cmp, I(1, 8, 16, 1)),
	S390X_ROW(0xc20d, RIL, "CFI", cmp, I(1, 4, 32, 1)),
	S390X_ROW(0xc20c, RIL, "CGFI", cmp, I(1, 8, 32, 1)),
	S390X_ROW(0xc20f, RIL, "CLFI", cmp, I(0, 4, 32, 0)),
	S390X_ROW(0xc20e, RIL, "CLGFI", cmp, I(0, 8, 32, 0)),
	S390X_ROW(0xcc0d, RIL, "CIH", cmp, I(1, 4, 32, 1) | H1),
	S390X_ROW(0xcc0f, RIL, "CLIH", cmp, I(0, 4, 32, 0) | H1),
	S390X_ROW(0xc60d, RIL, "CRL", cmp, RL(1, 4, 32, 1)),
	S390X_ROW(0xc608, RIL, "CGRL", cmp, RL(1, 8, 64, 1)),
	S390X_ROW(0xc60c, RIL, "CGFRL", cmp, RL(1, 8, 32, 1)),
	S390X_ROW(0xc605, RIL, "CHRL", cmp, RL(1, 4, 16, 1)),
	S390X_ROW(0xc604, RIL, "CGHRL", cmp, RL(1, 8, 16, 1)),
	S390X_ROW(0xc60f, RIL, "CLRL", cmp, RL(0, 4, 32, 0)),
	S390X_ROW(0xc60a, RIL, "CLGRL", cmp, RL(0, 8, 64, 0)),
	S390X_ROW(0xc60e, RIL, "CLGFRL", cmp, RL(0, 8, 32, 0)),
	S390X_ROW(0xc607, RIL, "CLHRL", cmp, RL(0, 4, 16, 0)),
	S390X_ROW(0xc606, RIL, "CLGHRL", cmp, RL(0, 8, 16, 0)),
	S390X_ROW(0xe554, SIL, "CHHSI", cmp, SIL(1, 2)),
	S390X_ROW(0xe55c, SIL, "CHSI", cmp, SIL(1, 4)),
	S390X_ROW(0xe558, SIL, "CGHSI", cmp, SIL(1, 8)),
	S390X_ROW(0xe555, SIL, "CLHHSI", cmp, SIL(0, 2)),
	S390X_ROW(0xe55d, SIL, "CLFHSI", cmp, SIL(0, 4)),
	S390X_ROW(0xe559, SIL, "CLGHSI", cmp, SIL(0, 8)),
	S390X_ROW(0x9500, SI, "CLI", cli, 0),
	S390X_ROW(0xeb55, SIY, "CLIY", cli, 0),
	S390X_ROW(0xbd00, RS, "CLM", clm, 0),
	S390X_ROW(0xeb21, RSY, "CLMY", clm, 0),
	S390X_ROW(0xeb20, RSY, "CLMH", clm, 1),

	S390X_ROW(0xec76, RIE, "CRJ", cj, CJ(1, 4, 0, 0)),
	S390X_ROW(0xec64, RIE, "CGRJ", cj, CJ(1, 8, 0, 0)),
	S390X_ROW(0xec77, RIE, "CLRJ", cj, CJ(0, 4, 0, 0)),
	S390X_ROW(0xec65, RIE, "CLGRJ", cj, CJ(0, 8, 0, 0)),
	S390X_ROW(0xec7e, RIE, "CIJ", cj, CJ(1, 4, 1, 0)),
	S390X_ROW(0xec7c, RIE, "CGIJ", cj, CJ(1, 8, 1, 0)),
	S390X_ROW(0xec7f, RIE, "CLIJ", cj, CJ(0, 4, 1, 0)),
	S390X_ROW(0xec7d, RIE, "CLGIJ", cj, CJ(0, 8, 1, 0)),
	S390X_ROW(0xecf6, RIE, "CRB", cj, CJ(1, 4, 0, 1)),
	S390X_ROW(0xece4, RIE, "CGRB", cj, CJ(1, 8, 0, 1)),
	S390X_ROW(0xecf7, RIE, "CLRB", cj, CJ(0, 4, 0, 1)),
	S390X_ROW(0xece5, RIE, "CLGRB", cj, CJ(0, 8, 0, 1)),
	S390X_ROW(0xecfe, RIE, "CIB", cj, CJ(1, 4, 1, 1)),
	S390X_ROW(0xecfc, RIE, "CGIB", cj, CJ(1, 8, 1, 1)),
	S390X_ROW(0xecff, RIE, "CLIB", cj, CJ(0, 4, 1, 1)),
	S390X_ROW(0xecfd, RIE, "CLGIB", cj, CJ(0, 8, 1, 1)),

	S390X_ROW(0xb972, RRF, "CRT", ct, CJ(1, 4, 0, 0)),
	S390X_ROW(0xb960, RRF, "CGRT", ct, CJ(1, 8, 0, 0)),
	S390X_ROW(0xb973, RRF, "CLRT", ct, CJ(0, 4, 0, 0)),
	S390X_ROW(0xb961, RRF, "CLGRT", ct, CJ(0, 8, 0, 0)),
	S390X_ROW(0xec72, RIE, "CIT", ct, CJ(1, 4, 1, 0)),
	S390X_ROW(0xec70, RIE, "CGIT", ct, CJ(1, 8, 1, 0)),
	S390X_ROW(0xec73, RIE, "CLFIT", ct, CJ(0, 4, 1, 0)),
	S390X_ROW(0xec71, RIE, "CLGIT", ct, CJ(0, 8, 1, 0)),

	S390X_ROW(0x9100, SI, "TM", tm, 0xff),
	S390X_ROW(0xeb51, SIY, "TMY", tm, 0xff),
	S390X_ROW(0xa701, RI, "TMLL", tm, 0),
	S390X_ROW(0xa700, RI, "TMLH", tm, 16),
	S390X_ROW(0xa703, RI, "TMHL", tm, 32),
	S390X_ROW(0xa702, RI, "TMHH", tm, 48),
	{ 0 },
};
