/* arch/arm/translate.h: the A32/T32 translator context, the row tables and
 * the IR-building helpers every handler uses.  A handler is
 * `bool fn(struct arm_tr *t, uint32_t insn, uint32_t arg)` named by a row of
 * decode_a32.inc, decode_t16.inc or decode_t32.inc; it appends IR for one
 * instruction and returns false for an encoding it does not accept (the
 * block builder then drops what it emitted and ends the block with
 * TRAP(DM_TRAP_UNDEF) at that pc).  A T32 32-bit instruction is seen as
 * hw1 << 16 | hw2, as the Arm ARM draws it.
 *
 * Conditional execution (A32 cond fields, T32 IT blocks) is done once, by
 * translate_block.c, around the handler: a handler only emits the
 * instruction's effect. */
#ifndef DM_ARM_TRANSLATE_H
#define DM_ARM_TRANSLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "arch/arm/cpu.h"
#include "emu/dbt/helpers.h"
#include "emu/dbt/ir.h"

/* little-endian guest memory (BE8 is not supported) */
#define ARM_MEM 0

struct arm_tr {
	struct dm_ir_block *b;
	uint32_t pc;                 /* address of the instruction being translated */
	uint32_t next;               /* address of the next one */
	bool thumb;
	bool end_block;              /* a handler left the block (branch, svc, trap, pc write) */
	bool in_it;                  /* inside an IT block: 16-bit T32 forms do not set flags */
	unsigned len;                /* 2 or 4 */
	uint8_t itstate;             /* ITSTATE after this instruction (set by IT; advanced by translate_block.c) */
};

typedef bool (*arm_handler)(struct arm_tr *t, uint32_t insn, uint32_t arg);

struct arm_row {
	uint32_t mask, value;        /* filled from the pattern at start-up */
	arm_handler fn;
	const char *name;
	uint32_t arg;
};

/* the next row (from *pos, 0 at first) that matches an encoding (set: 0 A32,
 * 1 T16, 2 T32), most specific first, or NULL; *pos moves past it */
enum { ARM_SET_A32, ARM_SET_T16, ARM_SET_T32 };
const struct arm_row *arm_decode(unsigned set, uint32_t insn, unsigned *pos);

/* bits [lo, lo+n) */
static inline uint32_t arm_bits(uint32_t x, unsigned lo, unsigned n) { return (x >> lo) & ((1u << n) - 1); }
#define BITS(x, hi, lo) arm_bits((x), (lo), (hi) - (lo) + 1)
#define BIT(x, n) (((x) >> (n)) & 1u)
static inline int32_t arm_sext(uint32_t v, unsigned bits) { return (int32_t)(v << (32 - bits)) >> (32 - bits); }

/* ---- IR shorthands (32-bit unless said) ------------------------------------ */
static inline dm_temp arm_const(struct arm_tr *t, uint64_t v) { return dm_ir_const(t->b, v); }
static inline dm_temp arm_op2(struct arm_tr *t, enum dm_ir_op op, dm_temp a, dm_temp b) { return dm_ir_op2(t->b, op, 4, a, b); }
static inline dm_temp arm_op2i(struct arm_tr *t, enum dm_ir_op op, dm_temp a, uint64_t imm) { return dm_ir_op2(t->b, op, 4, a, arm_const(t, imm)); }
static inline dm_temp arm_op1(struct arm_tr *t, enum dm_ir_op op, dm_temp a) { return dm_ir_op1(t->b, op, 4, a); }
static inline dm_temp arm_emit(struct arm_tr *t, enum dm_ir_op op, unsigned size, dm_temp a, dm_temp b, dm_temp c, uint64_t imm) { return dm_ir_emit(t->b, op, size, a, b, c, imm); }
static inline dm_temp arm_select(struct arm_tr *t, dm_temp c, dm_temp a, dm_temp b) { return dm_ir_emit(t->b, DM_IR_SELECT, 8, c, a, b, 0); }
static inline dm_temp arm_cond(struct arm_tr *t, dm_temp flags, enum dm_cond cc) { return dm_ir_emit(t->b, DM_IR_COND, 8, flags, 0, 0, cc); }
/* 1 if relation rel holds between a and b (32-bit SUBF + COND) */
static inline dm_temp arm_rel(struct arm_tr *t, enum dm_cond rel, dm_temp a, dm_temp b) { return arm_cond(t, arm_op2(t, DM_IR_SUBF, a, b), rel); }
static inline dm_temp arm_call(struct arm_tr *t, dm_helper_fn fn, dm_temp a, dm_temp b, dm_temp c) { return dm_ir_call(t->b, DM_HELPER(fn), a, b, c); }

