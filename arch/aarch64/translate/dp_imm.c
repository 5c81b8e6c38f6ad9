/* arch/aarch64/translate/dp_imm.c: Data processing - immediate (PC-relative
 * addressing, add/subtract, logical, move wide, bitfield, extract). */
#include "arch/aarch64/translate.h"

/* ---- PC-relative addressing ---- */
/* shifts on uint64_t: shifting a negative int64_t left is undefined in C */
static int64_t adr_imm(uint32_t insn) { return (int64_t)(((uint64_t)a64_sbits(insn, 23, 5) << 2) | a64_bits(insn, 30, 29)); }

A64_INSN(ADR)
{
	a64_set_x(t, A64_RD(insn), true, a64_const(t, t->pc + adr_imm(insn)));
	return true;
}

A64_INSN(ADRP)
{
	a64_set_x(t, A64_RD(insn), true, a64_const(t, (t->pc & ~0xfffull) + ((uint64_t)adr_imm(insn) << 12)));
	return true;
}

/* ---- Add/subtract (immediate): Rn and (non-flag-setting) Rd may be SP ---- */
static bool addsub_imm(struct a64_tr *t, uint32_t insn, bool sub, bool setflags)
{
	bool sf = A64_SF(insn);
	unsigned sz = sf ? 8 : 4;
	uint64_t imm = (uint64_t)a64_bits(insn, 21, 10) << (a64_bits(insn, 22, 22) * 12);
	dm_temp n = a64_get_xsp(t, A64_RN(insn), sf), m = a64_const(t, imm);
	dm_temp r = a64_op2(t, sub ? DM_IR_SUB : DM_IR_ADD, sz, n, m);
	if (setflags) {
		a64_set_nzcv(t, a64_op2(t, sub ? DM_IR_SUBF : DM_IR_ADDF, sz, n, m));
		a64_set_x(t, A64_RD(insn), sf, r);
	} else {
		a64_set_xsp(t, A64_RD(insn), sf, r);
	}
	return true;
}

A64_INSN(ADD_imm) { return addsub_imm(t, insn, false, false); }
A64_INSN(ADDS_imm) { return addsub_imm(t, insn, false, true); }
A64_INSN(SUB_imm) { return addsub_imm(t, insn, true, false); }
A64_INSN(SUBS_imm) { return addsub_imm(t, insn, true, true); }

/* ---- Logical (immediate): the non-flag-setting forms write SP for Rd = 31 ---- */
static bool logic_imm(struct a64_tr *t, uint32_t insn, enum dm_ir_op op, bool setflags)
{
	bool sf = A64_SF(insn);
	uint64_t imm;
	if (!a64_decode_bitmask(a64_bits(insn, 22, 22), a64_bits(insn, 15, 10), a64_bits(insn, 21, 16), sf, &imm))
		return false;
	dm_temp r = a64_op2(t, op, sf ? 8 : 4, a64_get_x(t, A64_RN(insn), sf), a64_const(t, imm));
	if (setflags) {
		a64_set_nzcv(t, a64_op1(t, DM_IR_LOGICF, sf ? 8 : 4, r));
		a64_set_x(t, A64_RD(insn), sf, r);
	} else {
		a64_set_xsp(t, A64_RD(insn), sf, r);
	}
	return true;
}

A64_INSN(AND_imm) { return logic_imm(t, insn, DM_IR_AND, false); }
A64_INSN(ORR_imm) { return logic_imm(t, insn, DM_IR_OR, false); }
A64_INSN(EOR_imm) { return logic_imm(t, insn, DM_IR_XOR, false); }
A64_INSN(ANDS_imm) { return logic_imm(t, insn, DM_IR_AND, true); }

/* ---- Move wide ---- */
static bool move_wide(struct a64_tr *t, uint32_t insn, int kind /* 0 N, 1 Z, 2 K */)
{
	bool sf = A64_SF(insn);
	unsigned pos = a64_bits(insn, 22, 21) * 16;
	if (!sf && pos >= 32) return false;
	uint64_t imm = (uint64_t)a64_bits(insn, 20, 5) << pos;
	dm_temp r;
	if (kind == 2) {
		dm_temp old = a64_get_x(t, A64_RD(insn), sf);
		r = a64_op2(t, DM_IR_OR, 8, a64_op2i(t, DM_IR_AND, 8, old, ~(0xffffull << pos)), a64_const(t, imm));
	} else {
		r = a64_const(t, kind == 0 ? ~imm : imm);
	}
	a64_set_x(t, A64_RD(insn), sf, r);
	return true;
}

A64_INSN(MOVN) { return move_wide(t, insn, 0); }
A64_INSN(MOVZ) { return move_wide(t, insn, 1); }
A64_INSN(MOVK) { return move_wide(t, insn, 2); }

/* ---- Bitfield ----
 * With width W, R = immr, S = imms:  S >= R extracts bits S..R to the bottom
 * (UBFX/SBFX/BFXIL, and LSR/ASR when S = W-1); S < R inserts bits S..0 at
 * W-R (UBFIZ/SBFIZ/BFI, LSL).  This closed form equals the manual's
 * wmask/tmask pseudocode for every valid encoding. */
static bool bitfield(struct a64_tr *t, uint32_t insn, int kind /* 0 S, 1 B, 2 U */)
{
	bool sf = A64_SF(insn);
	unsigned w = sf ? 64 : 32, sz = sf ? 8 : 4, n = a64_bits(insn, 22, 22);
	unsigned r = a64_bits(insn, 21, 16), s = a64_bits(insn, 15, 10);
	if (n != sf || r >= w || s >= w) return false;
	dm_temp src = a64_get_x(t, A64_RN(insn), sf), res;
	unsigned len, pos;
	dm_temp field;
	if (s >= r) {
		len = s - r + 1, pos = 0;
		field = a64_shift(t, src, 1, r, sf);
	} else {
		len = s + 1, pos = w - r;
		field = src;
	}
	if (kind == 1) {
		uint64_t m = (len >= 64 ? ~0ull : (1ull << len) - 1) << pos;
		dm_temp ins = a64_shift(t, a64_zext(t, field, len), 0, pos, sf);
		dm_temp keep = a64_op2i(t, DM_IR_AND, sz, a64_get_x(t, A64_RD(insn), sf), ~m);
		res = a64_op2(t, DM_IR_OR, sz, keep, ins);
	} else if (kind == 0) {
		res = len >= w ? field : a64_emit(t, DM_IR_SEXT, sz, field, 0, 0, len);
		res = a64_shift(t, res, 0, pos, sf);
	} else {
		res = a64_shift(t, a64_zext(t, field, len), 0, pos, sf);
	}
	a64_set_x(t, A64_RD(insn), sf, res);
	return true;
}

A64_INSN(SBFM) { return bitfield(t, insn, 0); }
A64_INSN(BFM) { return bitfield(t, insn, 1); }
A64_INSN(UBFM) { return bitfield(t, insn, 2); }

/* ---- Extract (EXTR; ROR immediate when Rn = Rm) ---- */
A64_INSN(EXTR)
{
	bool sf = A64_SF(insn);
	unsigned lsb = a64_bits(insn, 15, 10);
	if (a64_bits(insn, 22, 22) != sf || (!sf && lsb >= 32)) return false;
	dm_temp hi = a64_get_x(t, A64_RN(insn), sf), lo = a64_get_x(t, A64_RM(insn), sf);
	a64_set_x(t, A64_RD(insn), sf, a64_emit(t, DM_IR_EXTR, sf ? 8 : 4, hi, lo, 0, lsb));
	return true;
}
