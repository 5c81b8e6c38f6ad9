/* emu/jit/x86_64/lower.h: state shared by the two halves of lowering an IR
 * block: the analysis (analyse.c: IR rewriting, flag fusion decisions, live
 * ranges) and the code generation (lower.c). */
#ifndef DM_X86_LOWER_H
#define DM_X86_LOWER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emu/jit/x86_64/x86.h"

#define OP_DEAD 0xff

enum { L_NONE, L_REG, L_SLOT, L_CONST };

struct tinfo {
	int32_t def, last;            /* defining insn, last use (-1: none) */
	uint64_t cval;                /* L_CONST value */
	uint32_t uses, ruses;         /* uses; those left after flag fusion */
	uint16_t slot;
	uint8_t loc, reg, zext;       /* zext: value is zero-extended from this many bytes */
	bool cross;                   /* live across a CALL: wants a callee-saved register */
};

/* An FP op's out-of-line slow path (lower_fp.c), emitted after the block. */
struct x86_fpslow {
	uint8_t *site[4];             /* rel32s that jump here */
	uint8_t *resume;              /* where the fast path continues */
	uint64_t fn;                  /* the exact helper */
	uint32_t save;                /* caller-saved registers holding live temps */
	uint8_t nsite, nsrc, src[3], dst;
};

struct cg {
	struct xbuf *x;
	struct dm_tb *tb;
	struct dm_ir_insn *in;
	uint32_t n, nt;
	struct tinfo *t;
	int32_t *hoist;               /* per insn: next COND hoisted to the same flag op, or -1 */
	int32_t *hoist_head;          /* per flag insn: first hoisted COND, or -1 */
	bool *materialize;            /* per flag insn: the flags value needed */
	dm_temp *matdst;              /* per flag insn: the temp it defines (a folded SHL's) ... */
	uint8_t *matshift;            /* ... holding the flags shifted left this much; per
				       * unfused COND: shift its operand right this much */
	int8_t *brcc;                 /* per BRCOND: the x86 condition it jumps on, the flags
				       * of the op just before (-1: it tests its temp) */
	dm_temp *abase;               /* per memory insn: folded base temp (0: use a) */
	int32_t *adisp;
	dm_temp *alias;               /* per temp: the temp it equals (analysis), or 0 */
	int32_t *nextcall;            /* per insn: the next CALL at or after it (analysis) */
	bool window;                  /* dm_guest_base != 0 (a 32-bit guest): memory is
				       * [REG_GBASE + zero-extended 32-bit address] */
	dm_temp regtemp[16];
	uint32_t lockmask;            /* registers holding operands of the current insn */
	uint32_t nslots;
	uint64_t pc;                  /* current guest insn */
	bool pc_stored;
	uint32_t ninsn;               /* INSNs seen so far */
	bool fail;
	struct x86_fpslow *fpslow;    /* FP slow paths still to emit */
	uint32_t nfpslow, capfpslow;
};

static inline uint64_t mask_of(unsigned size) { return size >= 8 ? ~0ull : (1ull << (8 * size)) - 1; }

static inline uint8_t zext_of_value(uint64_t v)
{
	if (v <= 0xff) return 1;
	if (v <= 0xffff) return 2;
	if (v <= 0xffffffffu) return 4;
	return 8;
}

/* The x86 condition equal to A64 condition cc right after the host
 * instruction lowering flag op `op`, or -1 (lower.c). */
int x86_fused_cc(int op, unsigned cc);
/* May this IR instruction be compiled at all? (analyse.c) */
bool x86_supported(const struct dm_ir_insn *x);
/* Rewrite g->in and fill the per-temp and per-insn tables (analyse.c). */
void x86_analyse(struct cg *g);

/* Register allocation (lower.c): put t in a register (its own or `scratch`);
 * give t, defined now, a register; free the registers of operands dying at i. */
int x86_fetch(struct cg *g, dm_temp t, int scratch);
int x86_def(struct cg *g, dm_temp t);
void x86_release(struct cg *g, int32_t i, const struct dm_ir_insn *x);
/* Copy t's value into register r (a scratch); is t a constant that fits a
 * sign-extended imm32 (then *v)? */
void x86_fetch_to(struct cg *g, dm_temp t, int r);
bool x86_const_s32(struct cg *g, dm_temp t, int32_t *v);
/* host operand size of an IR size: 8, else 4 */
static inline int hsz(unsigned size) { return size == 8 ? 8 : 4; }

/* The flag-setting ops (lower_flags.c). */
void x86_lower_flags(struct cg *g, const struct dm_ir_insn *in, int32_t i);

/* The FP ops (lower_fp.c): the guarded fast path inline, the slow paths
 * after the block's code (x86_fp_stubs, then free g->fpslow). */
void x86_lower_fp(struct cg *g, const struct dm_ir_insn *in, int32_t i);
/* A V128 op as host instructions; false: the host lacks them, call
 * dm_v128_exec instead (lower_v128.c). */
bool x86_lower_v128(struct cg *g, int32_t i);
void x86_fp_stubs(struct cg *g);

#endif
