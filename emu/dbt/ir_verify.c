/* emu/dbt/ir_verify.c: the IR verifier.  It checks a block against the facts
 * of ir_ops.h and the shape rules of docs/ir.md, so a front-end bug shows up
 * where the block is built, with the rule it broke, instead of as a wrong
 * result or a crash in the interpreter or the JIT. */
#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "emu/dbt/ir_fp.h"
#include "emu/dbt/ir_v128.h"

static bool fail(char *why, unsigned len, const struct dm_ir_block *b, uint32_t i, const char *fmt, ...)
{
	const struct dm_ir_insn *x = &b->insn[i];
	int n = snprintf(why, len, "IR verifier: block %#llx insn %u (%s): ", (unsigned long long)b->pc, i,
			 x->op < DM_IR_NOPS ? dm_ir_op_names[x->op] : "?");
	if (n < 0 || (unsigned)n >= len) return false;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why + n, len - (unsigned)n, fmt, ap);
	va_end(ap);
	return false;
}

static bool w48(unsigned s) { return s == 4 || s == 8; }

/* The FP ops' size encoding (ir_fp.h). */
static bool fp_size_ok(int op, unsigned s)
{
	switch (op) {
	case DM_IR_FADD: case DM_IR_FSUB: case DM_IR_FMUL: case DM_IR_FDIV: case DM_IR_FMA:
		return w48(s) || s == (DM_IR_FP_PAIR | 8);
	case DM_IR_FRINT: return w48(s & 15) && (s >> 4) <= 4;
	case DM_IR_FCVT: return s == 0x48 || s == 0x84;
	case DM_IR_FTOSI: case DM_IR_FTOUI: case DM_IR_SITOF: case DM_IR_UITOF: return w48(s & 15) && w48(s >> 4);
	default: return w48(s);
	}
}

static bool size_ok(int op, unsigned s)
{
	unsigned allowed = dm_ir_op_sizes[op];
	if (allowed == DM_SZ_ANY) return true;
	if (allowed == DM_SZ_FP) return fp_size_ok(op, s);
	return (s == 1 || s == 2 || s == 4 || s == 8) && (allowed & s);
}

/* NULL when imm is in range for its kind, else what is wrong */
static const char *imm_problem(int op, uint64_t imm)
{
	switch ((enum dm_ir_immk)dm_ir_op_immk[op]) {
	case DM_IMM_NONE: return imm ? "imm must be 0" : NULL;
	case DM_IMM_OFFSET: return imm >= (1u << 30) ? "state offset out of range" : NULL;
	case DM_IMM_BITS: return imm < 1 || imm > 64 ? "bit count not in 1..64" : NULL;
	case DM_IMM_SHIFT: return imm > 63 ? "shift not in 0..63" : NULL;
	case DM_IMM_COND: return imm >= DM_COND_NCONDS ? "condition not an enum dm_cond" : NULL;
	case DM_IMM_RMW: return imm >= DM_RMW_NOPS ? "not an enum dm_ir_rmw" : NULL;
	case DM_IMM_TRAP: return (imm & 0xff) >= DM_TRAP_NKINDS ? "trap kind not an enum dm_trap" : NULL;
	case DM_IMM_FP: return imm ? NULL : "no struct dm_ir_fp";
	case DM_IMM_FN: return imm ? NULL : "no helper";
	case DM_IMM_VALUE: case DM_IMM_PC: return NULL;
	case DM_IMM_V128: return dm_v128_imm_ok(imm) ? NULL : "not a V128 kind and offsets";
	}
	return "unknown imm kind";
}

bool dm_ir_insn_ok(const struct dm_ir_insn *x)
{
	return x->op < DM_IR_NOPS && size_ok(x->op, x->size) && !(x->flags & ~DM_IR_F_ALL) &&
	       (!x->flags || (dm_ir_op_fx[x->op] & DM_FX_GMEM)) && !imm_problem(x->op, x->imm);
}

