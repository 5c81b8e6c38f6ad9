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

/* Forget translations of [addr, addr+len) (munmap, mprotect, mremap, the
 * guest's instruction-cache maintenance).  When it returns, no thread enters
 * an old translation of that range any more (docs/coherence.md). */
void dm_exec_invalidate(uint64_t addr, uint64_t len);
/* The same for the guest's own instruction-cache maintenance (arm64 IC IVAU):
 * the code of that range was rewritten in place, and its pages are
 * remembered as such until they are unmapped or remapped (dm_tb_should_compile). */
void dm_exec_invalidate_icache(uint64_t addr, uint64_t len);

/* The host fault handler let a store into write-protected translated code
 * go on (emu/mm/codeprot.h): the block this thread runs, if it stored there,
 * ends after that instruction (emu/dbt/codestore.c). */
void dm_exec_code_written(void);

/* The calling thread's guest thread has ended (it left dm_exec_run): it no
 * longer holds back the freeing of old translations. */
void dm_exec_thread_exit(void);

#endif
