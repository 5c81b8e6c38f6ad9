/* emu/signal/signal.c: host fault handling, the host handler that queues
 * guest-handled signals, and delivery to guest handlers (docs/signals.md).
 *
 * Invariants:
 *  - the host thread mask is the mirror of the guest thread mask
 *    (dm_signal_mirror), except between a host handler catching a signal and
 *    the dispatch loop delivering it: then every host signal but the fault
 *    signals is blocked (the handler sets uc_sigmask), so this thread's queue
 *    has one producer at a time and the host kernel keeps everything else
 *    pending;
 *  - dm_signal_pending is set exactly when the queue holds a deliverable
 *    signal (the safe-syscall stub in emu/sys/host.c refuses to block then). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include <glib.h>

#include "arch/arch.h"
#include "emu/abi/xlat.h"
#include "emu/dbt/exec.h"
#include "emu/gdbstub/gdbstub.h"
#include "emu/mm/codeprot.h"
#include "emu/mm/guest.h"
#include "emu/mm/mm.h"
#include "emu/process.h"
#include "emu/signal/guest_signal.h"
#include "emu/sys/internal.h"
#include "emu/signal/signal.h"
#include "emu/strace/strace.h"

/* tracing is in the syscall library, which a test link may leave out */
#pragma weak dm_strace_signal
#pragma weak dm_strace_killed
#pragma weak dm_sys_robust_exit_group
#pragma weak dm_exec_code_written

__thread sigjmp_buf dm_fault_jmp;
__thread volatile int dm_in_guest;
__thread struct dm_fault dm_last_fault;
/* dm_signal_pending is defined in emu/sys/host.c, next to the stub that reads it */

/* Signals caught by the host handler, not yet delivered (host siginfo). */
#define NSLOT 16
static __thread siginfo_t slot[NSLOT];
static __thread volatile int nslot;
static __thread void *host_altstack;
/* the data access the handler just turned into a guest fault, for the frame */
static __thread struct dm_gfault last_access;

#define BIT(g) (1ull << (((g) - 1) % 64))
#define WORD(g) (((g) - 1) / 64)
static int gblocked(int g) { return g > 0 && g < DM_NSIG && (dm_gblocked[WORD(g)] & BIT(g)) != 0; }

int dm_signal_is_internal(int h)
{
	return h == SIGSEGV || h == SIGBUS || h == SIGFPE;
}

/* every host signal but the fault signals (and KILL/STOP, which cannot be) */
static uint64_t all_but_internal(void)
{
	return ~0ull & ~(1ull << (SIGSEGV - 1)) & ~(1ull << (SIGBUS - 1)) & ~(1ull << (SIGFPE - 1));
}

long dm_host_sigmask(int how, uint64_t set, uint64_t *old)
{
	return syscall(SYS_rt_sigprocmask, how, &set, old, 8);
}

/* ---- raw host sigaction (glibc refuses SIGRTMIN..SIGRTMIN+2) ------------------ */

struct ksigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	uint64_t mask;
};
#define K_SA_RESTORER 0x04000000
extern void dm_host_sigrestorer(void);
__asm__(".text\n"
	".globl dm_host_sigrestorer\n"
	".type dm_host_sigrestorer,@function\n"
	"	nop\n"      /* unwinders look one byte before a signal frame's return address */
	"dm_host_sigrestorer:\n"
	"	mov $15, %rax\n"   /* rt_sigreturn */
	"	syscall\n"
	".size dm_host_sigrestorer, .-dm_host_sigrestorer\n");

static int host_sigaction(int h, void *handler, unsigned long flags, uint64_t mask, struct ksigaction *old)
{
	struct ksigaction k = { handler, flags | K_SA_RESTORER, (void *)dm_host_sigrestorer, mask };
	return (int)syscall(SYS_rt_sigaction, h, handler == (void *)-1 ? NULL : &k, old, 8);
}

