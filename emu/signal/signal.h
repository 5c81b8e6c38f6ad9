/* emu/signal/signal.h: host signals in, guest signals out (docs/signals.md).
 *
 * Host faults raised by guest code (a bad guest load or store) are caught,
 * mapped to the guest instruction that made them and delivered to the guest
 * as the kernel would.  Guest dispositions are process-wide; the blocked mask,
 * the alternate stack and the queue of caught-but-undelivered signals are per
 * thread.  The host thread mask mirrors the guest's, so the host kernel keeps
 * blocked signals pending (with their siginfo, real-time ones queued in
 * order) exactly as the guest's kernel would; a signal the guest handles is
 * caught by a host handler that queues it on the thread, sets
 * dm_signal_pending and blocks further host signals until the dispatch loop
 * has delivered it at the next block boundary. */
#ifndef DM_SIGNAL_H
#define DM_SIGNAL_H

#include <setjmp.h>
#include <stdint.h>

#include "emu/process.h"

#include "emu/cpu.h"

/* Per-thread fault landing pad, set up by the dispatch loop. */
struct dm_fault {
	int sig, code;
	uint64_t addr;               /* guest address */
};
extern __thread sigjmp_buf dm_fault_jmp;
extern __thread volatile int dm_in_guest;   /* 1 while interpreting guest code */
extern __thread struct dm_fault dm_last_fault;

/* Process-wide set-up (once) plus this thread's (host alternate stack for the
 * fault handler); called by dm_exec_run in every thread, idempotent. */
void dm_signal_init(void);
/* fork of the emulator (emu/process.h): the trampoline's and the dispositions' locks */
void dm_signal_fork_lock(enum dm_fork_phase phase);

/* ---- threads -------------------------------------------------------------------
 * A new guest thread (clone with CLONE_VM): the kernel gives it the parent's
 * blocked mask, an empty pending queue and no alternate stack.
 *
 *   parent, before creating the host thread:   dm_signal_thread_prepare(&st)
 *       blocks every host signal in the parent (the new host thread inherits
 *       that mask, so nothing reaches it before it is ready) and records the
 *       parent's guest mask
 *   parent, right after creating it:           dm_signal_thread_created(&st)
 *       restores the parent's host mask
 *   child, first thing, before dm_exec_run:    dm_signal_thread_init(&st)
 *       guest mask = parent's, no alternate stack, host mask = mirror
 *   child, when its host thread ends:          dm_signal_thread_exit()
 *       hands signals it caught but did not deliver back to the process
 *       (so a process-directed signal is not lost) and frees its state
 * Thread-directed signals (tgkill, tkill, rt_tgsigqueueinfo) go to the host
 * thread of that tid; process-directed ones (kill, rt_sigqueueinfo) are routed
 * by the host kernel to a thread whose (mirrored) mask does not block them. */
struct dm_gsigaction;
struct dm_signal_thread_start {
	uint64_t blocked[2];         /* guest mask of the parent */
	uint64_t host_saved;         /* parent's host mask */
	struct dm_gsigaction *gsig;  /* the dispositions the child uses */
	int own_gsig;                /* gsig is the child's private copy */
	int keep_altstack;           /* vfork: the child keeps the parent's altstack */
	uint64_t altstack[3];
};
void dm_signal_thread_prepare(struct dm_signal_thread_start *st);
void dm_signal_thread_created(const struct dm_signal_thread_start *st);
void dm_signal_thread_init(const struct dm_signal_thread_start *st);
void dm_signal_thread_exit(void);

/* A process sharing our memory (clone with CLONE_VM, not CLONE_THREAD: vfork,
 * posix_spawn): as for a thread, but it gets a copy of the dispositions
 * unless share_handlers (CLONE_SIGHAND), and keeps the parent's alternate
 * stack with CLONE_VFORK (copy_process clears it only for CLONE_VM without
 * CLONE_VFORK).  Its host thread runs on the TLS of a helper thread that
 * waits for it to exec or exit (emu/thread/vmproc.c); the helper then calls
 * dm_signal_process_release on that same TLS to free what the child set up. */
void dm_signal_process_prepare(struct dm_signal_thread_start *st, int share_handlers, int keep_altstack);
void dm_signal_process_release(const struct dm_signal_thread_start *st);

/* A synchronous guest signal (host numbering of sig and code), e.g. SIGSEGV
 * from a fault, SIGILL, SIGTRAP: delivered now, or the process dies of it
 * when blocked or ignored (force_sig_fault). */
void dm_signal_sync(struct dm_cpu *cpu, int host_sig, int code, uint64_t addr);
/* Die of host signal sig now, as of its default action (-strace prints
 * the death); seccomp's strict mode and kill actions use it. */
_Noreturn void dm_signal_die(int host_sig);
/* Deliver whatever is queued and unblocked; called at block boundaries when
 * dm_signal_pending is set. */
void dm_signal_deliver_pending(struct dm_cpu *cpu);
/* Per thread: nonzero when a caught signal waits for delivery.  Set by the
 * host handler; read by the dispatch loop between blocks (and by chained JIT
 * code: take its address per thread, &dm_signal_pending, e.g. at thread start)
 * and by the safe-syscall stub before it enters the host kernel. */
extern __thread volatile int dm_signal_pending;

/* ---- the blocking-syscall path (emu/sys/host.c) ------------------------------ */
#define DM_ERESTARTSYS 512
/* Enter the host kernel unless *pending; -DM_ERESTARTSYS when a signal came
 * first (see host.c).  Returns the raw result (-errno, host numbering). */
long dm_safe_syscall_raw(volatile int *pending, long nr, long a0, long a1, long a2, long a3, long a4, long a5);
extern const char dm_safe_syscall_start[], dm_safe_syscall_end[], dm_safe_syscall_interrupted[];
/* A host call that installs a temporary signal mask (ppoll, pselect6,
 * epoll_pwait) returned EINTR: the handler to be delivered runs under that
 * host mask (converted to the guest's) and its frame saves the mask from
 * before the call. */
void dm_signal_temp_mask(uint64_t host_mask);

#endif
