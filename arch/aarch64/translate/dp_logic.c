/* arch/aarch64/translate/dp_logic.c: Logical (shifted register):
 * AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS (MOV, MVN, TST are aliases). */
#include "arch/aarch64/translate.h"

static bool logic_shift(struct a64_tr *t, uint32_t insn, enum dm_ir_op op, bool setflags)
{
	bool sf = A64_SF(insn);
	unsigned amount = a64_bits(insn, 15, 10), sz = sf ? 8 : 4;
	if (!sf && amount >= 32) return false;
	dm_temp n = a64_get_x(t, A64_RN(insn), sf);
	dm_temp m = a64_shift(t, a64_get_x(t, A64_RM(insn), sf), a64_bits(insn, 23, 22), amount, sf);
	dm_temp r = a64_op2(t, op, sz, n, m);
	if (setflags) a64_set_nzcv(t, a64_op1(t, DM_IR_LOGICF, sz, r));
	a64_set_x(t, A64_RD(insn), sf, r);
	return true;
}

A64_INSN(AND_shift) { return logic_shift(t, insn, DM_IR_AND, false); }
A64_INSN(BIC_shift) { return logic_shift(t, insn, DM_IR_ANDN, false); }
A64_INSN(ORR_shift) { return logic_shift(t, insn, DM_IR_OR, false); }
A64_INSN(ORN_shift) { return logic_shift(t, insn, DM_IR_ORN, false); }
A64_INSN(EOR_shift) { return logic_shift(t, insn, DM_IR_XOR, false); }
A64_INSN(EON) { return logic_shift(t, insn, DM_IR_XORN, false); }
A64_INSN(ANDS_shift) { return logic_shift(t, insn, DM_IR_AND, true); }
A64_INSN(BICS) { return logic_shift(t, insn, DM_IR_ANDN, true); }
