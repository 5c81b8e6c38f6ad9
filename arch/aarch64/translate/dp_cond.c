/* arch/aarch64/translate/dp_cond.c: Conditional compare (CCMN, CCMP) and
 * conditional select (CSEL, CSINC, CSINV, CSNEG and their aliases CSET,
 * CINC, CNEG, ...). */
#include "arch/aarch64/translate.h"

/* flags = cond ? NZCV(Rn op operand) : #nzcv */
static bool ccmp(struct a64_tr *t, uint32_t insn, bool sub, bool imm)
{
	bool sf = A64_SF(insn);
	unsigned sz = sf ? 8 : 4;
	dm_temp n = a64_get_x(t, A64_RN(insn), sf);
	dm_temp m = imm ? a64_const(t, A64_RM(insn)) : a64_get_x(t, A64_RM(insn), sf);
	dm_temp c = a64_cond(t, a64_bits(insn, 15, 12));
	dm_temp f = a64_op2(t, sub ? DM_IR_SUBF : DM_IR_ADDF, sz, n, m);
	a64_set_nzcv_if(t, c, f, a64_bits(insn, 3, 0));
	return true;
}

A64_INSN(CCMN_reg) { return ccmp(t, insn, false, false); }
A64_INSN(CCMP_reg) { return ccmp(t, insn, true, false); }
A64_INSN(CCMN_imm) { return ccmp(t, insn, false, true); }
A64_INSN(CCMP_imm) { return ccmp(t, insn, true, true); }

/* Rd = cond ? Rn : f(Rm) */
static bool csel(struct a64_tr *t, uint32_t insn, enum dm_ir_op op)
{
	bool sf = A64_SF(insn);
	unsigned sz = sf ? 8 : 4;
	dm_temp n = a64_get_x(t, A64_RN(insn), sf), m = a64_get_x(t, A64_RM(insn), sf);
	if (op == DM_IR_ADD) m = a64_op2i(t, DM_IR_ADD, sz, m, 1);
	else if (op != DM_IR_SELECT) m = a64_op1(t, op, sz, m);
	dm_temp c = a64_cond(t, a64_bits(insn, 15, 12));
	a64_set_x(t, A64_RD(insn), sf, a64_emit(t, DM_IR_SELECT, 8, c, n, m, 0));
	return true;
}

A64_INSN(CSEL) { return csel(t, insn, DM_IR_SELECT); }
A64_INSN(CSINC) { return csel(t, insn, DM_IR_ADD); }
A64_INSN(CSINV) { return csel(t, insn, DM_IR_NOT); }
A64_INSN(CSNEG) { return csel(t, insn, DM_IR_NEG); }
