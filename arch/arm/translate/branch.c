/* arch/arm/translate/branch.c: branches in A32 and T32: B, BL, BLX
 * (immediate: switches state), BX/BLX (register: interworking), CBZ/CBNZ,
 * TBB/TBH.  The target pc carries the Thumb bit (cpu.h); the condition of a
 * conditional branch is applied by translate_block.c like any other. */
#include "arch/arm/translate.h"

static bool branch(struct arm_tr *t, uint32_t target, bool thumb, bool link)
{
	if (link) arm_set(t, 14, arm_const(t, t->next | (t->thumb ? 1 : 0)));
	arm_exit(t, thumb ? (target | 1) : (target & ~3u));
	return true;
}

/* B/BL: cccc 101 L iiii... */
bool arm_a32_b(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return branch(t, t->pc + 8 + (uint32_t)(arm_sext(BITS(i, 23, 0), 24) * 4), false, BIT(i, 24));
}

/* BLX (immediate): 1111 101 H iiii...: to Thumb */
bool arm_a32_blx_imm(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return branch(t, t->pc + 8 + (uint32_t)(arm_sext(BITS(i, 23, 0), 24) * 4) + BIT(i, 24) * 2, true, true);
}

static bool bx(struct arm_tr *t, unsigned rm, bool link)
{
	dm_temp target = arm_get(t, rm);
	if (link) arm_set(t, 14, arm_const(t, t->next | (t->thumb ? 1 : 0)));
	arm_set_pc_ok(t, 15, target, true);
	return true;
}

/* BX/BLX (register): cccc 00010010 1111 1111 1111 00L1 mmmm */
bool arm_a32_bx(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rm = BITS(i, 3, 0);
	if (BIT(i, 5) && rm == 15) return false;
	return bx(t, rm, BIT(i, 5));
}

/* T16 BX/BLX: 010001 11 L mmmm 000 */
bool arm_t16_bx(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rm = BITS(i, 6, 3);
	if (BIT(i, 7) && rm == 15) return false;
	return bx(t, rm, BIT(i, 7));
}

/* B (T1, conditional: 1101 cccc iiiiiiii; the condition is handled outside) */
bool arm_t16_bcond(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return branch(t, t->pc + 4 + (uint32_t)(arm_sext(BITS(i, 7, 0), 8) * 2), true, false);
}

/* B (T2): 11100 iiiiiiiiiii */
bool arm_t16_b(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	return branch(t, t->pc + 4 + (uint32_t)(arm_sext(BITS(i, 10, 0), 11) * 2), true, false);
}

/* CBZ/CBNZ: 1011 N 0 i 1 iiiii nnn (not in an IT block) */
bool arm_t16_cbz(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	if (t->in_it) return false;
	uint32_t target = t->pc + 4 + (BIT(i, 9) << 6 | BITS(i, 7, 3) << 1);
	dm_temp zero = arm_rel(t, BIT(i, 11) ? DM_COND_NE : DM_COND_EQ, arm_get(t, BITS(i, 2, 0)), arm_const(t, 0));
	dm_ir_emit(t->b, DM_IR_BRCOND, 8, zero, 0, 0, target | 1);
	arm_exit(t, arm_next_pc(t));
	return true;
}

/* T32 B/BL/BLX: 11110 S iiiiiiiiii | 1 J1 x J2 iiiiiiiiiii
 * T3 (conditional, x = 0 and bit 12 = 0): 11110 S cccc iiiiii | 10 J1 0 J2 iiiiiiiiiii */
bool arm_t32_b(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	uint32_t s = BIT(i, 26), j1 = BIT(i, 13), j2 = BIT(i, 11);
	if (!BIT(i, 12) && !BIT(i, 14)) {
		/* T3: the condition is handled outside */
		uint32_t off = s << 20 | j2 << 19 | j1 << 18 | BITS(i, 21, 16) << 12 | BITS(i, 10, 0) << 1;
		return branch(t, t->pc + 4 + (uint32_t)arm_sext(off, 21), true, false);
	}
	uint32_t i1 = !(j1 ^ s), i2 = !(j2 ^ s);
	uint32_t off = s << 24 | i1 << 23 | i2 << 22 | BITS(i, 25, 16) << 12 | BITS(i, 10, 0) << 1;
	uint32_t target = t->pc + 4 + (uint32_t)arm_sext(off, 25);
	bool link = BIT(i, 14);
	if (link && !BIT(i, 12)) {   /* BLX: to A32, from Align(PC, 4) */
		if (BIT(i, 0)) return false;
		return branch(t, ((t->pc + 4) & ~3u) + (uint32_t)arm_sext(off, 25), false, true);
	}
	return branch(t, target, true, link);
}

/* TBB/TBH: 111010001101 nnnn | 1111 0000 000H mmmm */
bool arm_t32_tbb(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rn = BITS(i, 19, 16), rm = BITS(i, 3, 0);
	bool h = BIT(i, 4);
	if (rm == 15) return false;
	dm_temp idx = arm_get(t, rm);
	if (h) idx = arm_op2i(t, DM_IR_SHL, idx, 1);
	dm_temp half = arm_ld(t, h ? 2 : 1, arm_op2(t, DM_IR_ADD, arm_get(t, rn), idx));
	dm_temp target = arm_op2i(t, DM_IR_ADD, arm_op2i(t, DM_IR_SHL, half, 1), (t->pc + 4) | 1);
	arm_exit_ind(t, target);
	return true;
}
