/* emu/gdbstub/gdbstub.h: the gdb remote stub as the rest of emu/ sees it
 * (docs/gdbstub.md).
 *
 * main.c starts it (-g PORT|PATH, QEMU_GDB) before the guest runs; from then
 * on the dispatch loop calls dm_gdb_block_top before each block while
 * dm_gdb_enabled is set, and the signal, thread and exit paths report to it.
 * Every entry point is reached through a weak reference, so programs that
 * link the emulator's libraries without this one run as before. */
#ifndef DM_GDBSTUB_H
#define DM_GDBSTUB_H

#include <stdbool.h>
#include <stdint.h>

#include "emu/cpu.h"
#include "emu/dbt/ir.h"

/* Nonzero while a debugger session is active (set by dm_gdb_start, cleared
 * by detach or in a forked child, which runs free). */
extern volatile int dm_gdb_enabled;

/* Listen on spec (a TCP port number, or a Unix socket path) and wait for gdb
 * to connect.  0, or -1 after printing one line. */
int dm_gdb_start(const char *spec);

/* The calling thread starts or stops running guest code (dm_exec_run entry,
 * thread exit). */
void dm_gdb_thread_begin(struct dm_cpu *cpu);
void dm_gdb_thread_end(void);

/* What the dispatch loop does next with cpu, at a block boundary: park while
 * the debugger has the process stopped, report a breakpoint at cpu->pc.
 * DM_GDB_RESUMED: run on, but the thread was stopped meanwhile, and gdb may
 * have invalidated translations (breakpoints, memory writes): the loop must
 * forget any block or exit pointer it kept, as after dm_tb_quiesce. */
enum dm_gdb_run { DM_GDB_RUN, DM_GDB_STEP, DM_GDB_RESUMED };
enum dm_gdb_run dm_gdb_block_top(struct dm_cpu *cpu);
/* One instruction ran in step mode: report the end of a single step or a
 * changed watched location. */
void dm_gdb_stepped(struct dm_cpu *cpu);

/* Around a system call: a thread blocked in one counts as stopped. */
void dm_gdb_syscall(int entering);

/* A synchronous guest signal (host numbering) is about to be delivered at
 * cpu: the debugger sees it first.  Returns the signal to deliver (host
 * numbering), 0 to drop it. */
int dm_gdb_signal(struct dm_cpu *cpu, int host_sig);

/* The process ends: exit status code, or killed by host signal sig (!= 0). */
void dm_gdb_exit(int code, int sig);

/* Set limits on a translation of b (b->pc set): end it before a breakpoint.
 * Returns true when a breakpoint is at b->pc itself (the block must then be
 * left to the dispatcher: never compiled or chained to). */
bool dm_gdb_translate_limits(struct dm_ir_block *b);

/* In the child of a fork: no debugger. */
void dm_gdb_fork_child(void);

#endif
