/* arch/s390x/translate.h: the z/Architecture translator context, the decoded
 * instruction, the row-table format and the IR-building helpers every handler
 * uses.  A handler is `bool fn(struct s390x_tr *t, const struct s390x_insn *i)`
 * named by a row of its class's table (translate/<class>.c exports
 * `const struct s390x_row s390x_rows_<class>[]`, ended by a row with a NULL
 * name; decode.c joins them).  It appends IR for one instruction and returns
 * false for an encoding it does not accept: the block builder then drops what
 * it emitted and ends the block with TRAP(DM_TRAP_UNDEF) at that pc.
 *
 * Guest memory is reached only through translate/mem.c (big-endian); the
 * condition code only through translate/cc.c (lazy). */
#ifndef DM_S390X_TRANSLATE_H
#define DM_S390X_TRANSLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "arch/s390x/cc.h"
#include "arch/s390x/cpu.h"
#include "emu/dbt/helpers.h"
#include "emu/dbt/ir.h"

/* Instruction formats: where the operand fields are (PoO chapter 5).  Bits
 * are numbered from 0 at the left of the instruction, as the manual does. */
enum s390x_fmt {
	S390X_E, S390X_RR, S390X_RRE, S390X_RRF, S390X_RX, S390X_RXE, S390X_RXY, S390X_RS, S390X_RSY,
	S390X_RSI, S390X_RI, S390X_RIL, S390X_SI, S390X_SIY, S390X_SIL, S390X_SS, S390X_S, S390X_RIE,
};

struct s390x_insn {
	uint64_t raw;                /* the instruction's bytes, right-aligned: bit 0 of the
				      * manual is bit 8 * len - 1 here */
	unsigned len;                /* 2, 4 or 6 */
	unsigned r1, r2, r3, m3, m4; /* register / mask fields of the format (r3 = m3 where shared) */
	unsigned x2, b1, b2;
	int64_t d1, d2;              /* displacements, sign-extended for the long (20-bit) forms */
	uint64_t i2;                 /* the immediate field, unextended */
	uint32_t arg;                /* the row's handler argument */
	const char *name;
};

struct s390x_tr;
typedef bool (*s390x_handler)(struct s390x_tr *t, const struct s390x_insn *i);

/* One row: opcode (first byte << 8 | extended opcode, 0 for the formats
 * without one), format, handler and the handler's argument. */
struct s390x_row {
	uint16_t op;
	uint8_t fmt;                 /* enum s390x_fmt */
	const char *name;            /* the mnemonic */
	s390x_handler fn;
	uint32_t arg;
};
#define S390X_ROW(op, fmt, name, fn, arg) { op, S390X_##fmt, name, fn, arg }

/* What translation knows about the condition code (translate/cc.c). */
struct s390x_ccrec {
	enum s390x_cc_op op;         /* the producer, or S390X_CC_UNKNOWN */
	dm_temp a, b, c;             /* its operands (op STATIC: a = the cc value) */
};
#define S390X_CC_UNKNOWN ((enum s390x_cc_op) - 1)

struct s390x_tr {
	struct dm_ir_block *b;
	uint64_t pc;                 /* address of the instruction being translated */
	uint64_t next;               /* address of the next one */
	bool end_block;              /* a handler left the block (branch, svc, trap) */
	struct s390x_ccrec cc;
};

/* The row of an instruction (its first bytes), or NULL. */
const struct s390x_row *s390x_decode(const uint8_t *code);
/* Fill i's operand fields from its raw bytes by the row's format. */
void s390x_fields(struct s390x_insn *i, const struct s390x_row *row);
/* Instruction length from its first byte (PoO: bits 0-1 of the opcode). */
static inline unsigned s390x_ilen(uint8_t op0) { return op0 < 0x40 ? 2 : op0 < 0xc0 ? 4 : 6; }
/* Translate one instruction (its bytes at code) into t; false: no row accepts it. */
bool s390x_translate_insn(struct s390x_tr *t, const uint8_t *code, struct s390x_insn *i);

/* bits [start, start+n) of the instruction, numbered from the left */
static inline uint64_t s390x_field(const struct s390x_insn *i, unsigned start, unsigned n)
{
	return (i->raw >> (8 * i->len - start - n)) & ((1ull << n) - 1);
}
static inline int64_t s390x_sext(uint64_t v, unsigned bits) { return (int64_t)(v << (64 - bits)) >> (64 - bits); }

