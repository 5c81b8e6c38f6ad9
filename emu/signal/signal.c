/* emu/signal/signal.c: host fault handling and guest signal delivery.
 *
 * Delivery to guest handlers (signal frames) is the threads-and-signals work
 * (docs/signals.md); until it lands a guest signal whose disposition is a
 * handler is reported once and its default action applies. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/abi/xlat.h"
#include "emu/mm/mm.h"
#include <sys/mman.h>
#include "emu/process.h"
#include "emu/signal/guest_signal.h"
#include "emu/signal/signal.h"

__thread sigjmp_buf dm_fault_jmp;
__thread volatile int dm_in_guest;
__thread struct dm_fault dm_last_fault;
volatile int dm_signal_pending;

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	if (dm_in_guest) {
		dm_in_guest = 0;
		dm_last_fault = (struct dm_fault){ sig, si->si_code, (uint64_t)(uintptr_t)si->si_addr };
		siglongjmp(dm_fault_jmp, 1);
	}
	/* A fault in the emulator itself: a bug.  Say where, then die of it. */
	char msg[128];
	int n = snprintf(msg, sizeof msg, "dragoman: internal error: signal %d at address %p\n", sig, si->si_addr);
	if (n > 0) (void)!write(2, msg, (size_t)n);
	signal(sig, SIG_DFL);
	raise(sig);
}

int dm_signal_is_internal(int h)
{
	return h == SIGSEGV || h == SIGBUS || h == SIGFPE;
}

/* Host siginfo of the queued signals, by host number (one slot each: standard
 * signals do not queue; real-time queueing belongs to the signals work). */
static siginfo_t queued[65];

void dm_signal_queue(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	if (sig <= 0 || sig > 64) return;
	queued[sig] = *si;
	int g = dm_signal_to_guest(dm_proc.abi, sig);
	if (g > 0 && g <= 128) __atomic_or_fetch(&dm_gpending[(g - 1) / 64], 1ull << ((g - 1) % 64), __ATOMIC_SEQ_CST);
	dm_signal_pending = 1;
}

void dm_signal_init(void)
{
	static char altstack[64 * 1024];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
	sigaltstack(&ss, NULL);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
}

/* Die of host signal sig, as the guest would of its default action. */
static _Noreturn void die_of(int sig)
{
	fflush(NULL);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigaction(sig, &sa, NULL);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	_exit(128 + sig);
}

__thread uint64_t dm_altstack[3] = { 0, SS_DISABLE, 0 };
__thread uint64_t dm_sigsuspend_saved[2];
__thread int dm_sigsuspend_active;  /* guest ss_sp, ss_flags, ss_size */

/* The guest page holding the rt_sigreturn trampoline, mapped on first use
 * (the kernel's vDSO plays this part). */
static uint64_t sigtramp(const struct dm_arch *arch)
{
	static uint64_t page;
	if (page || !arch->sigtramp) return page;
	int64_t p = dm_mm_map(0, dm_mm_page_size(), DM_PROT_READ | DM_PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0,
			      "[vdso]");
	if (p < 0) return 0;
	memcpy(dm_g2h((uint64_t)p), arch->sigtramp, arch->sigtramp_len);
	dm_mm_protect((uint64_t)p, dm_mm_page_size(), DM_PROT_READ | DM_PROT_EXEC);
	page = (uint64_t)p;
	return page;
}

static int on_altstack(uint64_t sp)
{
	return !(dm_altstack[1] & SS_DISABLE) && dm_altstack[2] && sp - dm_altstack[0] < dm_altstack[2];
}

