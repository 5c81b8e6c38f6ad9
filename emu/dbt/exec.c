/* emu/dbt/exec.c: the dispatch loop: find the block for pc, run it, act on
 * how it ended (next block, system call, trap, fault), deliver signals at
 * block boundaries. */
#include <signal.h>
#include <stdio.h>

#include "arch/arch.h"
#include "emu/dbt/cache.h"
#include "emu/dbt/exec.h"
#include "emu/mm/guest.h"
#include "emu/process.h"
#include "emu/signal/signal.h"
#include "emu/sys/sys.h"

static void trap(struct dm_cpu *cpu, uint64_t t)
{
	switch (t & 0xff) {
	case DM_TRAP_UNDEF:
		if (dm_proc.log_mask & DM_LOG_UNIMP) {
			uint32_t insn = 0;
			__builtin_memcpy(&insn, dm_g2h(cpu->pc), 4);
			fprintf(dm_proc.log ? dm_proc.log : stderr,
				"dragoman: undefined or unimplemented instruction %#010x at pc %#llx\n", insn,
				(unsigned long long)cpu->pc);
		}
		dm_signal_sync(cpu, SIGILL, ILL_ILLOPC, cpu->pc);
		break;
	case DM_TRAP_BRK:
		dm_signal_sync(cpu, SIGTRAP, TRAP_BRKPT, cpu->pc);
		break;
	case DM_TRAP_UNALIGNED_PC:
		dm_signal_sync(cpu, SIGBUS, BUS_ADRALN, cpu->pc);
		break;
	default:
		dm_signal_sync(cpu, SIGSEGV, SEGV_MAPERR, cpu->pc);
		break;
	}
}

_Noreturn void dm_exec_run(struct dm_cpu *cpu)
{
	dm_signal_init();
	if (sigsetjmp(dm_fault_jmp, 0)) {
		/* A guest load or store faulted; cpu->pc is its instruction. */
		struct dm_fault f = dm_last_fault;
		dm_signal_sync(cpu, f.sig, f.code, f.addr);
	}
	for (;;) {
		if (dm_signal_pending) dm_signal_deliver_pending(cpu);
		struct dm_tb *tb = dm_tb_get(cpu, cpu->pc);
		uint64_t t = 0;
		dm_in_guest = 1;
		enum dm_exit e = dm_interp_block(cpu, &tb->ir, &t);
		dm_in_guest = 0;
		switch (e) {
		case DM_EXIT_JUMP: break;
		case DM_EXIT_SYSCALL: dm_syscall(cpu); break;
		case DM_EXIT_TRAP: trap(cpu, t); break;
		}
	}
}
