/* arch/s390x/translate/arith.c: add, subtract (signed and logical, with
 * carry/borrow), multiply, divide, complement/positive/negative; the shared
 * ALU handler (alu.h) the logical class uses too. */
#include "arch/s390x/translate/alu.h"

#define OP(a) ((a) & 15)
#define W(a) (((a) >> 4) & 15)
#define SRC(a) (((a) >> 8) & 15)
#define BITS(a) (((a) >> 12) & 127)
#define SGN(a) (((a) >> 19) & 1)

static dm_temp ext(struct s390x_tr *t, dm_temp v, uint32_t arg)
{
	unsigned bits = BITS(arg);
	if (bits >= 64) return v;
	return SGN(arg) ? s390x_sextt(t, v, bits) : s390x_zextt(t, v, bits);
}

static dm_temp reg(struct s390x_tr *t, unsigned r, unsigned w, bool high)
{
	return high ? s390x_geth(t, r) : s390x_getw(t, r, w);
}

/* the carry the cc holds (bit 1 of the cc: ALC, SLB) */
static dm_temp carry_in(struct s390x_tr *t)
{
	return s390x_op2i(t, DM_IR_AND, 8, s390x_op2i(t, DM_IR_SHR, 8, s390x_cc_get(t), 1), 1);
}

/* result and cc of a op b at width w */
static dm_temp compute(struct s390x_tr *t, unsigned op, unsigned w, dm_temp a, dm_temp b, bool cc)
{
	dm_temp r, k;
	switch (op) {
	case ALU_ADD: r = s390x_op2(t, DM_IR_ADD, w, a, b); if (cc) s390x_cc_op(t, S390X_CC_W(S390X_CC_ADD_S32, w), a, b, 0); break;
	case ALU_SUB: r = s390x_op2(t, DM_IR_SUB, w, a, b); if (cc) s390x_cc_op(t, S390X_CC_W(S390X_CC_SUB_S32, w), a, b, 0); break;
	case ALU_ADDL: r = s390x_op2(t, DM_IR_ADD, w, a, b); if (cc) s390x_cc_op(t, S390X_CC_W(S390X_CC_ADD_U32, w), a, b, 0); break;
	case ALU_SUBL: r = s390x_op2(t, DM_IR_SUB, w, a, b); if (cc) s390x_cc_op(t, S390X_CC_W(S390X_CC_SUB_U32, w), a, b, 0); break;
	case ALU_ADDC:
		k = carry_in(t);
		r = s390x_emit(t, DM_IR_ADC, w, a, b, k, 0);
		s390x_cc_op(t, S390X_CC_W(S390X_CC_ADD_U32, w), a, b, k);
		break;
	case ALU_SUBB:
		k = carry_in(t);
		r = s390x_emit(t, DM_IR_SBC, w, a, b, k, 0);
		s390x_cc_op(t, S390X_CC_W(S390X_CC_SUB_U32, w), a, b, k);
		break;
	case ALU_MUL: r = s390x_op2(t, DM_IR_MUL, w, a, b); break;
	case ALU_AND: r = s390x_op2(t, DM_IR_AND, w, a, b); s390x_cc_op(t, S390X_CC_NZ, r, 0, 0); break;
	case ALU_OR: r = s390x_op2(t, DM_IR_OR, w, a, b); s390x_cc_op(t, S390X_CC_NZ, r, 0, 0); break;
	default: r = s390x_op2(t, DM_IR_XOR, w, a, b); s390x_cc_op(t, S390X_CC_NZ, r, 0, 0); break;
	}
	return r;
}

