/* emu/dbt/ir.h: the IR a guest front-end lowers one basic block into.
 * Instructions read and write temps (64-bit slots); guest state is reached
 * only through GET/PUT at byte offsets into the guest CPU struct, memory only
 * through LD/ST and the atomic ops, anything large through CALL.  See
 * docs/ir.md. */
#ifndef DM_IR_H
#define DM_IR_H

#include <stdbool.h>
#include <stdint.h>

/* The facts columns of ir_ops.h. */
/* sizes: a mask of the byte widths allowed (bit value = width) */
enum dm_ir_sizes {
	DM_SZ_ANY = 0,                /* the width is not used */
	DM_SZ_8 = 8, DM_SZ_48 = 4 | 8, DM_SZ_1248 = 1 | 2 | 4 | 8,
	DM_SZ_FP = 0x10,              /* the FP encoding (ir_fp.h) */
};
/* imm: what it holds (the verifier checks the range) */
enum dm_ir_immk {
	DM_IMM_NONE,                  /* unused: 0 */
	DM_IMM_VALUE,                 /* any 64-bit constant */
	DM_IMM_OFFSET,                /* a guest-state byte offset */
	DM_IMM_BITS,                  /* a bit count, 1..64 */
	DM_IMM_SHIFT,                 /* a shift, 0..63 */
	DM_IMM_COND,                  /* enum dm_cond */
	DM_IMM_RMW,                   /* enum dm_ir_rmw */
	DM_IMM_TRAP,                  /* enum dm_trap kind in bits 7..0, a value above */
	DM_IMM_FP,                    /* a struct dm_ir_fp *, not null */
	DM_IMM_FN,                    /* a dm_helper_fn, not null */
	DM_IMM_PC,                    /* a guest pc */
	DM_IMM_V128,                  /* a V128 kind and three state offsets (ir_v128.h) */
};
/* effects: what an op touches besides its temps; none = pure */
enum dm_ir_fx {
	DM_FX_RSTATE = 1 << 0,        /* reads guest state (the arch CPU struct) */
	DM_FX_WSTATE = 1 << 1,        /* writes guest state (FP ops: only their status word) */
	DM_FX_RMEM = 1 << 2,          /* reads guest memory */
	DM_FX_WMEM = 1 << 3,          /* writes guest memory */
	DM_FX_GMEM = 1 << 4,          /* accesses mem[a] at width size; may carry DM_IR_F_BE */
	DM_FX_FAULT = 1 << 5,         /* can raise a guest signal at the current insn */
	DM_FX_END = 1 << 6,           /* ends the block */
	DM_FX_LEAVE = 1 << 7,         /* may leave the block early */
	DM_FX_CALL = 1 << 8,          /* calls host code that may touch anything */
	DM_FX_MONITOR = 1 << 9,       /* uses the exclusive monitor (struct dm_cpu) */
	DM_FX_PC = 1 << 10,           /* sets the current guest pc (struct dm_cpu) */
};

enum dm_ir_op {
#define DM_IR_OP(name, nsrc, dst, sizes, imm, fx) DM_IR_##name,
#include "emu/dbt/ir_ops.h"
#undef DM_IR_OP
	DM_IR_NOPS
};

/* COND's imm: a relation read from the flags of an ADDF/SUBF/ADCF/SBCF/LOGICF
 * (for SUBF a - b: EQ a == b, ULT a < b unsigned, SLT a < b signed, ...; MI/PL
 * the result's sign, VS/VC signed overflow; AL always, NV always too).
 * Front-ends never look at flag bits themselves; they ask COND.  A guest's
 * own condition-code model (its PSTATE, CC, EFLAGS layout) lives in its
 * front-end, which converts when it stores flags to its state. */
enum dm_cond { DM_COND_EQ, DM_COND_NE, DM_COND_UGE, DM_COND_ULT, DM_COND_MI, DM_COND_PL, DM_COND_VS,
	       DM_COND_VC, DM_COND_UGT, DM_COND_ULE, DM_COND_SGE, DM_COND_SLT, DM_COND_SGT, DM_COND_SLE,
	       DM_COND_AL, DM_COND_NV, DM_COND_NCONDS };

/* The flags temp: N Z C V in bits 3..0. */
enum { DM_FLAG_V = 1, DM_FLAG_C = 2, DM_FLAG_Z = 4, DM_FLAG_N = 8 };

/* FCMP's result: how a relates to b. */
enum dm_fcmp_rel { DM_FCMP_EQ, DM_FCMP_LT, DM_FCMP_GT, DM_FCMP_UN };

