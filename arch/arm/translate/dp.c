/* arch/arm/translate/dp.c: data processing (register, register-shifted
 * register, immediate) in A32 and T32, and the one operation they share
 * (arm_dp).  Flags follow the Arm ARM: the logical ops set N and Z from the
 * result, C from the shifter, leave V; the arithmetic ops take all four from
 * the IR's ADDF/SUBF/ADCF/SBCF, whose C is Arm's (no borrow on SUB). */
#include "arch/arm/translate.h"

enum { AND, EOR, SUB, RSB, ADD, ADC, SBC, RSC, TST, TEQ, CMP, CMN, ORR, MOV, BIC, MVN };

bool arm_dp(struct arm_tr *t, unsigned op, bool s, unsigned rd, unsigned rn, dm_temp b, dm_temp carry)
{
	bool uses_rn = op != MOV && op != MVN;
	dm_temp a = uses_rn ? arm_get(t, rn) : 0, r = 0, f = 0;
	bool logic = false;
	switch (op) {
	case AND: case TST: r = arm_op2(t, DM_IR_AND, a, b); logic = true; break;
	case EOR: case TEQ: r = arm_op2(t, DM_IR_XOR, a, b); logic = true; break;
	case ORR: r = arm_op2(t, DM_IR_OR, a, b); logic = true; break;
	case ARM_OP_ORN: r = arm_op2(t, DM_IR_ORN, a, b); logic = true; break;
	case BIC: r = arm_op2(t, DM_IR_ANDN, a, b); logic = true; break;
	case MOV: r = b; logic = true; break;
	case MVN: r = arm_op1(t, DM_IR_NOT, b); logic = true; break;
	case SUB: case CMP:
		r = arm_op2(t, DM_IR_SUB, a, b);
		if (s) f = arm_op2(t, DM_IR_SUBF, a, b);
		break;
	case RSB:
		r = arm_op2(t, DM_IR_SUB, b, a);
		if (s) f = arm_op2(t, DM_IR_SUBF, b, a);
		break;
	case ADD: case CMN:
		r = arm_op2(t, DM_IR_ADD, a, b);
		if (s) f = arm_op2(t, DM_IR_ADDF, a, b);
		break;
	case ADC: case SBC: case RSC: {
		dm_temp c = arm_carry(t);
		dm_temp x = op == RSC ? b : a, y = op == RSC ? a : b;
		enum dm_ir_op o = op == ADC ? DM_IR_ADC : DM_IR_SBC, of = op == ADC ? DM_IR_ADCF : DM_IR_SBCF;
		r = arm_emit(t, o, 4, x, y, c, 0);
		if (s) f = arm_emit(t, of, 4, x, y, c, 0);
		break;
	}
	default: return false;
	}
	if (s) {
		if (logic) arm_set_nz_c(t, r, carry ? carry : arm_carry(t));
		else arm_set_flags(t, f);
	}
	if (op >= TST && op <= CMN) return true;
	arm_set_pc_ok(t, rd, r, !t->thumb);   /* ALUWritePC: interworking in A32 only */
	return true;
}

/* ---- A32 ---------------------------------------------------------------------
 * cccc 000 oooo S nnnn dddd iiiii tt0 mmmm  (register)
 * cccc 000 oooo S nnnn dddd ssss 0tt1 mmmm  (register-shifted register)
 * cccc 001 oooo S nnnn dddd rrrr iiiiiiii  (immediate) */
static bool a32_check(struct arm_tr *t, uint32_t i, unsigned op, bool s, unsigned rd)
{
	(void)t;
	if (op >= TST && op <= CMN && !s) return false;   /* the misc space: other rows */
	if (s && rd == 15 && !(op >= TST && op <= CMN)) return false;   /* SUBS pc, lr...: exception return, not in user mode */
	(void)i;
	return true;
}