uint64_t dm_signal_mirror(const struct dm_abi *abi, const uint64_t g[2])
{
	uint64_t m = 0;
	for (int s = 1; s < DM_NSIG && s <= 128; s++)
		if (g[WORD(s)] & BIT(s)) {
			int h = dm_signal_to_host(abi, s);
			if (h > 0 && h <= 64 && !dm_signal_is_internal(h) && h != SIGKILL && h != SIGSTOP)
				m |= 1ull << (h - 1);
		}
	return m;
}

void dm_signal_host_to_gset(const struct dm_abi *abi, uint64_t host, uint64_t g[2])
{
	g[0] = g[1] = 0;
	for (int h = 1; h <= 64; h++)
		if (host >> (h - 1) & 1) {
			int s = dm_signal_to_guest(abi, h);
			if (s > 0 && s < DM_NSIG) g[WORD(s)] |= BIT(s);
		}
}

void dm_signal_unblockable(const struct dm_abi *abi, uint64_t g[2])
{
	int k = dm_signal_to_guest(abi, SIGKILL), st = dm_signal_to_guest(abi, SIGSTOP);
	if (k > 0) g[WORD(k)] &= ~BIT(k);
	if (st > 0) g[WORD(st)] &= ~BIT(st);
}

/* The host thread mask mirrors the guest's: the host kernel keeps blocked
 * signals pending for us; the fault signals stay open. */
void dm_signal_sync_host_mask(const struct dm_abi *abi)
{
	dm_host_sigmask(SIG_SETMASK, dm_signal_mirror(abi, dm_gblocked), NULL);
}

/* ---- host handlers -------------------------------------------------------------- */

static void catch_async(siginfo_t *si, ucontext_t *uc)
{
	if (nslot < NSLOT) slot[nslot++] = *si;
	dm_signal_pending = 1;
	/* nothing more for this thread until the dispatch loop has delivered it */
	memcpy(&uc->uc_sigmask, &(uint64_t){ all_but_internal() }, 8);
	/* about to enter the host kernel (or being restarted by it): don't */
	uintptr_t ip = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
	if (ip >= (uintptr_t)dm_safe_syscall_start && ip < (uintptr_t)dm_safe_syscall_end)
		uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)dm_safe_syscall_interrupted;
}

void dm_signal_queue(int sig, siginfo_t *si, void *ucv)
{
	(void)sig;
	int e = errno;
	catch_async(si, ucv);
	errno = e;
}

static void on_fault(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	/* a store into translated code of a coherent-fetch guest (x86 error
	 * code bit 1: a write): drop the code, let the store go on */
	if (sig == SIGSEGV && si->si_code == SEGV_ACCERR && (uc->uc_mcontext.gregs[REG_ERR] & 2) &&
	    dm_codeprot_write_fault(dm_h2g(si->si_addr))) {
		if (dm_exec_code_written) dm_exec_code_written();
		return;
	}
	if (si->si_code <= 0 || (si->si_code == SI_KERNEL && sig != SIGSEGV)) {
		/* sent (kill, tgkill, sigqueue): an asynchronous signal like any other */
		int e = errno;
		catch_async(si, uc);
		errno = e;
		return;
	}
	if (dm_in_guest) {
		dm_in_guest = 0;
		uint64_t g = dm_h2g(si->si_addr);
		int code = si->si_code;
		bool mapped = dm_mm_lookup(g, NULL);
		if (sig == SIGSEGV) code = mapped ? SEGV_ACCERR : SEGV_MAPERR;
		if (sig == SIGSEGV || sig == SIGBUS) {
			/* x86 page-fault error code bit 1: the access was a write */
			int write = (uc->uc_mcontext.gregs[REG_ERR] & 2) != 0;
			last_access = (struct dm_gfault){ write ? DM_FAULT_WRITE : DM_FAULT_READ,
							  mapped, g };
		}
		dm_last_fault = (struct dm_fault){ sig, code, g };
		siglongjmp(dm_fault_jmp, 1);
	}
	/* A fault in the emulator itself: a bug.  Say where, then die of it. */
	char msg[128];
	int n = snprintf(msg, sizeof msg, "dragoman: internal error: signal %d at address %p\n", sig, si->si_addr);
	if (n > 0) (void)!write(2, msg, (size_t)n);
	host_sigaction(sig, SIG_DFL, 0, 0, NULL);
	raise(sig);
}

