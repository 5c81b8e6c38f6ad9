/* emu/jit/x86_64/analyse.c: the analysis half of lowering (docs/jit.md):
 * GET forwarding, identities, dead code, address folding, flag fusion
 * decisions, live ranges and which temps live across a CALL. */
#include <stdlib.h>
#include <string.h>

#include "emu/dbt/ir_fp.h"
#include "emu/jit/x86_64/lower.h"

/* ---- analysis ------------------------------------------------------------ */

/* Every instruction that keeps its op's facts (ir_ops.h) is compiled. */
bool x86_supported(const struct dm_ir_insn *x) { return dm_ir_insn_ok(x); }

/* zero-extension width of an op's result, given its operands' */
static uint8_t result_zext(struct cg *g, const struct dm_ir_insn *x)
{
	switch ((enum dm_ir_op)x->op) {
	case DM_IR_CONST: return zext_of_value(x->imm);
	case DM_IR_GET: case DM_IR_LD: case DM_IR_LDX: case DM_IR_CAS: case DM_IR_RMW: return (uint8_t)x->size;
	case DM_IR_LDS: case DM_IR_UMULH: case DM_IR_SMULH: case DM_IR_CALL: return 8;
	case DM_IR_COND: case DM_IR_STX: return 1;
	case DM_IR_SELECT: return g->t[x->b].zext > g->t[x->c].zext ? g->t[x->b].zext : g->t[x->c].zext;
	case DM_IR_AND: {   /* no wider than its narrower operand */
		uint8_t w = g->t[x->a].zext < g->t[x->b].zext ? g->t[x->a].zext : g->t[x->b].zext;
		return w < x->size ? w : (uint8_t)(x->size >= 8 ? 8 : x->size);
	}
	case DM_IR_ADDF: case DM_IR_SUBF: case DM_IR_ADCF: case DM_IR_SBCF: case DM_IR_LOGICF: return 1;   /* bits 3..0 */
	case DM_IR_FCMP: return 1;   /* a relation, 0..3 */
	case DM_IR_FADD: case DM_IR_FSUB: case DM_IR_FMUL: case DM_IR_FDIV: case DM_IR_FSQRT: case DM_IR_FMA:
	case DM_IR_FMAX: case DM_IR_FMIN: case DM_IR_FRINT: case DM_IR_FCVT: case DM_IR_FTOSI: case DM_IR_FTOUI: case DM_IR_SITOF: case DM_IR_UITOF:
		return (uint8_t)dm_ir_fp_rsize(x);
	default: return (uint8_t)(x->size >= 8 ? 8 : x->size);
	}
}

struct fwd { uint64_t off; unsigned size; dm_temp t; };

