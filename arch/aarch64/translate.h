/* arch/aarch64/translate.h: the A64 translator context and the IR-building
 * helpers every handler uses (base ISA here, FP/SIMD in arch/aarch64/simd/).
 * A handler is `bool a64_NAME(struct a64_tr *t, uint32_t insn)`, named after
 * its decode-table row INST(NAME, ...); it appends IR for one instruction and
 * returns false for an unallocated/unimplemented encoding, in which case the
 * block builder throws away what the handler emitted and ends the block with
 * TRAP(DM_TRAP_UNDEF) at that pc.  This API is shared: keep it stable. */
#ifndef DM_A64_TRANSLATE_H
#define DM_A64_TRANSLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "arch/aarch64/cpu.h"
#include "emu/dbt/helpers.h"
#include "emu/dbt/ir.h"

struct a64_tr {
	struct dm_ir_block *b;
	uint64_t pc;                 /* address of the instruction being translated */
	uint32_t insn;
	bool end_block;              /* set by a handler that left the block (branch, SVC, trap) */
};

/* Declares (or defines) the handler of table row NAME. */
#define A64_INSN(name) bool a64_##name(struct a64_tr *t, uint32_t insn)

/* ---- instruction fields ---------------------------------------------------- */
static inline uint32_t a64_bits(uint32_t insn, unsigned hi, unsigned lo) { return (insn >> lo) & ((2u << (hi - lo)) - 1); }
static inline int64_t a64_sbits(uint32_t insn, unsigned hi, unsigned lo)
{
	unsigned n = hi - lo + 1;
	return (int64_t)((uint64_t)a64_bits(insn, hi, lo) << (64 - n)) >> (64 - n);
}
#define A64_RD(i) ((i) & 31)
#define A64_RT(i) ((i) & 31)
#define A64_RN(i) (((i) >> 5) & 31)
#define A64_RT2(i) (((i) >> 10) & 31)
#define A64_RA(i) (((i) >> 10) & 31)
#define A64_RM(i) (((i) >> 16) & 31)
#define A64_RS(i) (((i) >> 16) & 31)
#define A64_SF(i) ((i) >> 31)              /* 1: 64-bit operation */

/* ---- IR shorthands ----------------------------------------------------------- */
static inline dm_temp a64_const(struct a64_tr *t, uint64_t v) { return dm_ir_const(t->b, v); }
static inline dm_temp a64_op2(struct a64_tr *t, enum dm_ir_op op, unsigned size, dm_temp a, dm_temp b) { return dm_ir_op2(t->b, op, size, a, b); }
static inline dm_temp a64_op1(struct a64_tr *t, enum dm_ir_op op, unsigned size, dm_temp a) { return dm_ir_op1(t->b, op, size, a); }
static inline dm_temp a64_op2i(struct a64_tr *t, enum dm_ir_op op, unsigned size, dm_temp a, uint64_t imm) { return dm_ir_op2(t->b, op, size, a, a64_const(t, imm)); }
static inline dm_temp a64_emit(struct a64_tr *t, enum dm_ir_op op, unsigned size, dm_temp a, dm_temp b, dm_temp c, uint64_t imm) { return dm_ir_emit(t->b, op, size, a, b, c, imm); }
/* sign- / zero-extend the low `bits` bits of a (to 64 bits) */
static inline dm_temp a64_sext(struct a64_tr *t, dm_temp a, unsigned bits) { return bits >= 64 ? a : dm_ir_emit(t->b, DM_IR_SEXT, 8, a, 0, 0, bits); }
static inline dm_temp a64_zext(struct a64_tr *t, dm_temp a, unsigned bits) { return bits >= 64 ? a : dm_ir_emit(t->b, DM_IR_ZEXT, 8, a, 0, 0, bits); }
/* call a dm_helper_fn; unused operands may be 0 */
static inline dm_temp a64_call(struct a64_tr *t, dm_helper_fn fn, dm_temp a, dm_temp b, dm_temp c) { return dm_ir_call(t->b, DM_HELPER(fn), a, b, c); }

/* ---- general registers ------------------------------------------------------
 * `sf`: true = X (64-bit) view, false = W (32-bit) view.  Reads of a W view are
 * zero-extended; writes of a W view zero the upper 32 bits (A64 rule).
 * a64_get_x/a64_set_x treat r = 31 as XZR (reads 0, writes are discarded);
 * the _sp variants treat r = 31 as SP. */
dm_temp a64_get_x(struct a64_tr *t, unsigned r, bool sf);
dm_temp a64_get_xsp(struct a64_tr *t, unsigned r, bool sf);
void a64_set_x(struct a64_tr *t, unsigned r, bool sf, dm_temp v);
void a64_set_xsp(struct a64_tr *t, unsigned r, bool sf, dm_temp v);

