/* arch/arm/translate/mem.c: the only place that emits guest loads and stores
 * (little-endian memory), and the load/store families shared by A32 and T32:
 * single (LDR/STR with B, H, SB, SH), multiple (LDM/STM, PUSH/POP), dual
 * (LDRD/STRD).  A fault leaves registers as they were: loads complete
 * before any register or base write, stores before the base write. */
#include "arch/arm/translate.h"

dm_temp arm_ld(struct arm_tr *t, unsigned size, dm_temp addr) { return dm_ir_ld(t->b, size, addr, ARM_MEM); }
dm_temp arm_lds(struct arm_tr *t, unsigned size, dm_temp addr)
{
	dm_temp v = dm_ir_lds(t->b, size, addr, ARM_MEM);
	return dm_ir_emit(t->b, DM_IR_ZEXT, 8, v, 0, 0, 32);
}
void arm_st(struct arm_tr *t, unsigned size, dm_temp addr, dm_temp v) { dm_ir_st(t->b, size, addr, v, ARM_MEM); }

static dm_temp base_of(struct arm_tr *t, unsigned rn) { return rn == 15 ? arm_get_pc_align(t) : arm_get(t, rn); }

bool arm_ldst(struct arm_tr *t, bool load, unsigned size, bool sign, unsigned rt, unsigned rn, dm_temp offset,
	      bool add, bool pre, bool wback)
{
	if (wback && (rn == 15 || (rn == rt))) return false;   /* UNPREDICTABLE */
	dm_temp base = base_of(t, rn);
	dm_temp off_addr = arm_op2(t, add ? DM_IR_ADD : DM_IR_SUB, base, offset);
	dm_temp addr = pre ? off_addr : base;
	if (load) {
		dm_temp v = sign ? arm_lds(t, size, addr) : arm_ld(t, size, addr);
		if (wback) arm_set(t, rn, off_addr);
		if (rt == 15 && size != 4) return false;
		arm_set_pc_ok(t, rt, v, true);   /* LoadWritePC interworks */
	} else {
		arm_st(t, size, addr, arm_get(t, rt));
		if (wback) arm_set(t, rn, off_addr);
	}
	return true;
}

bool arm_ldstm(struct arm_tr *t, bool load, unsigned rn, uint32_t list, bool inc, bool before, bool wback)
{
	unsigned n = (unsigned)__builtin_popcount(list);
	if (rn == 15 || n == 0) return false;
	dm_temp base = arm_get(t, rn);
	uint32_t start = inc ? (before ? 4 : 0) : (before ? -4u * n : -4u * n + 4);
	dm_temp vals[16] = { 0 };
	unsigned k = 0;
	for (unsigned r = 0; r < 16; r++) {
		if (!(list >> r & 1)) continue;
		dm_temp a = arm_op2i(t, DM_IR_ADD, base, start + 4 * k++);
		if (load) vals[r] = arm_ld(t, 4, a);
		else arm_st(t, 4, a, arm_get(t, r));
	}
	/* with the base in a loaded list, the loaded value wins (ARMv7: UNPREDICTABLE) */
	if (wback) arm_set(t, rn, arm_op2i(t, inc ? DM_IR_ADD : DM_IR_SUB, base, 4 * n));
	if (load) {
		for (unsigned r = 0; r < 15; r++)
			if (vals[r]) arm_set(t, r, vals[r]);
		if (vals[15]) arm_set_pc_ok(t, 15, vals[15], true);
	}
	return true;
}

bool arm_ldstd(struct arm_tr *t, bool load, unsigned rt, unsigned rt2, unsigned rn, dm_temp offset, bool add,
	       bool pre, bool wback)
{
	if (rt == 15 || rt2 == 15 || (load && rt == rt2)) return false;
	if (wback && (rn == 15 || rn == rt || rn == rt2)) return false;
	dm_temp base = base_of(t, rn);
	dm_temp off_addr = arm_op2(t, add ? DM_IR_ADD : DM_IR_SUB, base, offset);
	dm_temp addr = pre ? off_addr : base;
	dm_temp addr2 = arm_op2i(t, DM_IR_ADD, addr, 4);
	if (load) {
		dm_temp a = arm_ld(t, 4, addr), b = arm_ld(t, 4, addr2);
		if (wback) arm_set(t, rn, off_addr);
		arm_set(t, rt, a);
		arm_set(t, rt2, b);
	} else {
		arm_st(t, 4, addr, arm_get(t, rt));
		arm_st(t, 4, addr2, arm_get(t, rt2));
		if (wback) arm_set(t, rn, off_addr);
	}
	return true;
}