/* Atomic read-modify-write operations (RMW's imm). */
enum dm_ir_rmw { DM_RMW_ADD, DM_RMW_CLR, DM_RMW_EOR, DM_RMW_SET, DM_RMW_SMAX, DM_RMW_SMIN,
		 DM_RMW_UMAX, DM_RMW_UMIN, DM_RMW_SWP, DM_RMW_NOPS };

/* Traps a block can raise (TRAP's imm: kind | value << 8).  FETCH: pc not
 * executable.  FPE: an integer divide or data exception (SIGFPE).  For UNDEF
 * and FPE the value's low byte is how far the saved pc moves past the
 * trapping instruction (0 on arches that report it at the instruction; the
 * length on s390x, whose program interruptions for these suppress it), and
 * FPE's value >> 8 is the si_code; so is UNDEF's when not 0 (else ILL_ILLOPC:
 * s390x's specification exceptions are ILL_ILLOPN).  DM_TRAP_NKINDS counts the kinds. */
enum dm_trap { DM_TRAP_UNDEF, DM_TRAP_BRK, DM_TRAP_UNALIGNED_PC, DM_TRAP_FETCH, DM_TRAP_FPE, DM_TRAP_NKINDS };

/* Instruction flags (struct dm_ir_insn.flags), on DM_FX_GMEM ops only. */
#define DM_IR_F_BE 0x01       /* guest memory is big-endian: the access swaps bytes */
#define DM_IR_F_ALL DM_IR_F_BE

typedef uint16_t dm_temp;

struct dm_ir_insn {
	uint8_t op;          /* enum dm_ir_op */
	uint8_t size;        /* width in bytes */
	uint8_t flags;       /* DM_IR_F_* */
	dm_temp dst, a, b, c;
	uint64_t imm;
};

struct dm_ir_block {
	uint64_t pc;                  /* guest pc of the first instruction */
	uint32_t n, cap;              /* instructions */
	uint32_t ntemps;
	uint32_t ninsns;              /* guest instructions covered */
	uint64_t end_pc;              /* guest pc just past the last instruction */
	struct dm_ir_insn *insn;
	/* Limits of this translation request, honoured by every front-end
	 * (dm_ir_block_limit); 0: none.  max_insns: at most that many guest
	 * instructions (gdb's single step); stop_pc: end the block before the
	 * instruction at stop_pc (a gdb breakpoint). */
	uint32_t max_insns;
	uint64_t stop_pc;
};

/* Must a front-end end block b before translating its k-th instruction (from
 * 0), at pc?  (Never before the first one.) */
static inline bool dm_ir_block_limit(const struct dm_ir_block *b, unsigned k, uint64_t pc)
{
	return k > 0 && ((b->max_insns && k >= b->max_insns) || (b->stop_pc && pc == b->stop_pc));
}

void dm_ir_init(struct dm_ir_block *b, uint64_t pc);
void dm_ir_free(struct dm_ir_block *b);

/* Builders: each returns the destination temp (or 0 when there is none). */
dm_temp dm_ir_emitf(struct dm_ir_block *b, enum dm_ir_op op, unsigned size, unsigned flags, dm_temp a, dm_temp bb,
		    dm_temp c, uint64_t imm);