/* ---- set-up ---------------------------------------------------------------------- */

static void thread_altstack(void)
{
	if (host_altstack) return;
	size_t sz = 64 * 1024;
	host_altstack = g_malloc(sz);
	stack_t ss = { .ss_sp = host_altstack, .ss_size = sz };
	sigaltstack(&ss, NULL);
}

void dm_signal_init(void)
{
	static int once;
	thread_altstack();
	if (__atomic_exchange_n(&once, 1, __ATOMIC_ACQ_REL)) return;
	const struct dm_abi *abi = dm_proc.abi;
	/* What exec left us: ignored signals stay ignored, the mask stays. */
	for (int h = 1; h <= 64; h++) {
		struct ksigaction k;
		if (h == SIGKILL || h == SIGSTOP) continue;
		if (host_sigaction(h, (void *)-1, 0, 0, &k) == 0 && k.handler == SIG_IGN) {
			int g = dm_signal_to_guest(abi, h);
			if (g > 0 && g < DM_NSIG) dm_gsig[g].handler = 1;
		}
	}
	uint64_t cur = 0;
	dm_host_sigmask(SIG_BLOCK, 0, &cur);
	dm_signal_host_to_gset(abi, cur, dm_gblocked);
	dm_signal_unblockable(abi, dm_gblocked);
	for (int h = 1; h <= 64; h++)
		if (dm_signal_is_internal(h))
			host_sigaction(h, (void *)on_fault, SA_SIGINFO | SA_ONSTACK | SA_NODEFER, 0, NULL);
	/* under -strace the emulator carries out default deaths itself, to print
	 * them; for a big-endian guest too, to walk its robust futex lists */
	if (dm_signal_emulated_deaths(abi))
		for (int g = 1; g < DM_NSIG; g++)
			if (!dm_gsig[g].handler) dm_signal_host_apply(abi, g);
	dm_signal_sync_host_mask(abi);
}

void dm_signal_thread_prepare(struct dm_signal_thread_start *st)
{
	memset(st, 0, sizeof *st);
	st->blocked[0] = dm_gblocked[0];
	st->blocked[1] = dm_gblocked[1];
	st->gsig = dm_gsig;
	dm_host_sigmask(SIG_SETMASK, all_but_internal(), &st->host_saved);
}

void dm_signal_process_prepare(struct dm_signal_thread_start *st, int share_handlers, int keep_altstack)
{
	dm_signal_thread_prepare(st);
	if (!share_handlers) {
		/* the kernel copies the sighand at clone time: a consistent snapshot */
		struct dm_gsigaction *copy = g_new(struct dm_gsigaction, DM_NSIG);
		dm_gsig_lock();
		memcpy(copy, dm_gsig, DM_NSIG * sizeof *copy);
		dm_gsig_unlock();
		st->gsig = copy;
		st->own_gsig = 1;
	}
	if (keep_altstack) {
		st->keep_altstack = 1;
		memcpy(st->altstack, dm_altstack, sizeof st->altstack);
	}
}

void dm_signal_process_release(const struct dm_signal_thread_start *st)
{
	if (st->own_gsig) {
		g_free(st->gsig);
		dm_gsig = NULL;                    /* this helper thread runs no guest code */
	}
	g_free(host_altstack);             /* the child's (our TLS): its process is gone */
	host_altstack = NULL;
}

void dm_signal_thread_created(const struct dm_signal_thread_start *st)
{
	dm_host_sigmask(SIG_SETMASK, st->host_saved, NULL);
}

