/* arch/s390x/state_prune.c: block-level cleanups of the guest-state
 * accesses the instruction handlers emit one instruction at a time: a GET.8
 * of a slot the block stored with a PUT.8 becomes that value (instructions
 * read the registers their predecessors just wrote), and then a PUT.8 that
 * a later one overwrites unobserved is dropped.  The state stays exact at
 * every point something can see it (a fault, a helper, an exit). */
#include <stdlib.h>

#include "arch/s390x/translate.h"

#define FWD_SLOTS 32

/* forwarding: walk forward with the last PUT.8 value per slot; a GET.8 of a
 * known slot is removed and its uses renamed to the value */
static void forward(struct dm_ir_block *b, dm_temp *ren)
{
	uint64_t off[FWD_SLOTS];
	dm_temp val[FWD_SLOTS];
	unsigned nk = 0;
	for (uint32_t t = 0; t < b->ntemps; t++) ren[t] = (dm_temp)t;
	for (uint32_t i = 0; i < b->n; i++) {
		struct dm_ir_insn *x = &b->insn[i];
		int op = x->op;
		if (op == DM_IR_INSN) continue;
		dm_temp *src[3] = { &x->a, &x->b, &x->c };
		for (int k = 0; k < dm_ir_op_nsrc[op]; k++) *src[k] = ren[*src[k]];
		if (op == DM_IR_GET && x->size == 8) {
			unsigned k = 0;
			while (k < nk && off[k] != x->imm) k++;
			if (k < nk) {
				ren[x->dst] = val[k];
				x->op = DM_IR_INSN, x->imm = UINT64_MAX;   /* marked; removed by the caller */
			} else if (nk < FWD_SLOTS) {
				off[nk] = x->imm, val[nk++] = x->dst;   /* read once, known after */
			}
		} else if (op == DM_IR_PUT) {
			for (unsigned k = 0; k < nk;)
				if (off[k] < x->imm + x->size && x->imm < off[k] + 8) off[k] = off[--nk], val[k] = val[nk];
				else k++;
			if (x->size == 8 && nk < FWD_SLOTS) off[nk] = x->imm, val[nk++] = x->a;
		} else if (dm_ir_op_fx[op] & (DM_FX_WSTATE | DM_FX_CALL)) {
			nk = 0;
		}
	}
}

/* The stores to the CPU state that nothing can see: a PUT.8 (a register,
 * the lazy cc's cc_op / cc_a / cc_b / cc_c / cc) overwritten by a later
 * PUT.8 of the same slot in the block with nothing in between that could
 * observe the state (a GET overlapping it, a helper, a memory access that
 * may fault into a signal frame, an FP op, a block exit).  Most cc-setting
 * instructions are followed by another before any of those, so this keeps
 * the lazy cc's cost to the last producer of a block; a register rewritten
 * by several instructions in a row (RXSBG chains, address arithmetic) is
 * stored once. */
static bool observes(enum dm_ir_op op)
{
	switch (op) {
	case DM_IR_CONST: case DM_IR_GET: case DM_IR_PUT: case DM_IR_INSN:
	case DM_IR_ADD: case DM_IR_SUB: case DM_IR_ADC: case DM_IR_SBC: case DM_IR_MUL: case DM_IR_UMULH:
	case DM_IR_SMULH: case DM_IR_UDIV: case DM_IR_SDIV: case DM_IR_AND: case DM_IR_OR: case DM_IR_XOR:
	case DM_IR_ANDN: case DM_IR_ORN: case DM_IR_XORN: case DM_IR_NOT: case DM_IR_NEG: case DM_IR_SHL:
	case DM_IR_SHR: case DM_IR_SAR: case DM_IR_ROR: case DM_IR_CLZ: case DM_IR_CLS: case DM_IR_RBIT:
	case DM_IR_BSWAP: case DM_IR_SEXT: case DM_IR_ZEXT: case DM_IR_EXTR: case DM_IR_ADDF: case DM_IR_SUBF:
	case DM_IR_ADCF: case DM_IR_SBCF: case DM_IR_LOGICF: case DM_IR_COND: case DM_IR_SELECT:
		return false;
	default:
		return true;
	}
}

#define PRUNE_SLOTS 32

void s390x_state_prune(struct dm_ir_block *b)
{
	dm_temp *ren = malloc(sizeof *ren * b->ntemps);
	if (!ren) return;   /* an optimisation only */
	forward(b, ren);
	free(ren);
	uint64_t later[PRUNE_SLOTS];   /* offsets of PUT.8s still to come, nothing observing before them */
	unsigned nl = 0;
	for (uint32_t i = b->n; i-- > 0;) {
		struct dm_ir_insn *x = &b->insn[i];
		if (x->op == DM_IR_PUT && x->size == 8) {
			unsigned k = 0;
			while (k < nl && later[k] != x->imm) k++;
			if (k < nl) x->op = DM_IR_INSN, x->imm = UINT64_MAX;   /* marked; removed below */
			else if (nl < PRUNE_SLOTS) later[nl++] = x->imm;
		} else if (x->op == DM_IR_GET) {
			for (unsigned k = 0; k < nl;)
				if (later[k] < x->imm + x->size && x->imm < later[k] + 8) later[k] = later[--nl];
				else k++;
		} else if (observes((enum dm_ir_op)x->op)) {
			nl = 0;
		}
	}
	uint32_t n = 0;
	for (uint32_t i = 0; i < b->n; i++)
		if (!(b->insn[i].op == DM_IR_INSN && b->insn[i].imm == UINT64_MAX)) b->insn[n++] = b->insn[i];
	b->n = n;
}
