/* tests/guest/signal_rt.c: real-time signals queue (every instance, in
 * order, with its value); the check-then-block race is closed: a signal sent
 * right before pselect/ppoll/sigsuspend (unblocked only atomically by the
 * call) or before a blocking read whose wake-up the handler provides (the
 * self-pipe trick) is never lost.  A lost signal hangs: tests/guest.t's hang
 * guard ends the run (no alarm here: a fixed limit could fire under load). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

static volatile int got;
static int log_sig[64], log_val[64];
static volatile int nlog;
static int selfpipe[2];

static void on_rt(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	if (nlog < 64) { log_sig[nlog] = sig - SIGRTMIN; log_val[nlog] = si->si_value.sival_int; nlog++; }
}
static void on_usr1(int sig) { (void)sig; got++; }
static void on_usr1_pipe(int sig) { (void)sig; got++; (void)!write(selfpipe[1], "x", 1); }

static void handler(int sig, void (*h)(int), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

static void rt_queue(void)
{
	sigset_t s, old;
	sigemptyset(&s);
	sigaddset(&s, SIGRTMIN + 1);
	sigaddset(&s, SIGRTMIN + 2);
	sigprocmask(SIG_BLOCK, &s, &old);
	for (int i = 0; i < 5; i++) {
		sigqueue(getpid(), SIGRTMIN + 2, (union sigval){ .sival_int = 200 + i });
		sigqueue(getpid(), SIGRTMIN + 1, (union sigval){ .sival_int = 100 + i });
	}
	/* sigwaitinfo: lowest signal first, each instance in order */
	printf("sigwaitinfo:");
	for (int i = 0; i < 6; i++) {
		siginfo_t si;
		int r = sigwaitinfo(&s, &si);
		printf(" %d:%d", r - SIGRTMIN, si.si_value.sival_int);
	}
	printf("\n");
	/* the rest through a handler when unblocked */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_rt;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGRTMIN + 2, &sa, NULL);
	sigaction(SIGRTMIN + 1, &sa, NULL);
	sigset_t p;
	sigpending(&p);
	printf("pending: rt1=%d rt2=%d\n", sigismember(&p, SIGRTMIN + 1), sigismember(&p, SIGRTMIN + 2));
	sigprocmask(SIG_SETMASK, &old, NULL);
	printf("handled %d:", nlog);
	for (int i = 0; i < nlog; i++) printf(" %d:%d", log_sig[i], log_val[i]);
	printf("\n");
	/* rt_tgsigqueueinfo: the kernel takes the signal from its argument, not
	 * from si_signo (LTP's rt_tgsigqueueinfo01 leaves it unset) */
	siginfo_t qi;
	memset(&qi, 0, sizeof qi);
	qi.si_signo = 12345;
	qi.si_code = SI_QUEUE;
	qi.si_value.sival_int = 77;
	sigprocmask(SIG_BLOCK, &s, &old);
	long r = syscall(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), SIGRTMIN + 1, &qi);
	siginfo_t si;
	int w = sigwaitinfo(&s, &si);
	printf("rt_tgsigqueueinfo with a junk si_signo: %ld, got %d:%d signo %d\n", r, w - SIGRTMIN,
	       si.si_value.sival_int, si.si_signo - SIGRTMIN);
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* child: on each byte from the parent, send SIGUSR1 to it */
static pid_t hammer(int *go)
{
	int p[2];
	pipe(p);
	pid_t parent = getpid(), c = fork();
	if (c == 0) {
		close(p[1]);
		char b;
		while (read(p[0], &b, 1) == 1) kill(parent, SIGUSR1);
		_exit(0);
	}
	close(p[0]);
	*go = p[1];
	return c;
}

#define N 300

static void races(void)
{
	int go;
	pid_t c = hammer(&go);
	sigset_t usr1, none;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&none);

	/* pselect / ppoll / sigsuspend with SIGUSR1 unblocked only by the call */
	handler(SIGUSR1, on_usr1, 0);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	int ok[3] = { 0, 0, 0 };
	for (int i = 0; i < N; i++) {
		int pf[2];
		pipe(pf);
		got = 0;
		(void)!write(go, "g", 1);
		if (i & 1) usleep(50);
		fd_set rs;
		FD_ZERO(&rs);
		FD_SET(pf[0], &rs);
		int r = pselect(pf[0] + 1, &rs, NULL, NULL, NULL, &none);
		if (r == -1 && errno == EINTR && got == 1) ok[0]++;
		got = 0;
		(void)!write(go, "g", 1);
		if (i & 1) usleep(50);
		struct pollfd q = { .fd = pf[0], .events = POLLIN };
		r = ppoll(&q, 1, NULL, &none);
		if (r == -1 && errno == EINTR && got == 1) ok[1]++;
		got = 0;
		(void)!write(go, "g", 1);
		if (i & 1) usleep(50);
		r = sigsuspend(&none);
		if (r == -1 && errno == EINTR && got == 1) ok[2]++;
		close(pf[0]);
		close(pf[1]);
	}
	printf("pselect %d/%d, ppoll %d/%d, sigsuspend %d/%d\n", ok[0], N, ok[1], N, ok[2], N);

	/* the self-pipe trick: SIGUSR1 unblocked; whenever it lands (before the
	 * read blocks or during it), the handler's byte ends the read */
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
	for (int restart = 0; restart < 2; restart++) {
		handler(SIGUSR1, on_usr1_pipe, restart ? SA_RESTART : 0);
		pipe(selfpipe);
		int done = 0;
		for (int i = 0; i < N; i++) {
			got = 0;
			(void)!write(go, "g", 1);
			if (i & 1) usleep(20);
			char b;
			ssize_t n;
			while ((n = read(selfpipe[0], &b, 1)) < 0 && errno == EINTR) {}
			if (n == 1 && got == 1) done++;
		}
		close(selfpipe[0]);
		close(selfpipe[1]);
		printf("self-pipe read%s: %d/%d\n", restart ? " (SA_RESTART)" : "", done, N);
	}
	close(go);
	waitpid(c, NULL, 0);
}

/* F_SETSIG (LTP fcntl38/39): the I/O signal is a real-time one whose
 * siginfo carries the _sigpoll member (si_code POLL_IN, si_band, si_fd). */
static volatile int io_sig, io_code, io_fd;
static volatile long io_band;
static void on_io(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	io_sig = sig; io_code = si->si_code; io_fd = si->si_fd; io_band = si->si_band;
}

static void setsig_io(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_io;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGRTMIN + 1, &sa, NULL);
	int p[2];
	pipe(p);
	R(fcntl(p[0], F_SETOWN, getpid()));
	R(fcntl(p[0], F_SETSIG, SIGRTMIN + 1));
	OK(fcntl(p[0], F_GETSIG) == SIGRTMIN + 1);
	R(fcntl(p[0], F_SETFL, O_ASYNC | O_NONBLOCK));
	(void)!write(p[1], "x", 1);
	for (int i = 0; i < 1000000 && !io_sig; i++) sched_yield();
	SHOW("io signal: SIGRTMIN+%d code=%s fd_ok=%d band=%#lx", io_sig - SIGRTMIN,
	     io_code == POLL_IN ? "POLL_IN" : "?", io_fd == p[0], io_band);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	rt_queue();
	races();
	setsig_io();
	return 0;
}
