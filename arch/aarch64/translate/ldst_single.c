/* arch/aarch64/translate/ldst_single.c: Load/store register (literal,
 * unscaled immediate, immediate post/pre-indexed, unprivileged, register
 * offset, unsigned immediate), integer and SIMD&FP, and PRFM/PRFUM. */
#include "arch/aarch64/translate.h"

/* One integer access.  size: log2 bytes; opc: 0 store, 1 load (zero-extend),
 * 2 load sign-extended to 64 bits, 3 load sign-extended to 32 bits. */
static bool int_access(struct a64_tr *t, unsigned size, unsigned opc, unsigned rt, dm_temp addr)
{
	unsigned bytes = 1u << size;
	switch (opc) {
	case 0: a64_st(t, bytes, addr, a64_get_x(t, rt, true)); return true;
	case 1: a64_set_x(t, rt, true, a64_ld(t, bytes, addr)); return true;
	case 2: if (size == 3) return false; a64_set_x(t, rt, true, a64_lds(t, bytes, addr)); return true;
	default: if (size >= 2) return false; a64_set_x(t, rt, false, a64_lds(t, bytes, addr)); return true;
	}
}

/* SIMD&FP: size:opc give the width (opc<1> with size 0 is Q) and direction. */
static bool fp_width(uint32_t insn, unsigned *bytes, bool *load)
{
	unsigned size = a64_bits(insn, 31, 30), opc = a64_bits(insn, 23, 22);
	if (opc & 2) {
		if (size) return false;
		*bytes = 16;
	} else {
		*bytes = 1u << size;
	}
	*load = opc & 1;
	return true;
}

static void fp_access(struct a64_tr *t, unsigned bytes, bool load, unsigned rt, dm_temp addr)
{
	if (load) a64_vload(t, rt, bytes, addr);
	else a64_vstore(t, rt, bytes, addr);
}

/* Addressing modes.  imm9 forms (bits 11..10): 00 unscaled, 01 post-index,
 * 10 unprivileged (same as unscaled at EL0), 11 pre-index.  The base is
 * written back after the access, so a load with Rt = Rn (UNPREDICTABLE)
 * ends with the written-back address, as on QEMU. */
static dm_temp imm9_addr(struct a64_tr *t, uint32_t insn, dm_temp *wb)
{
	unsigned mode = a64_bits(insn, 11, 10);
	dm_temp base = a64_get_xsp(t, A64_RN(insn), true);
	dm_temp moved = a64_addi(t, base, a64_sbits(insn, 20, 12));
	*wb = (mode & 1) ? moved : 0;
	return mode == 1 ? base : moved;
}

static dm_temp reg_addr(struct a64_tr *t, uint32_t insn, unsigned scale, bool *ok)
{
	unsigned option = a64_bits(insn, 15, 13);
	*ok = option & 2;   /* option<1> = 0 (UXTB/UXTH/SXTB/SXTH) is reserved */
	dm_temp off = a64_extend(t, a64_get_x(t, A64_RM(insn), true), option, a64_bits(insn, 12, 12) ? scale : 0);
	return a64_op2(t, DM_IR_ADD, 8, a64_get_xsp(t, A64_RN(insn), true), off);
}

static void writeback(struct a64_tr *t, uint32_t insn, dm_temp wb)
{
	if (wb) a64_set_xsp(t, A64_RN(insn), true, wb);
}

/* ---- integer ---- */
A64_INSN(LDST_imm9)
{
	dm_temp wb, addr = imm9_addr(t, insn, &wb);
	unsigned size = a64_bits(insn, 31, 30), opc = a64_bits(insn, 23, 22);
	if (!int_access(t, size, opc, A64_RT(insn), addr)) return false;
	writeback(t, insn, wb);
	return true;
}

A64_INSN(LDST_reg)
{
	unsigned size = a64_bits(insn, 31, 30);
	bool ok;
	dm_temp addr = reg_addr(t, insn, size, &ok);
	return ok && int_access(t, size, a64_bits(insn, 23, 22), A64_RT(insn), addr);
}

A64_INSN(LDST_uimm)
{
	unsigned size = a64_bits(insn, 31, 30);
	dm_temp addr = a64_addr_imm(t, A64_RN(insn), (int64_t)a64_bits(insn, 21, 10) << size);
	return int_access(t, size, a64_bits(insn, 23, 22), A64_RT(insn), addr);
}

A64_INSN(LDR_lit)
{
	dm_temp addr = a64_const(t, t->pc + (uint64_t)(a64_sbits(insn, 23, 5) * 4));
	a64_set_x(t, A64_RT(insn), true, a64_ld(t, a64_bits(insn, 30, 30) ? 8 : 4, addr));
	return true;
}

A64_INSN(LDRSW_lit)
{
	dm_temp addr = a64_const(t, t->pc + (uint64_t)(a64_sbits(insn, 23, 5) * 4));
	a64_set_x(t, A64_RT(insn), true, a64_lds(t, 4, addr));
	return true;
}

/* Prefetches are hints: no access, no fault. */
A64_INSN(PRFM_lit) { return true; }
A64_INSN(PRFUM) { return true; }
A64_INSN(PRFM_imm) { return true; }
A64_INSN(PRFM_reg) { return a64_bits(insn, 14, 14) != 0; }   /* option<1> = 0 is reserved */

/* ---- SIMD&FP registers: B, H, S, D, Q ---- */
A64_INSN(LDST_imm9_fpsimd)
{
	unsigned bytes;
	bool load;
	if (!fp_width(insn, &bytes, &load) || a64_bits(insn, 11, 10) == 2) return false;   /* no LDTR for V */
	dm_temp wb, addr = imm9_addr(t, insn, &wb);
	fp_access(t, bytes, load, A64_RT(insn), addr);
	writeback(t, insn, wb);
	return true;
}

A64_INSN(LDST_reg_fpsimd)
{
	unsigned bytes;
	bool load, ok;
	if (!fp_width(insn, &bytes, &load)) return false;
	dm_temp addr = reg_addr(t, insn, (unsigned)__builtin_ctz(bytes), &ok);
	if (!ok) return false;
	fp_access(t, bytes, load, A64_RT(insn), addr);
	return true;
}

A64_INSN(LDST_uimm_fpsimd)
{
	unsigned bytes;
	bool load;
	if (!fp_width(insn, &bytes, &load)) return false;
	dm_temp addr = a64_addr_imm(t, A64_RN(insn), (int64_t)a64_bits(insn, 21, 10) * bytes);
	fp_access(t, bytes, load, A64_RT(insn), addr);
	return true;
}

A64_INSN(LDR_lit_fpsimd)
{
	unsigned opc = a64_bits(insn, 31, 30);
	if (opc == 3) return false;
	dm_temp addr = a64_const(t, t->pc + (uint64_t)(a64_sbits(insn, 23, 5) * 4));
	a64_vload(t, A64_RT(insn), 4u << opc, addr);
	return true;
}
