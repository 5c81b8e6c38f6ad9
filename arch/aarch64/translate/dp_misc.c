/* arch/aarch64/translate/dp_misc.c: Data-processing (1 source, 2 source,
 * 3 source): bit/byte reversal, counts, divide, variable shifts, CRC32,
 * multiply-add and long/high multiplies. */
#include "arch/aarch64/simd/crypto_crc.h"
#include "arch/aarch64/translate.h"

/* ---- 1 source ---- */
static bool unop(struct a64_tr *t, uint32_t insn, enum dm_ir_op op)
{
	bool sf = A64_SF(insn);
	a64_set_x(t, A64_RD(insn), sf, a64_op1(t, op, sf ? 8 : 4, a64_get_x(t, A64_RN(insn), sf)));
	return true;
}

A64_INSN(RBIT_int) { return unop(t, insn, DM_IR_RBIT); }
A64_INSN(CLZ_int) { return unop(t, insn, DM_IR_CLZ); }
A64_INSN(CLS_int) { return unop(t, insn, DM_IR_CLS); }
A64_INSN(REV64) { return unop(t, insn, DM_IR_BSWAP); }

/* REV16: swap the bytes of every halfword. */
A64_INSN(REV16_int)
{
	bool sf = A64_SF(insn);
	unsigned sz = sf ? 8 : 4;
	uint64_t lo = sf ? 0x00ff00ff00ff00ffull : 0x00ff00ffull;
	dm_temp v = a64_get_x(t, A64_RN(insn), sf);
	dm_temp a = a64_op2i(t, DM_IR_AND, sz, a64_op2i(t, DM_IR_SHR, sz, v, 8), lo);
	dm_temp b = a64_op2i(t, DM_IR_SHL, sz, a64_op2i(t, DM_IR_AND, sz, v, lo), 8);
	a64_set_x(t, A64_RD(insn), sf, a64_op2(t, DM_IR_OR, sz, a, b));
	return true;
}

/* opcode 000010: REV of a W register, REV32 (bytes of each word) of an X register */
A64_INSN(REV32_REV)
{
	bool sf = A64_SF(insn);
	dm_temp v = a64_op1(t, DM_IR_BSWAP, sf ? 8 : 4, a64_get_x(t, A64_RN(insn), sf));
	if (sf) v = a64_op2i(t, DM_IR_ROR, 8, v, 32);
	a64_set_x(t, A64_RD(insn), sf, v);
	return true;
}

/* ---- 2 source ---- */
static bool binop(struct a64_tr *t, uint32_t insn, enum dm_ir_op op)
{
	bool sf = A64_SF(insn);
	dm_temp n = a64_get_x(t, A64_RN(insn), sf), m = a64_get_x(t, A64_RM(insn), sf);
	a64_set_x(t, A64_RD(insn), sf, a64_op2(t, op, sf ? 8 : 4, n, m));
	return true;
}

A64_INSN(UDIV) { return binop(t, insn, DM_IR_UDIV); }
A64_INSN(SDIV) { return binop(t, insn, DM_IR_SDIV); }
A64_INSN(LSLV) { return binop(t, insn, DM_IR_SHL); }   /* IR shifts are modulo the width, as A64's */
A64_INSN(LSRV) { return binop(t, insn, DM_IR_SHR); }
A64_INSN(ASRV) { return binop(t, insn, DM_IR_SAR); }
A64_INSN(RORV) { return binop(t, insn, DM_IR_ROR); }

/* CRC32/CRC32C: bit-reflected CRC of `c` bytes of b into a (out of line:
 * simd/crypto_crc.c, the host's crc32 instruction for CRC32C when it has one). */
static bool crc(struct a64_tr *t, uint32_t insn, dm_helper_fn fn)
{
	unsigned sz = a64_bits(insn, 11, 10);
	if ((sz == 3) != A64_SF(insn)) return false;
	dm_temp acc = a64_get_x(t, A64_RN(insn), false), val = a64_get_x(t, A64_RM(insn), sz == 3);
	a64_set_x(t, A64_RD(insn), false, a64_call(t, fn, acc, val, a64_const(t, 1u << sz)));
	return true;
}

A64_INSN(CRC32) { return crc(t, insn, a64_crc32_helper); }
A64_INSN(CRC32C) { return crc(t, insn, a64_crc32c_helper); }

/* ---- 3 source ---- */
static bool madd(struct a64_tr *t, uint32_t insn, bool sub)
{
	bool sf = A64_SF(insn);
	unsigned sz = sf ? 8 : 4;
	dm_temp p = a64_op2(t, DM_IR_MUL, sz, a64_get_x(t, A64_RN(insn), sf), a64_get_x(t, A64_RM(insn), sf));
	dm_temp r = a64_op2(t, sub ? DM_IR_SUB : DM_IR_ADD, sz, a64_get_x(t, A64_RA(insn), sf), p);
	a64_set_x(t, A64_RD(insn), sf, r);
	return true;
}

A64_INSN(MADD) { return madd(t, insn, false); }
A64_INSN(MSUB) { return madd(t, insn, true); }

/* Xd = Xa +/- ext(Wn) * ext(Wm): a 64-bit product of extended 32-bit values */
static bool maddl(struct a64_tr *t, uint32_t insn, bool is_signed, bool sub)
{
	dm_temp n = a64_get_x(t, A64_RN(insn), false), m = a64_get_x(t, A64_RM(insn), false);
	if (is_signed) n = a64_sext(t, n, 32), m = a64_sext(t, m, 32);
	dm_temp p = a64_op2(t, DM_IR_MUL, 8, n, m);
	a64_set_x(t, A64_RD(insn), true, a64_op2(t, sub ? DM_IR_SUB : DM_IR_ADD, 8, a64_get_x(t, A64_RA(insn), true), p));
	return true;
}

A64_INSN(SMADDL) { return maddl(t, insn, true, false); }
A64_INSN(SMSUBL) { return maddl(t, insn, true, true); }
A64_INSN(UMADDL) { return maddl(t, insn, false, false); }
A64_INSN(UMSUBL) { return maddl(t, insn, false, true); }

static bool mulh(struct a64_tr *t, uint32_t insn, enum dm_ir_op op)
{
	dm_temp n = a64_get_x(t, A64_RN(insn), true), m = a64_get_x(t, A64_RM(insn), true);
	a64_set_x(t, A64_RD(insn), true, a64_op2(t, op, 8, n, m));
	return true;
}

A64_INSN(SMULH) { return mulh(t, insn, DM_IR_SMULH); }
A64_INSN(UMULH) { return mulh(t, insn, DM_IR_UMULH); }
