/* arch/s390x/translate/logic.c: AND, OR, XOR in all forms (register,
 * distinct operands, storage, immediate on a halfword or word of the
 * register, storage immediate), population count, find leftmost one.  The
 * cc is 0 for a zero result, 1 otherwise (for a partial immediate: of the
 * field that changed). */
#include "arch/s390x/translate/alu.h"

/* NILL ... OIHH: arg = op | the field's bit offset << 8 (16-bit fields) */
static bool field(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned op = i->arg & 15, sh = i->arg >> 8;
	uint64_t fm = 0xffffull << sh, imm = i->i2 << sh;
	dm_temp v = s390x_get(t, i->r1), r;
	if (op == ALU_AND) r = s390x_op2i(t, DM_IR_AND, 8, v, imm | ~fm);
	else if (op == ALU_OR) r = s390x_op2i(t, DM_IR_OR, 8, v, imm);
	else r = s390x_op2i(t, DM_IR_XOR, 8, v, imm);
	s390x_set(t, i->r1, r);
	s390x_cc_op(t, S390X_CC_NZ, s390x_op2i(t, DM_IR_AND, 8, r, fm), 0, 0);
	return true;
}

/* NI OI XI, NIY OIY XIY: on a storage byte */
static bool si(struct s390x_tr *t, const struct s390x_insn *i)
{
	static const enum dm_ir_op ops[] = { [ALU_AND] = DM_IR_AND, [ALU_OR] = DM_IR_OR, [ALU_XOR] = DM_IR_XOR };
	dm_temp a = s390x_addr(t, 0, i->b1, i->d1);
	dm_temp r = s390x_op2i(t, ops[i->arg], 8, s390x_ld(t, 1, a), i->i2);
	s390x_st(t, 1, a, r);
	s390x_cc_op(t, S390X_CC_NZ, r, 0, 0);
	return true;
}

/* POPCNT: each byte of r1 = the number of ones in that byte of r2 (SWAR) */
static bool popcnt(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp v = s390x_get(t, i->r2);
	dm_temp x = s390x_op2(t, DM_IR_SUB, 8, v, s390x_op2i(t, DM_IR_AND, 8, s390x_op2i(t, DM_IR_SHR, 8, v, 1), 0x5555555555555555ull));
	x = s390x_op2(t, DM_IR_ADD, 8, s390x_op2i(t, DM_IR_AND, 8, x, 0x3333333333333333ull),
		      s390x_op2i(t, DM_IR_AND, 8, s390x_op2i(t, DM_IR_SHR, 8, x, 2), 0x3333333333333333ull));
	x = s390x_op2i(t, DM_IR_AND, 8, s390x_op2(t, DM_IR_ADD, 8, x, s390x_op2i(t, DM_IR_SHR, 8, x, 4)), 0x0f0f0f0f0f0f0f0full);
	s390x_set(t, i->r1, x);
	s390x_cc_op(t, S390X_CC_NZ, v, 0, 0);
	return true;
}

/* FLOGR: r1 = leading zeros of r2 (64 for 0), r1 + 1 = r2 without its
 * leftmost one; cc 0 when r2 is 0, else 2 */
static bool flogr(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (i->r1 & 1) return s390x_spec(t);
	dm_temp v = s390x_get(t, i->r2);
	dm_temp n = s390x_op1(t, DM_IR_CLZ, 8, v);
	dm_temp bit = s390x_op2(t, DM_IR_SHR, 8, s390x_const(t, 1ull << 63), n);   /* n = 64: shift taken mod 64, but v = 0 */
	s390x_set(t, i->r1, n);
	s390x_set(t, i->r1 + 1, s390x_op2(t, DM_IR_ANDN, 8, v, bit));
	dm_temp nz = s390x_rel(t, DM_COND_NE, 8, v, s390x_const(t, 0));
	s390x_cc_static(t, s390x_op2i(t, DM_IR_SHL, 8, nz, 1));
	return true;
}

#define R2(op, w) ALU(op, w, SRC_R2, (w) * 8, 0)
#define RRF(op, w) ALU(op, w, SRC_RRF, 64, 0)
#define MEM(op, w) ALU(op, w, SRC_MEM, (w) * 8, 0)
#define IMM(op, w) ALU(op, w, SRC_IMM, 32, 0)

