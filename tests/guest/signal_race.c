/* tests/guest/signal_race.c: dispositions change while signals arrive.  One
 * thread raises SIGUSR1 at itself in a loop while the main thread switches
 * SIGUSR1 between a handler and SIG_IGN (CPython's test_signal
 * test_stress_modifying_handlers, bpo-43406).  A signal caught while the
 * handler was set may be delivered after SIG_IGN replaced it: the kernel then
 * either drops it or runs the handler it copied under siglock, never a torn
 * mixture (dragoman once checked "not SIG_IGN", then built the frame from the
 * live entry, which by then said SIG_IGN: pc = 1, SIGSEGV). */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common.h"

static volatile int stop;
static volatile long received, sent;

static void on_usr1(int sig) { (void)sig; __atomic_add_fetch(&received, 1, __ATOMIC_RELAXED); }

static void *raiser(void *arg)
{
	(void)arg;
	pid_t pid = getpid(), tid = (pid_t)syscall(SYS_gettid);
	while (!stop) {
		syscall(SYS_tgkill, pid, tid, SIGUSR1);
		sent++;
	}
	return NULL;
}

static void set(int sig, void (*h)(int), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

int main(int argc, char **argv)
{
	const long toggles = iterations(argc, argv, 200000);
	pthread_t t;
	set(SIGUSR1, on_usr1, SA_ONSTACK);
	pthread_create(&t, NULL, raiser, NULL);
	/* until some signal was caught, not for a fixed time: with few toggles a
	 * loaded machine may not run the raiser while the handler is set (an
	 * emulator that never delivers one hangs here: guest.t's hang guard) */
	for (long i = 0; i < toggles || sent < 1000 || received == 0; i++) {
		set(SIGUSR1, on_usr1, SA_ONSTACK);
		set(SIGUSR1, SIG_IGN, 0);
	}
	stop = 1;
	pthread_join(t, NULL);
	printf("handler/SIG_IGN toggled under fire: survived, some received: %s\n", received > 0 ? "yes" : "no");

	return 0;
}