bool dm_ir_verify(const struct dm_ir_block *b, char *why, unsigned whylen)
{
	if (b->n == 0) {
		snprintf(why, whylen, "IR verifier: block %#llx is empty (it must end with an exit)", (unsigned long long)b->pc);
		return false;
	}
	uint8_t *defined = g_malloc0(b->ntemps ? b->ntemps : 1);
	bool ok = false, seen_insn = false;
	for (uint32_t i = 0; i < b->n; i++) {
		const struct dm_ir_insn *x = &b->insn[i];
		if (x->op >= DM_IR_NOPS) { fail(why, whylen, b, i, "opcode %u out of range", x->op); goto out; }
		const unsigned fx = dm_ir_op_fx[x->op];
		if (!size_ok(x->op, x->size)) { fail(why, whylen, b, i, "size %#x not allowed", x->size); goto out; }
		if (x->flags & ~DM_IR_F_ALL) { fail(why, whylen, b, i, "unknown flags %#x", x->flags); goto out; }
		if (x->flags && !(fx & DM_FX_GMEM)) { fail(why, whylen, b, i, "byte-order flag on a non-memory op"); goto out; }
		const char *p = imm_problem(x->op, x->imm);
		if (p) { fail(why, whylen, b, i, "%s (imm %#llx)", p, (unsigned long long)x->imm); goto out; }
		const dm_temp src[3] = { x->a, x->b, x->c };
		for (int k = 0; k < 3; k++) {
			if (k >= dm_ir_op_nsrc[x->op]) {
				if (src[k]) { fail(why, whylen, b, i, "operand %c given but the op takes %u", 'a' + k, dm_ir_op_nsrc[x->op]); goto out; }
				continue;
			}
			if (!src[k]) {
				if (x->op == DM_IR_CALL) continue;   /* an absent helper argument reads 0 */
				fail(why, whylen, b, i, "operand %c missing", 'a' + k);
				goto out;
			}
			if (src[k] >= b->ntemps || !defined[src[k]]) {
				fail(why, whylen, b, i, "operand %c t%u used before it is defined", 'a' + k, src[k]);
				goto out;
			}
		}
		if (dm_ir_op_has_dst[x->op]) {
			if (!x->dst || x->dst >= b->ntemps) { fail(why, whylen, b, i, "destination t%u out of range", x->dst); goto out; }
			if (defined[x->dst]) { fail(why, whylen, b, i, "t%u defined twice", x->dst); goto out; }
			defined[x->dst] = 1;
		} else if (x->dst) {
			fail(why, whylen, b, i, "destination t%u on an op without one", x->dst);
			goto out;
		}
		if (x->op == DM_IR_INSN) seen_insn = true;
		if ((fx & DM_FX_FAULT) && !seen_insn) { fail(why, whylen, b, i, "can fault before the first INSN"); goto out; }
		if ((fx & DM_FX_END) && i + 1 != b->n) { fail(why, whylen, b, i + 1, "instruction after the block's exit"); goto out; }
	}
	if (!(dm_ir_op_fx[b->insn[b->n - 1].op] & DM_FX_END)) {
		fail(why, whylen, b, b->n - 1, "the block does not end with EXIT, EXITR, SYSCALL or TRAP");
		goto out;
	}
	ok = true;
out:
	g_free(defined);
	return ok;
}

static void to_stderr(const char *line, void *ctx) { fprintf(ctx, "%s\n", line); }

void dm_ir_verify_env(const struct dm_ir_block *b)
{
	static int on = -1;
	if (on < 0) {
		const char *e = getenv("DM_IR_VERIFY");
		on = e && *e && *e != '0';
	}
	if (!on) return;
	char why[200];
	if (dm_ir_verify(b, why, sizeof why)) return;
	fprintf(stderr, "dragoman: %s\n", why);
	dm_ir_dump(b, to_stderr, stderr);
	abort();
}