bool s390x_alu(struct s390x_tr *t, const struct s390x_insn *i)
{
	uint32_t arg = i->arg;
	unsigned w = W(arg), op = OP(arg);
	bool hd = arg & ALU_HDST, cc = !(arg & ALU_NOCC);
	dm_temp a, b, addr = 0;
	switch (SRC(arg)) {
	case SRC_R2:
		a = reg(t, i->r1, w, hd);
		b = ext(t, BITS(arg) > 32 ? s390x_get(t, i->r2) : reg(t, i->r2, 4, arg & ALU_HS2), arg);
		break;
	case SRC_RRF:
		a = reg(t, i->r2, w, arg & ALU_HS2);
		b = reg(t, i->r3, w, arg & ALU_HS3);
		break;
	case SRC_MEM: {
		unsigned bits = BITS(arg);
		addr = s390x_addr(t, i->x2, i->b2, i->d2);
		a = reg(t, i->r1, w, hd);
		b = SGN(arg) ? s390x_lds(t, bits / 8, addr) : s390x_ld(t, bits / 8, addr);
		break;
	}
	case SRC_IMM:
		a = reg(t, i->r1, w, hd);
		b = s390x_const(t, SGN(arg) ? (uint64_t)s390x_sext(i->i2, BITS(arg)) : i->i2);
		break;
	case SRC_RIE:
		a = reg(t, i->r3, w, false);
		b = s390x_const(t, (uint64_t)s390x_sext(i->i2, 16));
		break;
	case SRC_SIY:
		addr = s390x_addr(t, 0, i->b1, i->d1);
		a = s390x_ld(t, w, addr);
		b = s390x_const(t, (uint64_t)s390x_sext(i->i2, 8));
		break;
	default: return false;
	}
	if (w == 4) b = s390x_zextt(t, b, 32);
	dm_temp r = compute(t, op, w, a, b, cc);
	if (SRC(arg) == SRC_SIY) s390x_st(t, w, addr, r);
	else if (hd) s390x_seth(t, i->r1, r);
	else s390x_setw(t, i->r1, w, r);
	return true;
}

/* LCR LPR LNR (and G, GF): arg = kind (0 complement, 1 positive, 2 negative)
 * | width << 4 | source bits << 8 (sign-extended) */
static bool lcr(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned kind = i->arg & 15, w = (i->arg >> 4) & 15, bits = i->arg >> 8;
	dm_temp v = bits > 32 ? s390x_get(t, i->r2) : s390x_sextt(t, s390x_get32(t, i->r2), 32);
	if (bits == 32 && w == 4) v = s390x_zextt(t, v, 32);
	dm_temp zero = s390x_const(t, 0), a, b;
	if (kind == 0) {
		a = zero, b = v;
	} else {
		dm_temp neg = s390x_rel(t, DM_COND_SLT, w, v, zero);
		if (kind == 1) a = s390x_select(t, neg, zero, v), b = s390x_select(t, neg, v, zero);
		else a = s390x_select(t, neg, v, zero), b = s390x_select(t, neg, zero, v);
	}
	dm_temp r = s390x_op2(t, DM_IR_SUB, w, a, b);
	s390x_cc_op(t, S390X_CC_W(S390X_CC_SUB_S32, w), a, b, 0);
	s390x_setw(t, i->r1, w, r);
	return true;
}

/* MR M MFY (signed 32 x 32 -> 64 in the even/odd pair), MLR ML (unsigned),
 * MLGR MLG (unsigned 64 x 64 -> 128): r1 even, the multiplicand in r1 + 1 */
static bool mpair(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned r1 = i->r1;
	bool sgn = i->arg & 1, g = i->arg & 8, mem = i->arg & 16;
	if (r1 & 1) return s390x_spec(t);   /* an odd r1: specification exception */
	dm_temp b;
	if (mem) {
		dm_temp a = s390x_addr(t, i->x2, i->b2, i->d2);
		b = g ? s390x_ld(t, 8, a) : sgn ? s390x_lds(t, 4, a) : s390x_ld(t, 4, a);
	} else {
		b = g ? s390x_get(t, i->r2) : sgn ? s390x_sextt(t, s390x_get32(t, i->r2), 32) : s390x_get32(t, i->r2);
	}
	if (g) {
		dm_temp a = s390x_get(t, r1 + 1);
		dm_temp hi = s390x_op2(t, DM_IR_UMULH, 8, a, b), lo = s390x_op2(t, DM_IR_MUL, 8, a, b);
		s390x_set(t, r1, hi);
		s390x_set(t, r1 + 1, lo);
	} else {
		dm_temp a = s390x_get32(t, r1 + 1);
		if (sgn) a = s390x_sextt(t, a, 32);
		dm_temp p = s390x_op2(t, DM_IR_MUL, 8, a, b);
		s390x_set32(t, r1, s390x_op2i(t, DM_IR_SHR, 8, p, 32));
		s390x_set32(t, r1 + 1, p);
	}
	return true;
}

