/* emu/jit/x86_64/lower_flags.c: the flag-setting IR ops (SUBF, ADDF,
 * LOGICF, ADCF, SBCF) as one host ALU instruction whose host flags feed the
 * conditions fused into it (x86_fused_cc) and, when the IR flags themselves
 * are needed, the N Z C V word built from lahf + seto. */
#include "emu/jit/x86_64/lower.h"

/* Every result of a flag op gets its register before the host flags are
 * set: allocating may spill, and a spill's moves must not come between the
 * ALU instruction and the setcc/lahf that read its flags. */
static void def_results(struct cg *g, int32_t i)
{
	for (int32_t c = g->hoist_head[i]; c >= 0; c = g->hoist[c]) x86_def(g, g->in[c].dst);
	if (g->materialize[i]) x86_def(g, g->matdst[i]);
}

/* The IR flags (N Z C V in bits 3..0), shifted left by `shift`, into r from
 * the host flags captured by lahf + seto al in eax: SF (bit 15) and ZF (14)
 * stay, CF (8) moves to 13 and OF (0) to 12 in one multiply, then the four
 * bits go where they are wanted. */
static void nzcv_from_eax(struct cg *g, bool invert_c, int r, unsigned shift)
{
	if (invert_c) x_alu_ri(g->x, ALU_XOR, 4, RAX, 0x100);
	x_alu_ri(g->x, ALU_AND, 4, RAX, 0xc101);
	x_imul_rri(g->x, 4, RAX, RAX, 0x1021);
	if (shift == 0) {
		x_shift_imm(g->x, SH_SHR, 4, RAX, 12);
		x_alu_ri(g->x, ALU_AND, 4, RAX, 15);
	} else {
		x_alu_ri(g->x, ALU_AND, 4, RAX, 0xf000);
		if (shift > 12) x_shift_imm(g->x, SH_SHL, shift + 4 > 32 ? 8 : 4, RAX, (int)shift - 12);
		else if (shift < 12) x_shift_imm(g->x, SH_SHR, 4, RAX, 12 - (int)shift);
	}
	x_mov_rr(g->x, shift + 4 > 32 ? 8 : 4, r, RAX);
}

void x86_lower_flags(struct cg *g, const struct dm_ir_insn *in, int32_t i)
{
	int sz = hsz(in->size);
	bool invert_c = false;
	int32_t imm;
	switch (in->op) {
	case DM_IR_SUBF: {
		int ra = x86_fetch(g, in->a, RCX);
		bool bimm = x86_const_s32(g, in->b, &imm);
		int rb = bimm ? -1 : x86_fetch(g, in->b, RDX);
		x86_release(g, i, in);
		def_results(g, i);
		if (bimm) x_alu_ri(g->x, ALU_CMP, sz, ra, imm);
		else x_alu_rr(g->x, ALU_CMP, sz, ra, rb);
		invert_c = true;
		break;
	}
	case DM_IR_ADDF: {
		x86_fetch_to(g, in->a, RCX);
		bool bimm = x86_const_s32(g, in->b, &imm);
		int rb = bimm ? -1 : x86_fetch(g, in->b, RDX);
		x86_release(g, i, in);
		def_results(g, i);
		if (bimm) x_alu_ri(g->x, ALU_ADD, sz, RCX, imm);
		else x_alu_rr(g->x, ALU_ADD, sz, RCX, rb);
		break;
	}
	case DM_IR_LOGICF: {
		int ra = x86_fetch(g, in->a, RCX);
		x86_release(g, i, in);
		def_results(g, i);
		x_test_rr(g->x, sz, ra, ra);
		break;
	}
	case DM_IR_ADCF:
	case DM_IR_SBCF: {
		x86_fetch_to(g, in->c, RAX);
		x86_fetch_to(g, in->b, RDX);
		x86_fetch_to(g, in->a, RCX);
		x86_release(g, i, in);
		int d = x86_def(g, g->matdst[i]);
		x_bt_imm(g->x, 4, RAX, 0);
		if (in->op == DM_IR_SBCF) x_cmc(g->x);
		x_alu_rr(g->x, in->op == DM_IR_SBCF ? ALU_SBB : ALU_ADC, sz, RCX, RDX);
		x_lahf(g->x);
		x_setcc(g->x, CC_O, RAX);
		nzcv_from_eax(g, in->op == DM_IR_SBCF, d, g->matshift[i]);
		return;
	}
	}
	if (g->materialize[i]) {
		x_lahf(g->x);
		x_setcc(g->x, CC_O, RAX);
	}
	for (int32_t c = g->hoist_head[i]; c >= 0; c = g->hoist[c]) {
		int r = g->t[g->in[c].dst].reg;
		x_setcc(g->x, x86_fused_cc(in->op, (unsigned)g->in[c].imm), r);
		x_movzx8(g->x, r, r);
	}
	if (g->materialize[i]) nzcv_from_eax(g, invert_c, g->t[g->matdst[i]].reg, g->matshift[i]);
}