/* Run guest handler a for info->signo: push the arch frame, update the mask. */
static void enter_handler(struct dm_cpu *cpu, int g, const struct dm_gsiginfo *info)
{
	struct dm_gsigaction *a = &dm_gsig[g];
	const struct dm_arch *arch = cpu->arch;
	uint64_t sp = arch->get_sp(cpu);
	uint64_t alt[3] = { dm_altstack[0], dm_altstack[1], dm_altstack[2] };
	if (on_altstack(sp)) alt[1] = SS_ONSTACK;
	else if ((a->host_flags & SA_ONSTACK) && !(dm_altstack[1] & SS_DISABLE) && dm_altstack[2])
		sp = dm_altstack[0] + dm_altstack[2];
	uint64_t old[2] = { dm_gblocked[0], dm_gblocked[1] };
	if (dm_sigsuspend_active) {
		old[0] = dm_sigsuspend_saved[0];
		old[1] = dm_sigsuspend_saved[1];
		dm_sigsuspend_active = 0;
	}
	if (!arch->signal_frame || !arch->signal_frame(cpu, info, a, old, sp, sigtramp(arch), alt))
		die_of(SIGSEGV);
	for (int k = 0; k < 2; k++) dm_gblocked[k] |= a->mask[k];
	if (!(a->host_flags & SA_NODEFER)) dm_gblocked[(g - 1) / 64] |= 1ull << ((g - 1) % 64);
	if (a->host_flags & SA_RESETHAND) {
		a->handler = 0;
		int h = dm_signal_to_host(dm_proc.abi, g);
		if (h && !dm_signal_is_internal(h)) signal(h, SIG_DFL);
	}
	dm_signal_sync_host_mask(dm_proc.abi);
}

void dm_signal_sync(struct dm_cpu *cpu, int host_sig, int code, uint64_t addr)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, host_sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	if (dm_proc.log_mask & DM_LOG_UNIMP)
		fprintf(dm_proc.log ? dm_proc.log : stderr, "dragoman: guest signal %d (code %d, addr %#llx) at pc %#llx\n",
			host_sig, code, (unsigned long long)addr, (unsigned long long)cpu->pc);
	int g = dm_signal_to_guest(dm_proc.abi, host_sig);
	/* A synchronous signal that is blocked or ignored kills, as force_sig_fault does. */
	if (g > 0 && g < DM_NSIG && dm_gsig[g].handler > 1 &&
	    !(dm_gblocked[(g - 1) / 64] >> ((g - 1) % 64) & 1)) {
		struct dm_gsiginfo info = { .signo = g, .code = code, .addr = addr };
		enter_handler(cpu, g, &info);
		return;
	}
	die_of(host_sig);
}

/* Default actions (signal(7)): ignore these, stop on those, terminate on the rest. */
static void default_action(int host_sig)
{
	switch (host_sig) {
	case SIGCHLD: case SIGURG: case SIGWINCH: case SIGCONT:
		return;
	case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
		raise(SIGSTOP);
		return;
	default:
		die_of(host_sig);
	}
}

void dm_signal_deliver_pending(struct dm_cpu *cpu)
{
	dm_signal_pending = 0;
	for (int g = 1; g <= 128 && g < DM_NSIG; g++) {
		uint64_t bit = 1ull << ((g - 1) % 64);
		if (!(dm_gpending[(g - 1) / 64] & bit) || (dm_gblocked[(g - 1) / 64] & bit)) continue;
		__atomic_and_fetch(&dm_gpending[(g - 1) / 64], ~bit, __ATOMIC_SEQ_CST);
		int h = dm_signal_to_host(dm_proc.abi, g);
		const struct dm_gsigaction *a = &dm_gsig[g];
		if (a->handler == 1) continue;
		if (a->handler == 0) { default_action(h); continue; }
		const siginfo_t *si = h > 0 && h <= 64 ? &queued[h] : NULL;
		struct dm_gsiginfo info = { .signo = g, .code = si ? si->si_code : 0 };
		if (si) {
			info.pid = si->si_pid;
			info.uid = (int)si->si_uid;
			info.err = si->si_errno;
			if (h == SIGCHLD) {
				info.status = si->si_status;
				if (si->si_code == CLD_KILLED || si->si_code == CLD_DUMPED || si->si_code == CLD_STOPPED)
					info.status = dm_signal_to_guest(dm_proc.abi, si->si_status);
			} else {
				info.value = (uint64_t)(uintptr_t)si->si_value.sival_ptr;
			}
		}
		enter_handler(cpu, g, &info);
		dm_signal_pending = 1;  /* one frame at a time: look again at the next boundary */
		return;
	}
}
