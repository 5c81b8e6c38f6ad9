/* emu/dbt/ir.h: the IR a guest front-end lowers one basic block into.
 * Instructions read and write temps (64-bit slots); guest state is reached
 * only through GET/PUT at byte offsets into the guest CPU struct, memory only
 * through LD/ST and the atomic ops, anything large through CALL.  See
 * docs/ir.md. */
#ifndef DM_IR_H
#define DM_IR_H

#include <stdbool.h>
#include <stdint.h>

enum dm_ir_op {
#define DM_IR_OP(name, nsrc, dst) DM_IR_##name,
#include "emu/dbt/ir_ops.h"
#undef DM_IR_OP
	DM_IR_NOPS
};

/* COND's imm: a relation read from the flags of an ADDF/SUBF/ADCF/SBCF/LOGICF
 * (for SUBF a - b: EQ a == b, ULT a < b unsigned, SLT a < b signed, ...; MI/PL
 * the result's sign, VS/VC signed overflow).  Front-ends never look at flag
 * bits themselves; they ask COND.  (The numbering happens to be A64's, so the
 * A64 front-end passes its cond field through; other front-ends use names.) */
enum dm_cond { DM_COND_EQ, DM_COND_NE, DM_COND_UGE, DM_COND_ULT, DM_COND_MI, DM_COND_PL, DM_COND_VS,
	       DM_COND_VC, DM_COND_UGT, DM_COND_ULE, DM_COND_SGE, DM_COND_SLT, DM_COND_SGT, DM_COND_SLE,
	       DM_COND_AL, DM_COND_NV };

/* Atomic read-modify-write operations (RMW's imm). */
enum dm_ir_rmw { DM_RMW_ADD, DM_RMW_CLR, DM_RMW_EOR, DM_RMW_SET, DM_RMW_SMAX, DM_RMW_SMIN,
		 DM_RMW_UMAX, DM_RMW_UMIN, DM_RMW_SWP };

/* Traps a block can raise (TRAP's imm: kind | value << 8).  FETCH: pc not
 * executable.  FPE: an integer divide or data exception (SIGFPE).  For UNDEF
 * and FPE the value's low byte is how far the saved pc moves past the
 * trapping instruction (0 on arches that report it at the instruction; the
 * length on s390x, whose program interruptions for these suppress it), and
 * FPE's value >> 8 is the si_code. */
enum dm_trap { DM_TRAP_UNDEF, DM_TRAP_BRK, DM_TRAP_UNALIGNED_PC, DM_TRAP_FETCH, DM_TRAP_FPE };

typedef uint16_t dm_temp;

struct dm_ir_insn {
	uint8_t op;          /* enum dm_ir_op */
	uint8_t size;        /* width in bytes */
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
};

void dm_ir_init(struct dm_ir_block *b, uint64_t pc);
void dm_ir_free(struct dm_ir_block *b);

/* Builders: each returns the destination temp (or 0 when there is none). */
dm_temp dm_ir_emit(struct dm_ir_block *b, enum dm_ir_op op, unsigned size, dm_temp a, dm_temp bb, dm_temp c,
		   uint64_t imm);
static inline dm_temp dm_ir_const(struct dm_ir_block *b, uint64_t v) { return dm_ir_emit(b, DM_IR_CONST, 8, 0, 0, 0, v); }
static inline dm_temp dm_ir_get(struct dm_ir_block *b, unsigned size, uint64_t off) { return dm_ir_emit(b, DM_IR_GET, size, 0, 0, 0, off); }
static inline void dm_ir_put(struct dm_ir_block *b, unsigned size, uint64_t off, dm_temp v) { dm_ir_emit(b, DM_IR_PUT, size, v, 0, 0, off); }
static inline dm_temp dm_ir_op2(struct dm_ir_block *b, enum dm_ir_op op, unsigned size, dm_temp x, dm_temp y) { return dm_ir_emit(b, op, size, x, y, 0, 0); }
static inline dm_temp dm_ir_op1(struct dm_ir_block *b, enum dm_ir_op op, unsigned size, dm_temp x) { return dm_ir_emit(b, op, size, x, 0, 0, 0); }
/* fn: a dm_helper_fn, see emu/dbt/helpers.h */
static inline dm_temp dm_ir_call(struct dm_ir_block *b, uint64_t fn, dm_temp x, dm_temp y, dm_temp z) { return dm_ir_emit(b, DM_IR_CALL, 8, x, y, z, fn); }

/* COND's meaning: does A64 condition code cc (0..15) hold for flags nzcv
 * (4 bits: N Z C V from bit 3 down)?  Shared by the interpreter and the JIT. */
static inline int dm_ir_cond_holds(unsigned cc, unsigned nzcv)
{
	int n = (nzcv >> 3) & 1, z = (nzcv >> 2) & 1, c = (nzcv >> 1) & 1, v = nzcv & 1;
	int r;
	switch (cc >> 1) {
	case 0: r = z; break;
	case 1: r = c; break;
	case 2: r = n; break;
	case 3: r = v; break;
	case 4: r = c && !z; break;
	case 5: r = n == v; break;
	case 6: r = n == v && !z; break;
	default: return 1;  /* AL, NV */
	}
	return (cc & 1) ? !r : r;
}

/* Printing, for -d ir and tests. */
extern const char *const dm_ir_op_names[DM_IR_NOPS];
extern const uint8_t dm_ir_op_nsrc[DM_IR_NOPS], dm_ir_op_has_dst[DM_IR_NOPS];
void dm_ir_dump(const struct dm_ir_block *b, void (*out)(const char *line, void *ctx), void *ctx);

#endif