/* ---- IR shorthands ---------------------------------------------------------- */
static inline dm_temp s390x_const(struct s390x_tr *t, uint64_t v) { return dm_ir_const(t->b, v); }
static inline dm_temp s390x_op2(struct s390x_tr *t, enum dm_ir_op op, unsigned size, dm_temp a, dm_temp b) { return dm_ir_op2(t->b, op, size, a, b); }
static inline dm_temp s390x_op1(struct s390x_tr *t, enum dm_ir_op op, unsigned size, dm_temp a) { return dm_ir_op1(t->b, op, size, a); }
static inline dm_temp s390x_op2i(struct s390x_tr *t, enum dm_ir_op op, unsigned size, dm_temp a, uint64_t imm) { return dm_ir_op2(t->b, op, size, a, s390x_const(t, imm)); }
static inline dm_temp s390x_emit(struct s390x_tr *t, enum dm_ir_op op, unsigned size, dm_temp a, dm_temp b, dm_temp c, uint64_t imm) { return dm_ir_emit(t->b, op, size, a, b, c, imm); }
static inline dm_temp s390x_sextt(struct s390x_tr *t, dm_temp a, unsigned bits) { return bits >= 64 ? a : dm_ir_emit(t->b, DM_IR_SEXT, 8, a, 0, 0, bits); }
static inline dm_temp s390x_zextt(struct s390x_tr *t, dm_temp a, unsigned bits) { return bits >= 64 ? a : dm_ir_emit(t->b, DM_IR_ZEXT, 8, a, 0, 0, bits); }
static inline dm_temp s390x_select(struct s390x_tr *t, dm_temp c, dm_temp a, dm_temp b) { return dm_ir_emit(t->b, DM_IR_SELECT, 8, c, a, b, 0); }
/* 1 if relation rel holds between a and b at width size (SUBF + COND) */
static inline dm_temp s390x_rel(struct s390x_tr *t, enum dm_cond rel, unsigned size, dm_temp a, dm_temp b)
{
	return dm_ir_emit(t->b, DM_IR_COND, 8, dm_ir_op2(t->b, DM_IR_SUBF, size, a, b), 0, 0, rel);
}
static inline dm_temp s390x_call(struct s390x_tr *t, dm_helper_fn fn, dm_temp a, dm_temp b, dm_temp c) { return dm_ir_call(t->b, DM_HELPER(fn), a, b, c); }

/* ---- registers: r0..r15, 64-bit; the 32-bit views are bits 32-63 (low) and
 * bits 0-31 (high, the high-word facility).  A 32-bit write leaves the other
 * half alone. */
static inline dm_temp s390x_get(struct s390x_tr *t, unsigned r) { return dm_ir_get(t->b, 8, S390X_OFF_R(r)); }
static inline dm_temp s390x_get32(struct s390x_tr *t, unsigned r) { return dm_ir_get(t->b, 4, S390X_OFF_RL(r)); }
static inline dm_temp s390x_geth(struct s390x_tr *t, unsigned r) { return dm_ir_get(t->b, 4, S390X_OFF_RH(r)); }
static inline void s390x_set(struct s390x_tr *t, unsigned r, dm_temp v) { dm_ir_put(t->b, 8, S390X_OFF_R(r), v); }
static inline void s390x_set32(struct s390x_tr *t, unsigned r, dm_temp v) { dm_ir_put(t->b, 4, S390X_OFF_RL(r), v); }
static inline void s390x_seth(struct s390x_tr *t, unsigned r, dm_temp v) { dm_ir_put(t->b, 4, S390X_OFF_RH(r), v); }
/* width 4 or 8 */
static inline dm_temp s390x_getw(struct s390x_tr *t, unsigned r, unsigned w) { return w == 8 ? s390x_get(t, r) : s390x_get32(t, r); }
static inline void s390x_setw(struct s390x_tr *t, unsigned r, unsigned w, dm_temp v) { if (w == 8) s390x_set(t, r, v); else s390x_set32(t, r, v); }