const struct s390x_row s390x_rows_logic[] = {
	S390X_ROW(0x1400, RR, "NR", s390x_alu, R2(ALU_AND, 4)),
	S390X_ROW(0xb980, RRE, "NGR", s390x_alu, R2(ALU_AND, 8)),
	S390X_ROW(0xb9f4, RRF, "NRK", s390x_alu, RRF(ALU_AND, 4)),
	S390X_ROW(0xb9e4, RRF, "NGRK", s390x_alu, RRF(ALU_AND, 8)),
	S390X_ROW(0x5400, RX, "N", s390x_alu, MEM(ALU_AND, 4)),
	S390X_ROW(0xe354, RXY, "NY", s390x_alu, MEM(ALU_AND, 4)),
	S390X_ROW(0xe380, RXY, "NG", s390x_alu, MEM(ALU_AND, 8)),
	S390X_ROW(0xc00b, RIL, "NILF", s390x_alu, IMM(ALU_AND, 4)),
	S390X_ROW(0xc00a, RIL, "NIHF", s390x_alu, IMM(ALU_AND, 4) | ALU_HDST),
	S390X_ROW(0x1600, RR, "OR", s390x_alu, R2(ALU_OR, 4)),
	S390X_ROW(0xb981, RRE, "OGR", s390x_alu, R2(ALU_OR, 8)),
	S390X_ROW(0xb9f6, RRF, "ORK", s390x_alu, RRF(ALU_OR, 4)),
	S390X_ROW(0xb9e6, RRF, "OGRK", s390x_alu, RRF(ALU_OR, 8)),
	S390X_ROW(0x5600, RX, "O", s390x_alu, MEM(ALU_OR, 4)),
	S390X_ROW(0xe356, RXY, "OY", s390x_alu, MEM(ALU_OR, 4)),
	S390X_ROW(0xe381, RXY, "OG", s390x_alu, MEM(ALU_OR, 8)),
	S390X_ROW(0xc00d, RIL, "OILF", s390x_alu, IMM(ALU_OR, 4)),
	S390X_ROW(0xc00c, RIL, "OIHF", s390x_alu, IMM(ALU_OR, 4) | ALU_HDST),
	S390X_ROW(0x1700, RR, "XR", s390x_alu, R2(ALU_XOR, 4)),
	S390X_ROW(0xb982, RRE, "XGR", s390x_alu, R2(ALU_XOR, 8)),
	S390X_ROW(0xb9f7, RRF, "XRK", s390x_alu, RRF(ALU_XOR, 4)),
	S390X_ROW(0xb9e7, RRF, "XGRK", s390x_alu, RRF(ALU_XOR, 8)),
	S390X_ROW(0x5700, RX, "X", s390x_alu, MEM(ALU_XOR, 4)),
	S390X_ROW(0xe357, RXY, "XY", s390x_alu, MEM(ALU_XOR, 4)),
	S390X_ROW(0xe382, RXY, "XG", s390x_alu, MEM(ALU_XOR, 8)),
	S390X_ROW(0xc007, RIL, "XILF", s390x_alu, IMM(ALU_XOR, 4)),
	S390X_ROW(0xc006, RIL, "XIHF", s390x_alu, IMM(ALU_XOR, 4) | ALU_HDST),

	S390X_ROW(0xa507, RI, "NILL", field, ALU_AND | 0 << 8),
	S390X_ROW(0xa506, RI, "NILH", field, ALU_AND | 16 << 8),
	S390X_ROW(0xa505, RI, "NIHL", field, ALU_AND | 32 << 8),
	S390X_ROW(0xa504, RI, "NIHH", field, ALU_AND | 48 << 8),
	S390X_ROW(0xa50b, RI, "OILL", field, ALU_OR | 0 << 8),
	S390X_ROW(0xa50a, RI, "OILH", field, ALU_OR | 16 << 8),
	S390X_ROW(0xa509, RI, "OIHL", field, ALU_OR | 32 << 8),
	S390X_ROW(0xa508, RI, "OIHH", field, ALU_OR | 48 << 8),

	S390X_ROW(0x9400, SI, "NI", si, ALU_AND),
	S390X_ROW(0x9600, SI, "OI", si, ALU_OR),
	S390X_ROW(0x9700, SI, "XI", si, ALU_XOR),
	S390X_ROW(0xeb54, SIY, "NIY", si, ALU_AND),
	S390X_ROW(0xeb56, SIY, "OIY", si, ALU_OR),
	S390X_ROW(0xeb57, SIY, "XIY", si, ALU_XOR),

	S390X_ROW(0xb9e1, RRF, "POPCNT", popcnt, 0),
	S390X_ROW(0xb983, RRE, "FLOGR", flogr, 0),
	{ 0 },
};
