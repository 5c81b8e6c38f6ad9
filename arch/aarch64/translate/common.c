/* arch/aarch64/translate/common.c: the IR-building helpers of translate.h
 * (registers, flags, operand shifts/extends, bit masks, V registers, exits). */
#include "arch/aarch64/translate.h"

/* Ops whose size-4 result is already zero-extended: a W write after one of
 * them needs no extra ZEXT. */
static bool zero_extended32(struct a64_tr *t, dm_temp v)
{
	const struct dm_ir_block *b = t->b;
	if (!b->n) return false;
	const struct dm_ir_insn *x = &b->insn[b->n - 1];
	if (x->dst != v) return false;
	switch (x->op) {
	case DM_IR_GET: case DM_IR_LD: case DM_IR_CONST: case DM_IR_SEXT: case DM_IR_LDS:
		return false;            /* width is not the operating width for these */
	case DM_IR_FTOSI: case DM_IR_FTOUI:
		return (x->size & 15) == 4;   /* low nibble: the integer result's width */
	default:
		return x->size == 4;
	}
}

dm_temp a64_get_x(struct a64_tr *t, unsigned r, bool sf)
{
	if (r == 31) return a64_const(t, 0);
	return dm_ir_get(t->b, sf ? 8 : 4, A64_OFF_X(r));
}

dm_temp a64_get_xsp(struct a64_tr *t, unsigned r, bool sf)
{
	return dm_ir_get(t->b, sf ? 8 : 4, A64_OFF_X(r));   /* x[31] is SP */
}

void a64_set_xsp(struct a64_tr *t, unsigned r, bool sf, dm_temp v)
{
	if (!sf && !zero_extended32(t, v)) v = a64_zext(t, v, 32);
	dm_ir_put(t->b, 8, A64_OFF_X(r), v);
}

void a64_set_x(struct a64_tr *t, unsigned r, bool sf, dm_temp v)
{
	if (r == 31) return;
	a64_set_xsp(t, r, sf, v);
}

/* PSTATE keeps NZCV in bits 31..28 (MRS/MSR, signal frames see it there);
 * the JIT folds the shift pair when a block sets flags and reads them back */
dm_temp a64_get_nzcv(struct a64_tr *t) { return a64_op2i(t, DM_IR_SHR, 8, dm_ir_get(t->b, 8, A64_OFF_NZCV), 28); }
void a64_set_nzcv(struct a64_tr *t, dm_temp nzcv) { dm_ir_put(t->b, 8, A64_OFF_NZCV, a64_op2i(t, DM_IR_SHL, 8, nzcv, 28)); }
/* selecting in PSTATE's layout keeps the shift next to the flag op, where the JIT folds it */
void a64_set_nzcv_if(struct a64_tr *t, dm_temp c, dm_temp nzcv, unsigned imm4)
{
	dm_temp v = a64_op2i(t, DM_IR_SHL, 8, nzcv, 28);
	dm_ir_put(t->b, 8, A64_OFF_NZCV, a64_emit(t, DM_IR_SELECT, 8, c, v, a64_const(t, (uint64_t)imm4 << 28), 0));
}

dm_temp a64_get_carry(struct a64_tr *t)
{
	return a64_op2i(t, DM_IR_SHR, 8, a64_get_nzcv(t), 1);
}

dm_temp a64_cond(struct a64_tr *t, unsigned cond)
{
	if (cond >= 14) return a64_const(t, 1);
	return a64_emit(t, DM_IR_COND, 8, a64_get_nzcv(t), 0, 0, cond);   /* A64's cond numbering is enum dm_cond's */
}

dm_temp a64_shift(struct a64_tr *t, dm_temp v, unsigned type, unsigned amount, bool sf)
{
	static const enum dm_ir_op ops[4] = { DM_IR_SHL, DM_IR_SHR, DM_IR_SAR, DM_IR_ROR };
	if (!amount) return v;
	return a64_op2i(t, ops[type & 3], sf ? 8 : 4, v, amount);
}

