/* arch/s390x/translate_block.c: the s390x front-end entry: decode guest
 * instructions from pc and lower each through its row's handler until one
 * ends the block (branch, svc, trap, undefined encoding), 64 instructions, or
 * the end of the 4 KiB page (an instruction that crosses into the next page
 * only starts a block, once both pages are known executable); plus the block
 * endings every handler uses. */
#include <signal.h>
#include <string.h>

#include "arch/s390x/translate.h"
#include "emu/mm/guest.h"
#include "emu/mm/mm.h"

#define S390X_BLOCK_MAX 64

void s390x_translate(struct dm_ir_block *b, uint64_t pc);

void s390x_exit(struct s390x_tr *t, uint64_t next_pc)
{
	s390x_emit(t, DM_IR_EXIT, 8, 0, 0, 0, next_pc);
	t->end_block = true;
}

void s390x_exit_ind(struct s390x_tr *t, dm_temp next_pc)
{
	s390x_emit(t, DM_IR_EXITR, 8, next_pc, 0, 0, 0);
	t->end_block = true;
}

void s390x_branch_if(struct s390x_tr *t, dm_temp cond, uint64_t target)
{
	s390x_emit(t, DM_IR_BRCOND, 8, cond, 0, 0, target);
	s390x_exit(t, t->next);
}

/* TRAP's value (emu/dbt/ir.h): the instruction's length in the low byte (the
 * frame's PSW points past it), the si_code above */
void s390x_trap(struct s390x_tr *t, enum dm_trap kind, unsigned code)
{
	uint64_t value = (t->next - t->pc) | (uint64_t)code << 8;
	s390x_emit(t, DM_IR_TRAP, 8, 0, 0, 0, (uint64_t)kind | value << 8);
	t->end_block = true;
}

void s390x_trap_if(struct s390x_tr *t, dm_temp cond, enum dm_trap kind, unsigned code)
{
	dm_temp ok = s390x_op2i(t, DM_IR_XOR, 8, cond, 1);
	s390x_emit(t, DM_IR_BRCOND, 8, ok, 0, 0, t->next);
	s390x_trap(t, kind, code);
}

bool s390x_spec(struct s390x_tr *t)
{
	s390x_trap(t, DM_TRAP_UNDEF, ILL_ILLOPN);
	return true;
}

void s390x_spec_if(struct s390x_tr *t, dm_temp cond) { s390x_trap_if(t, cond, DM_TRAP_UNDEF, ILL_ILLOPN); }

dm_temp s390x_misaligned(struct s390x_tr *t, dm_temp a, unsigned w)
{
	return s390x_rel(t, DM_COND_NE, 8, s390x_op2i(t, DM_IR_AND, 8, a, w - 1), s390x_const(t, 0));
}

bool s390x_translate_insn(struct s390x_tr *t, const uint8_t *code, struct s390x_insn *i)
{
	const struct s390x_row *row = s390x_decode(code);
	unsigned len = s390x_ilen(code[0]);
	memset(i, 0, sizeof *i);
	i->len = len;
	for (unsigned k = 0; k < len; k++) i->raw = i->raw << 8 | code[k];
	if (!row) return false;
	s390x_fields(i, row);
	return row->fn(t, i);
}

/* b is empty (zeroed) or a previous block whose buffer is reused. */
void s390x_translate(struct dm_ir_block *b, uint64_t pc)
{
	b->pc = b->end_pc = pc;
	b->n = b->ninsns = 0;
	b->ntemps = 1;
	struct s390x_tr t = { .b = b, .cc = { .op = S390X_CC_UNKNOWN } };
	if (pc & 1) {
		/* an odd instruction address: a specification exception */
		dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, pc);
		dm_ir_emit(b, DM_IR_TRAP, 8, 0, 0, 0, DM_TRAP_UNALIGNED_PC);
		return;
	}
	for (int k = 0; k < S390X_BLOCK_MAX && !t.end_block; k++) {
		if (dm_ir_block_limit(b, (unsigned)k, pc)) break;   /* gdb: step, breakpoint */
		const uint8_t *code = dm_g2h(pc);
		unsigned len = s390x_ilen(code[0]);
		if ((pc & 0xfff) + len > 0x1000) {
			if (k) break;
			if (!dm_mm_access_ok(pc, len, DM_PROT_EXEC)) {
				dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, pc);
				dm_ir_emit(b, DM_IR_TRAP, 8, 0, 0, 0, DM_TRAP_FETCH);
				t.end_block = true;
				break;
			}
		}
		t.pc = pc, t.next = pc + len;
		dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, pc);
		uint32_t mark = b->n, tmark = b->ntemps;
		struct s390x_ccrec cc = t.cc;
		struct s390x_insn i;
		if (!s390x_translate_insn(&t, code, &i)) {
			/* drop whatever the handler emitted; the trap reports this pc */
			b->n = mark, b->ntemps = tmark, t.cc = cc;
			s390x_trap(&t, DM_TRAP_UNDEF, 0);
		}
		pc += len;
		if (!(pc & 0xfff)) break;
	}
	if (!t.end_block) s390x_exit(&t, pc);
	b->end_pc = pc;
	s390x_state_prune(b);
}
