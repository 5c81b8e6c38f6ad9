/* emu/sys/proc.c: process lifetime syscalls: exit/exit_group, fork, vfork,
 * clone and clone3 (threads and CLONE_VM processes through emu/thread),
 * wait4/waitid, and the per-thread kernel records glibc and musl set up
 * (set_tid_address, robust list, rseq).  execve is exec.c.  docs/threads.md. */
#include <elf.h>
#include <fcntl.h>
#include <glib.h>
#include <linux/futex.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/mm/guest.h"
#include "emu/signal/guest_signal.h"
#include "emu/strace/strace.h"
#include "emu/sys/internal.h"
#include "emu/sys/seccomp.h"
#include "emu/thread/thread.h"

/* emu/thread is a separate library: weak, so that a link without it (the
 * syscall unit test) still works and refuses threads with ENOSYS. */
#pragma weak dm_thread_clone
#pragma weak dm_thread_clone_process
#pragma weak dm_thread_exit
#pragma weak dm_thread_exit_begin
#pragma weak dm_thread_exit_group
#pragma weak dm_thread_fork_prepare
#pragma weak dm_thread_fork_done
#pragma weak dm_thread_set_sysrec
#pragma weak dm_thread_sysrec
#pragma weak dm_thread_foreach_sysrec
/* the signal layer lays out siginfo_t; not in the syscall unit test's link */
#pragma weak dm_siginfo_from_host
#pragma weak dm_siginfo_to_guest

/* Per thread, like the kernel's task fields (a new thread starts from a copy
 * of its creator's, see thread_init). */
__thread struct dm_sys_state dm_sys_state;

static void flush_logs(void)
{
	if (dm_proc.log) fflush(dm_proc.log);
	fflush(stderr);
}

int64_t dm_sys_exit_group(struct dm_sys_call *c)
{
	int code = (int)dm_call_arg(c, 0);
	if (dm_proc.log_mask & DM_LOG_STRACE) dm_strace_exited(code);
	dm_sys_robust_exit_group();
	if (dm_thread_exit_group) dm_thread_exit_group(code);
	flush_logs();
	syscall(SYS_exit_group, code);
	_exit(code);
}

/* ---- thread exit: robust futexes, CHILD_CLEARTID ------------------------------- */

#define ROBUST_LIST_LIMIT 2048

/* The futex word at uaddr (guest address), in guest byte order. */
static uint32_t *fword(uint64_t uaddr)
{
	return (uaddr & 3) || !dm_mm_access_ok(uaddr, 4, DM_PROT_READ | DM_PROT_WRITE) ? NULL : dm_g2h(uaddr);
}
static uint32_t gval(const struct dm_abi *abi, uint32_t raw)
{
	return abi->endian == DM_BIG ? __builtin_bswap32(raw) : raw;
}

static void futex_wake_one(uint64_t uaddr)
{
	/* the kernel wakes with a shared key: it also matches private waiters */
	dm_host_syscall(SYS_futex, (long)dm_g2h(uaddr), FUTEX_WAKE, 1, 0, 0, 0);
}

