/* emu/signal/guest_signal.h: guest signal state shared by the signal syscalls
 * and delivery.  Signals are numbered as the guest numbers them. */
#ifndef DM_GUEST_SIGNAL_H
#define DM_GUEST_SIGNAL_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emu/abi/abi.h"
#include "emu/signal/signal.h"

struct dm_gsigaction {
	uint64_t handler;            /* guest address; 0 = SIG_DFL, 1 = SIG_IGN */
	uint64_t flags;              /* guest SA_* bits */
	uint64_t host_flags;         /* the same, in host SA_* values */
	uint64_t restorer;
	uint64_t mask[2];            /* guest sigset */
};

/* What a guest handler (or rt_sigtimedwait) is told: siginfo fields by the
 * kernel's layout kinds (siginfo_layout()); laid out per ABI by
 * dm_siginfo_to_guest.  `fault` holds the facts of a memory fault in
 * neutral terms; each arch's frame writer derives its own record from them
 * (arm64: sigcontext.fault_address and an esr_context with the ESR the
 * kernel would report). */
enum { DM_SIL_KILL, DM_SIL_TIMER, DM_SIL_POLL, DM_SIL_FAULT, DM_SIL_CHLD, DM_SIL_RT, DM_SIL_SYS };
enum dm_fault_access { DM_FAULT_NONE, DM_FAULT_READ, DM_FAULT_WRITE, DM_FAULT_EXEC };
struct dm_gfault {
	uint8_t access;              /* enum dm_fault_access; DM_FAULT_NONE: not a memory fault */
	uint8_t mapped;              /* the page was mapped (a protection fault), else no mapping */
	uint64_t addr;               /* the guest address that faulted (the pc for DM_FAULT_EXEC) */
};
struct dm_gsiginfo {
	int signo, code, err;
	int kind;                    /* DM_SIL_* */
	int pid, uid, status;
	uint64_t addr;               /* si_addr (faults), si_call_addr (SIGSYS) */
	uint64_t value;              /* sigval */
	int timerid, overrun;
	int64_t band, utime, stime;
	int fd, syscall;
	uint32_t arch;
	struct dm_gfault fault;      /* a memory fault's facts, for the arch frame */
	uint8_t bytes[128];          /* the guest siginfo_t, as dm_siginfo_to_guest lays it out */
};

/* Guest siginfo_t (128 bytes) from/to the abstract one.  from_host/to_host
 * work on the host's siginfo_t; signal numbers are translated. */
/* timer_create made timer `id`, without a sigevent (its sival_int is its id) or with one */
void dm_timer_note_value(int id, bool value_is_id);
void dm_siginfo_from_host(const struct dm_abi *abi, const siginfo_t *si, struct dm_gsiginfo *out);
void dm_siginfo_to_guest(const struct dm_abi *abi, const struct dm_gsiginfo *i, uint8_t out[128]);
/* Guest siginfo bytes -> host siginfo (rt_sigqueueinfo & co.); 0 or -EINVAL.
 * gsig is the guest signal the call names: as the kernel does, the layout and
 * si_signo come from it, not from the guest's si_signo (which LTP's
 * rt_tgsigqueueinfo01 leaves uninitialised). */
int dm_siginfo_guest_to_host(const struct dm_abi *abi, const uint8_t in[128], int gsig, siginfo_t *out);
/* The si_signo the guest wrote in those bytes (a guest signal number). */
int dm_siginfo_guest_signo(const struct dm_abi *abi, const uint8_t in[128]);

/* A synchronous guest signal with the siginfo info (info->signo the guest
 * number of host_sig), as the kernel's force_sig_info: the handler runs
 * now (cpu enters it), or, when the signal is blocked or ignored, the
 * process dies of it (-strace prints the signal, then the death). */
void dm_signal_force(struct dm_cpu *cpu, int host_sig, struct dm_gsiginfo *info);

/* The guest's struct sigevent (its spec type's bytes) -> host, for timer_create. */
void dm_sigevent_to_host(const struct dm_abi *abi, const uint8_t *g, struct sigevent *h);

