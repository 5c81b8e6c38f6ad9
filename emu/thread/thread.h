/* emu/thread/thread.h: guest threads.
 *
 * Each guest thread is a host thread (pthread) with its own CPU struct; the
 * guest's thread ids are the host's (gettid passes through), so tkill, PI
 * futexes and /proc/self/task see the same numbers the guest does.  The
 * thread that started the process (the leader) is the host's main thread.
 *
 * Entry points for emu/sys/proc.c (clone, clone3, exit, exit_group, fork),
 * which reaches them through weak references: a build without this library
 * refuses threads with ENOSYS.  docs/threads.md has the whole story. */
#ifndef DM_THREAD_H
#define DM_THREAD_H

#include <stdint.h>

#include "emu/cpu.h"

/* Guest clone flags: the same values on every Linux ABI
 * (include/uapi/linux/sched.h), so proc.c and this library share them. */
#define DM_CLONE_VM 0x100u
#define DM_CLONE_VFORK 0x4000u
#define DM_CLONE_SETTLS 0x80000u
#define DM_CLONE_PARENT_SETTID 0x100000u
#define DM_CLONE_CHILD_CLEARTID 0x200000u
#define DM_CLONE_CHILD_SETTID 0x1000000u
#define DM_CLONE_FS 0x200u
#define DM_CLONE_FILES 0x400u
#define DM_CLONE_SIGHAND 0x800u
#define DM_CLONE_SYSVSEM 0x40000u
#define DM_CLONE_THREAD 0x10000u
#define DM_CLONE_PIDFD 0x1000u
#define DM_CSIGNAL 0xffu

/* Start a guest thread: a copy of parent's CPU state that returns 0 from the
 * clone syscall on stack newsp (0: the parent's) with TLS tls (when
 * CLONE_SETTLS; flags are guest clone flags, the same on every ABI).  init(arg,
 * tid) runs in the new thread before any guest code, while the parent still
 * waits in clone: the syscall layer sets up its per-thread kernel records
 * there (CHILD_SETTID, PARENT_SETTID, clear_child_tid) and may record a
 * pointer with dm_thread_set_sysrec.  Returns the new tid, or -errno (host
 * numbering). */
typedef void (*dm_thread_init_fn)(void *arg, int tid);
long dm_thread_clone(struct dm_cpu *parent, uint64_t flags, uint64_t newsp, uint64_t tls, dm_thread_init_fn init,
		     void *arg);

/* clone with CLONE_VM but not CLONE_THREAD (vfork, posix_spawn): a new host
 * process sharing this address space, whose guest CPU is a copy of parent's
 * returning 0 (on newsp, with tls as for dm_thread_clone).  It gets its own
 * copy of the guest signal dispositions unless flags has CLONE_SIGHAND.
 * init(arg, pid) runs in it before guest code; release() runs on its TLS
 * after it has exec'd or exited (it frees what a successful exec left).  With CLONE_VFORK in flags,
 * returns after the child has exec'd or exited.  Returns the child's pid or
 * -errno (host numbering).  vmproc.c explains how. */
struct dm_process_clone {
	uint64_t flags;              /* guest clone flags: CLONE_VFORK, CLONE_SIGHAND, CLONE_SETTLS matter here */
	uint64_t newsp, tls;
	unsigned long host_flags;    /* host CLONE_FS/FILES/SYSVSEM/PARENT/namespaces | exit signal */
	int *host_pidfd;             /* CLONE_PIDFD: where the host stores the pidfd, else NULL */
	void *host_cleartid;         /* CLONE_CHILD_CLEARTID: the word the host clears at exit or exec, else NULL */
	dm_thread_init_fn init;
	void *arg;
	void (*release)(void);       /* run on the child's TLS once it has exec'd or exited, or NULL */
};
long dm_thread_clone_process(struct dm_cpu *parent, const struct dm_process_clone *pc);

/* exit(2) of the calling thread, in the kernel's order: dm_thread_exit_begin
 * (the group's live count; nonzero when this was the last guest thread), then
 * the caller's robust list and CHILD_CLEARTID (store 0 + futex wake), then
 * dm_thread_exit(code, last).  The last guest thread ends the process with
 * its own status, as on Linux: a joiner woken by CLEARTID that exits next is
 * the last, whatever host threads are still finishing. */
int dm_thread_exit_begin(void);
/* Is tid a thread of this process whose guest thread has not exited?  (Not
 * the emulator's helper threads, nor a host thread still finishing after its
 * guest thread's exit woke a joiner.) */
int dm_thread_guest_live(int tid);
_Noreturn void dm_thread_exit(int code, int last);

/* exit_group(2): every thread, the whole process. */
_Noreturn void dm_thread_exit_group(int code);

/* Around the host fork (fork.c): take every emulator lock, in nesting
 * order, before it; release them after it in the parent (child = 0) and in
 * the child (child = 1), where the caller is then the only thread and the
 * leader.  emu/process.h says why. */
void dm_thread_fork_prepare(void);
void dm_thread_fork_done(int child);

/* An opaque per-thread record of the syscall layer (its __thread kernel state),
 * found by tid for the calls that name another thread (get_robust_list).
 * dm_thread_sysrec: NULL when tid is no thread of this process. */
void dm_thread_set_sysrec(void *rec);
void *dm_thread_sysrec(int tid);
/* fn(tid, sysrec, arg) for every live thread of this process (sysrec NULL
 * when it has none), under the registry lock: fn must take no emulator
 * lock that nests outside it (seccomp's TSYNC). */
void dm_thread_foreach_sysrec(void (*fn)(int tid, void *rec, void *arg), void *arg);
/* Guest threads of this process that have not begun to exit (the kernel's
 * signal->live). */
int dm_thread_live_count(void);

#endif