bool arm_a32_dp_reg(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned op = BITS(i, 24, 21), rd = BITS(i, 15, 12), rn = BITS(i, 19, 16);
	bool s = BIT(i, 20);
	if (!a32_check(t, i, op, s, rd)) return false;
	dm_temp c = 0;
	dm_temp b = arm_shift_imm(t, arm_get(t, BITS(i, 3, 0)), BITS(i, 6, 5), BITS(i, 11, 7), s ? &c : NULL);
	return arm_dp(t, op, s, rd, rn, b, c);
}

bool arm_a32_dp_rsr(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned op = BITS(i, 24, 21), rd = BITS(i, 15, 12), rn = BITS(i, 19, 16), rs = BITS(i, 11, 8), rm = BITS(i, 3, 0);
	bool s = BIT(i, 20);
	if (!a32_check(t, i, op, s, rd)) return false;
	if (rd == 15 || rn == 15 || rs == 15 || rm == 15) return false;   /* UNPREDICTABLE */
	dm_temp c = 0;
	dm_temp b = arm_shift_reg(t, arm_get(t, rm), BITS(i, 6, 5), arm_get(t, rs), s ? &c : NULL);
	return arm_dp(t, op, s, rd, rn, b, c);
}

bool arm_a32_dp_imm(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned op = BITS(i, 24, 21), rd = BITS(i, 15, 12), rn = BITS(i, 19, 16);
	bool s = BIT(i, 20);
	if (!a32_check(t, i, op, s, rd)) return false;
	int carry;
	uint32_t v = arm_expand_imm_a32(BITS(i, 11, 0), &carry);
	dm_temp c = carry < 0 ? 0 : arm_const(t, (unsigned)carry);
	return arm_dp(t, op, s, rd, rn, arm_const(t, v), c);
}

/* MOVW / MOVT */
bool arm_a32_movw(struct arm_tr *t, uint32_t i, uint32_t movt)
{
	unsigned rd = BITS(i, 15, 12);
	uint32_t imm = BITS(i, 19, 16) << 12 | BITS(i, 11, 0);
	if (rd == 15) return false;
	if (movt) arm_set(t, rd, arm_op2i(t, DM_IR_OR, arm_op2i(t, DM_IR_AND, arm_get(t, rd), 0xffff), imm << 16));
	else arm_set(t, rd, arm_const(t, imm));
	return true;
}

/* ---- T32 32-bit ------------------------------------------------------------------
 * data processing (shifted register): 1110101 oooo S nnnn | 0 iii dddd ii tt mmmm
 * data processing (modified immediate): 11110 i 0 oooo S nnnn | 0 iii dddd iiiiiiii
 * T32's opcode numbering differs from A32's: map it. */
static const int8_t t32_op[16] = { AND, BIC, ORR, ARM_OP_ORN, EOR, -1, -1, -1, ADD, -1, ADC, SBC, -1, SUB, RSB, -1 };

static bool t32_dp(struct arm_tr *t, uint32_t i, dm_temp b, dm_temp c)
{
	unsigned op4 = BITS(i, 24, 21), rn = BITS(i, 19, 16), rd = BITS(i, 11, 8);
	bool s = BIT(i, 20);
	int op = t32_op[op4];
	if (op < 0) return false;
	/* rd 15 with S: the compare forms TST TEQ CMN CMP; rn 15: MOV MVN */
	if (rd == 15 && s) {
		if (op == AND) op = TST;
		else if (op == EOR) op = TEQ;
		else if (op == ADD) op = CMN;
		else if (op == SUB) op = CMP;
		else return false;
	} else if (rd == 15) {
		return false;
	}
	if (rn == 15) {
		if (op == ORR) op = MOV;
		else if (op == ARM_OP_ORN) op = MVN;
		else return false;
	}
	return arm_dp(t, (unsigned)op, s, rd, rn, b, c);
}

bool arm_t32_dp_reg(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rm = BITS(i, 3, 0);
	if (rm == 15) return false;
	dm_temp c = 0;
	unsigned imm5 = BITS(i, 14, 12) << 2 | BITS(i, 7, 6);
	dm_temp b = arm_shift_imm(t, arm_get(t, rm), BITS(i, 5, 4), imm5, BIT(i, 20) ? &c : NULL);
	return t32_dp(t, i, b, c);
}

