/* arch/arm/translate/common.c: registers (the pc as an operand and as a
 * destination), the flags in the IR's layout, and the barrel shifter with
 * its carry out, shared by the A32 and T32 handlers. */
#include "arch/arm/translate.h"

dm_temp arm_get(struct arm_tr *t, unsigned r)
{
	if (r == 15) return arm_const(t, (uint32_t)(t->pc + (t->thumb ? 4 : 8)));
	return dm_ir_get(t->b, 4, ARM_OFF_R(r));
}

dm_temp arm_get_pc_align(struct arm_tr *t) { return arm_const(t, (uint32_t)(t->pc + (t->thumb ? 4 : 8)) & ~3u); }

void arm_set(struct arm_tr *t, unsigned r, dm_temp v) { dm_ir_put(t->b, 4, ARM_OFF_R(r), v); }

void arm_set_pc_ok(struct arm_tr *t, unsigned r, dm_temp v, bool interwork)
{
	if (r != 15) {
		arm_set(t, r, v);
		return;
	}
	dm_temp target;
	if (interwork) {
		/* BXWritePC: bit 0 set -> Thumb (kept as the pc's bit 0), else A32 at a word address */
		dm_temp thumb = arm_op2i(t, DM_IR_AND, v, 1);
		target = arm_select(t, thumb, v, arm_op2i(t, DM_IR_AND, v, ~3u));
	} else if (t->thumb) {
		target = arm_op2i(t, DM_IR_OR, v, 1);
	} else {
		target = arm_op2i(t, DM_IR_AND, v, ~3u);
	}
	arm_exit_ind(t, target);
}

dm_temp arm_flags(struct arm_tr *t) { return dm_ir_get(t->b, 4, ARM_OFF_FLAGS); }
void arm_set_flags(struct arm_tr *t, dm_temp f) { dm_ir_put(t->b, 4, ARM_OFF_FLAGS, f); }
dm_temp arm_carry(struct arm_tr *t) { return arm_cond(t, arm_flags(t), DM_COND_UGE); }   /* CS */

void arm_set_nz_c(struct arm_tr *t, dm_temp result, dm_temp carry)
{
	dm_temp nz = arm_op1(t, DM_IR_LOGICF, result);
	dm_temp v = arm_op2i(t, DM_IR_AND, arm_flags(t), DM_FLAG_V);
	dm_temp c = arm_op2i(t, DM_IR_SHL, carry, 1);
	arm_set_flags(t, arm_op2(t, DM_IR_OR, arm_op2(t, DM_IR_OR, nz, c), v));
}

static dm_temp bit_of(struct arm_tr *t, dm_temp v, unsigned n) { return arm_op2i(t, DM_IR_AND, arm_op2i(t, DM_IR_SHR, v, n), 1); }

dm_temp arm_shift_imm(struct arm_tr *t, dm_temp v, unsigned type, unsigned n, dm_temp *carry)
{
	dm_temp r;
	switch (type) {
	case ARM_LSL:
		if (n == 0) {
			if (carry) *carry = arm_carry(t);
			return v;
		}
		if (carry) *carry = bit_of(t, v, 32 - n);
		return arm_op2i(t, DM_IR_SHL, v, n);
	case ARM_LSR:
		if (n == 0) n = 32;
		if (carry) *carry = bit_of(t, v, n - 1);
		return n == 32 ? arm_const(t, 0) : arm_op2i(t, DM_IR_SHR, v, n);
	case ARM_ASR:
		if (n == 0) n = 32;
		if (carry) *carry = bit_of(t, v, n - 1);
		return arm_op2i(t, DM_IR_SAR, v, n == 32 ? 31 : n);
	default:
		if (n == 0) {   /* RRX */
			r = arm_op2(t, DM_IR_OR, arm_op2i(t, DM_IR_SHR, v, 1), arm_op2i(t, DM_IR_SHL, arm_carry(t), 31));
			if (carry) *carry = arm_op2i(t, DM_IR_AND, v, 1);
			return r;
		}
		r = arm_op2i(t, DM_IR_ROR, v, n);
		if (carry) *carry = bit_of(t, r, 31);
		return r;
	}
}

/* Amounts 0..255 from the register's bottom byte.  LSL/LSR/ASR work on 64
 * bits with the amount clamped to 33, which gives 0 (or the sign) and the
 * right carry for every amount of 32 and more. */
dm_temp arm_shift_reg(struct arm_tr *t, dm_temp v, unsigned type, dm_temp amount, dm_temp *carry)
{
	dm_temp amt = arm_op2i(t, DM_IR_AND, amount, 0xff);
	dm_temp zero = arm_rel(t, DM_COND_EQ, amt, arm_const(t, 0));
	dm_temp r, c;
	if (type == ARM_ROR) {
		r = arm_op2(t, DM_IR_ROR, v, amt);
		c = bit_of(t, r, 31);
	} else {
		dm_temp a33 = arm_select(t, arm_rel(t, DM_COND_ULT, amt, arm_const(t, 33)), amt, arm_const(t, 33));
		if (type == ARM_LSL) {
			dm_temp w = dm_ir_op2(t->b, DM_IR_SHL, 8, v, a33);
			r = dm_ir_emit(t->b, DM_IR_ZEXT, 8, w, 0, 0, 32);
			c = dm_ir_op2(t->b, DM_IR_AND, 8, dm_ir_op2(t->b, DM_IR_SHR, 8, w, arm_const(t, 32)), arm_const(t, 1));
		} else {
			dm_temp w = type == ARM_ASR ? dm_ir_emit(t->b, DM_IR_SEXT, 8, v, 0, 0, 32) : v;
			w = dm_ir_op2(t->b, DM_IR_SHL, 8, w, arm_const(t, 1));
			w = dm_ir_op2(t->b, type == ARM_ASR ? DM_IR_SAR : DM_IR_SHR, 8, w, a33);
			c = dm_ir_op2(t->b, DM_IR_AND, 8, w, arm_const(t, 1));
			r = dm_ir_emit(t->b, DM_IR_ZEXT, 8, dm_ir_op2(t->b, DM_IR_SHR, 8, w, arm_const(t, 1)), 0, 0, 32);
		}
	}
	if (carry) *carry = arm_select(t, zero, arm_carry(t), c);
	return r;
}

uint32_t arm_expand_imm_a32(uint32_t imm12, int *carry)
{
	unsigned rot = 2 * (imm12 >> 8);
	uint32_t v = imm12 & 0xff;
	if (rot) v = v >> rot | v << (32 - rot);
	*carry = rot ? (int)(v >> 31) : -1;
	return v;
}

bool arm_expand_imm_t32(uint32_t imm12, uint32_t *value, int *carry)
{
	uint32_t b = imm12 & 0xff;
	*carry = -1;
	if (!(imm12 & 0xc00)) {
		switch ((imm12 >> 8) & 3) {
		case 0: *value = b; break;
		case 1: *value = b << 16 | b; break;
		case 2: *value = b << 24 | b << 8; break;
		default: *value = b << 24 | b << 16 | b << 8 | b; break;
		}
		return !(((imm12 >> 8) & 3) && b == 0);   /* UNPREDICTABLE: refused */
	}
	uint32_t u = 0x80 | (imm12 & 0x7f);
	unsigned rot = imm12 >> 7;
	*value = u >> rot | u << (32 - rot);
	*carry = (int)(*value >> 31);
	return true;
}