void dm_signal_thread_init(const struct dm_signal_thread_start *st)
{
	thread_altstack();
	if (st) {
		dm_gblocked[0] = st->blocked[0];
		dm_gblocked[1] = st->blocked[1];
	}
	if (st && st->gsig) dm_gsig = st->gsig;
	if (st && st->keep_altstack) memcpy(dm_altstack, st->altstack, sizeof dm_altstack);
	else { dm_altstack[0] = 0; dm_altstack[1] = SS_DISABLE; dm_altstack[2] = 0; }
	dm_sigsuspend_active = 0;
	dm_signal_sync_host_mask(dm_proc.abi);
}

void dm_signal_thread_exit(void)
{
	dm_host_sigmask(SIG_SETMASK, all_but_internal(), NULL);
	/* caught but never delivered: back to the process, another thread takes it */
	for (int i = 0; i < nslot; i++)
		syscall(SYS_rt_sigqueueinfo, getpid(), slot[i].si_signo, &slot[i]);
	nslot = 0;
	dm_signal_pending = 0;
	if (host_altstack) {
		stack_t ss = { .ss_flags = SS_DISABLE };
		sigaltstack(&ss, NULL);
		g_free(host_altstack);
		host_altstack = NULL;
	}
}

/* ---- delivery -------------------------------------------------------------------- */

/* Die of host signal sig, as the guest would of its default action. */
/* The gdb stub (emu/gdbstub) is linked into build/dragoman only. */
#pragma weak dm_gdb_enabled
#pragma weak dm_gdb_signal
#pragma weak dm_gdb_exit
static inline bool gdb_on(void) { return &dm_gdb_enabled && dm_gdb_enabled; }

static _Noreturn void die_of(int sig)
{
	if (dm_sys_robust_exit_group) dm_sys_robust_exit_group();   /* as the kernel at each thread's death */
	if (gdb_on()) dm_gdb_exit(0, sig);
	if ((dm_proc.log_mask & DM_LOG_STRACE) && dm_strace_killed)
		dm_strace_killed(dm_signal_to_guest(dm_proc.abi, sig));
	if (dm_proc.log_mask & DM_LOG_INT)
		fprintf(dm_proc.log ? dm_proc.log : stderr, "int: killed by guest signal %d (host %d)\n",
			dm_signal_to_guest(dm_proc.abi, sig), sig);
	fflush(NULL);
	host_sigaction(sig, SIG_DFL, 0, 0, NULL);
	dm_host_sigmask(SIG_UNBLOCK, 1ull << (sig - 1), NULL);
	syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), sig);
	/* a stop-and-continue would land here; a signal the host cannot raise neither */
	_exit(128 + sig);
}

__thread uint64_t dm_altstack[3] = { 0, SS_DISABLE, 0 };   /* guest ss_sp, ss_flags (host SS_*), ss_size */
__thread uint64_t dm_sigsuspend_saved[2];
__thread int dm_sigsuspend_active;

/* The guest page holding the rt_sigreturn trampoline, mapped on first use
 * (the kernel's vDSO plays this part). */
static GMutex sigtramp_lock;

static uint64_t sigtramp(const struct dm_arch *arch)
{
	static uint64_t page;
	if (page || !arch->sigtramp) return page;
	g_mutex_lock(&sigtramp_lock);
	if (!page) {
		int64_t p = dm_mm_map(0, dm_mm_page_size(), DM_PROT_READ | DM_PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
				      -1, 0, "[vdso]");
		if (p >= 0) {
			memcpy(dm_g2h((uint64_t)p), arch->sigtramp, arch->sigtramp_len);
			dm_mm_protect((uint64_t)p, dm_mm_page_size(), DM_PROT_READ | DM_PROT_EXEC);
			page = (uint64_t)p;
		}
	}
	g_mutex_unlock(&sigtramp_lock);
	return page;
}

/* emu/process.h; the trampoline is mapped under its lock, so it comes before the page map's */
void dm_signal_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) {
		g_mutex_lock(&sigtramp_lock);
		dm_gsig_lock();
	} else if (phase == DM_FORK_PARENT) {
		dm_gsig_unlock();
		g_mutex_unlock(&sigtramp_lock);
	} else {
		dm_gsig_fork_child();
		g_mutex_init(&sigtramp_lock);
	}
}