void x86_analyse(struct cg *g)
{
	struct dm_ir_insn *in = g->in;
	const uint32_t n = g->n;
	dm_temp *alias = g->alias;   /* zeroed */
	struct fwd fw[64];
	int nfw = 0;

	/* 1. forward: aliases, constants, GET forwarding, identities */
	for (uint32_t i = 0; i < n; i++) {
		struct dm_ir_insn *x = &in[i];
		if (x->a && alias[x->a]) x->a = alias[x->a];
		if (x->b && alias[x->b]) x->b = alias[x->b];
		if (x->c && alias[x->c]) x->c = alias[x->c];
		struct tinfo *ta = &g->t[x->a], *tb = &g->t[x->b];
		switch (x->op) {
		case DM_IR_CONST:
			g->t[x->dst].loc = L_CONST;
			g->t[x->dst].cval = x->imm;
			break;
		case DM_IR_GET:
			for (int k = 0; k < nfw; k++)
				if (fw[k].off == x->imm && fw[k].size == x->size) {
					alias[x->dst] = fw[k].t;
					x->op = OP_DEAD;
					break;
				}
			if (x->op == DM_IR_GET && nfw < 64) fw[nfw++] = (struct fwd){ x->imm, x->size, x->dst };
			break;
		case DM_IR_PUT:
			for (int k = 0; k < nfw; k++)
				if (fw[k].off < x->imm + x->size && x->imm < fw[k].off + fw[k].size) fw[k--] = fw[--nfw];
			if (nfw < 64 && (x->size == 8 || ta->zext <= x->size)) fw[nfw++] = (struct fwd){ x->imm, x->size, x->a };
			break;
		case DM_IR_SHR:
			/* SHR(SHL(v, k), k) is v when v fits: a front-end's flags stored
			 * shifted into its own layout and read back in the same block */
			if (x->size == 8 && tb->loc == L_CONST && tb->cval > 0 && tb->cval < 64 && ta->loc != L_CONST) {
				const struct dm_ir_insn *d = &in[ta->def];
				if (d->op == DM_IR_SHL && d->size == 8 && d->dst == x->a && g->t[d->b].loc == L_CONST &&
				    g->t[d->b].cval == tb->cval && 8u * g->t[d->a].zext + tb->cval <= 64) {
					alias[x->dst] = d->a;
					x->op = OP_DEAD;
					break;
				}
			}
			goto identity;
		case DM_IR_OR: case DM_IR_ADD: case DM_IR_XOR: case DM_IR_SUB:
		case DM_IR_SHL: case DM_IR_SAR: case DM_IR_ROR:
		identity: {
			/* x op 0 (and 0 op x for the commutative ones) is x at width size */
			bool shift = x->op >= DM_IR_SHL && x->op <= DM_IR_ROR;
			if (x->size != 4 && x->size != 8) break;
			if (tb->loc == L_CONST && (shift ? tb->cval % (8 * x->size) : tb->cval) == 0 &&
			    (x->size == 8 || ta->zext <= x->size)) {
				alias[x->dst] = x->a;
				x->op = OP_DEAD;
			} else if (x->op != DM_IR_SUB && !shift && ta->loc == L_CONST && ta->cval == 0 &&
				   (x->size == 8 || tb->zext <= x->size)) {
				alias[x->dst] = x->b;
				x->op = OP_DEAD;
			}
			break;
		}
		}
		/* guest state an op may write ends forwarding of what it may overwrite */
		const unsigned fx = x->op == OP_DEAD ? 0 : dm_ir_op_fx[x->op];
		if ((fx & DM_FX_WSTATE) && x->op != DM_IR_PUT) {
			if (dm_ir_is_fp(x->op)) {   /* the slow path writes the 8 bytes of the status word, nothing else */
				uint64_t st = dm_ir_fp_of(x)->st_off;
				for (int k = 0; k < nfw; k++)
					if (fw[k].off < st + 8 && st < fw[k].off + fw[k].size) fw[k--] = fw[--nfw];
			} else {
				nfw = 0;
			}
		}
		if (x->op != OP_DEAD && dm_ir_op_has_dst[x->op]) {
			g->t[x->dst].def = (int32_t)i;
			g->t[x->dst].zext = result_zext(g, x);
		}
	}

	/* 2. address folding: LD/LDS/ST of ADD.8 (x, const) use [x + const] */
	for (uint32_t i = 0; i < n; i++) {
		struct dm_ir_insn *x = &in[i];
		if (x->op != DM_IR_LD && x->op != DM_IR_LDS && x->op != DM_IR_ST) continue;
		struct dm_ir_insn *d = &in[g->t[x->a].def];
		if (g->t[x->a].loc == L_CONST || d->op != DM_IR_ADD || d->size != 8) continue;
		dm_temp base = d->a, k = d->b;
		if (g->t[base].loc == L_CONST) { base = d->b; k = d->a; }
		if (g->t[k].loc != L_CONST || g->t[base].loc == L_CONST) continue;
		int64_t disp = (int64_t)g->t[k].cval;
		if (!fits_s32(disp) || !fits_s32(disp + g->gbase)) continue;
		g->abase[i] = base;
		g->adisp[i] = (int32_t)disp;
	}

	/* 3. backward: uses and dead code */
	for (uint32_t i = n; i-- > 0;) {
		struct dm_ir_insn *x = &in[i];
		if (x->op == OP_DEAD) continue;
		if (dm_ir_removable(x->op) && dm_ir_op_has_dst[x->op] && g->t[x->dst].uses == 0) { x->op = OP_DEAD; continue; }
		if (g->abase[i]) {
			g->t[g->abase[i]].uses++;
			if (x->op == DM_IR_ST) g->t[x->b].uses++;
			continue;
		}
		const dm_temp ops[3] = { x->a, x->b, x->c };
		for (int k = 0; k < dm_ir_op_nsrc[x->op]; k++) g->t[ops[k]].uses++;
	}

	/* 4. flag fusion */
	for (uint32_t i = 0; i < n; i++) {
		g->hoist[i] = -2;
		g->hoist_head[i] = -1;
	}
	for (uint32_t i = 0; i < n; i++) {
		struct dm_ir_insn *x = &in[i];
		if (x->op != DM_IR_COND || g->t[x->a].loc == L_CONST) continue;
		int32_t f = g->t[x->a].def;
		if (in[f].dst != x->a || x86_fused_cc(in[f].op, (unsigned)x->imm) < 0) continue;
		if (in[f].size != 4 && in[f].size != 8) continue;
		g->hoist[i] = g->hoist_head[f];
		g->hoist_head[f] = (int32_t)i;
		g->t[x->dst].def = f;
	}

	/* 5. last uses (a hoisted COND reads nothing where it stands) */
	for (uint32_t i = 1; i < g->nt; i++) g->t[i].last = -1;
	for (uint32_t i = 0; i < n; i++) {
		struct dm_ir_insn *x = &in[i];
		if (x->op == OP_DEAD) continue;
		if (x->op == DM_IR_COND && g->hoist[i] != -2) continue;
		if (g->abase[i]) {
			g->t[g->abase[i]].last = (int32_t)i;
			if (x->op == DM_IR_ST) g->t[x->b].last = (int32_t)i;
			continue;
		}
		const dm_temp ops[3] = { x->a, x->b, x->c };
		for (int k = 0; k < dm_ir_op_nsrc[x->op]; k++) {
			g->t[ops[k]].last = (int32_t)i;
			g->t[ops[k]].ruses++;
		}
	}
	for (uint32_t i = 0; i < n; i++) {
		g->matdst[i] = in[i].dst;
		g->matshift[i] = 0;
	}
	/* a flags value whose one use left is SHL by a constant (a front-end
	 * storing flags in its own layout) is computed shifted */
	for (uint32_t i = 0; i < n; i++) {
		struct dm_ir_insn *x = &in[i];
		if (x->op != DM_IR_SHL || x->size != 8 || g->t[x->a].loc == L_CONST || g->t[x->b].loc != L_CONST ||
		    g->t[x->b].cval < 1 || g->t[x->b].cval > 60 || g->t[x->a].ruses != 1)
			continue;
		int32_t d = g->t[x->a].def;
		int op = in[d].op;
		if (in[d].dst != x->a || (op != DM_IR_SUBF && op != DM_IR_ADDF && op != DM_IR_LOGICF && op != DM_IR_ADCF && op != DM_IR_SBCF))
			continue;
		g->matdst[d] = x->dst;
		g->matshift[d] = (uint8_t)g->t[x->b].cval;
		g->t[x->dst].def = d;
		g->t[x->a].last = -1;
		x->op = OP_DEAD;
	}
	/* a COND (not fused) whose operand's one use is SHR by a constant (flags
	 * read back from a front-end's own layout) shifts it itself */
	for (uint32_t i = 0; i < n; i++) {
		struct dm_ir_insn *x = &in[i];
		if (x->op != DM_IR_COND || g->hoist[i] != -2 || g->t[x->a].loc == L_CONST || g->t[x->a].ruses != 1) continue;
		struct dm_ir_insn *d = &in[g->t[x->a].def];
		if (d->op != DM_IR_SHR || d->dst != x->a || d->size != 8 || g->t[d->a].loc == L_CONST ||
		    g->t[d->b].loc != L_CONST || g->t[d->b].cval > 63)
			continue;
		x->a = d->a;
		g->matshift[i] = (uint8_t)g->t[d->b].cval;
		if (g->t[d->a].last < (int32_t)i) g->t[d->a].last = (int32_t)i;
		d->op = OP_DEAD;
	}
	for (uint32_t i = 0; i < n; i++) {
		struct dm_ir_insn *x = &in[i];
		g->materialize[i] = false;
		if ((x->op == DM_IR_SUBF || x->op == DM_IR_ADDF || x->op == DM_IR_LOGICF) && g->t[g->matdst[i]].last >= 0)
			g->materialize[i] = true;
	}

	/* a BRCOND of a hoisted COND whose one use it is, right after the COND's
	 * flag op (only dead instructions and INSN marks between) with no flags value to
	 * materialise, jumps on the host flags: no setcc + test */
	for (uint32_t i = 0; i < n; i++) {
		g->brcc[i] = -1;
		struct dm_ir_insn *x = &in[i];
		if (x->op != DM_IR_BRCOND || g->t[x->a].loc == L_CONST || g->t[x->a].uses != 1) continue;
		int32_t c = (int32_t)i - 1;
		while (c >= 0 && (in[c].op == OP_DEAD || in[c].op == DM_IR_INSN)) c--;
		if (c < 0 || in[c].op != DM_IR_COND || in[c].dst != x->a || g->hoist[c] == -2) continue;
		int32_t f = c - 1;
		while (f >= 0 && (in[f].op == OP_DEAD || in[f].op == DM_IR_INSN)) f--;
		if (f < 0 || f != g->t[x->a].def || g->materialize[f]) continue;
		for (int32_t *p = &g->hoist_head[f]; *p >= 0; p = &g->hoist[*p])
			if (*p == c) { *p = g->hoist[c]; break; }
		g->brcc[i] = (int8_t)x86_fused_cc(in[f].op, (unsigned)in[c].imm);
		in[c].op = OP_DEAD;
		g->t[x->a].last = -1;
	}

	/* 6. temps live across a CALL */
	int32_t next_call = INT32_MAX;
	int32_t *nc = g->nextcall;
	for (uint32_t i = n; i-- > 0;) {
		nc[i] = next_call;
		if (in[i].op != OP_DEAD && (dm_ir_op_fx[in[i].op] & DM_FX_CALL)) next_call = (int32_t)i;
	}
	for (uint32_t t = 1; t < g->nt; t++)
		if (g->t[t].last >= 0 && g->t[t].loc != L_CONST) g->t[t].cross = nc[g->t[t].def] < g->t[t].last;
}