/* Divides with a 128-bit or 32-bit-pair dividend in a helper (DSG, DSGF
 * inline): kind
 * selects the instruction; returns 1 (nothing written) on a zero divisor or
 * a quotient too large, when the CPU raises the fixed-point divide exception. */
enum { DIV_D, DIV_DL, DIV_DSG, DIV_DSGF, DIV_DLG };

static uint64_t divide(void *cpu, uint64_t kr1, uint64_t divisor, uint64_t unused)
{
	struct s390x_cpu *c = cpu;
	unsigned kind = kr1 >> 8, r1 = kr1 & 15;
	switch (kind) {
	case DIV_D: {
		int64_t n = (int64_t)((uint64_t)(uint32_t)c->r[r1] << 32 | (uint32_t)c->r[r1 + 1]);
		int32_t d = (int32_t)divisor;
		if (!d) return 1;
		int64_t q = n / d, r = n % d;
		if (q != (int32_t)q) return 1;
		c->r[r1] = (c->r[r1] & ~0xffffffffull) | (uint32_t)r;
		c->r[r1 + 1] = (c->r[r1 + 1] & ~0xffffffffull) | (uint32_t)q;
		return 0;
	}
	case DIV_DL: {
		uint64_t n = (uint64_t)(uint32_t)c->r[r1] << 32 | (uint32_t)c->r[r1 + 1];
		uint32_t d = (uint32_t)divisor;
		if (!d) return 1;
		uint64_t q = n / d, r = n % d;
		if (q >> 32) return 1;
		c->r[r1] = (c->r[r1] & ~0xffffffffull) | (uint32_t)r;
		c->r[r1 + 1] = (c->r[r1 + 1] & ~0xffffffffull) | (uint32_t)q;
		return 0;
	}
	case DIV_DSG: case DIV_DSGF: {
		int64_t n = (int64_t)c->r[r1 + 1], d = kind == DIV_DSGF ? (int32_t)divisor : (int64_t)divisor;
		if (!d || (n == INT64_MIN && d == -1)) return 1;
		c->r[r1] = (uint64_t)(n % d);
		c->r[r1 + 1] = (uint64_t)(n / d);
		return 0;
	}
	default: {
		unsigned __int128 n = (unsigned __int128)c->r[r1] << 64 | c->r[r1 + 1];
		if (!divisor) return 1;
		unsigned __int128 q = n / divisor;
		if (q >> 64) return 1;
		c->r[r1] = (uint64_t)(n % divisor);
		c->r[r1 + 1] = (uint64_t)q;
		return 0;
	}
	}
}

/* arg = kind | width of a storage operand << 4 (0: register r2) */
static bool div(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned kind = i->arg & 15, msize = i->arg >> 4;
	if (i->r1 & 1) return s390x_spec(t);
	dm_temp d = msize ? s390x_ld(t, msize, s390x_addr(t, i->x2, i->b2, i->d2)) : s390x_get(t, i->r2);
	if (kind == DIV_DSG || kind == DIV_DSGF) {
		/* 64-bit dividend: the IR's SDIV/SREM (total: x/0 and MIN/-1 have
		 * values), the registers kept as they were when the CPU would trap */
		if (kind == DIV_DSGF) d = s390x_sextt(t, d, 32);
		dm_temp n = s390x_get(t, i->r1 + 1), old = s390x_get(t, i->r1);
		dm_temp ov = s390x_op2(t, DM_IR_AND, 8, s390x_rel(t, DM_COND_EQ, 8, n, s390x_const(t, 1ull << 63)),
				       s390x_rel(t, DM_COND_EQ, 8, d, s390x_const(t, ~0ull)));
		dm_temp bad = s390x_op2(t, DM_IR_OR, 8, s390x_rel(t, DM_COND_EQ, 8, d, s390x_const(t, 0)), ov);
		s390x_set(t, i->r1, s390x_select(t, bad, old, s390x_op2(t, DM_IR_SREM, 8, n, d)));
		s390x_set(t, i->r1 + 1, s390x_select(t, bad, n, s390x_op2(t, DM_IR_SDIV, 8, n, d)));
		s390x_trap_if(t, bad, DM_TRAP_FPE, 1 /* FPE_INTDIV */);
		return true;
	}
	dm_temp bad = s390x_call(t, divide, s390x_const(t, kind << 8 | i->r1), d, 0);
	s390x_trap_if(t, bad, DM_TRAP_FPE, 1 /* FPE_INTDIV */);
	return true;
}

