/* arch/aarch64/simd/simd_modified_imm.c: "Advanced SIMD modified
 * immediate": MOVI, MVNI, ORR (immediate), BIC (immediate), FMOV (vector,
 * immediate).  The immediate is known at translation time, so these are
 * plain IR: constants, and an OR/AND of the register halves. */
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_int.h"

/* AdvSIMDExpandImm; false for the reserved op=1 cmode=1111 Q=0 form */
static bool expand_imm(unsigned op, unsigned cmode, unsigned imm8, unsigned q, uint64_t *out)
{
	uint64_t imm = imm8, r;
	switch (cmode >> 1) {
	case 0: case 1: case 2: case 3: r = imm << (8 * (cmode >> 1)); r |= r << 32; break;
	case 4: case 5: r = imm << (8 * ((cmode >> 1) & 1)); r |= r << 16; r |= r << 32; break;
	case 6:
		r = (cmode & 1) ? (imm << 16) | 0xffff : (imm << 8) | 0xff;
		r |= r << 32;
		break;
	default:
		if (!(cmode & 1) && !op) { r = imm * 0x0101010101010101ull; break; }
		if (!(cmode & 1)) {  /* op=1: each bit of imm8 becomes a byte */
			r = 0;
			for (int k = 0; k < 8; k++) if ((imm >> k) & 1) r |= 0xffull << (8 * k);
			break;
		}
		if (!op) { r = fp_expand_imm(2, imm8); r |= r << 32; break; }
		if (!q) return false;
		r = fp_expand_imm(3, imm8);
		break;
	}
	*out = r;
	return true;
}

static bool modimm(struct a64_tr *t, uint32_t insn)
{
	unsigned q = F_Q(insn), op = F_U(insn), cmode = (insn >> 12) & 15, rd = F_RD(insn);
	unsigned imm8 = ((insn >> 11) & 0xe0) | ((insn >> 5) & 31);
	uint64_t imm;
	if ((insn >> 11) & 1) return false;  /* o2 = 1: FMOV half precision (FEAT_FP16) */
	if (!expand_imm(op, cmode, imm8, q, &imm)) return false;
	bool shifted = cmode < 12 && (cmode & 1);  /* ORR / BIC (immediate) */
	bool invert = op && cmode < 14;            /* MVNI, BIC */
	if (invert) imm = ~imm;
	for (unsigned k = 0; k < (q ? 2u : 1u); k++) {
		dm_temp v = a64_const(t, imm);
		if (shifted) v = a64_op2(t, op ? DM_IR_AND : DM_IR_OR, 8, a64_vget(t, rd, 8 * k, 8), v);
		a64_vput(t, rd, 8 * k, 8, v);
	}
	if (!q) a64_vput(t, rd, 8, 8, a64_const(t, 0));
	return true;
}

/* one row per manual form; they differ only in op/cmode, which modimm() reads */
A64_INSN(MOVI_32) { return modimm(t, insn); }
A64_INSN(ORR_imm_32) { return modimm(t, insn); }
A64_INSN(MOVI_16) { return modimm(t, insn); }
A64_INSN(ORR_imm_16) { return modimm(t, insn); }
A64_INSN(MOVI_msl) { return modimm(t, insn); }
A64_INSN(MOVI_8) { return modimm(t, insn); }
A64_INSN(FMOV_vec_s) { return modimm(t, insn); }
A64_INSN(MVNI_32) { return modimm(t, insn); }
A64_INSN(BIC_imm_32) { return modimm(t, insn); }
A64_INSN(MVNI_16) { return modimm(t, insn); }
A64_INSN(BIC_imm_16) { return modimm(t, insn); }
A64_INSN(MVNI_msl) { return modimm(t, insn); }
A64_INSN(MOVI_64) { return modimm(t, insn); }
A64_INSN(FMOV_vec_d) { return modimm(t, insn); }