static int on_altstack(uint64_t sp)
{
	return !(dm_altstack[1] & SS_DISABLE) && dm_altstack[2] && sp - dm_altstack[0] < dm_altstack[2];
}

#define G_SS_AUTODISARM (1ull << 31)

/* Run the guest handler of g: push the arch frame, update the mask (the
 * kernel's get_sigframe/sigsp and signal_delivered). */
static void enter_handler(struct dm_cpu *cpu, int g, const struct dm_gsigaction *a, const struct dm_gsiginfo *info)
{
	const struct dm_arch *arch = cpu->arch;
	uint64_t sp = arch->get_sp(cpu);
	int on = on_altstack(sp);
	uint64_t alt[3] = { dm_altstack[0], on ? SS_ONSTACK : (dm_altstack[2] ? dm_altstack[1] : SS_DISABLE),
			    dm_altstack[2] };
	if (!on && (a->host_flags & SA_ONSTACK) && !(dm_altstack[1] & SS_DISABLE) && dm_altstack[2]) {
		sp = dm_altstack[0] + dm_altstack[2];
		if (dm_altstack[1] & G_SS_AUTODISARM) {
			dm_altstack[0] = 0; dm_altstack[1] = SS_DISABLE; dm_altstack[2] = 0;
		}
	}
	uint64_t old[2] = { dm_gblocked[0], dm_gblocked[1] };
	if (dm_sigsuspend_active) {
		old[0] = dm_sigsuspend_saved[0];
		old[1] = dm_sigsuspend_saved[1];
		dm_sigsuspend_active = 0;
	}
	struct dm_gsiginfo full = *info;
	dm_siginfo_to_guest(dm_proc.abi, info, full.bytes);
	if ((dm_proc.log_mask & DM_LOG_STRACE) && dm_strace_signal) dm_strace_signal(full.bytes);
	uint64_t at = cpu->pc;
	if (!arch->signal_frame || !arch->signal_frame(cpu, &full, a, old, sp, sigtramp(arch), alt)) {
		/* no room for the frame: the kernel forces SIGSEGV, which kills */
		die_of(SIGSEGV);
	}
	if (dm_proc.log_mask & DM_LOG_INT)
		fprintf(dm_proc.log ? dm_proc.log : stderr, "int: guest signal %d at pc %#llx: handler %#llx, frame at sp %#llx\n", g,
			(unsigned long long)at, (unsigned long long)cpu->pc, (unsigned long long)arch->get_sp(cpu));
	for (int k = 0; k < 2; k++) dm_gblocked[k] |= a->mask[k];
	if (!(a->host_flags & SA_NODEFER)) dm_gblocked[WORD(g)] |= BIT(g);
	dm_signal_unblockable(dm_proc.abi, dm_gblocked);
}

/* The disposition of g as delivery sees it (a copy, taken under the lock, as
 * the kernel's get_signal copies the k_sigaction under siglock), with
 * SA_RESETHAND applied to the shared one at the same time.  Host signals are
 * blocked (other than the internal fault signals). */
static struct dm_gsigaction take_action(int g)
{
	dm_gsig_lock();
	struct dm_gsigaction a = dm_gsig[g];
	if (a.handler > 1 && (a.host_flags & SA_RESETHAND)) {
		dm_gsig[g].handler = 0;
		dm_gsig[g].flags &= ~(uint64_t)0x80000000u;
		dm_signal_host_apply(dm_proc.abi, g);
	}
	dm_gsig_unlock();
	return a;
}

static _Noreturn void force_fatal(int host_sig, struct dm_gsiginfo *info);

