/* emu/dbt/ir.c: building and printing IR blocks. */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "emu/dbt/ir.h"

#define DM_IR_OP(name, nsrc, dst, sizes, imm, fx) #name,
const char *const dm_ir_op_names[DM_IR_NOPS] = {
#include "emu/dbt/ir_ops.h"
};
#undef DM_IR_OP
#define DM_IR_OP(name, nsrc, dst, sizes, imm, fx) nsrc,
const uint8_t dm_ir_op_nsrc[DM_IR_NOPS] = {
#include "emu/dbt/ir_ops.h"
};
#undef DM_IR_OP
#define DM_IR_OP(name, nsrc, dst, sizes, imm, fx) dst,
const uint8_t dm_ir_op_has_dst[DM_IR_NOPS] = {
#include "emu/dbt/ir_ops.h"
};
#undef DM_IR_OP
#define DM_IR_OP(name, nsrc, dst, sizes, imm, fx) sizes,
const uint8_t dm_ir_op_sizes[DM_IR_NOPS] = {
#include "emu/dbt/ir_ops.h"
};
#undef DM_IR_OP
#define DM_IR_OP(name, nsrc, dst, sizes, imm, fx) imm,
const uint8_t dm_ir_op_immk[DM_IR_NOPS] = {
#include "emu/dbt/ir_ops.h"
};
#undef DM_IR_OP
#define DM_IR_OP(name, nsrc, dst, sizes, imm, fx) fx,
const uint16_t dm_ir_op_fx[DM_IR_NOPS] = {
#include "emu/dbt/ir_ops.h"
};
#undef DM_IR_OP

void dm_ir_init(struct dm_ir_block *b, uint64_t pc)
{
	memset(b, 0, sizeof *b);
	b->pc = b->end_pc = pc;
	b->ntemps = 1;  /* temp 0 is "no operand" */
}

void dm_ir_free(struct dm_ir_block *b)
{
	g_free(b->insn);
	b->insn = NULL;
	b->n = b->cap = 0;
}

dm_temp dm_ir_emitf(struct dm_ir_block *b, enum dm_ir_op op, unsigned size, unsigned flags, dm_temp a, dm_temp bb,
		    dm_temp c, uint64_t imm)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->insn = g_renew(struct dm_ir_insn, b->insn, b->cap);
	}
	dm_temp dst = 0;
	if (dm_ir_op_has_dst[op]) {
		g_assert(b->ntemps < 65535);
		dst = (dm_temp)b->ntemps++;
	}
	b->insn[b->n++] = (struct dm_ir_insn){ (uint8_t)op, (uint8_t)size, (uint8_t)flags, dst, a, bb, c, imm };
	if (op == DM_IR_INSN) b->ninsns++;
	return dst;
}

void dm_ir_dump(const struct dm_ir_block *b, void (*out)(const char *line, void *ctx), void *ctx)
{
	char line[160];
	snprintf(line, sizeof line, "block %#llx: %u guest insns, %u ops, %u temps", (unsigned long long)b->pc,
		 b->ninsns, b->n, b->ntemps);
	out(line, ctx);
	for (uint32_t i = 0; i < b->n; i++) {
		const struct dm_ir_insn *x = &b->insn[i];
		int n = 0;
		if (x->op >= DM_IR_NOPS) {   /* a broken block, shown by the verifier */
			snprintf(line, sizeof line, "  ?op%u", x->op);
			out(line, ctx);
			continue;
		}
		if (x->op == DM_IR_INSN) {
			snprintf(line, sizeof line, "  ---- %#llx", (unsigned long long)x->imm);
			out(line, ctx);
			continue;
		}
		n += snprintf(line + n, sizeof line - n, "  ");
		if (dm_ir_op_has_dst[x->op]) n += snprintf(line + n, sizeof line - n, "t%u = ", x->dst);
		n += snprintf(line + n, sizeof line - n, "%s.%u%s", dm_ir_op_names[x->op], x->size,
			      x->flags & DM_IR_F_BE ? ".be" : "");
		const dm_temp src[3] = { x->a, x->b, x->c };
		for (int k = 0; k < dm_ir_op_nsrc[x->op]; k++)
			n += snprintf(line + n, sizeof line - n, " t%u", src[k]);
		snprintf(line + n, sizeof line - n, " #%#llx", (unsigned long long)x->imm);
		out(line, ctx);
	}
}
