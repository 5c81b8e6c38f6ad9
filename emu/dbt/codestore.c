/* emu/dbt/codestore.c: a block of a coherent-fetch guest (s390x) whose page
 * the guest can write may store into its own later instructions, and the
 * architecture then runs the new ones.  The store faults on the
 * write-protected page (emu/mm/codeprot.h), which drops the page's blocks
 * and sets the thread's cpu->code_written; but this thread is still inside
 * the old block.  So such a block checks the flag after each guest
 * instruction that may store, and when it is set clears it and leaves for
 * the next instruction's pc, where the dispatcher finds (or makes) the
 * current translation.  Blocks of pages no guest view can write (ordinary
 * program text) get no check. */
#include <glib.h>
#include <stddef.h>

#include "emu/dbt/codestore.h"
#include "emu/dbt/ir.h"

/* the check before the guest instruction at pc: leave for it if a store hit code */
static void emit_check(struct dm_ir_insn *out, uint32_t *n, struct dm_ir_block *b, uint64_t pc)
{
	dm_temp flag = (dm_temp)b->ntemps++, zero = (dm_temp)b->ntemps++;
	const uint64_t off = offsetof(struct dm_cpu, code_written);
	out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_GET, .size = 1, .dst = flag, .imm = off };
	out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_CONST, .size = 8, .dst = zero, .imm = 0 };
	out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_PUT, .size = 1, .a = zero, .imm = off };
	out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_BRCOND, .a = flag, .imm = pc };
}

void dm_codestore_checks(struct dm_ir_block *b)
{
	uint32_t checks = 0;
	bool stores = false;
	for (uint32_t i = 0; i < b->n; i++) {
		const struct dm_ir_insn *x = &b->insn[i];
		if (x->op == DM_IR_INSN) {
			if (stores) checks++;
			stores = false;
		} else if (dm_ir_op_fx[x->op] & DM_FX_WMEM) {
			stores = true;
		}
	}
	if (!checks) return;
	struct dm_ir_insn *out = g_new(struct dm_ir_insn, b->n + 4 * checks);
	uint32_t n = 0;
	stores = false;
	for (uint32_t i = 0; i < b->n; i++) {
		const struct dm_ir_insn *x = &b->insn[i];
		if (x->op == DM_IR_INSN) {
			if (stores) emit_check(out, &n, b, x->imm);
			stores = false;
		} else if (dm_ir_op_fx[x->op] & DM_FX_WMEM) {
			stores = true;
		}
		out[n++] = *x;
	}
	g_free(b->insn);
	b->insn = out;
	b->n = b->cap = n;
}