void dm_signal_sync(struct dm_cpu *cpu, int host_sig, int code, uint64_t addr)
{
	/* gdb sees the signal first: it may drop it (the instruction runs again) */
	if (gdb_on() && !(host_sig = dm_gdb_signal(cpu, host_sig))) return;
	if (dm_proc.log_mask & DM_LOG_UNIMP)
		fprintf(dm_proc.log ? dm_proc.log : stderr, "dragoman: guest signal %d (code %d, addr %#llx) at pc %#llx\n",
			host_sig, code, (unsigned long long)addr, (unsigned long long)cpu->pc);
	int g = dm_signal_to_guest(dm_proc.abi, host_sig);
	struct dm_gsiginfo info = { .signo = g, .code = code, .addr = addr, .kind = DM_SIL_FAULT };
	if ((host_sig == SIGSEGV || host_sig == SIGBUS) && last_access.access && last_access.addr == addr)
		info.fault = last_access;
	else if (host_sig == SIGSEGV && addr == cpu->pc && code > 0)
		/* the instruction fetch itself (the translator's fetch trap) */
		info.fault = (struct dm_gfault){ DM_FAULT_EXEC, dm_mm_lookup(addr, NULL), addr };
	last_access.access = DM_FAULT_NONE;
	dm_signal_force(cpu, host_sig, &info);
}

void dm_signal_force(struct dm_cpu *cpu, int host_sig, struct dm_gsiginfo *info)
{
	dm_host_sigmask(SIG_UNBLOCK, 1ull << (host_sig - 1), NULL);
	int g = info->signo;
	/* A synchronous signal that is blocked or ignored kills, as force_sig_fault does. */
	if (g > 0 && g < DM_NSIG && !gblocked(g)) {
		uint64_t saved;
		dm_host_sigmask(SIG_SETMASK, all_but_internal(), &saved);
		struct dm_gsigaction a = take_action(g);
		dm_host_sigmask(SIG_SETMASK, saved, NULL);
		if (a.handler > 1) {
			enter_handler(cpu, g, &a, info);
			dm_signal_sync_host_mask(dm_proc.abi);
			return;
		}
	}
	force_fatal(host_sig, info);
}

static _Noreturn void force_fatal(int host_sig, struct dm_gsiginfo *info)
{
	if ((dm_proc.log_mask & DM_LOG_STRACE) && dm_strace_signal) {
		dm_siginfo_to_guest(dm_proc.abi, info, info->bytes);
		dm_strace_signal(info->bytes);
	}
	die_of(host_sig);
}

_Noreturn void dm_signal_die(int host_sig) { die_of(host_sig); }

#pragma weak dm_sys_robust_by_emulator
bool dm_signal_emulated_deaths(const struct dm_abi *abi)
{
	return (dm_proc.log_mask & (DM_LOG_STRACE | DM_LOG_INT)) || (dm_sys_robust_by_emulator && dm_sys_robust_by_emulator(abi));
}

/* Default actions (signal(7)): ignore these, stop on those, terminate on the rest. */
static bool default_stops(int host_sig)
{
	return host_sig == SIGSTOP || host_sig == SIGTSTP || host_sig == SIGTTIN || host_sig == SIGTTOU;
}

bool dm_signal_default_kills(int host_sig)
{
	switch (host_sig) {
	case SIGCHLD: case SIGURG: case SIGWINCH: case SIGCONT: return false;
	default: return !default_stops(host_sig);
	}
}

static void default_action(int host_sig, const siginfo_t *si)
{
	if (dm_signal_default_kills(host_sig)) {
		/* caught only under -strace or for a big-endian guest
		 * (dm_signal_host_apply): say what kills, as strace does */
		if ((dm_proc.log_mask & DM_LOG_STRACE) && dm_strace_signal) {
			struct dm_gsiginfo info;
			dm_siginfo_from_host(dm_proc.abi, si, &info);
			dm_siginfo_to_guest(dm_proc.abi, &info, info.bytes);
			dm_strace_signal(info.bytes);
		}
		die_of(host_sig);
	}
	if (default_stops(host_sig)) kill(getpid(), SIGSTOP);
}

void dm_signal_temp_mask(uint64_t host_mask)
{
	if (!nslot) return;
	if (!dm_sigsuspend_active) {
		dm_sigsuspend_saved[0] = dm_gblocked[0];
		dm_sigsuspend_saved[1] = dm_gblocked[1];
		dm_sigsuspend_active = 1;
	}
	dm_signal_host_to_gset(dm_proc.abi, host_mask, dm_gblocked);
	dm_signal_unblockable(dm_proc.abi, dm_gblocked);
}

