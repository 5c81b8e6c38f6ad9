/* emu/dbt/exec.c: the dispatch loop: find the block for pc, run it, act on
 * how it ended (next block, system call, trap, fault), deliver signals at
 * block boundaries. */
#include <signal.h>
#include <stdio.h>

#include "arch/arch.h"
#include "emu/dbt/cache.h"
#include "emu/dbt/exec.h"
#include "emu/dbt/qsbr.h"
#include "emu/gdbstub/gdbstub.h"
#include "emu/jit/jit.h"
#include "emu/mm/guest.h"
#include "emu/mm/mm.h"
#include "emu/process.h"
#include "emu/signal/signal.h"
#include "emu/sys/sys.h"

/* The gdb stub (emu/gdbstub) is linked into build/dragoman only. */
#pragma weak dm_gdb_enabled
#pragma weak dm_gdb_thread_begin
#pragma weak dm_gdb_thread_end
#pragma weak dm_gdb_block_top
#pragma weak dm_gdb_stepped
#pragma weak dm_gdb_syscall

static inline bool gdb_on(void) { return &dm_gdb_enabled && dm_gdb_enabled; }

/* A system call may block for ever: the thread holds no block meanwhile, so
 * it must not hold back the freeing of old translations (qsbr.h). */
static void syscall_offline(struct dm_cpu *cpu)
{
	dm_qsbr_offline();
	if (gdb_on()) dm_gdb_syscall(1);     /* a thread blocked here counts as stopped */
	dm_syscall(cpu);
	if (gdb_on()) dm_gdb_syscall(0);
	dm_qsbr_online();
}

static __thread struct dm_cpu *running;   /* this thread's guest cpu */

void dm_exec_code_written(void)
{
	if (running) running->code_written = 1;
}

void dm_exec_thread_exit(void)
{
	if (&dm_gdb_thread_end) dm_gdb_thread_end();
	dm_qsbr_thread_exit();
}