/* ---- registers (translate/common.c) ------------------------------------------ */
/* Rn as an operand: r15 reads as the instruction's address + 8 (A32) or + 4
 * (T32); arm_get_pc_align for the literal forms, Align(PC, 4) */
dm_temp arm_get(struct arm_tr *t, unsigned r);
dm_temp arm_get_pc_align(struct arm_tr *t);
/* Rd = v for r0..r14 */
void arm_set(struct arm_tr *t, unsigned r, dm_temp v);
/* Rd = v where Rd may be the pc: r15 is a branch, interworking (BX rules:
 * bit 0 selects Thumb) when interwork, else staying in the current state
 * (T32 ALU writes); ends the block */
void arm_set_pc_ok(struct arm_tr *t, unsigned r, dm_temp v, bool interwork);
/* the flags (IR layout) and storing them */
dm_temp arm_flags(struct arm_tr *t);
void arm_set_flags(struct arm_tr *t, dm_temp f);
/* the C flag as 0 or 1 */
dm_temp arm_carry(struct arm_tr *t);
/* N and Z of result, C = carry (0/1 temp), V unchanged: the logical ops' S form */
void arm_set_nz_c(struct arm_tr *t, dm_temp result, dm_temp carry);

/* ---- the shifter (translate/common.c) ----------------------------------------- */
enum arm_shift { ARM_LSL, ARM_LSR, ARM_ASR, ARM_ROR };
/* Shift(v, type, imm5) as encoded (DecodeImmShift: LSR/ASR #0 mean 32, ROR #0 RRX);
 * *carry (when not NULL) gets the shifter carry out (the old C when unchanged) */
dm_temp arm_shift_imm(struct arm_tr *t, dm_temp v, unsigned type, unsigned imm5, dm_temp *carry);
/* shift by a register's bottom byte */
dm_temp arm_shift_reg(struct arm_tr *t, dm_temp v, unsigned type, dm_temp amount, dm_temp *carry);
/* ARMExpandImm_C / ThumbExpandImm_C: the value, and the carry (old C when the rotation is 0) */
uint32_t arm_expand_imm_a32(uint32_t imm12, int *carry);
bool arm_expand_imm_t32(uint32_t imm12, uint32_t *value, int *carry);

/* ---- data processing shared by A32 and T32 (translate/dp.c) --------------------
 * op: the A32 opcode field (AND 0 EOR 1 SUB 2 RSB 3 ADD 4 ADC 5 SBC 6 RSC 7 TST 8
 * TEQ 9 CMP 10 CMN 11 ORR 12 MOV 13 BIC 14 MVN 15), plus ARM_OP_ORN for T32.
 * carry: the shifter's carry (for the logical S forms).  Rd = 15 writes the pc
 * (ALUWritePC: interworking in A32, a branch in T32). */
#define ARM_OP_ORN 16
bool arm_dp(struct arm_tr *t, unsigned op, bool s, unsigned rd, unsigned rn, dm_temp op2, dm_temp carry);

/* ---- memory (translate/mem.c: the only place that emits guest loads and stores) */
dm_temp arm_ld(struct arm_tr *t, unsigned size, dm_temp addr);      /* zero-extended */
dm_temp arm_lds(struct arm_tr *t, unsigned size, dm_temp addr);     /* sign-extended to 32 bits */
void arm_st(struct arm_tr *t, unsigned size, dm_temp addr, dm_temp v);
/* LDR/STR family shared by A32 and T32: size 1/2/4, sign, load; addr is the
 * offset address when pre (index), writeback to rn */
bool arm_ldst(struct arm_tr *t, bool load, unsigned size, bool sign, unsigned rt, unsigned rn, dm_temp offset,
	      bool add, bool pre, bool wback);
/* LDM/STM: registers in list, base rn, increment/before, writeback */
bool arm_ldstm(struct arm_tr *t, bool load, unsigned rn, uint32_t list, bool inc, bool before, bool wback);
/* LDRD/STRD */
bool arm_ldstd(struct arm_tr *t, bool load, unsigned rt, unsigned rt2, unsigned rn, dm_temp offset, bool add,
	       bool pre, bool wback);

/* ---- block endings (translate_block.c) --------------------------------------- */
void arm_exit(struct arm_tr *t, uint64_t next_pc);          /* EXIT, direct (pc | Thumb bit) */
void arm_exit_ind(struct arm_tr *t, dm_temp next_pc);       /* EXITR, indirect */
/* the next instruction's pc with this state's Thumb bit */
static inline uint64_t arm_next_pc(const struct arm_tr *t) { return t->next | (t->thumb ? 1 : 0); }
/* a trap at this instruction; the saved pc stays on it */
void arm_trap(struct arm_tr *t, enum dm_trap kind, unsigned code);

#endif