/* ---- A32 encodings ------------------------------------------------------------ */

/* LDR/STR/LDRB/STRB: cccc 01 I P U B W L nnnn tttt oooooooooooo; P=0 W=1 is the
 * unprivileged form (LDRT...), which behaves the same in user mode */
bool arm_a32_ldst(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	bool reg = BIT(i, 25), p = BIT(i, 24), u = BIT(i, 23), byte = BIT(i, 22), w = BIT(i, 21), l = BIT(i, 20);
	unsigned rn = BITS(i, 19, 16), rt = BITS(i, 15, 12);
	dm_temp off;
	if (reg) {
		if (BITS(i, 3, 0) == 15) return false;
		off = arm_shift_imm(t, arm_get(t, BITS(i, 3, 0)), BITS(i, 6, 5), BITS(i, 11, 7), NULL);
	} else {
		off = arm_const(t, BITS(i, 11, 0));
	}
	if (byte && rt == 15) return false;
	return arm_ldst(t, l, byte ? 1 : 4, false, rt, rn, off, u, p, !p || w);
}

/* extra loads/stores: cccc 000 P U I W L nnnn tttt iiii 1 SH 1 iiii/mmmm
 * SH: 01 H, 10 LDRD / LDRSB, 11 STRD / LDRSH */
bool arm_a32_ldst_extra(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	bool p = BIT(i, 24), u = BIT(i, 23), imm = BIT(i, 22), w = BIT(i, 21), l = BIT(i, 20);
	unsigned rn = BITS(i, 19, 16), rt = BITS(i, 15, 12), sh = BITS(i, 6, 5);
	if (!p && w) return false;   /* the T forms: LDRHT and friends, not done */
	dm_temp off = imm ? arm_const(t, BITS(i, 11, 8) << 4 | BITS(i, 3, 0)) : arm_get(t, BITS(i, 3, 0));
	bool wb = !p || w;
	if (sh == 1) return arm_ldst(t, l, 2, false, rt, rn, off, u, p, wb);
	if (l) return arm_ldst(t, true, sh == 2 ? 1 : 2, true, rt, rn, off, u, p, wb);
	if (rt & 1) return false;
	return arm_ldstd(t, sh == 2, rt, rt + 1, rn, off, u, p, wb);
}

/* LDM/STM: cccc 100 P U 0 W L nnnn rrrrrrrrrrrrrrrr (bit 22 = 1: user-bank forms, refused) */
bool arm_a32_ldstm(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	if (BIT(i, 22)) return false;
	uint32_t list = BITS(i, 15, 0);
	if (!BIT(i, 20) && (list & 0x8000)) list &= 0xffff;   /* STM of the pc stores pc + 8 */
	return arm_ldstm(t, BIT(i, 20), BITS(i, 19, 16), list, BIT(i, 23), BIT(i, 24), BIT(i, 21));
}

/* ---- T32 32-bit encodings ---------------------------------------------------------
 * single: 1111100 S U(sz) L nnnn | tttt ...; sz in bits 22..21 (0 B, 1 H, 2 W) */
bool arm_t32_ldst(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned sz = BITS(i, 22, 21), rn = BITS(i, 19, 16), rt = BITS(i, 15, 12);
	bool sign = BIT(i, 24), l = BIT(i, 20), imm12 = BIT(i, 23);
	unsigned size = 1u << sz;
	if (sz == 3 || (sign && (!l || sz == 2))) return false;
	if (!l && rn == 15) return false;
	if (rt == 15 && l && size != 4) return true;   /* PLD, PLDW, PLI: hints, never a fault */
	if (rt == 15 && !l) return false;
	if (imm12 || rn == 15) {
		/* T3 (imm12, positive) or the literal form (U in bit 23) */
		bool add = rn == 15 ? BIT(i, 23) : true;
		return arm_ldst(t, l, size, sign, rt, rn, arm_const(t, BITS(i, 11, 0)), add, true, false);
	}
	if (BIT(i, 11)) {
		/* T4: 1 P U W iiiiiiii */
		bool p = BIT(i, 10), u = BIT(i, 9), w = BIT(i, 8);
		if (!p && !w) return false;
		/* P=1 U=1 W=0 is the unprivileged LDRT form: the same in user mode */
		return arm_ldst(t, l, size, sign, rt, rn, arm_const(t, BITS(i, 7, 0)), u, p, w);
	}
	if (BITS(i, 11, 6) != 0) return false;
	/* register: 000000 ii mmmm (LSL #imm2) */
	unsigned rm = BITS(i, 3, 0);
	if (rm == 15) return false;
	dm_temp off = arm_op2i(t, DM_IR_SHL, arm_get(t, rm), BITS(i, 5, 4));
	return arm_ldst(t, l, size, sign, rt, rn, off, true, true, false);
}

