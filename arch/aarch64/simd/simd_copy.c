/* arch/aarch64/simd/simd_copy.c: "Advanced SIMD copy" and "scalar copy":
 * DUP (element, general), INS (element, general), UMOV, SMOV, and the
 * scalar DUP (MOV Vd, Vn.T[i]).  imm5's lowest set bit gives the element
 * size, the bits above it the index.  All of them are plain IR (no helper). */
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_ir.h"

static int imm5_esz(uint32_t insn)
{
	unsigned imm5 = (insn >> 16) & 31;
	return imm5 ? __builtin_ctz(imm5) : -1;
}

static bool copy_valid(uint32_t insn)
{
	int esz = imm5_esz(insn);
	unsigned q = F_Q(insn), imm4 = (insn >> 11) & 15, op = F_U(insn);
	if (esz < 0 || esz > 3) return false;
	if (F_SCALAR(insn)) return true;                       /* DUP (element), scalar */
	if (op) return q;                                      /* INS (element) */
	switch (imm4) {
	case 0: return !(esz == 3 && !q);                      /* DUP (element) */
	case 1: return !(esz == 3 && !q);                      /* DUP (general) */
	case 3: return q;                                      /* INS (general) */
	case 5: return q ? esz < 3 : esz < 2;                  /* SMOV */
	case 7: return q ? esz == 3 : esz < 3;                 /* UMOV */
	default: return false;
	}
}

/* element i of size esz of V[r], zero-extended */
static dm_temp get_elt(struct a64_tr *t, unsigned r, unsigned esz, unsigned i)
{
	return a64_vget(t, r, i << esz, 1u << esz);
}

/* V[rd] = v (an element, zero-extended) in every lane of .8B/.16B etc. */
static void put_dup(struct a64_tr *t, unsigned rd, unsigned esz, bool q, dm_temp v)
{
	if (esz < 3) v = a64_op2i(t, DM_IR_MUL, 8, v, vir_unit(esz));
	vir_put(t, rd, q, (dm_temp[2]){ v, v });
}

/* Each form is a read, a write, plus a sign-extension (SMOV) or a multiply
 * that copies the element to every lane (DUP). */
static void emit_copy_ir(struct a64_tr *t, uint32_t insn)
{
	unsigned esz = (unsigned)imm5_esz(insn), q = F_Q(insn), imm4 = (insn >> 11) & 15;
	unsigned idx = ((insn >> 16) & 31) >> (esz + 1), rd = F_RD(insn), rn = F_RN(insn);
	if (F_SCALAR(insn)) {
		vir_put(t, rd, false, (dm_temp[2]){ get_elt(t, rn, esz, idx), 0 });
	} else if (F_U(insn)) {  /* INS (element): imm4 holds the source index */
		a64_vput(t, rd, idx << esz, 1u << esz, get_elt(t, rn, esz, imm4 >> esz));
	} else if (imm4 == 0) {
		put_dup(t, rd, esz, q, get_elt(t, rn, esz, idx));
	} else if (imm4 == 1) {
		put_dup(t, rd, esz, q, a64_zext(t, a64_get_x(t, rn, true), 8u << esz));
	} else if (imm4 == 3) {
		a64_vput(t, rd, idx << esz, 1u << esz, a64_get_x(t, rn, true));
	} else if (imm4 == 5) {  /* SMOV: to W (q 0) zero-extends the sign-extended element */
		a64_set_x(t, rd, q, a64_sext(t, get_elt(t, rn, esz, idx), 8u << esz));
	} else {  /* UMOV */
		a64_set_x(t, rd, q, get_elt(t, rn, esz, idx));
	}
}

static bool emit_copy(struct a64_tr *t, uint32_t insn)
{
	if (!copy_valid(insn)) return false;
	emit_copy_ir(t, insn);
	return true;
}

A64_INSN(DUP_elt) { return emit_copy(t, insn); }
A64_INSN(DUP_gen) { return emit_copy(t, insn); }
A64_INSN(SMOV) { return emit_copy(t, insn); }
A64_INSN(UMOV) { return emit_copy(t, insn); }
A64_INSN(INS_gen) { return emit_copy(t, insn); }
A64_INSN(INS_elt) { return emit_copy(t, insn); }
A64_INSN(S_DUP_elt) { return emit_copy(t, insn); }