bool arm_t32_dp_imm(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	uint32_t imm12 = BIT(i, 26) << 11 | BITS(i, 14, 12) << 8 | BITS(i, 7, 0), v;
	int carry;
	if (!arm_expand_imm_t32(imm12, &v, &carry)) return false;
	dm_temp c = carry < 0 ? 0 : arm_const(t, (unsigned)carry);
	return t32_dp(t, i, arm_const(t, v), c);
}

/* plain binary immediate: ADDW/SUBW (12-bit), ADR, MOVW/MOVT (16-bit) */
bool arm_t32_addw(struct arm_tr *t, uint32_t i, uint32_t sub)
{
	unsigned rn = BITS(i, 19, 16), rd = BITS(i, 11, 8);
	uint32_t imm = BIT(i, 26) << 11 | BITS(i, 14, 12) << 8 | BITS(i, 7, 0);
	if (rd == 15 || (rd == 13 && rn != 13)) return false;
	dm_temp a = rn == 15 ? arm_get_pc_align(t) : arm_get(t, rn);
	arm_set(t, rd, arm_op2i(t, sub ? DM_IR_SUB : DM_IR_ADD, a, imm));
	return true;
}

bool arm_t32_movw(struct arm_tr *t, uint32_t i, uint32_t movt)
{
	unsigned rd = BITS(i, 11, 8);
	uint32_t imm = BITS(i, 19, 16) << 12 | BIT(i, 26) << 11 | BITS(i, 14, 12) << 8 | BITS(i, 7, 0);
	if (rd == 15) return false;
	if (movt) arm_set(t, rd, arm_op2i(t, DM_IR_OR, arm_op2i(t, DM_IR_AND, arm_get(t, rd), 0xffff), imm << 16));
	else arm_set(t, rd, arm_const(t, imm));
	return true;
}

/* register-controlled shifts: 11111010 0 tt S mmmm(n) | 1111 dddd 0000 mmmm */
bool arm_t32_shift_reg(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rn = BITS(i, 19, 16), rd = BITS(i, 11, 8), rm = BITS(i, 3, 0);
	bool s = BIT(i, 20);
	if (rd == 15 || rn == 15 || rm == 15) return false;
	dm_temp c = 0;
	dm_temp r = arm_shift_reg(t, arm_get(t, rn), BITS(i, 22, 21), arm_get(t, rm), s ? &c : NULL);
	return arm_dp(t, MOV, s, rd, 0, r, c);
}

/* ---- T16 --------------------------------------------------------------------
 * Outside an IT block the 16-bit forms set flags (but MOV/ADD high and
 * the sp forms); inside one they do not. */
static bool t16_s(const struct arm_tr *t) { return !t->in_it; }

/* LSL/LSR/ASR (immediate): 000 oo iiiii mmm ddd */
bool arm_t16_shift_imm(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned type = BITS(i, 12, 11), imm5 = BITS(i, 10, 6);
	dm_temp c = 0;
	dm_temp r = arm_shift_imm(t, arm_get(t, BITS(i, 5, 3)), type, imm5, t16_s(t) ? &c : NULL);
	return arm_dp(t, MOV, t16_s(t), BITS(i, 2, 0), 0, r, c);
}

/* ADD/SUB register and 3-bit immediate: 00011 I S mmm/iii nnn ddd */
bool arm_t16_addsub3(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	dm_temp b = BIT(i, 10) ? arm_const(t, BITS(i, 8, 6)) : arm_get(t, BITS(i, 8, 6));
	return arm_dp(t, BIT(i, 9) ? SUB : ADD, t16_s(t), BITS(i, 2, 0), BITS(i, 5, 3), b, 0);
}