#define R2(op, w, bits, sgn) ALU(op, w, SRC_R2, bits, sgn)
#define RRF(op, w) ALU(op, w, SRC_RRF, 64, 0)
#define MEM(op, w, bits, sgn) ALU(op, w, SRC_MEM, bits, sgn)
#define IMM(op, w, bits, sgn) ALU(op, w, SRC_IMM, bits, sgn)

const struct s390x_row s390x_rows_arith[] = {
	S390X_ROW(0x1a00, RR, "AR", s390x_alu, R2(ALU_ADD, 4, 32, 0)),
	S390X_ROW(0xb908, RRE, "AGR", s390x_alu, R2(ALU_ADD, 8, 64, 0)),
	S390X_ROW(0xb918, RRE, "AGFR", s390x_alu, R2(ALU_ADD, 8, 32, 1)),
	S390X_ROW(0xb9f8, RRF, "ARK", s390x_alu, RRF(ALU_ADD, 4)),
	S390X_ROW(0xb9e8, RRF, "AGRK", s390x_alu, RRF(ALU_ADD, 8)),
	S390X_ROW(0x5a00, RX, "A", s390x_alu, MEM(ALU_ADD, 4, 32, 1)),
	S390X_ROW(0xe35a, RXY, "AY", s390x_alu, MEM(ALU_ADD, 4, 32, 1)),
	S390X_ROW(0xe308, RXY, "AG", s390x_alu, MEM(ALU_ADD, 8, 64, 1)),
	S390X_ROW(0xe318, RXY, "AGF", s390x_alu, MEM(ALU_ADD, 8, 32, 1)),
	S390X_ROW(0x4a00, RX, "AH", s390x_alu, MEM(ALU_ADD, 4, 16, 1)),
	S390X_ROW(0xe37a, RXY, "AHY", s390x_alu, MEM(ALU_ADD, 4, 16, 1)),
	S390X_ROW(0xa70a, RI, "AHI", s390x_alu, IMM(ALU_ADD, 4, 16, 1)),
	S390X_ROW(0xa70b, RI, "AGHI", s390x_alu, IMM(ALU_ADD, 8, 16, 1)),
	S390X_ROW(0xc209, RIL, "AFI", s390x_alu, IMM(ALU_ADD, 4, 32, 1)),
	S390X_ROW(0xc208, RIL, "AGFI", s390x_alu, IMM(ALU_ADD, 8, 32, 1)),
	S390X_ROW(0xecd8, RIE, "AHIK", s390x_alu, ALU(ALU_ADD, 4, SRC_RIE, 16, 1)),
	S390X_ROW(0xecd9, RIE, "AGHIK", s390x_alu, ALU(ALU_ADD, 8, SRC_RIE, 16, 1)),
	S390X_ROW(0xeb6a, SIY, "ASI", s390x_alu, ALU(ALU_ADD, 4, SRC_SIY, 8, 1)),
	S390X_ROW(0xeb7a, SIY, "AGSI", s390x_alu, ALU(ALU_ADD, 8, SRC_SIY, 8, 1)),
	S390X_ROW(0xb9c8, RRF, "AHHHR", s390x_alu, RRF(ALU_ADD, 4) | ALU_HDST | ALU_HS2 | ALU_HS3),
	S390X_ROW(0xb9d8, RRF, "AHHLR", s390x_alu, RRF(ALU_ADD, 4) | ALU_HDST | ALU_HS2),
	S390X_ROW(0xcc08, RIL, "AIH", s390x_alu, IMM(ALU_ADD, 4, 32, 1) | ALU_HDST),

	S390X_ROW(0x1b00, RR, "SR", s390x_alu, R2(ALU_SUB, 4, 32, 0)),
	S390X_ROW(0xb909, RRE, "SGR", s390x_alu, R2(ALU_SUB, 8, 64, 0)),
	S390X_ROW(0xb919, RRE, "SGFR", s390x_alu, R2(ALU_SUB, 8, 32, 1)),
	S390X_ROW(0xb9f9, RRF, "SRK", s390x_alu, RRF(ALU_SUB, 4)),
	S390X_ROW(0xb9e9, RRF, "SGRK", s390x_alu, RRF(ALU_SUB, 8)),
	S390X_ROW(0x5b00, RX, "S", s390x_alu, MEM(ALU_SUB, 4, 32, 1)),
	S390X_ROW(0xe35b, RXY, "SY", s390x_alu, MEM(ALU_SUB, 4, 32, 1)),
	S390X_ROW(0xe309, RXY, "SG", s390x_alu, MEM(ALU_SUB, 8, 64, 1)),
	S390X_ROW(0xe319, RXY, "SGF", s390x_alu, MEM(ALU_SUB, 8, 32, 1)),
	S390X_ROW(0x4b00, RX, "SH", s390x_alu, MEM(ALU_SUB, 4, 16, 1)),
	S390X_ROW(0xe37b, RXY, "SHY", s390x_alu, MEM(ALU_SUB, 4, 16, 1)),
	S390X_ROW(0xb9c9, RRF, "SHHHR", s390x_alu, RRF(ALU_SUB, 4) | ALU_HDST | ALU_HS2 | ALU_HS3),
	S390X_ROW(0xb9d9, RRF, "SHHLR", s390x_alu, RRF(ALU_SUB, 4) | ALU_HDST | ALU_HS2),

	S390X_ROW(0x1e00, RR, "ALR", s390x_alu, R2(ALU_ADDL, 4, 32, 0)),
	S390X_ROW(0xb90a, RRE, "ALGR", s390x_alu, R2(ALU_ADDL, 8, 64, 0)),
	S390X_ROW(0xb91a, RRE, "ALGFR", s390x_alu, R2(ALU_ADDL, 8, 32, 0)),
	S390X_ROW(0xb9fa, RRF, "ALRK", s390x_alu, RRF(ALU_ADDL, 4)),
	S390X_ROW(0xb9ea, RRF, "ALGRK", s390x_alu, RRF(ALU_ADDL, 8)),
	S390X_ROW(0x5e00, RX, "AL", s390x_alu, MEM(ALU_ADDL, 4, 32, 0)),
	S390X_ROW(0xe35e, RXY, "ALY", s390x_alu, MEM(ALU_ADDL, 4, 32, 0)),
	S390X_ROW(0xe30a, RXY, "ALG", s390x_alu, MEM(ALU_ADDL, 8, 64, 0)),
	S390X_ROW(0xe31a, RXY, "ALGF", s390x_alu, MEM(ALU_ADDL, 8, 32, 0)),
	S390X_ROW(0xc20b, RIL, "ALFI", s390x_alu, IMM(ALU_ADDL, 4, 32, 0)),
	S390X_ROW(0xc20a, RIL, "ALGFI", s390x_alu, IMM(ALU_ADDL, 8, 32, 0)),
	S390X_ROW(0xecda, RIE, "ALHSIK", s390x_alu, ALU(ALU_ADDL, 4, SRC_RIE, 16, 1)),
	S390X_ROW(0xecdb, RIE, "ALGHSIK", s390x_alu, ALU(ALU_ADDL, 8, SRC_RIE, 16, 1)),
	S390X_ROW(0xeb6e, SIY, "ALSI", s390x_alu, ALU(ALU_ADDL, 4, SRC_SIY, 8, 1)),
	S390X_ROW(0xeb7e, SIY, "ALGSI", s390x_alu, ALU(ALU_ADDL, 8, SRC_SIY, 8, 1)),
	S390X_ROW(0xb9ca, RRF, "ALHHHR", s390x_alu, RRF(ALU_ADDL, 4) | ALU_HDST | ALU_HS2 | ALU_HS3),
	S390X_ROW(0xb9da, RRF, "ALHHLR", s390x_alu, RRF(ALU_ADDL, 4) | ALU_HDST | ALU_HS2),
	S390X_ROW(0xcc0a, RIL, "ALSIH", s390x_alu, IMM(ALU_ADDL, 4, 32, 1) | ALU_HDST),
	S390X_ROW(0xcc0b, RIL, "ALSIHN", s390x_alu, IMM(ALU_ADDL, 4, 32, 1) | ALU_HDST | ALU_NOCC),

	S390X_ROW(0x1f00, RR, "SLR", s390x_alu, R2(ALU_SUBL, 4, 32, 0)),
	S390X_ROW(0xb90b, RRE, "SLGR", s390x_alu, R2(ALU_SUBL, 8, 64, 0)),
	S390X_ROW(0xb91b, RRE, "SLGFR", s390x_alu, R2(ALU_SUBL, 8, 32, 0)),
	S390X_ROW(0xb9fb, RRF, "SLRK", s390x_alu, RRF(ALU_SUBL, 4)),
	S390X_ROW(0xb9eb, RRF, "SLGRK", s390x_alu, RRF(ALU_SUBL, 8)),
	S390X_ROW(0x5f00, RX, "SL", s390x_alu, MEM(ALU_SUBL, 4, 32, 0)),
	S390X_ROW(0xe35f, RXY, "SLY", s390x_alu, MEM(ALU_SUBL, 4, 32, 0)),
	S390X_ROW(0xe30b, RXY, "SLG", s390x_alu, MEM(ALU_SUBL, 8, 64, 0)),
	S390X_ROW(0xe31b, RXY, "SLGF", s390x_alu, MEM(ALU_SUBL, 8, 32, 0)),
	S390X_ROW(0xc205, RIL, "SLFI", s390x_alu, IMM(ALU_SUBL, 4, 32, 0)),
	S390X_ROW(0xc204, RIL, "SLGFI", s390x_alu, IMM(ALU_SUBL, 8, 32, 0)),
	S390X_ROW(0xb9cb, RRF, "SLHHHR", s390x_alu, RRF(ALU_SUBL, 4) | ALU_HDST | ALU_HS2 | ALU_HS3),
	S390X_ROW(0xb9db, RRF, "SLHHLR", s390x_alu, RRF(ALU_SUBL, 4) | ALU_HDST | ALU_HS2),

	S390X_ROW(0xb998, RRE, "ALCR", s390x_alu, R2(ALU_ADDC, 4, 32, 0)),
	S390X_ROW(0xb988, RRE, "ALCGR", s390x_alu, R2(ALU_ADDC, 8, 64, 0)),
	S390X_ROW(0xe398, RXY, "ALC", s390x_alu, MEM(ALU_ADDC, 4, 32, 0)),
	S390X_ROW(0xe388, RXY, "ALCG", s390x_alu, MEM(ALU_ADDC, 8, 64, 0)),
	S390X_ROW(0xb999, RRE, "SLBR", s390x_alu, R2(ALU_SUBB, 4, 32, 0)),
	S390X_ROW(0xb989, RRE, "SLBGR", s390x_alu, R2(ALU_SUBB, 8, 64, 0)),
	S390X_ROW(0xe399, RXY, "SLB", s390x_alu, MEM(ALU_SUBB, 4, 32, 0)),
	S390X_ROW(0xe389, RXY, "SLBG", s390x_alu, MEM(ALU_SUBB, 8, 64, 0)),

	S390X_ROW(0xb252, RRE, "MSR", s390x_alu, R2(ALU_MUL, 4, 32, 0)),
	S390X_ROW(0xb90c, RRE, "MSGR", s390x_alu, R2(ALU_MUL, 8, 64, 0)),
	S390X_ROW(0xb91c, RRE, "MSGFR", s390x_alu, R2(ALU_MUL, 8, 32, 1)),
	S390X_ROW(0x7100, RX, "MS", s390x_alu, MEM(ALU_MUL, 4, 32, 1)),
	S390X_ROW(0xe351, RXY, "MSY", s390x_alu, MEM(ALU_MUL, 4, 32, 1)),
	S390X_ROW(0xe30c, RXY, "MSG", s390x_alu, MEM(ALU_MUL, 8, 64, 1)),
	S390X_ROW(0xe31c, RXY, "MSGF", s390x_alu, MEM(ALU_MUL, 8, 32, 1)),
	S390X_ROW(0x4c00, RX, "MH", s390x_alu, MEM(ALU_MUL, 4, 16, 1)),
	S390X_ROW(0xe37c, RXY, "MHY", s390x_alu, MEM(ALU_MUL, 4, 16, 1)),
	S390X_ROW(0xa70c, RI, "MHI", s390x_alu, IMM(ALU_MUL, 4, 16, 1)),
	S390X_ROW(0xa70d, RI, "MGHI", s390x_alu, IMM(ALU_MUL, 8, 16, 1)),
	S390X_ROW(0xc201, RIL, "MSFI", s390x_alu, IMM(ALU_MUL, 4, 32, 1)),
	S390X_ROW(0xc200, RIL, "MSGFI", s390x_alu, IMM(ALU_MUL, 8, 32, 1)),
	S390X_ROW(0x1c00, RR, "MR", mpair, 1),
	S390X_ROW(0x5c00, RX, "M", mpair, 1 | 16),
	S390X_ROW(0xe35c, RXY, "MFY", mpair, 1 | 16),
	S390X_ROW(0xb996, RRE, "MLR", mpair, 0),
	S390X_ROW(0xe396, RXY, "ML", mpair, 16),
	S390X_ROW(0xb986, RRE, "MLGR", mpair, 8),
	S390X_ROW(0xe386, RXY, "MLG", mpair, 8 | 16),

	S390X_ROW(0x1d00, RR, "DR", div, DIV_D),
	S390X_ROW(0x5d00, RX, "D", div, DIV_D | 4 << 4),
	S390X_ROW(0xb997, RRE, "DLR", div, DIV_DL),
	S390X_ROW(0xe397, RXY, "DL", div, DIV_DL | 4 << 4),
	S390X_ROW(0xb90d, RRE, "DSGR", div, DIV_DSG),
	S390X_ROW(0xe30d, RXY, "DSG", div, DIV_DSG | 8 << 4),
	S390X_ROW(0xb91d, RRE, "DSGFR", div, DIV_DSGF),
	S390X_ROW(0xe31d, RXY, "DSGF", div, DIV_DSGF | 4 << 4),
	S390X_ROW(0xb987, RRE, "DLGR", div, DIV_DLG),
	S390X_ROW(0xe387, RXY, "DLG", div, DIV_DLG | 8 << 4),

	S390X_ROW(0x1300, RR, "LCR", lcr, 0 | 4 << 4 | 32 << 8),
	S390X_ROW(0xb903, RRE, "LCGR", lcr, 0 | 8 << 4 | 64 << 8),
	S390X_ROW(0xb913, RRE, "LCGFR", lcr, 0 | 8 << 4 | 32 << 8),
	S390X_ROW(0x1000, RR, "LPR", lcr, 1 | 4 << 4 | 32 << 8),
	S390X_ROW(0xb900, RRE, "LPGR", lcr, 1 | 8 << 4 | 64 << 8),
	S390X_ROW(0xb910, RRE, "LPGFR", lcr, 1 | 8 << 4 | 32 << 8),
	S390X_ROW(0x1100, RR, "LNR", lcr, 2 | 4 << 4 | 32 << 8),
	S390X_ROW(0xb901, RRE, "LNGR", lcr, 2 | 8 << 4 | 64 << 8),
	S390X_ROW(0xb911, RRE, "LNGFR", lcr, 2 | 8 << 4 | 32 << 8),
	{ 0 },
};