void dm_signal_queued_set(uint64_t g[2])
{
	g[0] = g[1] = 0;
	for (int i = 0; i < nslot; i++) {
		int s = dm_signal_to_guest(dm_proc.abi, slot[i].si_signo);
		if (s > 0 && s < DM_NSIG) g[WORD(s)] |= BIT(s);
	}
}

int dm_signal_take_queued(const uint64_t gset[2], siginfo_t *out)
{
	uint64_t old;
	dm_host_sigmask(SIG_SETMASK, all_but_internal(), &old);
	int r = 0;
	for (int i = 0; i < nslot && !r; i++) {
		int s = dm_signal_to_guest(dm_proc.abi, slot[i].si_signo);
		if (s > 0 && s < DM_NSIG && (gset[WORD(s)] & BIT(s))) {
			*out = slot[i];
			memmove(&slot[i], &slot[i + 1], (size_t)(nslot - i - 1) * sizeof slot[0]);
			nslot--;
			r = s;
		}
	}
	dm_host_sigmask(SIG_SETMASK, old, NULL);
	return r;
}

/* Deliver every queued signal the guest does not block, as the kernel does on
 * its way back to user mode: each handler's frame on top of the previous one
 * (the last delivered runs first).  Runs with host signals blocked; the mirror
 * mask at the end lets the next pending ones in (they queue, and we loop). */
void dm_signal_deliver_pending(struct dm_cpu *cpu)
{
	const struct dm_abi *abi = dm_proc.abi;
	dm_host_sigmask(SIG_SETMASK, all_but_internal(), NULL);
	for (int rounds = 0; rounds < 64; rounds++) {
		dm_signal_pending = 0;
		int i = 0;
		while (i < nslot) {
			siginfo_t si = slot[i];
			int h = si.si_signo, g = dm_signal_to_guest(abi, h);
			if (g > 0 && g < DM_NSIG && gblocked(g)) {
				if (dm_signal_is_internal(h)) { i++; continue; }   /* held here until unblocked */
				/* blocked since it was caught: pending again, on the host (siginfo intact) */
				syscall(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), h, &si);
			}
			memmove(&slot[i], &slot[i + 1], (size_t)(nslot - i - 1) * sizeof slot[0]);
			nslot--;
			if (g <= 0 || g >= DM_NSIG || gblocked(g)) continue;
			if (gdb_on()) {
				/* gdb sees it first: it may drop it or pass another */
				int h2 = dm_gdb_signal(cpu, h);
				if (!h2) continue;
				if (h2 != h) si.si_signo = h = h2, g = dm_signal_to_guest(abi, h2);
			}
			const struct dm_gsigaction a = take_action(g);
			if (a.handler == 1) continue;
			if (a.handler == 0) { default_action(h, &si); continue; }
			struct dm_gsiginfo info;
			dm_siginfo_from_host(abi, &si, &info);
			enter_handler(cpu, g, &a, &info);
		}
		if (dm_sigsuspend_active) {
			/* interrupted by a signal that was then not delivered: the old mask again */
			dm_gblocked[0] = dm_sigsuspend_saved[0];
			dm_gblocked[1] = dm_sigsuspend_saved[1];
			dm_sigsuspend_active = 0;
		}
		dm_signal_sync_host_mask(abi);    /* more may arrive right here */
		dm_host_sigmask(SIG_SETMASK, all_but_internal(), NULL);
		int more = 0;
		for (int k = 0; k < nslot; k++) {
			int g = dm_signal_to_guest(abi, slot[k].si_signo);
			if (!gblocked(g)) more = 1;
		}
		if (!more) break;
	}
	dm_signal_pending = 0;
	for (int k = 0; k < nslot; k++)
		if (!gblocked(dm_signal_to_guest(abi, slot[k].si_signo))) dm_signal_pending = 1;
	dm_signal_sync_host_mask(abi);
}
