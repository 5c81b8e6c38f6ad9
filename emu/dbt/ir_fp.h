/* emu/dbt/ir_fp.h: the floating-point IR ops (FADD ... UITOF in ir_ops.h).
 *
 * Each FP op runs the host's IEEE operation in its default mode (round to
 * nearest even, no flush) -- the *fast path* -- only when that is certainly
 * what the guest would compute: the guest's FP control word has none of the
 * `ctl_clear` bits set (no directed rounding, no flush-to-zero), its status
 * word already has every `st_set` bit (the only flag the fast path could
 * raise, e.g. inexact, is already accumulated), and the result lies in the
 * op's safe range (no NaN, infinity or tiny value: there the guest's NaN
 * rules, overflow and underflow flags differ from the host's).  Otherwise the
 * op is `slow(cpu, a, b, c)`: the front-end's exact implementation, which may
 * set bits in the 8 bytes of guest state at `st_off` and nowhere else.
 * Because the slow path is exact whatever the guard says, the guard only
 * decides speed; its precise definition (dm_ir_fp_fast) is what the JIT must
 * match bit for bit (tests/jit/jit_diff.c checks with a fake slow path). */
#ifndef DM_IR_FP_H
#define DM_IR_FP_H

#include <stdbool.h>
#include <stdint.h>

#include "emu/dbt/helpers.h"
#include "emu/dbt/ir.h"

struct dm_ir_fp {
	dm_helper_fn slow;       /* exact semantics: slow(cpu, a, b, c) */
	uint32_t ctl_off;        /* 32-bit control word at this state offset ... */
	uint32_t ctl_clear;      /* ... must have these bits clear */
	uint32_t st_off;         /* 32-bit status word at this state offset ... */
	uint32_t st_set;         /* ... must have these bits set; slow() may write its 8 bytes */
};

static inline bool dm_ir_is_fp(int op) { return op >= DM_IR_FADD && op <= DM_IR_UITOF; }
static inline const struct dm_ir_fp *dm_ir_fp_of(const struct dm_ir_insn *x) { return (const struct dm_ir_fp *)(uintptr_t)x->imm; }
/* FADD FSUB FMUL FDIV FMA with size DM_IR_FP_PAIR | 8: two singles packed in
 * the 64-bit temps (lane 0 in bits 31..0), lane by lane; the fast path only
 * when it holds for both lanes, else slow() for the pair */
#define DM_IR_FP_PAIR 0x40
static inline bool dm_ir_fp_pair(const struct dm_ir_insn *x)
{
	return (x->size & DM_IR_FP_PAIR) && ((x->op >= DM_IR_FADD && x->op <= DM_IR_FDIV) || x->op == DM_IR_FMA);
}
/* result and operand widths of an FP op (bytes; a pair's are 8) */
static inline unsigned dm_ir_fp_rsize(const struct dm_ir_insn *x) { return x->size & 15; }
static inline unsigned dm_ir_fp_asize(const struct dm_ir_insn *x)
{
	return (x->op >= DM_IR_FCVT && x->op <= DM_IR_UITOF) ? (unsigned)x->size >> 4 : x->size & 15u;
}

/* Does the guest's FP environment (at cpu) allow fp's fast path? */
bool dm_ir_fp_env_ok(const void *cpu, const struct dm_ir_fp *fp);
/* The fast path: true and *r = the host result when it applies (the
 * environment aside); false when the op must take the slow path. */
bool dm_ir_fp_fast(const struct dm_ir_insn *x, uint64_t a, uint64_t b, uint64_t c, uint64_t *r);
/* The op's value (the interpreter's definition). */
uint64_t dm_ir_fp_eval(void *cpu, const struct dm_ir_insn *x, uint64_t a, uint64_t b, uint64_t c);

#endif
