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

void dm_signal_sync(struct dm_cpu *cpu, int host_sig, int code, uint64_t addr)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, host_sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	if (dm_proc.log_mask & DM_LOG_UNIMP)
		fprintf(dm_proc.log ? dm_proc.log : stderr, "dragoman: guest signal %d (code %d, addr %#llx) at pc %#llx\n",
			host_sig, code, (unsigned long long)addr, (unsigned long long)cpu->pc);
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
	(void)cpu;
	dm_signal_pending = 0;
	for (int g = 1; g <= 128 && g < DM_NSIG; g++) {
		uint64_t bit = 1ull << ((g - 1) % 64);
		if (!(dm_gpending[(g - 1) / 64] & bit) || (dm_gblocked[(g - 1) / 64] & bit)) continue;
		__atomic_and_fetch(&dm_gpending[(g - 1) / 64], ~bit, __ATOMIC_SEQ_CST);
		int h = dm_signal_to_host(dm_proc.abi, g);
		const struct dm_gsigaction *a = &dm_gsig[g];
		if (a->handler == 1) continue;
		if (a->handler == 0) { default_action(h); continue; }
		dm_report_once("delivery of a signal to a guest handler (default action used)", "");
		default_action(h);
	}
}