dm_temp a64_extend(struct a64_tr *t, dm_temp v, unsigned option, unsigned shift)
{
	unsigned bits = 8u << (option & 3);
	v = (option & 4) ? a64_sext(t, v, bits) : a64_zext(t, v, bits);
	return shift ? a64_op2i(t, DM_IR_SHL, 8, v, shift) : v;
}

static uint64_t ones(unsigned n) { return n >= 64 ? ~0ull : (1ull << n) - 1; }
static uint64_t ror(uint64_t v, unsigned r, unsigned esize) { r %= esize; return r ? ((v >> r) | (v << (esize - r))) & ones(esize) : v; }

/* Arm ARM DecodeBitMasks(immN, imms, immr, immediate = TRUE), wmask only. */
bool a64_decode_bitmask(unsigned n, unsigned imms, unsigned immr, bool sf, uint64_t *wmask)
{
	unsigned v = (n << 6) | (~imms & 63), len = 0;
	for (int i = 6; i >= 0; i--)
		if (v & (1u << i)) { len = (unsigned)i; break; }
	if (!v || len < 1 || (!sf && n)) return false;
	unsigned levels = (1u << len) - 1, s = imms & levels, r = immr & levels, esize = 1u << len;
	if (s == levels) return false;   /* all-ones element is reserved */
	uint64_t elem = ror(ones(s + 1), r, esize);
	for (unsigned k = esize; k < 64; k *= 2) elem |= elem << k;
	*wmask = sf ? elem : elem & 0xffffffffu;
	return true;
}

dm_temp a64_addr_imm(struct a64_tr *t, unsigned rn, int64_t off)
{
	return a64_addi(t, a64_get_xsp(t, rn, true), off);
}

void a64_vzero_from(struct a64_tr *t, unsigned r, unsigned from)
{
	dm_temp z = a64_const(t, 0);
	for (unsigned at = from; at < 16;) {
		unsigned n = at % 8 == 0 ? 8 : at % 4 == 0 ? 4 : at % 2 == 0 ? 2 : 1;
		a64_vput(t, r, at, n, z);
		at += n;
	}
}

void a64_vload(struct a64_tr *t, unsigned r, unsigned size, dm_temp addr)
{
	if (size == 16) {
		dm_temp lo = a64_ld(t, 8, addr), hi = a64_ld(t, 8, a64_addi(t, addr, 8));
		a64_vput(t, r, 0, 8, lo);
		a64_vput(t, r, 8, 8, hi);
		return;
	}
	a64_vput(t, r, 0, 8, a64_ld(t, size, addr));   /* LD zero-extends to 64 bits */
	a64_vput(t, r, 8, 8, a64_const(t, 0));
}

void a64_vstore(struct a64_tr *t, unsigned r, unsigned size, dm_temp addr)
{
	if (size == 16) {
		dm_temp lo = a64_vget(t, r, 0, 8), hi = a64_vget(t, r, 8, 8);
		a64_st(t, 8, addr, lo);
		a64_st(t, 8, a64_addi(t, addr, 8), hi);
		return;
	}
	a64_st(t, size, addr, a64_vget(t, r, 0, size));
}

void a64_exit(struct a64_tr *t, uint64_t next_pc)
{
	a64_emit(t, DM_IR_EXIT, 8, 0, 0, 0, next_pc);
	t->end_block = true;
}

void a64_exit_ind(struct a64_tr *t, dm_temp next_pc)
{
	a64_emit(t, DM_IR_EXITR, 8, next_pc, 0, 0, 0);
	t->end_block = true;
}

void a64_trap(struct a64_tr *t, enum dm_trap kind, uint64_t value)
{
	a64_emit(t, DM_IR_TRAP, 8, 0, 0, 0, (uint64_t)kind | value << 8);
	t->end_block = true;
}