/* Apply guest disposition of gsig to the host (ignore, default, or catch). */
void dm_signal_host_apply(const struct dm_abi *abi, int gsig);
/* Does the emulator carry out deaths by a signal's default action itself
 * (-strace prints them; a big-endian guest's robust lists need walking)? */
bool dm_signal_emulated_deaths(const struct dm_abi *abi);
/* Host mask (bit h-1 = host signal h) mirroring a guest mask, and back. */
uint64_t dm_signal_mirror(const struct dm_abi *abi, const uint64_t g[2]);
void dm_signal_host_to_gset(const struct dm_abi *abi, uint64_t host, uint64_t g[2]);
/* Raw host rt_sigprocmask (glibc's hides SIGRTMIN..+2, which guests use). */
long dm_host_sigmask(int how, uint64_t set, uint64_t *old);
/* Caught-but-undelivered signals of this thread whose guest signal is blocked
 * (rt_sigpending), and taking one out of the queue (rt_sigtimedwait). */
void dm_signal_queued_set(uint64_t g[2]);
int dm_signal_take_queued(const uint64_t gset[2], siginfo_t *out);

/* The dispositions this thread's process uses (the kernel's sighand): every
 * thread's pointer starts at the process table; a process made by clone with
 * CLONE_VM but without CLONE_SIGHAND (vfork, posix_spawn) shares our memory
 * but gets its own copy (dm_signal_process_prepare). */
extern __thread struct dm_gsigaction *dm_gsig;
/* Guards dm_gsig (the kernel's siglock): rt_sigaction writes an entry and
 * applies it to the host, delivery copies the entry it acts on (and resets
 * it for SA_RESETHAND), all under it with host signals blocked.  Without it a
 * thread could deliver a signal whose handler another thread was setting to
 * SIG_IGN meanwhile, and jump to address 1.  Reset in a fork child. */
void dm_gsig_lock(void);
void dm_gsig_unlock(void);
void dm_gsig_fork_child(void);      /* a fresh lock in a fork child (emu/process.h) */
extern __thread uint64_t dm_gblocked[2];
extern __thread uint64_t dm_altstack[3];
/* rt_sigsuspend: the mask to restore when the handler that ended it returns */
extern __thread uint64_t dm_sigsuspend_saved[2];
extern __thread int dm_sigsuspend_active;   /* ss_sp, ss_flags (host SS_*), ss_size */

/* Host handler for signals the guest handles: queue, deliver at a block boundary. */
void dm_signal_queue(int sig, siginfo_t *si, void *uc);
/* SIGKILL and SIGSTOP cannot be blocked: clear them in a guest set. */
void dm_signal_unblockable(const struct dm_abi *abi, uint64_t g[2]);
/* The host signal's default action terminates the process (not ignore, not stop). */
bool dm_signal_default_kills(int host_sig);
/* Signals the emulator keeps for itself (fault detection). */
int dm_signal_is_internal(int host_sig);
void dm_signal_sync_host_mask(const struct dm_abi *abi);

/* Guest sigsets (arrays of the ABI's longs) <-> two host words. */
void dm_sigset_from_guest(const struct dm_abi *abi, const uint8_t *p, size_t bytes, uint64_t set[2]);
void dm_sigset_to_guest(const struct dm_abi *abi, uint8_t *p, size_t bytes, const uint64_t set[2]);

/* The cores of the signal syscalls (sys_signal.c), shared by the rt_* calls
 * and the old one-word-mask ones (sys_signal_old.c); each returns 0 or a
 * guest -errno. */
struct dm_sys_call;
int64_t dm_sigaction_swap(struct dm_sys_call *c, int sig, const struct dm_gsigaction *n, struct dm_gsigaction *old);
int64_t dm_sigprocmask_apply(struct dm_sys_call *c, int how, const uint64_t s[2], uint64_t old[2], bool low_word);
void dm_sigpending_set(const struct dm_abi *abi, uint64_t s[2]);
int64_t dm_sigsuspend_with(struct dm_sys_call *c, uint64_t s[2]);

#endif
