/* emu/dbt/codestore.c: a block of a coherent-fetch guest (s390x) whose page
 * the guest can write may store into its own later instructions, and the
 * architecture then runs the new ones.  The store faults on the
 * write-protected page (emu/mm/codeprot.h), which drops the page's blocks
 * and sets the thread's cpu->code_written; but this thread is still inside
 * the old block.  So such a block checks the flag after each guest
 * instruction that may store, and when it is set clears it and leaves for
 * the next instruction's pc, where the dispatcher finds (or makes) the
 * current translation.  A block of a page that is not protected because it
 * faulted too often (codeprot.h DM_CODEPROT_CHECKED) compares its bytes
 * instead, on entry (after its first INSN, so a fault there is at its pc)
 * and after each such instruction, which also sees other threads' stores.
 * Blocks of pages no guest view can write (ordinary program text) get no
 * check. */
#include <glib.h>
#include <stddef.h>
#include <string.h>

#include "emu/dbt/codestore.h"
#include "emu/dbt/exec.h"
#include "emu/dbt/helpers.h"
#include "emu/dbt/ir.h"
#include "emu/mm/guest.h"

/* CALL: have the block's bytes (b, the block's start a, length c) changed?
 * Then its translations go (the block leaves for its start or the next
 * instruction, where the dispatcher makes a new one). */
static uint64_t changed(void *cpu, uint64_t start, uint64_t bytes, uint64_t len)
{
	(void)cpu;
	if (!memcmp(dm_g2h(start), (const void *)(uintptr_t)bytes, len)) return 0;
	dm_exec_invalidate_icache(start, len);
	return 1;
}

/* the check before the guest instruction at pc: leave for it if a store hit code */
static void emit_check(struct dm_ir_insn *out, uint32_t *n, struct dm_ir_block *b, uint64_t pc, const uint8_t *bytes)
{
	dm_temp flag = (dm_temp)b->ntemps++;
	if (bytes) {
		dm_temp s = (dm_temp)b->ntemps++, p = (dm_temp)b->ntemps++, l = (dm_temp)b->ntemps++;
		out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_CONST, .size = 8, .dst = s, .imm = b->pc };
		out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_CONST, .size = 8, .dst = p, .imm = (uintptr_t)bytes };
		out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_CONST, .size = 8, .dst = l, .imm = b->end_pc - b->pc };
		out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_CALL, .size = 8, .dst = flag, .a = s, .b = p, .c = l,
						    .imm = DM_HELPER(changed) };
	} else {
		dm_temp zero = (dm_temp)b->ntemps++;
		const uint64_t off = offsetof(struct dm_cpu, code_written);
		out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_GET, .size = 1, .dst = flag, .imm = off };
		out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_CONST, .size = 8, .dst = zero, .imm = 0 };
		out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_PUT, .size = 1, .a = zero, .imm = off };
	}
	out[(*n)++] = (struct dm_ir_insn){ .op = DM_IR_BRCOND, .a = flag, .imm = pc };
}

void dm_codestore_checks(struct dm_ir_block *b, const uint8_t *bytes)
{
	uint32_t checks = bytes ? 1 : 0;   /* a checked block also checks on entry */
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
	struct dm_ir_insn *out = g_new(struct dm_ir_insn, b->n + 5 * checks);
	uint32_t n = 0;
	stores = false;
	bool first = true;
	for (uint32_t i = 0; i < b->n; i++) {
		const struct dm_ir_insn *x = &b->insn[i];
		if (x->op == DM_IR_INSN) {
			if (stores) emit_check(out, &n, b, x->imm, bytes);
			stores = false;
		} else if (dm_ir_op_fx[x->op] & DM_FX_WMEM) {
			stores = true;
		}
		out[n++] = *x;
		if (x->op == DM_IR_INSN && first && bytes) emit_check(out, &n, b, x->imm, bytes);
		if (x->op == DM_IR_INSN) first = false;
	}
	g_free(b->insn);
	b->insn = out;
	b->n = b->cap = n;
}
