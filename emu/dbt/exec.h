/* emu/dbt/exec.h: running guest code. */
#ifndef DM_EXEC_H
#define DM_EXEC_H

#include "emu/cpu.h"
#include "emu/dbt/ir.h"

/* Run cpu from cpu->pc until the guest exits (the exit syscalls end the process). */
_Noreturn void dm_exec_run(struct dm_cpu *cpu);

/* How an interpreted block ended. */
enum dm_exit { DM_EXIT_JUMP, DM_EXIT_SYSCALL, DM_EXIT_TRAP };

/* Run one translated block; sets cpu->pc to where execution continues (for a
 * trap: the trapping instruction) and returns how it ended; *trap gets TRAP's imm. */
enum dm_exit dm_interp_block(struct dm_cpu *cpu, const struct dm_ir_block *b, uint64_t *trap);

/* Forget translations of [addr, addr+len) (munmap, mprotect, self-modifying code). */
void dm_exec_invalidate(uint64_t addr, uint64_t len);

#endif