/* MOV/CMP/ADD/SUB 8-bit immediate: 001 oo ddd iiiiiiii */
bool arm_t16_imm8(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	static const unsigned ops[4] = { MOV, CMP, ADD, SUB };
	unsigned op = ops[BITS(i, 12, 11)], rd = BITS(i, 10, 8);
	return arm_dp(t, op, op == CMP || t16_s(t), rd, rd, arm_const(t, BITS(i, 7, 0)), 0);
}

/* data processing (register): 010000 oooo mmm ddd */
bool arm_t16_dp(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned op = BITS(i, 9, 6), rm = BITS(i, 5, 3), rdn = BITS(i, 2, 0);
	bool s = t16_s(t);
	dm_temp c = 0;
	switch (op) {
	case 0: return arm_dp(t, AND, s, rdn, rdn, arm_get(t, rm), 0);
	case 1: return arm_dp(t, EOR, s, rdn, rdn, arm_get(t, rm), 0);
	case 2: case 3: case 4: case 7: {
		static const unsigned type[8] = { 0, 0, ARM_LSL, ARM_LSR, ARM_ASR, 0, 0, ARM_ROR };
		dm_temp r = arm_shift_reg(t, arm_get(t, rdn), type[op], arm_get(t, rm), s ? &c : NULL);
		return arm_dp(t, MOV, s, rdn, 0, r, c);
	}
	case 5: return arm_dp(t, ADC, s, rdn, rdn, arm_get(t, rm), 0);
	case 6: return arm_dp(t, SBC, s, rdn, rdn, arm_get(t, rm), 0);
	case 8: return arm_dp(t, TST, true, 0, rdn, arm_get(t, rm), 0);
	case 9: return arm_dp(t, RSB, s, rdn, rm, arm_const(t, 0), 0);   /* RSBS rd, rn, #0 */
	case 10: return arm_dp(t, CMP, true, 0, rdn, arm_get(t, rm), 0);
	case 11: return arm_dp(t, CMN, true, 0, rdn, arm_get(t, rm), 0);
	case 12: return arm_dp(t, ORR, s, rdn, rdn, arm_get(t, rm), 0);
	case 13: {   /* MULS: N and Z only */
		dm_temp r = arm_op2(t, DM_IR_MUL, arm_get(t, rm), arm_get(t, rdn));
		if (s) arm_set_nz_c(t, r, arm_carry(t));
		arm_set(t, rdn, r);
		return true;
	}
	case 14: return arm_dp(t, BIC, s, rdn, rdn, arm_get(t, rm), 0);
	default: return arm_dp(t, MVN, s, rdn, 0, arm_get(t, rm), 0);
	}
}

/* special data (high registers): 010001 oo D mmmm ddd: ADD, CMP, MOV; no flags but CMP */
bool arm_t16_hireg(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned op = BITS(i, 9, 8), rd = BIT(i, 7) << 3 | BITS(i, 2, 0), rm = BITS(i, 6, 3);
	switch (op) {
	case 0: return arm_dp(t, ADD, false, rd, rd, arm_get(t, rm), 0);
	case 1: return rd != 15 && arm_dp(t, CMP, true, 0, rd, arm_get(t, rm), 0);
	default: return arm_dp(t, MOV, false, rd, 0, arm_get(t, rm), 0);
	}
}

/* ADR (T1): 10100 ddd iiiiiiii; ADD rd, sp, #imm8*4: 10101 ddd iiiiiiii */
bool arm_t16_adr(struct arm_tr *t, uint32_t i, uint32_t sp)
{
	dm_temp base = sp ? arm_get(t, 13) : arm_get_pc_align(t);
	arm_set(t, BITS(i, 10, 8), arm_op2i(t, DM_IR_ADD, base, BITS(i, 7, 0) * 4));
	return true;
}

/* ADD/SUB sp, sp, #imm7*4: 1011 0000 S iiiiiii */
bool arm_t16_addsp(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	arm_set(t, 13, arm_op2i(t, BIT(i, 7) ? DM_IR_SUB : DM_IR_ADD, arm_get(t, 13), BITS(i, 6, 0) * 4));
	return true;
}