/* ---- memory (translate/mem.c: the only place that emits guest loads and stores) */
/* effective address: base + index + displacement (register 0 means none) */
dm_temp s390x_addr(struct s390x_tr *t, unsigned x, unsigned b, int64_t d);
dm_temp s390x_ld(struct s390x_tr *t, unsigned size, dm_temp addr);     /* zero-extended */
dm_temp s390x_lds(struct s390x_tr *t, unsigned size, dm_temp addr);    /* sign-extended to 64 bits */
void s390x_st(struct s390x_tr *t, unsigned size, dm_temp addr, dm_temp v);
/* compare and swap: old = mem[addr]; if old == expect, mem[addr] = v; returns old */
dm_temp s390x_cas(struct s390x_tr *t, unsigned size, dm_temp addr, dm_temp expect, dm_temp v);
/* interlocked update: returns the old value; op is enum dm_ir_rmw ADD, CLR (and-not), SET (or) or EOR */
dm_temp s390x_rmw(struct s390x_tr *t, unsigned size, dm_temp addr, dm_temp v, enum dm_ir_rmw op);
/* for helpers: a 16-byte compare and swap of the doubleword pair at addr
 * (expect[0] at the lower address); old gets what was there */
void s390x_cas16(uint64_t addr, const uint64_t expect[2], const uint64_t nw[2], uint64_t old[2]);

/* ---- condition code (translate/cc.c) -------------------------------------- */
/* the cc is now op(a, b, c) */
void s390x_cc_op(struct s390x_tr *t, enum s390x_cc_op op, dm_temp a, dm_temp b, dm_temp c);
/* the cc is now the value v (0..3) */
void s390x_cc_static(struct s390x_tr *t, dm_temp v);
static inline void s390x_cc_const(struct s390x_tr *t, unsigned v) { s390x_cc_static(t, s390x_const(t, v)); }
/* the cc as a value 0..3 */
dm_temp s390x_cc_get(struct s390x_tr *t);
/* 1 if the cc selects a bit of the 4-bit branch mask (8: cc 0 ... 1: cc 3) */
dm_temp s390x_cc_test(struct s390x_tr *t, unsigned mask);
/* 1 if mask (8: equal, 4: low, 2: high) selects how a compares with b,
 * without touching the cc (compare and branch / trap / load on condition) */
dm_temp s390x_cmp_test(struct s390x_tr *t, bool sgn, unsigned w, dm_temp a, dm_temp b, unsigned mask);
/* a finished block: forward the PUT.8s to later GET.8s of the same slot, then
 * drop the PUT.8s nothing can observe (state_prune.c) */
void s390x_state_prune(struct dm_ir_block *b);
/* the cc was changed behind translation's back (a helper wrote the state) */
static inline void s390x_cc_forget(struct s390x_tr *t) { t->cc.op = S390X_CC_UNKNOWN; }

/* ---- block endings ----------------------------------------------------------- */
void s390x_exit(struct s390x_tr *t, uint64_t next_pc);            /* EXIT, direct */
void s390x_exit_ind(struct s390x_tr *t, dm_temp next_pc);         /* EXITR, indirect */
void s390x_branch_if(struct s390x_tr *t, dm_temp cond, uint64_t target);   /* BRCOND + EXIT next */
/* a program interruption of a suppressing kind (operation, divide, data):
 * the signal's address is this instruction, the frame's PSW the next */
void s390x_trap(struct s390x_tr *t, enum dm_trap kind, unsigned code);
/* the trap only when cond holds; ends the block */
void s390x_trap_if(struct s390x_tr *t, dm_temp cond, enum dm_trap kind, unsigned code);
/* a specification exception (SIGILL ILL_ILLOPN, as the kernel reports it):
 * ends the block; returns true, so a handler may return it */
bool s390x_spec(struct s390x_tr *t);
/* one when cond holds; like s390x_trap_if it ends the block, so an
 * instruction that checks an operand's alignment does its access at the
 * aligned-down address with no effect (s390x_misaligned) and checks last */
void s390x_spec_if(struct s390x_tr *t, dm_temp cond);
/* 1 when a is not a multiple of w (a power of two) */
dm_temp s390x_misaligned(struct s390x_tr *t, dm_temp a, unsigned w);

/* The classes' tables (decode.c joins them). */
extern const struct s390x_row s390x_rows_load[], s390x_rows_arith[], s390x_rows_logic[], s390x_rows_shift[],
	s390x_rows_compare[], s390x_rows_branch[], s390x_rows_cond[], s390x_rows_storage[], s390x_rows_string[],
	s390x_rows_atomic[], s390x_rows_system[], s390x_rows_fp[];

#endif