static void trap(struct dm_cpu *cpu, uint64_t t)
{
	switch (t & 0xff) {
	case DM_TRAP_UNDEF:
		if (dm_proc.log_mask & DM_LOG_UNIMP) {
			/* the instruction as the guest's manuals write it: its length
			 * (the trap's, else 4 bytes) read in the guest's byte order */
			unsigned n = (t >> 8) & 0xff;
			if (n == 0 || n > 8) n = 4;
			const uint8_t *p = dm_g2h(cpu->pc);
			unsigned long long insn = 0;
			bool be = cpu->arch->elf_data == 2;   /* ELFDATA2MSB */
			for (unsigned i = 0; i < n; i++) insn |= (unsigned long long)p[be ? i : n - 1 - i] << (8 * (n - 1 - i));
			fprintf(dm_proc.log ? dm_proc.log : stderr,
				"dragoman: undefined or unimplemented instruction %#0*llx at pc %#llx\n", 2 + 2 * (int)n, insn,
				(unsigned long long)cpu->pc);
		}
		cpu->pc += (t >> 8) & 0xff;
		dm_signal_sync(cpu, SIGILL, (t >> 16) ? (int)(t >> 16) : ILL_ILLOPC, cpu->pc - ((t >> 8) & 0xff));
		break;
	case DM_TRAP_FPE:
		cpu->pc += (t >> 8) & 0xff;
		dm_signal_sync(cpu, SIGFPE, (int)(t >> 16), cpu->pc - ((t >> 8) & 0xff));
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

/* The JIT (emu/jit) is linked into build/dragoman only; other programs that
 * link this library (tests, tools) interpret. */
#pragma weak dm_jit_enabled
#pragma weak dm_jit_compile
#pragma weak dm_jit_full
#pragma weak dm_jit_run
#pragma weak dm_jit_link
#pragma weak dm_jit_note_target

/* Compile tb; when the code cache is full, flush it with the block cache and
 * compile tb's pc afresh.  Returns the block to run. */
static struct dm_tb *compile(struct dm_cpu *cpu, struct dm_tb *tb)
{
	if (dm_jit_compile(tb) || !dm_jit_full()) return tb;
	dm_tb_flush_all();
	tb = dm_tb_get(cpu, cpu->pc);
	if (!tb->jit.tried) dm_jit_compile(tb);
	return tb;
}

/* Run host code until it needs the dispatcher and act on why it stopped.
 * Returns the direct exit to link to the next block, if that is why. */
static struct dm_jit_exit *run_jit(struct dm_cpu *cpu, struct dm_tb *tb)
{
	dm_jit_note_target(tb);
	dm_in_guest = 1;
	uintptr_t r = dm_jit_run(cpu, tb);
	dm_in_guest = 0;
	if (r == DM_JIT_RET_JUMP) return NULL;
	if (r == DM_JIT_RET_SYSCALL) {
		syscall_offline(cpu);
		return NULL;
	}
	struct dm_jit_exit *e = (struct dm_jit_exit *)r;
	if (e->kind == DM_JIT_EXIT_TRAP) {
		trap(cpu, e->value);
		return NULL;
	}
	return e;   /* a direct exit not chained yet */
}

/* gdb's single step (and watchpoints): translate exactly one instruction,
 * outside the block cache, and interpret it. */
static void step_one(struct dm_cpu *cpu)
{
	uint64_t t = 0;
	if (!dm_mm_access_ok(cpu->pc, 1, DM_PROT_EXEC)) {
		trap(cpu, DM_TRAP_FETCH);
	} else {
		static __thread struct dm_ir_block b;   /* its buffer is reused (a fault longjmps out) */
		b.max_insns = 1;
		b.stop_pc = 0;
		cpu->arch->translate(&b, cpu->pc);
		dm_in_guest = 1;
		enum dm_exit e = dm_interp_block(cpu, &b, &t);
		dm_in_guest = 0;
		if (e == DM_EXIT_SYSCALL) syscall_offline(cpu);
		else if (e == DM_EXIT_TRAP) trap(cpu, t);
	}
	dm_gdb_stepped(cpu);
}

_Noreturn void dm_exec_run(struct dm_cpu *cpu)
{
	dm_signal_init();
	dm_qsbr_online();
	if (gdb_on()) dm_gdb_thread_begin(cpu);
	running = cpu;
	/* -d exec logs every block as the dispatch loop reaches it: the JIT's
	 * chained and indirect jumps would bypass it, so blocks are interpreted */
	const bool log_exec = dm_proc.log_mask & DM_LOG_EXEC;
	const bool jit = dm_jit_enabled && dm_jit_enabled() && !log_exec;
	struct dm_jit_exit *link = NULL;
	if (sigsetjmp(dm_fault_jmp, 0)) {
		/* A guest load or store faulted; cpu->pc is its instruction. */
		struct dm_fault f = dm_last_fault;
		dm_signal_sync(cpu, f.sig, f.code, f.addr);
		link = NULL;
	}
	for (;;) {
		/* old blocks are freed once every thread passed here (or is in a
		 * system call): the exit to link may be one of them */
		if (dm_tb_quiesce()) link = NULL;
		if (dm_signal_pending) {
			dm_signal_deliver_pending(cpu);
			if (gdb_on()) link = NULL;   /* gdb may have stopped the process at the signal */
		}
		if (gdb_on()) {
			enum dm_gdb_run g = dm_gdb_block_top(cpu);
			if (g != DM_GDB_RUN) link = NULL;   /* stopped: translations may have gone */
			if (g == DM_GDB_STEP) {
				step_one(cpu);
				continue;
			}
		}
		struct dm_tb *tb = dm_tb_get(cpu, cpu->pc);
		if (log_exec)
			fprintf(dm_proc.log ? dm_proc.log : stderr, "exec: %#llx (block %#llx-%#llx)\n",
				(unsigned long long)cpu->pc, (unsigned long long)tb->pc, (unsigned long long)tb->end);
		if (jit) {
			if (!tb->jit.tried && dm_tb_should_compile(tb)) tb = compile(cpu, tb);
			if (tb->jit.code) {
				if (link) dm_jit_link(link, tb);
				link = run_jit(cpu, tb);
				continue;
			}
			link = NULL;
		}
		uint64_t t = 0;
		dm_in_guest = 1;
		enum dm_exit e = dm_interp_block(cpu, &tb->ir, &t);
		dm_in_guest = 0;
		switch (e) {
		case DM_EXIT_JUMP: break;
		case DM_EXIT_SYSCALL: syscall_offline(cpu); break;
		case DM_EXIT_TRAP: trap(cpu, t); break;
		}
	}
}