/* LDRD/STRD (immediate): 1110100 P U 1 W L nnnn | tttt tttt(2) iiiiiiii */
bool arm_t32_ldstd(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	bool p = BIT(i, 24), u = BIT(i, 23), w = BIT(i, 21), l = BIT(i, 20);
	if (!p && !w) return false;
	unsigned rn = BITS(i, 19, 16), rt = BITS(i, 15, 12), rt2 = BITS(i, 11, 8);
	if (!l && rn == 15) return false;
	return arm_ldstd(t, l, rt, rt2, rn, arm_const(t, BITS(i, 7, 0) * 4), u, p, w);
}

/* LDM/STM (IA, DB): 1110100 oo 0 W L nnnn | rrrrrrrrrrrrrrrr */
bool arm_t32_ldstm(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	uint32_t list = BITS(i, 15, 0);
	bool l = BIT(i, 20), inc = BITS(i, 24, 23) == 1;
	if (list & 0x2000) return false;
	if (!l && (list & 0x8000)) return false;
	if ((list & 0xc000) == 0xc000) return false;
	return arm_ldstm(t, l, BITS(i, 19, 16), list, inc, !inc, BIT(i, 21));
}

/* ---- T16 encodings ----------------------------------------------------------------- */

/* LDR literal: 01001 ttt iiiiiiii */
bool arm_t16_ldr_lit(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return arm_ldst(t, true, 4, false, BITS(i, 10, 8), 15, arm_const(t, BITS(i, 7, 0) * 4), true, true, false);
}

/* register offset: 0101 ooo mmm nnn ttt (STR STRH STRB LDRSB LDR LDRH LDRB LDRSH) */
bool arm_t16_ldst_reg(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	static const struct { uint8_t load, size, sign; } k[8] = {
		{ 0, 4, 0 }, { 0, 2, 0 }, { 0, 1, 0 }, { 1, 1, 1 }, { 1, 4, 0 }, { 1, 2, 0 }, { 1, 1, 0 }, { 1, 2, 1 },
	};
	unsigned op = BITS(i, 11, 9);
	return arm_ldst(t, k[op].load, k[op].size, k[op].sign, BITS(i, 2, 0), BITS(i, 5, 3), arm_get(t, BITS(i, 8, 6)),
			true, true, false);
}

/* immediate offset: 011 B L iiiii nnn ttt (word/byte), 1000 L iiiii nnn ttt (halfword) */
bool arm_t16_ldst_imm(struct arm_tr *t, uint32_t i, uint32_t size)
{
	unsigned imm = BITS(i, 10, 6) * size;
	return arm_ldst(t, BIT(i, 11), size, false, BITS(i, 2, 0), BITS(i, 5, 3), arm_const(t, imm), true, true, false);
}

/* sp-relative: 1001 L ttt iiiiiiii */
bool arm_t16_ldst_sp(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return arm_ldst(t, BIT(i, 11), 4, false, BITS(i, 10, 8), 13, arm_const(t, BITS(i, 7, 0) * 4), true, true, false);
}

/* PUSH: 1011010 M rrrrrrrr; POP: 1011110 P rrrrrrrr */
bool arm_t16_push(struct arm_tr *t, uint32_t i, uint32_t pop)
{
	uint32_t list = BITS(i, 7, 0) | BIT(i, 8) << (pop ? 15 : 14);
	return arm_ldstm(t, pop, 13, list, pop, !pop, true);
}

/* LDM/STM (IA): 1100 L nnn rrrrrrrr; LDM writes back unless rn is in the list */
bool arm_t16_ldstm(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rn = BITS(i, 10, 8);
	uint32_t list = BITS(i, 7, 0);
	bool l = BIT(i, 11);
	return arm_ldstm(t, l, rn, list, true, false, !l || !(list >> rn & 1));
}
