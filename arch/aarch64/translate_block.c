/* arch/aarch64/translate_block.c: the A64 front-end entry: decode guest
 * instructions from pc and lower each through its table handler until one
 * ends the block (branch, SVC, BRK, ISB, UNDEF), 64 instructions, the limits
 * the request sets (dm_ir_block_limit: gdb), or the end
 * of the 4 KiB page (so a block lives in one page of the block cache's page
 * index, which invalidation looks up: docs/coherence.md). */
#include <string.h>

#include "arch/aarch64/decode.h"
#include "emu/mm/guest.h"

#define A64_BLOCK_MAX 64

void a64_translate(struct dm_ir_block *b, uint64_t pc);

/* b is empty (zeroed) or a previous block whose buffer is reused. */
void a64_translate(struct dm_ir_block *b, uint64_t pc)
{
	b->pc = b->end_pc = pc;
	b->n = b->ninsns = 0;
	b->ntemps = 1;
	if (pc & 3) {
		dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, pc);
		dm_ir_emit(b, DM_IR_TRAP, 8, 0, 0, 0, DM_TRAP_UNALIGNED_PC);
		return;
	}
	struct a64_tr t = { .b = b };
	for (int k = 0; k < A64_BLOCK_MAX && !t.end_block; k++) {
		if (dm_ir_block_limit(b, (unsigned)k, pc)) break;
		uint32_t insn;
		memcpy(&insn, dm_g2h(pc), 4);
		t.pc = pc, t.insn = insn;
		dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, pc);
		uint32_t mark = b->n, tmark = b->ntemps;
		const struct a64_row *row = a64_decode(insn);
		if (!row || !row->fn(&t, insn)) {
			/* drop whatever the handler emitted; the trap reports this pc */
			b->n = mark, b->ntemps = tmark;
			a64_trap(&t, DM_TRAP_UNDEF, 0);
		}
		pc += 4;
		if (!(pc & 0xfff)) break;
	}
	if (!t.end_block) a64_exit(&t, pc);
	b->end_pc = pc;
}
