/* emu/sys/custom.c: hand-written syscall handlers, by name.
 *
 * Every handler is `int64_t dm_sys_<name>(struct dm_sys_call *c)`.  Those of
 * other subsystems are declared weak here, so that the syscall layer links
 * without them (tests/guest/test_sys); in build/dragoman every entry must
 * resolve, and tests/custom_handlers.t checks it (`dragoman --handlers`), as
 * it checks that every `custom` spec row has a handler or a fixed_errno.  A
 * handler listed here also overrides the generic marshaller for a syscall
 * whose signature is not `custom` (an emulation override).  Owners:
 *   emu/sys (this folder)   process, files, fds, IPC, misc, seccomp: see the files named below
 *   memory map (emu/mm)     mmap mmap2 munmap mprotect mremap madvise brk msync mincore mlock ...
 *   signals (emu/signal)    rt_sig* sigaltstack kill tkill tgkill signalfd* restart_syscall ...
 *   arch/<isa>/syscalls.c   the arch-private calls (ARM_set_tls, ARM_get_tls, ARM_cacheflush) */
#include <stdlib.h>
#include <string.h>

#include "emu/sys/sys.h"

/* Handlers of this folder: strong references, so that their objects are
 * always linked out of libdm_sys.a. */
#define OWN(X)                                                                             \
	/* emu/sys/proc.c */                                                                   \
	X(exit) X(exit_group) X(fork) X(vfork) X(clone) X(clone3) X(execve) X(execveat)       \
	X(wait4) X(waitid) X(set_tid_address) X(set_robust_list) X(get_robust_list)           \
	/* emu/sys/fs.c */                                                                     \
	X(open) X(openat) X(openat2) X(readlink) X(readlinkat) X(getdents) X(getdents64)       \
	X(fadvise64)                                                                           \
	X(fadvise64_64) X(arm_fadvise64_64)                                                    \
	/* emu/sys/compat32.c: 32-bit calls without a host counterpart */                    \
	X(_llseek) X(llseek) X(nice)                                                           \
	/* emu/sys/selffd.c: dragoman's own descriptor is not the guest's */                   \
	X(close) X(close_range) X(dup2) X(dup3)                                                \
	/* emu/sys/fd.c */                                                                     \
	X(fcntl) X(fcntl64) X(ioctl) X(pselect6) X(pselect6_time64) X(select) X(_newselect) X(pipe)              \
	/* emu/sys/futex.c */                                                                  \
	X(futex) X(futex_time64) X(futex_waitv)                                                \
	/* emu/sys/ipc.c, ipc_ctl.c, mq.c */                                                   \
	X(ipc) X(shmctl) X(semctl) X(msgctl) X(semop) X(semtimedop) X(semtimedop_time64)      \
	X(msgsnd) X(msgrcv) X(mq_open) X(mq_getsetattr) X(mq_notify)                          \
	/* emu/sys/misc.c */                                                                   \
	X(uname) X(sysinfo) X(getrandom) X(prctl) X(capget) X(capset) X(personality) X(sched_getaffinity)              \
	X(sched_setaffinity) X(getsockopt) X(setsockopt) X(mount) X(sysfs)                    \
	/* emu/sys/sched.c, emu/sys/timex.c */                                                \
	X(sched_getattr) X(sched_setattr) X(adjtimex) X(clock_adjtime) X(clock_adjtime64)       \
	/* emu/sys/mount_api.c, seccomp.c, keyctl.c, aio.c */                                             \
	X(fsconfig) X(seccomp) X(keyctl) X(io_setup) X(io_destroy) X(io_submit) X(io_cancel) X(io_getevents) \
	X(io_pgetevents) X(io_pgetevents_time64)                                               \
	/* emu/sys/socketcall.c, msghdr.c */                                                   \
	X(socketcall) X(sendmsg) X(recvmsg) X(sendmmsg) X(recvmmsg) X(recvmmsg_time64)      \
	/* emu/sys/futex2.c, xattrat.c, lsm.c */                                               \
	X(futex_wake) X(futex_wait) X(futex_requeue) X(setxattrat) X(getxattrat)              \
	X(lsm_get_self_attr) X(lsm_list_modules)                                               \
	/* emu/sys/numa.c */                                                                   \
	X(get_mempolicy) X(set_mempolicy) X(mbind) X(migrate_pages) X(move_pages)             \
	X(set_mempolicy_home_node)                                                             \
	/* emu/sys/fshandle.c, landlock.c, quota.c */                                          \
	X(name_to_handle_at) X(open_by_handle_at) X(landlock_add_rule) X(quotactl) X(quotactl_fd) \
	X(process_madvise)

/* Handlers of other subsystems: weak (NULL when not linked in). */
#define OTHERS(X)                                                                          \
	/* memory map (emu/mm) */                                                              \
	X(mmap) X(mmap2) X(munmap) X(mprotect) X(mremap) X(madvise) X(brk)        \
	X(msync) X(mincore) X(mlock) X(munlock) X(mlock2) X(mlockall) X(munlockall) X(remap_file_pages)                 \
	X(pkey_mprotect) X(mseal) X(shmat) X(shmdt)                                                   \
	/* signals (emu/signal) */                                                             \
	X(rt_sigaction) X(rt_sigprocmask) X(rt_sigreturn) X(sigreturn) X(sigaltstack)        \
	X(rt_sigsuspend) X(rt_sigpending) X(rt_sigtimedwait) X(rt_sigtimedwait_time64)        \
	X(rt_sigqueueinfo) X(rt_tgsigqueueinfo) X(signalfd) X(signalfd4) X(restart_syscall)   \
	X(pidfd_send_signal) X(timer_create)                                                   \
	/* emu/signal/sys_signal_old.c: one-word masks */                                      \
	X(sigaction) X(signal) X(sigprocmask) X(sigpending) X(sigsuspend)                   \
	/* an arch's private calls (arch/<isa>/syscalls.c) */                                 \
	X(ARM_set_tls) X(ARM_get_tls) X(ARM_cacheflush)

#define DECLARE(n) int64_t dm_sys_##n(struct dm_sys_call *c);
#define DECLARE_WEAK(n) int64_t dm_sys_##n(struct dm_sys_call *c) __attribute__((weak));
OWN(DECLARE)
OTHERS(DECLARE_WEAK)
#undef DECLARE
#undef DECLARE_WEAK

static const struct {
	const char *name;
	dm_custom_fn fn;
} table[] = {
#define ROW(n) { #n, dm_sys_##n },
	OWN(ROW)
	OTHERS(ROW)
#undef ROW
};

const char *dm_custom_entry(size_t i, dm_custom_fn *fn)
{
	if (i >= sizeof table / sizeof table[0]) return NULL;
	*fn = table[i].fn;
	return table[i].name;
}

dm_custom_fn dm_custom_lookup(const char *name)
{
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (!strcmp(table[i].name, name))
			return table[i].fn;
	return NULL;
}