/* ---- flags ---------------------------------------------------------------------
 * Temps hold NZCV in bits 3..0, the IR's flags layout (ADDF, SUBF, ... COND);
 * a64_cpu.nzcv keeps PSTATE's bits 31..28: these two convert. */
dm_temp a64_get_nzcv(struct a64_tr *t);
void a64_set_nzcv(struct a64_tr *t, dm_temp nzcv);
/* NZCV = c ? nzcv : the constant imm4 (CCMP) */
void a64_set_nzcv_if(struct a64_tr *t, dm_temp c, dm_temp nzcv, unsigned imm4);
/* store a value already in PSTATE's layout (bits 31..28) */
static inline void a64_put_pstate_nzcv(struct a64_tr *t, dm_temp v) { dm_ir_put(t->b, 8, A64_OFF_NZCV, v); }
dm_temp a64_get_carry(struct a64_tr *t);              /* C in bit 0 (higher bits junk: ADC/SBC use c & 1) */
dm_temp a64_cond(struct a64_tr *t, unsigned cond);    /* 1 if A64 condition holds (AL/NV -> constant 1) */

/* ---- operand shapes shared by data processing and load/store -------------------- */
/* shift type 0 LSL, 1 LSR, 2 ASR, 3 ROR of v at width sf, amount taken as given */
dm_temp a64_shift(struct a64_tr *t, dm_temp v, unsigned type, unsigned amount, bool sf);
/* ExtendReg: option 0..7 = UXTB UXTH UXTW UXTX SXTB SXTH SXTW SXTX, then << shift (64-bit result) */
dm_temp a64_extend(struct a64_tr *t, dm_temp v, unsigned option, unsigned shift);
/* DecodeBitMasks for logical immediates: false if reserved */
bool a64_decode_bitmask(unsigned n, unsigned imms, unsigned immr, bool sf, uint64_t *wmask);

/* ---- memory (guest addresses) ----------------------------------------------------
 * Every access of the A64 front-end carries A64_MEM: data is little-endian
 * (Linux runs AArch64 little-endian; SCTLR_EL1.E0E is 0). */
#define A64_MEM 0
static inline dm_temp a64_ld(struct a64_tr *t, unsigned size, dm_temp addr) { return dm_ir_ld(t->b, size, addr, A64_MEM); }
static inline dm_temp a64_lds(struct a64_tr *t, unsigned size, dm_temp addr) { return dm_ir_lds(t->b, size, addr, A64_MEM); }
static inline void a64_st(struct a64_tr *t, unsigned size, dm_temp addr, dm_temp v) { dm_ir_st(t->b, size, addr, v, A64_MEM); }
/* base register (SP for 31) + constant offset */
dm_temp a64_addr_imm(struct a64_tr *t, unsigned rn, int64_t off);
static inline dm_temp a64_addi(struct a64_tr *t, dm_temp a, int64_t off) { return off ? a64_op2i(t, DM_IR_ADD, 8, a, (uint64_t)off) : a; }

/* ---- vector registers ---------------------------------------------------------
 * V[r] is 16 bytes at A64_OFF_V(r), little-endian: byte k of the register is at
 * A64_OFF_V(r) + k (lane e of size s at byte e*s).  Writes of a scalar or 64-bit
 * vector must clear the rest with a64_vzero_from(). */
static inline uint64_t a64_voff(unsigned r, unsigned byte) { return A64_OFF_V(r) + byte; }
static inline dm_temp a64_vget(struct a64_tr *t, unsigned r, unsigned byte, unsigned size) { return dm_ir_get(t->b, size, a64_voff(r, byte)); }
static inline void a64_vput(struct a64_tr *t, unsigned r, unsigned byte, unsigned size, dm_temp v) { dm_ir_put(t->b, size, a64_voff(r, byte), v); }
/* zero bytes [from, 16) of V[r] (from = 1, 2, 4, 8 or 16) */
void a64_vzero_from(struct a64_tr *t, unsigned r, unsigned from);
/* load / store `size` bytes (1..16) between memory and the low bytes of V[r];
 * a load zeroes the rest of the register */
void a64_vload(struct a64_tr *t, unsigned r, unsigned size, dm_temp addr);
void a64_vstore(struct a64_tr *t, unsigned r, unsigned size, dm_temp addr);

/* ---- block endings ------------------------------------------------------------- */
void a64_exit(struct a64_tr *t, uint64_t next_pc);            /* EXIT, direct */
void a64_exit_ind(struct a64_tr *t, dm_temp next_pc);         /* EXITR, indirect */
void a64_trap(struct a64_tr *t, enum dm_trap kind, uint64_t value);

#endif