static inline dm_temp dm_ir_emit(struct dm_ir_block *b, enum dm_ir_op op, unsigned size, dm_temp a, dm_temp bb, dm_temp c,
				 uint64_t imm)
{
	return dm_ir_emitf(b, op, size, 0, a, bb, c, imm);
}
static inline dm_temp dm_ir_const(struct dm_ir_block *b, uint64_t v) { return dm_ir_emit(b, DM_IR_CONST, 8, 0, 0, 0, v); }
static inline dm_temp dm_ir_get(struct dm_ir_block *b, unsigned size, uint64_t off) { return dm_ir_emit(b, DM_IR_GET, size, 0, 0, 0, off); }
static inline void dm_ir_put(struct dm_ir_block *b, unsigned size, uint64_t off, dm_temp v) { dm_ir_emit(b, DM_IR_PUT, size, v, 0, 0, off); }
static inline dm_temp dm_ir_op2(struct dm_ir_block *b, enum dm_ir_op op, unsigned size, dm_temp x, dm_temp y) { return dm_ir_emit(b, op, size, x, y, 0, 0); }
static inline dm_temp dm_ir_op1(struct dm_ir_block *b, enum dm_ir_op op, unsigned size, dm_temp x) { return dm_ir_emit(b, op, size, x, 0, 0, 0); }
/* Memory (flags: 0 or DM_IR_F_BE; one front-end file decides its guest's byte order) */
static inline dm_temp dm_ir_ld(struct dm_ir_block *b, unsigned size, dm_temp addr, unsigned flags) { return dm_ir_emitf(b, DM_IR_LD, size, flags, addr, 0, 0, 0); }
static inline dm_temp dm_ir_lds(struct dm_ir_block *b, unsigned size, dm_temp addr, unsigned flags) { return dm_ir_emitf(b, DM_IR_LDS, size, flags, addr, 0, 0, 0); }
static inline void dm_ir_st(struct dm_ir_block *b, unsigned size, dm_temp addr, dm_temp v, unsigned flags) { dm_ir_emitf(b, DM_IR_ST, size, flags, addr, v, 0, 0); }
static inline dm_temp dm_ir_ldx(struct dm_ir_block *b, unsigned size, dm_temp addr, unsigned flags) { return dm_ir_emitf(b, DM_IR_LDX, size, flags, addr, 0, 0, 0); }
static inline dm_temp dm_ir_stx(struct dm_ir_block *b, unsigned size, dm_temp addr, dm_temp v, unsigned flags) { return dm_ir_emitf(b, DM_IR_STX, size, flags, addr, v, 0, 0); }
/* old = mem[addr]; if old == expect then mem[addr] = desired */
static inline dm_temp dm_ir_cas(struct dm_ir_block *b, unsigned size, dm_temp addr, dm_temp expect, dm_temp desired, unsigned flags) { return dm_ir_emitf(b, DM_IR_CAS, size, flags, addr, expect, desired, 0); }
/* old = mem[addr]; mem[addr] = old op v */
static inline dm_temp dm_ir_rmw(struct dm_ir_block *b, unsigned size, enum dm_ir_rmw op, dm_temp addr, dm_temp v, unsigned flags) { return dm_ir_emitf(b, DM_IR_RMW, size, flags, addr, v, 0, op); }
/* fn: a dm_helper_fn, see emu/dbt/helpers.h */
static inline dm_temp dm_ir_call(struct dm_ir_block *b, uint64_t fn, dm_temp x, dm_temp y, dm_temp z) { return dm_ir_emit(b, DM_IR_CALL, 8, x, y, z, fn); }

/* COND's meaning: does condition cc hold for flags f (N Z C V in bits 3..0)?
 * Shared by the interpreter and the JIT. */
static inline int dm_ir_cond_holds(enum dm_cond cc, unsigned f)
{
	int n = (f >> 3) & 1, z = (f >> 2) & 1, c = (f >> 1) & 1, v = f & 1;
	int r;
	switch ((unsigned)cc >> 1) {
	case 0: r = z; break;                  /* EQ NE */
	case 1: r = c; break;                  /* UGE ULT (C: no borrow) */
	case 2: r = n; break;                  /* MI PL */
	case 3: r = v; break;                  /* VS VC */
	case 4: r = c && !z; break;            /* UGT ULE */
	case 5: r = n == v; break;             /* SGE SLT */
	case 6: r = n == v && !z; break;       /* SGT SLE */
	default: return 1;                     /* AL NV */
	}
	return (cc & 1) ? !r : r;
}

/* The facts of each op (ir_ops.h). */
extern const char *const dm_ir_op_names[DM_IR_NOPS];
extern const uint8_t dm_ir_op_nsrc[DM_IR_NOPS], dm_ir_op_has_dst[DM_IR_NOPS];
extern const uint8_t dm_ir_op_sizes[DM_IR_NOPS], dm_ir_op_immk[DM_IR_NOPS];
extern const uint16_t dm_ir_op_fx[DM_IR_NOPS];
/* pure: no effect at all */
static inline bool dm_ir_pure(int op) { return dm_ir_op_fx[op] == 0; }
/* an op whose result nobody uses can go: it at most reads guest state */
static inline bool dm_ir_removable(int op) { return (dm_ir_op_fx[op] & ~DM_FX_RSTATE) == 0; }

/* Does x keep its op's facts on its own (opcode, size, flags, imm)?  The
 * verifier's per-instruction rules; a JIT compiles exactly these. */
bool dm_ir_insn_ok(const struct dm_ir_insn *x);

/* Printing, for -d ir and tests. */
void dm_ir_dump(const struct dm_ir_block *b, void (*out)(const char *line, void *ctx), void *ctx);

/* The verifier (ir_verify.c): true when b keeps every rule of docs/ir.md,
 * else false with one line saying which instruction breaks which rule. */
bool dm_ir_verify(const struct dm_ir_block *b, char *why, unsigned whylen);
/* With DM_IR_VERIFY=1 in the environment: a bad block prints that line and
 * the block to stderr and aborts (a front-end bug). */
void dm_ir_verify_env(const struct dm_ir_block *b);

#endif