/* kernel/futex/core.c handle_futex_death: mark a futex the dying thread holds. */
static void futex_death(const struct dm_abi *abi, uint64_t uaddr, uint32_t tid, int pi, int pending)
{
	uint32_t *w = fword(uaddr);
	if (!w) return;
	for (;;) {
		uint32_t raw = __atomic_load_n(w, __ATOMIC_SEQ_CST), uval = gval(abi, raw);
		if (pending && !pi && !uval) {
			futex_wake_one(uaddr);
			return;
		}
		if ((uval & FUTEX_TID_MASK) != tid) return;
		uint32_t mval = (uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
		if (__atomic_compare_exchange_n(w, &raw, gval(abi, mval), 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
			if (!pi && (uval & FUTEX_WAITERS)) futex_wake_one(uaddr);
			return;
		}
	}
}

/* struct robust_list_head { robust_list *next; long futex_offset; robust_list *list_op_pending; }
 * in guest words; bit 0 of an entry pointer marks a PI futex.  tid: the
 * dying thread's (kernel/futex/core.c exit_robust_list). */
static void robust_walk(const struct dm_abi *abi, uint64_t head, uint32_t tid)
{
	uint64_t entry, off, pending;
	unsigned w = dm_gword(abi);
	if (!head) return;
	if (dm_get_guest(abi, head, w, &entry) || dm_get_guest(abi, head + w, w, &off) ||
	    dm_get_guest(abi, head + 2 * w, w, &pending))
		return;
	int64_t foff = w == 4 ? (int32_t)off : (int64_t)off;
	int pi = entry & 1, ppi = pending & 1;
	entry &= ~1ull;
	pending &= ~1ull;
	for (int limit = ROBUST_LIST_LIMIT; entry != head && limit; limit--) {
		uint64_t next;
		if (dm_get_guest(abi, entry, w, &next)) return;
		if (entry != pending) futex_death(abi, entry + foff, tid, pi, 0);
		pi = next & 1;
		entry = next & ~1ull;
	}
	if (pending) futex_death(abi, pending + foff, tid, ppi, 1);
}

/* Where the guest's list has the host's layout at the same addresses (a
 * 64-bit little-endian guest: identity types, guest base 0) the host kernel
 * is given it too, and walks it at every death the emulator never sees
 * (SIGKILL, a default-action signal) and at exec.  A big-endian guest's
 * list is walked by the emulator only: at exit, exit_group and the fatal
 * signals it delivers (docs/threads.md). */
static bool host_walks(const struct dm_abi *abi)
{
	const struct dm_type *h = abi->types[DM_T_robust_list_head];
	return dm_guest_base == 0 && abi->endian != DM_BIG && h && h->identity;
}

bool dm_sys_robust_by_emulator(const struct dm_abi *abi) { return !host_walks(abi); }

/* The calling thread's list, once (exit, then exit_group or a fatal signal). */
static void exit_robust_list(const struct dm_abi *abi)
{
	uint64_t head = __atomic_exchange_n(&dm_sys_state.robust_head, 0, __ATOMIC_SEQ_CST);
	robust_walk(abi, head, (uint32_t)syscall(SYS_gettid));
	/* walked: the host thread's own death must not walk it again */
	if (head && host_walks(abi)) dm_host_syscall(SYS_set_robust_list, 0, (long)dm_sys_state.robust_len, 0, 0, 0, 0);
}

/* exit_group and death by a signal end every thread of the process: the
 * kernel walks each one's list as it dies.  The other threads' lists are
 * walked here, before the host ends them (each futex word names its owner's
 * tid, so a list's words are marked only for its own thread). */
struct robust_rec { int tid; uint64_t head; };
struct robust_set { struct robust_rec r[256]; unsigned n; };

static void collect_robust(int tid, void *rec, void *arg)
{
	struct robust_set *s = arg;
	struct dm_sys_state *st = rec;
	uint64_t head = st ? __atomic_load_n(&st->robust_head, __ATOMIC_SEQ_CST) : 0;
	if (head && st != &dm_sys_state && s->n < sizeof s->r / sizeof s->r[0]) s->r[s->n++] = (struct robust_rec){ tid, head };
}

void dm_sys_robust_exit_group(void)
{
	const struct dm_abi *abi = dm_proc.abi;
	if (!abi) return;
	exit_robust_list(abi);
	struct robust_set s = { .n = 0 };
	/* collected under the registry lock, walked outside it (the walk
	 * checks the guest's mappings) */
	if (dm_thread_foreach_sysrec) dm_thread_foreach_sysrec(collect_robust, &s);
	for (unsigned k = 0; k < s.n; k++) robust_walk(abi, s.r[k].head, (uint32_t)s.r[k].tid);
}

/* exit(2): this thread only.  The kernel's mm_release: robust list, then
 * clear_child_tid gets 0 and one waiter is woken (pthread_join). */
int64_t dm_sys_exit(struct dm_sys_call *c)
{
	int code = (int)dm_call_arg(c, 0) & 0xff;
	int last = dm_thread_exit_begin ? dm_thread_exit_begin() : 1;
	exit_robust_list(c->abi);
	uint64_t ctid = dm_sys_state.clear_child_tid;
	if (ctid && !(ctid & 3) && dm_mm_access_ok(ctid, 4, DM_PROT_WRITE)) {
		__atomic_store_n((uint32_t *)dm_g2h(ctid), 0, __ATOMIC_SEQ_CST);
		futex_wake_one(ctid);
	}
	/* a thread's end, as strace -f prints it (the last one's: exit_group's) */
	if (!last && (dm_proc.log_mask & DM_LOG_STRACE)) dm_strace_exited(code);
	if (dm_thread_exit) dm_thread_exit(code, last);
	return dm_sys_exit_group(c);
}

int64_t dm_sys_set_tid_address(struct dm_sys_call *c)
{
	dm_sys_state.clear_child_tid = dm_call_arg(c, 0);
	return syscall(SYS_gettid);
}

int64_t dm_sys_set_robust_list(struct dm_sys_call *c)
{
	uint64_t len = dm_call_arg(c, 1);
	if (len != 3u * dm_gword(c->abi)) return DM_GERR(EINVAL);
	if (host_walks(c->abi)) {
		long r = dm_host_syscall(SYS_set_robust_list, (long)dm_g2h(dm_call_arg(c, 0)), (long)len, 0, 0, 0, 0);
		if (r < 0) return dm_sys_err(c->abi, r);
	}
	dm_sys_state.robust_head = dm_call_arg(c, 0);
	dm_sys_state.robust_len = len;
	if (dm_thread_set_sysrec) dm_thread_set_sysrec(&dm_sys_state);   /* for get_robust_list(tid) */
	return 0;
}

int64_t dm_sys_get_robust_list(struct dm_sys_call *c)
{
	int64_t pid = (int32_t)dm_call_arg(c, 0);
	const struct dm_sys_state *st = &dm_sys_state;
	uint64_t head, len;
	unsigned w = dm_gword(c->abi);
	if (pid != 0 && pid != syscall(SYS_gettid)) {
		st = dm_thread_sysrec ? dm_thread_sysrec((int)pid) : NULL;
	}
	if (st) {
		head = st->robust_head;
		len = st->robust_len ? st->robust_len : 3u * w;
	} else {
		/* another process's thread: the host kernel decides ESRCH or
		 * EPERM (ptrace access) and, when allowed, gives its head: the
		 * right value for a native process; for another emulated process
		 * it is that emulator's own, as its guest head lives only there */
		long hh = 0;
		size_t hl = 0;
		long r = syscall(SYS_get_robust_list, (int)pid, &hh, &hl);
		if (r < 0) return DM_GERR(errno);
		head = (uint64_t)hh;
		len = hl;
	}
	if (dm_put_guest(c->abi, dm_call_arg(c, 1), w, head) || dm_put_guest(c->abi, dm_call_arg(c, 2), w, len))
		return DM_GERR(EFAULT);
	return 0;
}

void dm_sys_main_thread(void)
{
	if (dm_thread_set_sysrec) dm_thread_set_sysrec(&dm_sys_state);
}

/* ---- fork ---------------------------------------------------------------- */

/* A new thread's kernel records, set in the new thread before it runs guest
 * code (emu/thread calls this while the parent still waits in clone). */
struct thread_init {
	const struct dm_abi *abi;
	uint64_t flags, ptid, ctid;
	struct dm_sys_state parent;
	const struct dm_sys_state *creator;   /* the creator's live records (seccomp's TSYNC may change them meanwhile) */
};

static void thread_init(void *arg, int tid)
{
	struct thread_init *ti = arg;
	dm_sys_state = ti->parent;        /* comm, personality: copied like the kernel's task fields */
	dm_sys_state.robust_head = dm_sys_state.robust_len = 0;
	dm_sys_state.clear_child_tid = (ti->flags & DM_CLONE_CHILD_CLEARTID) ? ti->ctid : 0;
	dm_seccomp_inherit(&dm_sys_state, ti->creator);
	if (ti->flags & DM_CLONE_CHILD_SETTID) dm_put_guest(ti->abi, ti->ctid, 4, (uint32_t)tid);
	if (ti->flags & DM_CLONE_PARENT_SETTID) dm_put_guest(ti->abi, ti->ptid, 4, (uint32_t)tid);
	if (dm_thread_set_sysrec) dm_thread_set_sysrec(&dm_sys_state);
}

/* Kernel facts (copy_process): a thread shares its creator's file table, fs
 * and semaphore undo list only when the flags say so; a host thread starts
 * sharing all three, so it unshares the others before any guest code runs. */
static void thread_unshare(uint64_t flags)
{
	int un = (!(flags & DM_CLONE_FILES) ? CLONE_FILES : 0) | (!(flags & DM_CLONE_FS) ? CLONE_FS : 0) |
		 (!(flags & DM_CLONE_SYSVSEM) ? CLONE_SYSVSEM : 0);
	if (un && unshare(un) != 0) dm_sys_report("clone flags", "unshare of files/fs/sysvsem for a thread failed");
}

static void thread_init_unshare(void *arg, int tid)
{
	struct thread_init *ti = arg;
	thread_unshare(ti->flags);
	thread_init(arg, tid);
}

/* clone with CLONE_THREAD: a thread of this process. */
static int64_t do_thread(struct dm_sys_call *c, uint64_t flags, uint64_t newsp, uint64_t ptid, uint64_t ctid,
			 uint64_t tls)
{
	if (flags & DM_CLONE_PIDFD) return DM_GERR(EINVAL);      /* the kernel refuses it with CLONE_THREAD */
	if (flags & DM_CLONE_VFORK) {
		/* the creating thread would wait for a thread's exec or exit: a
		 * combination nothing uses, refused rather than half done */
		dm_sys_report("clone flags", "CLONE_THREAD|CLONE_VFORK");
		return DM_GERR(ENOSYS);
	}
	if (!dm_thread_clone || !c->cpu) {
		dm_sys_report("clone", "threads (emu/thread not linked)");
		return DM_GERR(ENOSYS);
	}
	if ((flags & DM_CLONE_PARENT_SETTID) && !dm_mm_access_ok(ptid, 4, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	struct thread_init ti = { .abi = c->abi, .flags = flags, .ptid = ptid, .ctid = ctid, .parent = dm_sys_state,
				.creator = &dm_sys_state };
	flush_logs();
	long r = dm_thread_clone(c->cpu, flags, newsp, tls, thread_init_unshare, &ti);
	return dm_sys_err(c->abi, r);
}

/* clone with CLONE_VM but not CLONE_THREAD (vfork, posix_spawn): a process
 * sharing our memory (emu/thread/vmproc.c).  hflags: the host clone flags
 * that keep their meaning (FS, FILES, SIGHAND, SYSVSEM, PARENT, namespaces,
 * exit signal). */
static int64_t do_vmproc(struct dm_sys_call *c, uint64_t flags, unsigned long hflags, uint64_t newsp, uint64_t ptid,
			 uint64_t ctid, uint64_t tls, uint64_t pidfd)
{
	if (!dm_thread_clone_process || !c->cpu) {
		dm_sys_report("clone", "CLONE_VM processes (emu/thread not linked)");
		return DM_GERR(ENOSYS);
	}
	if ((flags & DM_CLONE_PARENT_SETTID) && !dm_mm_access_ok(ptid, 4, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	if ((flags & DM_CLONE_PIDFD) && !dm_mm_access_ok(pidfd, 4, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	struct thread_init ti = { .abi = c->abi, .flags = flags, .ptid = ptid, .ctid = ctid, .parent = dm_sys_state,
				.creator = &dm_sys_state };
	int hpidfd = -1;
	struct dm_process_clone pc = {
		.flags = flags, .newsp = newsp, .tls = tls, .host_flags = hflags,
		.host_pidfd = (flags & DM_CLONE_PIDFD) ? &hpidfd : NULL,
		/* the host clears it at the child's exec as well as at its exit, as the kernel does */
		.host_cleartid = (flags & DM_CLONE_CHILD_CLEARTID) && !(ctid & 3) && dm_mm_access_ok(ctid, 4, DM_PROT_WRITE)
					 ? dm_g2h(ctid) : NULL,
		.init = thread_init, .arg = &ti, .release = dm_exec_heap_release,
	};
	flush_logs();
	long r = dm_thread_clone_process(c->cpu, &pc);
	if (r > 0 && hpidfd >= 0) dm_put_guest(c->abi, pidfd, 4, (uint32_t)hpidfd);
	return dm_sys_err(c->abi, r);
}

/* What only clone3 carries: flags above bit 31 (CLONE_CLEAR_SIGHAND,
 * CLONE_INTO_CGROUP), the cgroup fd, and the set_tid array (guest pids are
 * host pids, so it goes to the host as it is). */
struct clone3_extra {
	uint64_t high_flags, cgroup, set_tid_size;
	int32_t set_tid[32];     /* MAX_PID_NS_LEVEL */
};
#define DM_CLONE_CLEAR_SIGHAND 0x100000000ull
#define DM_CLONE_INTO_CGROUP 0x200000000ull
#define DM_CLONE_NEWNS 0x20000u
#define DM_CLONE_NEWUSER 0x10000000u
#define DM_CLONE_NEWPID 0x20000000u

/* fork-like clone.  newsp/tls/ptid/ctid are guest values; pidfd the guest
 * address that gets a pidfd with CLONE_PIDFD; x the clone3-only arguments
 * (NULL for clone). */
static int64_t do_fork(struct dm_sys_call *c, uint64_t flags, uint64_t newsp, uint64_t ptid,
		       uint64_t ctid, uint64_t tls, uint64_t pidfd, const struct clone3_extra *x)
{
	int gsig = flags & DM_CSIGNAL, hsig = 0;
	if (gsig && !(hsig = dm_signal_to_host(c->abi, gsig))) return DM_GERR(EINVAL);
	/* the kernel's own consistency rules (copy_process), made here because
	 * the host never sees the flags dragoman implements itself (CLONE_FS,
	 * CLONE_VM, CLONE_THREAD, ...) */
	if ((flags & (DM_CLONE_NEWNS | DM_CLONE_FS)) == (DM_CLONE_NEWNS | DM_CLONE_FS)) return DM_GERR(EINVAL);
	if ((flags & (DM_CLONE_NEWUSER | DM_CLONE_FS)) == (DM_CLONE_NEWUSER | DM_CLONE_FS)) return DM_GERR(EINVAL);
	if ((flags & DM_CLONE_THREAD) && !(flags & DM_CLONE_SIGHAND)) return DM_GERR(EINVAL);
	if ((flags & DM_CLONE_SIGHAND) && !(flags & DM_CLONE_VM)) return DM_GERR(EINVAL);
	if ((flags & DM_CLONE_THREAD) && (flags & (DM_CLONE_NEWUSER | DM_CLONE_NEWPID))) return DM_GERR(EINVAL);
	if (x && (x->high_flags & DM_CLONE_CLEAR_SIGHAND) && (flags & DM_CLONE_SIGHAND)) return DM_GERR(EINVAL);
	uint64_t high = x ? x->high_flags : 0;
	if ((high & DM_CLONE_CLEAR_SIGHAND) || ((high || (x && x->set_tid_size)) && (flags & DM_CLONE_VM))) {
		/* CLEAR_SIGHAND would reset the emulator's own host handlers; the guest's
		 * dispositions are not reset here yet */
		dm_sys_report("clone3", "CLONE_CLEAR_SIGHAND, or set_tid/INTO_CGROUP with CLONE_VM");
		return DM_GERR(ENOSYS);
	}
	if (flags & DM_CLONE_THREAD) return do_thread(c, flags, newsp, ptid, ctid, tls);
	if ((flags & DM_CLONE_PIDFD) && (flags & DM_CLONE_PARENT_SETTID) && pidfd == ptid) return DM_GERR(EINVAL);
	/* the kernel stores the pidfd before the child can run, and fails the
	 * whole call (no child) when it cannot */
	if ((flags & DM_CLONE_PIDFD) && !dm_mm_access_ok(pidfd, 4, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	/* the rest (namespaces, CLONE_PARENT, ...) go to the host as they are */
	uint64_t hflags = dm_set_to_host(c->abi->sets[DM_SET_clone_flags], flags & ~(uint64_t)DM_CSIGNAL);
	hflags &= ~(uint64_t)(DM_CLONE_VM | DM_CLONE_VFORK | DM_CLONE_SETTLS | DM_CLONE_PARENT_SETTID |
			      DM_CLONE_CHILD_CLEARTID | DM_CLONE_CHILD_SETTID | DM_CLONE_PIDFD);
	if (flags & DM_CLONE_VM) return do_vmproc(c, flags, (unsigned long)hflags | (unsigned)hsig, newsp, ptid, ctid, tls, pidfd);
	/* CLONE_FILES, CLONE_FS and CLONE_SYSVSEM stay: the file table, cwd and
	 * umask, and SysV undo list are the host process's own, which the host
	 * shares as the guest asked (a child's close_range closes the parent's
	 * fds too).  Between syscalls the emulator holds no descriptor of its own
	 * but the -D log, which a child without CLONE_FILES has a copy of anyway. */
	if (flags & DM_CLONE_PIDFD) hflags |= CLONE_PIDFD;
	/* CLONE_VFORK without CLONE_VM: the parent waits until the child execs
	 * or exits: a close-on-exec pipe, or with a shared file table (where the
	 * child's close of the read end would be the parent's) the host's own
	 * CLONE_VFORK, safe here because nothing is shared but the table */
	int vpipe[2] = { -1, -1 };
	if ((flags & DM_CLONE_VFORK) && (flags & DM_CLONE_FILES)) {
		hflags |= CLONE_VFORK;
	} else if (flags & DM_CLONE_VFORK) {
		int p[2];
		if (pipe2(p, O_CLOEXEC) == 0) {
			vpipe[0] = fcntl(p[0], F_DUPFD_CLOEXEC, 900);
			vpipe[1] = fcntl(p[1], F_DUPFD_CLOEXEC, 900);
			close(p[0]);
			close(p[1]);
		}
	}
	flush_logs();
	long pid;
	int hpidfd = -1;
	if (dm_thread_fork_prepare) dm_thread_fork_prepare();
	if (high || (x && x->set_tid_size)) {
		/* a fork on the host's clone3 (no stack: the child returns here) */
		uint64_t ha[11] = { hflags | high, (hflags & CLONE_PIDFD) ? (uint64_t)(uintptr_t)&hpidfd : 0, 0, 0,
				    (uint64_t)hsig, 0, 0, 0, x->set_tid_size ? (uint64_t)(uintptr_t)x->set_tid : 0,
				    x->set_tid_size, x->cgroup };
		pid = syscall(SYS_clone3, ha, sizeof ha);
	} else if (hflags == 0 && hsig == SIGCHLD) {
		pid = fork();
	} else {
		pid = syscall(SYS_clone, (long)(hflags | (unsigned)hsig), 0L, (hflags & CLONE_PIDFD) ? &hpidfd : NULL,
			      NULL, 0L);
	}
	int e = errno;
	if (dm_thread_fork_done) dm_thread_fork_done(pid == 0);
	if (pid < 0) {
		if (vpipe[0] >= 0) { close(vpipe[0]); close(vpipe[1]); }
		return DM_GERR(e);
	}
	if (pid == 0) {
		if (vpipe[0] >= 0) close(vpipe[0]);   /* write end closes at exec or exit */
		const struct dm_arch *arch = c->cpu ? c->cpu->arch : NULL;
		if (newsp && arch && arch->set_sp) arch->set_sp(c->cpu, newsp);
		if ((flags & DM_CLONE_SETTLS) && arch && arch->set_tls) arch->set_tls(c->cpu, tls);
		if (flags & DM_CLONE_CHILD_SETTID) dm_put_guest(c->abi, ctid, 4, (uint64_t)syscall(SYS_gettid));
		dm_sys_state.clear_child_tid = (flags & DM_CLONE_CHILD_CLEARTID) ? ctid : 0;
		dm_sys_state.robust_head = dm_sys_state.robust_len = 0;
		return 0;
	}
	if (flags & DM_CLONE_PARENT_SETTID) dm_put_guest(c->abi, ptid, 4, (uint64_t)pid);
	if (hpidfd >= 0) dm_put_guest(c->abi, pidfd, 4, (uint32_t)hpidfd);
	if (vpipe[0] >= 0) {
		char b;
		close(vpipe[1]);
		while (read(vpipe[0], &b, 1) < 0 && errno == EINTR) {}
		close(vpipe[0]);
	}
	return pid;
}

int64_t dm_sys_fork(struct dm_sys_call *c)
{
	return do_fork(c, SIGCHLD, 0, 0, 0, 0, 0, NULL);
}

int64_t dm_sys_vfork(struct dm_sys_call *c)
{
	return do_fork(c, DM_CLONE_VM | DM_CLONE_VFORK | SIGCHLD, 0, 0, 0, 0, 0, NULL);
}

/* The five clone arguments in the kernel's default order, from the registers
 * in the ABI's order (specs/abi: syscall.clone). */
void dm_clone_args(const struct dm_abi *abi, const uint64_t raw[8], uint64_t out[5])
{
	enum { FLAGS, NEWSP, PTID, CTID, TLS };
	switch (abi->clone_order) {
	case DM_CLONE_BACKWARDS:
		out[FLAGS] = raw[0]; out[NEWSP] = raw[1]; out[PTID] = raw[2]; out[TLS] = raw[3]; out[CTID] = raw[4];
		break;
	case DM_CLONE_BACKWARDS2:
		out[NEWSP] = raw[0]; out[FLAGS] = raw[1]; out[PTID] = raw[2]; out[CTID] = raw[3]; out[TLS] = raw[4];
		break;
	default:
		for (int i = 0; i < 5; i++) out[i] = raw[i];
	}
	if (abi->bits == 32)
		for (int i = 0; i < 5; i++) out[i] = (uint32_t)out[i];
}

int64_t dm_sys_clone(struct dm_sys_call *c)
{
	uint64_t a[5];
	dm_clone_args(c->abi, c->args, a);
	/* clone(2) has no pidfd argument: CLONE_PIDFD stores it at parent_tid */
	return do_fork(c, a[0], a[1], a[2], a[3], a[4], a[2], NULL);
}

/* clone3(struct clone_args *, size): the same, with a separate exit signal
 * and a stack given as base + size. */
#define CLONE_ARGS_SIZE_VER0 64u
int64_t dm_sys_clone3(struct dm_sys_call *c)
{
	uint64_t ua = dm_call_arg(c, 0), size = dm_call_arg(c, 1);
	const struct dm_type *t = c->abi->types[DM_T_clone_args];
	if (!t) return DM_GERR(ENOSYS);
	if (size < CLONE_ARGS_SIZE_VER0 || size > 4096) return DM_GERR(size < CLONE_ARGS_SIZE_VER0 ? EINVAL : E2BIG);
	uint8_t g[4096];
	memset(g, 0, sizeof g);
	if (dm_copy_from_guest(g, ua, size)) return DM_GERR(EFAULT);
	for (uint64_t i = t->gsize; i < size; i++)
		if (g[i]) return DM_GERR(E2BIG);        /* fields this kernel does not know */
	uint64_t f[11] = { 0 };      /* flags pidfd child_tid parent_tid exit_signal stack stack_size tls set_tid set_tid_size cgroup */
	for (unsigned i = 0; i < 11 && 8 * i + 8 <= (unsigned)size; i++) f[i] = dm_gload(c->abi, g + 8 * i, 8);
	uint64_t flags = f[0], exit_signal = f[4], stack = f[5], stack_size = f[6];
	if (exit_signal & ~(uint64_t)DM_CSIGNAL) return DM_GERR(EINVAL);
	/* clone3_args_valid: CSIGNAL (but CLONE_NEWTIME) and CLONE_DETACHED are no flags here */
	if (flags & (0x400000u | (DM_CSIGNAL & ~0x80u))) return DM_GERR(EINVAL);
	if ((flags & (DM_CLONE_THREAD | 0x8000u /* CLONE_PARENT */)) && exit_signal) return DM_GERR(EINVAL);
	if ((stack == 0) != (stack_size == 0)) return DM_GERR(EINVAL);
	/* clone3_args_valid and copy_clone_args: set_tid is all or nothing, at
	 * most one pid per namespace level; the host checks each pid */
	struct clone3_extra x = { .high_flags = flags & ~(uint64_t)0xffffffffu, .cgroup = f[10], .set_tid_size = f[9] };
	if ((f[8] == 0) != (f[9] == 0) || f[9] > 32) return DM_GERR(EINVAL);
	if (f[9]) {
		for (uint64_t i = 0; i < f[9]; i++) {
			uint64_t v;
			if (dm_get_guest(c->abi, f[8] + 4 * i, 4, &v)) return DM_GERR(EFAULT);
			x.set_tid[i] = (int32_t)v;
		}
	}
	if (x.high_flags & ~(DM_CLONE_CLEAR_SIGHAND | DM_CLONE_INTO_CGROUP)) return DM_GERR(EINVAL);
	if ((x.high_flags & DM_CLONE_INTO_CGROUP) && (f[10] > 0x7fffffffu || size < 88)) return DM_GERR(EINVAL);
	uint64_t sp = stack ? stack + stack_size : 0;  /* the stack grows down on every dragoman guest */
	return do_fork(c, (flags & 0xffffffffu & ~(uint64_t)DM_CSIGNAL) | exit_signal, sp, f[3], f[2], f[7], f[1], &x);
}

/* ---- wait ---------------------------------------------------------------- */

int64_t dm_sys_wait4(struct dm_sys_call *c)
{
	int64_t pid = (int32_t)dm_call_named(c, "upid", 0);
	uint64_t staddr = dm_call_named(c, "stat_addr", 1);
	int options = (int)dm_set_to_host(c->abi->sets[DM_SET_wait_options], (uint32_t)dm_call_named(c, "options", 2));
	uint64_t ruaddr = dm_call_named(c, "ru", 3);
	const struct dm_type *rt = c->abi->types[DM_T_rusage];
	if (staddr && !dm_mm_access_ok(staddr, 4, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	if (ruaddr && (!rt || !dm_mm_access_ok(ruaddr, rt->gsize, DM_PROT_WRITE))) return DM_GERR(EFAULT);
	int st = 0;
	struct rusage ru;
	memset(&ru, 0, sizeof ru);
	long r = dm_host_syscall(SYS_wait4, pid, (long)&st, options, ruaddr ? (long)&ru : 0, 0, 0);
	if (r > 0) {
		if (staddr) dm_put_guest(c->abi, staddr, 4, (uint32_t)dm_wstatus_to_guest(c->abi, st));
		if (ruaddr) dm_struct_out(rt, ruaddr, 1, &ru);
	}
	return dm_sys_err(c->abi, r);
}

/* The siginfo_t is laid out by the signal layer (dm_siginfo_from_host/
 * _to_guest: per ABI, MIPS's code/errno order, signal numbers in si_status
 * translated for killed/stopped/continued children). */
int64_t dm_sys_waitid(struct dm_sys_call *c)
{
	uint64_t which = dm_set_to_host(c->abi->sets[DM_SET_waitid_idtype], (uint32_t)dm_call_named(c, "which", 0));
	int64_t id = (int32_t)dm_call_named(c, "upid", 1);
	uint64_t infop = dm_call_named(c, "infop", 2);
	int options = (int)dm_set_to_host(c->abi->sets[DM_SET_wait_options], (uint32_t)dm_call_named(c, "options", 3));
	uint64_t ruaddr = dm_call_named(c, "ru", 4);
	const struct dm_type *rt = c->abi->types[DM_T_rusage];
	const unsigned gsz = 128;
	if (infop && !dm_mm_access_ok(infop, gsz, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	if (ruaddr && (!rt || !dm_mm_access_ok(ruaddr, rt->gsize, DM_PROT_WRITE))) return DM_GERR(EFAULT);
	siginfo_t si;
	struct rusage ru;
	memset(&si, 0, sizeof si);
	memset(&ru, 0, sizeof ru);
	long r = dm_host_syscall(SYS_waitid, (long)which, id, (long)&si, options, ruaddr ? (long)&ru : 0, 0);
	if (r >= 0) {
		if (infop) {
			uint8_t g[128];
			memset(g, 0, sizeof g);
			/* no si_signo: WNOHANG found nothing, all zero as the kernel leaves it */
			if (si.si_signo && dm_siginfo_from_host && dm_siginfo_to_guest) {
				struct dm_gsiginfo gi;
				dm_siginfo_from_host(c->abi, &si, &gi);
				dm_siginfo_to_guest(c->abi, &gi, g);
			}
			dm_copy_to_guest(infop, g, gsz);
		}
		if (ruaddr) dm_struct_out(rt, ruaddr, 1, &ru);
	}
	return dm_sys_err(c->abi, r);
}
