/* arch/arm/translate_block.c: the A32/T32 front-end entry: decode guest
 * instructions from pc (bit 0: Thumb) and lower each through the first row
 * whose handler accepts it, until one ends the block (branch, pc write, svc,
 * trap, undefined encoding), 64 instructions, or the end of the page.
 * Conditional execution is done here for every instruction: the A32 cond
 * field, the T32 IT block's condition, the conditional branches' own field;
 * a failing condition leaves the block for the next instruction (BRCOND). */
#include <signal.h>
#include <string.h>

#include "arch/arm/translate.h"
#include "emu/mm/guest.h"
#include "emu/mm/mm.h"

#define ARM_BLOCK_MAX 64

void arm_translate(struct dm_ir_block *b, uint64_t pc);
void arm_it_record(uint32_t pc, uint8_t state, uint32_t it_pc, uint16_t it_insn);
uint8_t arm_it_lookup(uint32_t pc, uint32_t *it_pc, uint16_t *it_insn);

void arm_exit(struct arm_tr *t, uint64_t next_pc)
{
	dm_ir_emit(t->b, DM_IR_EXIT, 8, 0, 0, 0, next_pc);
	t->end_block = true;
}

void arm_exit_ind(struct arm_tr *t, dm_temp next_pc)
{
	dm_ir_emit(t->b, DM_IR_EXITR, 8, next_pc, 0, 0, 0);
	t->end_block = true;
}

void arm_trap(struct arm_tr *t, enum dm_trap kind, unsigned code)
{
	dm_ir_emit(t->b, DM_IR_TRAP, 8, 0, 0, 0, (uint64_t)kind | (uint64_t)code << 16);
	t->end_block = true;
}

/* IT: 10111111 cccc mmmm; ITSTATE = firstcond:mask */
bool arm_t16_it(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned first = BITS(i, 7, 4), mask = BITS(i, 3, 0);
	if (t->in_it || first == 15 || (first == 14 && __builtin_popcount(mask) != 1)) return false;
	t->itstate = (uint8_t)(i & 0xff);
	return true;
}

static uint8_t it_advance(uint8_t it) { return (it & 7) == 0 ? 0 : (uint8_t)((it & 0xe0) | ((it << 1) & 0x1f)); }

/* the condition a row's own field gives (conditional branches), else 14 */
static unsigned branch_cond(const struct arm_row *r, unsigned set, uint32_t insn)
{
	extern bool arm_t16_bcond(struct arm_tr *, uint32_t, uint32_t);
	extern bool arm_t32_b(struct arm_tr *, uint32_t, uint32_t);
	if (set == ARM_SET_T16 && r->fn == arm_t16_bcond) return BITS(insn, 11, 8);
	if (set == ARM_SET_T32 && r->fn == arm_t32_b && !BIT(insn, 12) && !BIT(insn, 14)) return BITS(insn, 25, 22);
	return 14;
}

void arm_translate(struct dm_ir_block *b, uint64_t pc64)
{
	b->pc = b->end_pc = pc64;
	b->n = b->ninsns = 0;
	b->ntemps = 1;
	bool thumb = pc64 & 1;
	uint32_t pc = (uint32_t)pc64 & ~1u;
	struct arm_tr t = { .b = b, .thumb = thumb };
	if (!thumb && (pc & 2)) {
		dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, pc64);
		dm_ir_emit(b, DM_IR_TRAP, 8, 0, 0, 0, DM_TRAP_UNALIGNED_PC);
		return;
	}
	uint32_t it_pc = 0;
	uint16_t it_insn = 0;
	uint8_t it = thumb ? arm_it_lookup(pc, &it_pc, &it_insn) : 0;
	for (int k = 0; k < ARM_BLOCK_MAX && !t.end_block; k++) {
		uint64_t here = pc | (thumb ? 1 : 0);
		if (dm_ir_block_limit(b, (unsigned)k, here)) break;   /* gdb: step, breakpoint */
		uint32_t insn;
		unsigned len = 4, set;
		if (thumb) {
			uint16_t hw1;
			memcpy(&hw1, dm_g2h(pc), 2);
			len = hw1 >= 0xe800 ? 4 : 2;
			if (len == 4 && (pc & 0xfff) == 0xffe) {
				/* an instruction across a page boundary only starts a block */
				if (k) break;
				if (!dm_mm_access_ok(pc, 4, DM_PROT_EXEC)) {
					dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, here);
					dm_ir_emit(b, DM_IR_TRAP, 8, 0, 0, 0, DM_TRAP_FETCH);
					t.end_block = true;
					break;
				}
			}
			if (len == 4) {
				uint16_t hw2;
				memcpy(&hw2, dm_g2h(pc + 2), 2);
				insn = (uint32_t)hw1 << 16 | hw2;
				set = ARM_SET_T32;
			} else {
				insn = hw1;
				set = ARM_SET_T16;
			}
		} else {
			memcpy(&insn, dm_g2h(pc), 4);
			set = ARM_SET_A32;
		}
		t.pc = pc, t.next = pc + len, t.len = len;
		t.in_it = it != 0;
		t.itstate = it;
		uint8_t it_after = it ? it_advance(it) : 0;
		dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, here);
		uint32_t mark = b->n, tmark = b->ntemps;

		unsigned pos = 0;
		const struct arm_row *row = arm_decode(set, insn, &pos);
		unsigned cond = 14;
		if (set == ARM_SET_A32) cond = insn >> 28 == 15 ? 14 : insn >> 28;
		else if (it) cond = it >> 4;
		else if (row) cond = branch_cond(row, set, insn);
		if (it && row && branch_cond(row, set, insn) != 14) row = NULL;   /* no conditional branch in IT */
		if (it_after) arm_it_record(t.next, it_after, it_pc, it_insn);
		if (cond < 14) {
			dm_temp skip = arm_cond(&t, arm_flags(&t), (enum dm_cond)(cond ^ 1));
			dm_ir_emit(b, DM_IR_BRCOND, 8, skip, 0, 0, t.next | (thumb ? 1 : 0));
		}
		uint32_t bmark = b->n, btmark = b->ntemps;
		bool ok = false;
		for (; row; row = arm_decode(set, insn, &pos)) {
			if (row->fn(&t, insn, row->arg)) {
				ok = true;
				break;
			}
			b->n = bmark, b->ntemps = btmark, t.end_block = false;
		}
		if (!ok) {
			/* drop whatever was emitted; the trap reports this pc */
			b->n = mark, b->ntemps = tmark;
			arm_trap(&t, DM_TRAP_UNDEF, 0);
		}
		if (ok && set == ARM_SET_T16 && t.itstate != it) {
			/* an IT instruction: the next ones run under it */
			it = t.itstate;
			it_pc = pc;
			it_insn = (uint16_t)insn;
			arm_it_record(t.next, it, it_pc, it_insn);
		} else {
			it = it_after;
		}
		pc += len;
		if (!(pc & 0xfff)) break;
	}
	if (!t.end_block) arm_exit(&t, pc | (thumb ? 1 : 0));
	b->end_pc = pc;
}
