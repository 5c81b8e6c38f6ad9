/* emu/sys/sys.h: the syscall layer's entry point and the contract for
 * hand-written ("custom") handlers.
 *
 * dm_syscall() is called by the dispatch loop when a block exits with
 * SYSCALL: it reads the number and arguments through the arch, looks the
 * number up in the generated table of the process's ABI, and either runs
 * the generated-signature marshaller (emu/sys/marshal.c) or the custom
 * handler the table names, then writes the result back through the arch. */
#ifndef DM_SYS_H
#define DM_SYS_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

#include "emu/abi/abi.h"
#include "emu/cpu.h"
#include "emu/process.h"

struct dm_sys_call {
	struct dm_cpu *cpu;
	const struct dm_abi *abi;
	const struct dm_syscall *entry;   /* table row (name, signature), NULL if the number is unknown */
	uint64_t nr;
	uint64_t args[8];                 /* raw argument registers */
};

/* Run the pending system call of cpu (its registers hold number and args). */
void dm_syscall(struct dm_cpu *cpu);

/* A custom handler returns the guest-visible result: >= 0, or -errno in
 * *guest* numbering (use dm_errno_to_guest on host errnos), or
 * DM_SYS_KEEP_REGS when it has set every register itself (rt_sigreturn,
 * execve): the dispatcher then writes no result. */
#define DM_SYS_KEEP_REGS INT64_MIN
typedef int64_t (*dm_custom_fn)(struct dm_sys_call *c);

/* A custom handler that has set the guest's registers itself (rt_sigreturn,
 * a clone child on a new stack that must not see a result) returns this:
 * dm_syscall then leaves the registers alone. */
#define DM_SYS_KEEP_REGS INT64_MIN

/* A handler (or dm_sys_err on a host result) returns this when a guest signal
 * arrived before the host call could block, or the host kernel would restart
 * the call (the guest handler has SA_RESTART): dm_syscall points the guest
 * back at its syscall instruction with the arguments intact
 * (arch->syscall_restart), the signal is delivered, and the call runs again
 * (docs/signals.md). */
#define DM_SYS_RESTART (INT64_MIN + 1)

/* Handlers are named dm_sys_<syscall name>; those of other subsystems are
 * declared weak in custom.c.  Caution: a weak reference does not pull an
 * object out of a static library; the object defining a handler must be
 * linked for some other reason (build/dragoman links its libraries whole).
 * tests/custom_handlers.t fails when an entry is NULL in build/dragoman. */

/* The main thread's per-thread kernel records, findable by tid from the
 * start (another thread's seccomp TSYNC, get_robust_list): main.c calls it
 * before the first guest instruction. */
void dm_sys_main_thread(void);

/* The process is ending (exit_group, or a signal whose action is to kill):
 * the robust futex lists of the calling thread and of the process's other
 * threads are walked as the kernel walks them at each thread's death
 * (emu/sys/proc.c).  Signal death where the host kernel ends the process
 * without the emulator (SIGKILL) is covered only where the host kernel
 * walks the guest's lists itself (set_robust_list, proc.c). */
void dm_sys_robust_exit_group(void);
/* Only the emulator walks this ABI's robust lists (the host kernel cannot):
 * then every death by a signal must pass through it (emu/signal). */
bool dm_sys_robust_by_emulator(const struct dm_abi *abi);

/* Custom handlers by syscall name; emu/sys/custom.c holds the table. */
dm_custom_fn dm_custom_lookup(const char *name);
/* The table's entry i (name, and its handler in *fn, NULL when not linked), NULL past the end. */
const char *dm_custom_entry(size_t i, dm_custom_fn *fn);

/* fork of the emulator (emu/process.h): the AIO table's lock (emu/sys/aio.c);
 * a child starts with no AIO context, as the kernel's does. */
void dm_aio_fork_lock(enum dm_fork_phase phase);

#endif
