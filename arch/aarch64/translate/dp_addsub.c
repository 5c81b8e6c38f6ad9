/* arch/aarch64/translate/dp_addsub.c: Add/subtract (shifted register,
 * extended register, with carry). */
#include "arch/aarch64/translate.h"

/* Shared tail: Rd = n op m, flags when S; `sp_dest` for the extended forms,
 * whose non-flag-setting Rd = 31 means SP. */
static void addsub(struct a64_tr *t, uint32_t insn, dm_temp n, dm_temp m, bool sub, bool setflags, bool sp_dest)
{
	bool sf = A64_SF(insn);
	unsigned sz = sf ? 8 : 4;
	dm_temp r = a64_op2(t, sub ? DM_IR_SUB : DM_IR_ADD, sz, n, m);
	if (setflags) a64_set_nzcv(t, a64_op2(t, sub ? DM_IR_SUBF : DM_IR_ADDF, sz, n, m));
	if (sp_dest && !setflags) a64_set_xsp(t, A64_RD(insn), sf, r);
	else a64_set_x(t, A64_RD(insn), sf, r);
}

static bool addsub_shift(struct a64_tr *t, uint32_t insn, bool sub, bool setflags)
{
	bool sf = A64_SF(insn);
	unsigned type = a64_bits(insn, 23, 22), amount = a64_bits(insn, 15, 10);
	if (type == 3 || (!sf && amount >= 32)) return false;
	dm_temp n = a64_get_x(t, A64_RN(insn), sf);
	dm_temp m = a64_shift(t, a64_get_x(t, A64_RM(insn), sf), type, amount, sf);
	addsub(t, insn, n, m, sub, setflags, false);
	return true;
}

A64_INSN(ADD_shift) { return addsub_shift(t, insn, false, false); }
A64_INSN(ADDS_shift) { return addsub_shift(t, insn, false, true); }
A64_INSN(SUB_shift) { return addsub_shift(t, insn, true, false); }
A64_INSN(SUBS_shift) { return addsub_shift(t, insn, true, true); }

static bool addsub_ext(struct a64_tr *t, uint32_t insn, bool sub, bool setflags)
{
	bool sf = A64_SF(insn);
	unsigned option = a64_bits(insn, 15, 13), shift = a64_bits(insn, 12, 10);
	if (shift > 4) return false;
	dm_temp n = a64_get_xsp(t, A64_RN(insn), sf);
	dm_temp m = a64_extend(t, a64_get_x(t, A64_RM(insn), (option & 3) == 3), option, shift);
	addsub(t, insn, n, m, sub, setflags, true);
	return true;
}

A64_INSN(ADD_ext) { return addsub_ext(t, insn, false, false); }
A64_INSN(ADDS_ext) { return addsub_ext(t, insn, false, true); }
A64_INSN(SUB_ext) { return addsub_ext(t, insn, true, false); }
A64_INSN(SUBS_ext) { return addsub_ext(t, insn, true, true); }

/* ADC/SBC: SBC is Rn + NOT(Rm) + C, which IR SBC/SBCF compute directly. */
static bool addsub_carry(struct a64_tr *t, uint32_t insn, bool sub, bool setflags)
{
	bool sf = A64_SF(insn);
	unsigned sz = sf ? 8 : 4;
	dm_temp n = a64_get_x(t, A64_RN(insn), sf), m = a64_get_x(t, A64_RM(insn), sf), c = a64_get_carry(t);
	dm_temp r = a64_emit(t, sub ? DM_IR_SBC : DM_IR_ADC, sz, n, m, c, 0);
	if (setflags) a64_set_nzcv(t, a64_emit(t, sub ? DM_IR_SBCF : DM_IR_ADCF, sz, n, m, c, 0));
	a64_set_x(t, A64_RD(insn), sf, r);
	return true;
}

A64_INSN(ADC) { return addsub_carry(t, insn, false, false); }
A64_INSN(ADCS) { return addsub_carry(t, insn, false, true); }
A64_INSN(SBC) { return addsub_carry(t, insn, true, false); }
A64_INSN(SBCS) { return addsub_carry(t, insn, true, true); }
