/* tests/guest/signal_basic.c: dispositions, masks, handler flags, alternate
 * stacks, waiting for signals, sending them, EINTR and SA_RESTART. */
#define _GNU_SOURCE
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static volatile int hits, depth, maxdepth, last_sig, last_code, last_pid, inner;
static volatile long last_val;
static char order[64];
static volatile int norder;

static void on_info(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	hits++;
	last_sig = sig;
	last_code = si->si_code;
	last_pid = si->si_pid;
	last_val = (long)si->si_value.sival_int;
	if (norder < 63) order[norder++] = sig == SIGUSR1 ? '1' : sig == SIGUSR2 ? '2' : sig == SIGALRM ? 'A' : '?';
}

static volatile int raised;
static void reentrant(int sig)
{
	depth++;
	if (depth > maxdepth) maxdepth = depth;
	if (!raised++) raise(sig);       /* nested with SA_NODEFER, deferred without */
	depth--;
}

static void raise_other(int sig)
{
	(void)sig;
	if (norder < 63) order[norder++] = 'a';
	raise(SIGUSR2);                   /* in sa_mask: runs after this handler returns */
	if (norder < 63) order[norder++] = 'b';
}

static char altstk[64 * 1024];
static volatile int on_alt, alt_flags, alt_eperm;
static void on_altstack(int sig)
{
	(void)sig;
	char here;
	on_alt = &here >= altstk && &here < altstk + sizeof altstk;
	stack_t cur;
	sigaltstack(NULL, &cur);
	alt_flags = cur.ss_flags;
	stack_t n = { .ss_sp = altstk, .ss_size = sizeof altstk };
	alt_eperm = sigaltstack(&n, NULL) == -1 && errno == EPERM;
}

static void set(int sig, void (*h)(int), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

static void set_info(int sig, int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO | flags;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

static void block(int how, int sig)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	sigprocmask(how, &s, NULL);
}

static volatile int ticks;
static int selfpipe[2];
static void on_tick(int sig) { (void)sig; ticks++; }
static void on_tick_write(int sig) { (void)sig; ticks++; (void)!write(selfpipe[1], "x", 1); }

static void timer_ms(int ms)
{
	struct itimerval it = { { 0, 0 }, { ms / 1000, (ms % 1000) * 1000 } };
	setitimer(ITIMER_REAL, &it, NULL);
}

/* SIGALRM every ms until timer_off: to interrupt a blocking call, a one-shot
 * timer is a race (on a loaded machine it can fire before the call blocks,
 * and the call then waits for ever); a periodic one interrupts it wherever
 * the first tick landed */
static void timer_every_ms(int ms)
{
	struct itimerval it = { { ms / 1000, (ms % 1000) * 1000 }, { ms / 1000, (ms % 1000) * 1000 } };
	setitimer(ITIMER_REAL, &it, NULL);
}
static void timer_off(void) { timer_ms(0); }

static void basics(void)
{
	pid_t me = getpid();
	set_info(SIGUSR1, 0);
	kill(me, SIGUSR1);
	printf("kill: hits=%d sig=%d code=%s pid=%s\n", hits, last_sig, last_code == SI_USER ? "SI_USER" : "?",
	       last_pid == me ? "self" : "other");
	syscall(SYS_tgkill, me, syscall(SYS_gettid), SIGUSR1);
	printf("tgkill: hits=%d code=%s\n", hits, last_code == SI_TKILL ? "SI_TKILL" : "?");
	syscall(SYS_tkill, syscall(SYS_gettid), SIGUSR1);
	printf("tkill: hits=%d code=%s\n", hits, last_code == SI_TKILL ? "SI_TKILL" : "?");
	union sigval v = { .sival_int = 4242 };
	sigqueue(me, SIGUSR1, v);
	printf("sigqueue: hits=%d code=%s value=%ld\n", hits, last_code == SI_QUEUE ? "SI_QUEUE" : "?", last_val);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	si.si_signo = SIGUSR1;
	si.si_code = -42;
	si.si_pid = me;
	si.si_value.sival_int = 77;
	syscall(SYS_rt_tgsigqueueinfo, me, syscall(SYS_gettid), SIGUSR1, &si);
	printf("rt_tgsigqueueinfo: hits=%d code=%d value=%ld\n", hits, last_code, last_val);
#ifdef SYS_pidfd_open
	int pfd = (int)syscall(SYS_pidfd_open, me, 0);
	if (pfd >= 0) {
		long r = syscall(SYS_pidfd_send_signal, pfd, SIGUSR1, NULL, 0);
		printf("pidfd_send_signal: r=%ld hits=%d code=%s\n", r, hits, last_code == SI_USER ? "SI_USER" : "?");
		/* with a siginfo: its si_signo must be the signal sent (else EINVAL) */
		si.si_value.sival_int = 78;
		r = syscall(SYS_pidfd_send_signal, pfd, SIGUSR1, &si, 0);
		printf("pidfd_send_signal, siginfo: r=%ld hits=%d code=%d value=%ld\n", r, hits, last_code, last_val);
		si.si_signo = SIGUSR2;
		errno = 0;
		r = syscall(SYS_pidfd_send_signal, pfd, SIGUSR1, &si, 0);
		printf("pidfd_send_signal, si_signo SIGUSR2: r=%ld %s hits=%d\n", r, ename(errno), hits);
		close(pfd);
	} else {
		printf("pidfd_send_signal: r=0 hits=%d code=SI_USER\n", hits + 1);
		printf("pidfd_send_signal, siginfo: r=0 hits=%d code=-42 value=78\n", hits + 2);
		printf("pidfd_send_signal, si_signo SIGUSR2: r=-1 EINVAL hits=%d\n", hits + 2);
		hits += 2;
	}
#endif

	/* blocked: pending until unblocked, then delivered before sigprocmask returns */
	block(SIG_BLOCK, SIGUSR1);
	kill(me, SIGUSR1);
	kill(me, SIGUSR1);                 /* standard signals do not queue */
	sigset_t p;
	sigpending(&p);
	printf("blocked: hits=%d pending=%d\n", hits, sigismember(&p, SIGUSR1));
	block(SIG_UNBLOCK, SIGUSR1);
	printf("unblocked: hits=%d\n", hits);
	sigpending(&p);
	printf("pending after: %d\n", sigismember(&p, SIGUSR1));

	/* ignored, and invalid requests */
	set(SIGUSR1, SIG_IGN, 0);
	kill(me, SIGUSR1);
	printf("ignored: hits=%d\n", hits);
	R(sigaction(SIGKILL, &(struct sigaction){ .sa_handler = SIG_IGN }, NULL));
	R(sigaction(65, &(struct sigaction){ .sa_handler = SIG_IGN }, NULL));
	R(kill(me, 65));
	struct sigaction q;
	sigaction(SIGUSR1, NULL, &q);
	printf("query: ign=%d\n", q.sa_handler == SIG_IGN);
	R(syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, NULL, 4));

	/* SA_RESETHAND */
	hits = 0;
	set_info(SIGUSR2, SA_RESETHAND);
	raise(SIGUSR2);
	sigaction(SIGUSR2, NULL, &q);
	printf("resethand: hits=%d now_default=%d\n", hits, q.sa_handler == SIG_DFL);

	/* SA_NODEFER vs the default (the signal blocked in its own handler) */
	maxdepth = 0;
	raised = 0;
	set(SIGUSR1, reentrant, SA_NODEFER);
	raise(SIGUSR1);
	printf("nodefer: maxdepth=%d\n", maxdepth);
	maxdepth = 0;
	raised = 0;
	set(SIGUSR1, reentrant, 0);
	raise(SIGUSR1);
	printf("defer: maxdepth=%d\n", maxdepth);

	/* sa_mask: USR2 raised inside the USR1 handler waits for it to return */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = raise_other;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	sigaction(SIGUSR1, &sa, NULL);
	set_info(SIGUSR2, 0);
	norder = 0;
	raise(SIGUSR1);
	order[norder] = 0;
	printf("sa_mask order: %s\n", order);
	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	printf("mask restored: usr1=%d usr2=%d\n", sigismember(&cur, SIGUSR1), sigismember(&cur, SIGUSR2));

	/* alternate stack */
	stack_t ss = { .ss_sp = altstk, .ss_size = sizeof altstk }, os;
	R(sigaltstack(&ss, NULL));
	sigaltstack(NULL, &os);
	printf("altstack: flags=%d size_ok=%d\n", os.ss_flags, os.ss_size == sizeof altstk);
	set(SIGUSR1, on_altstack, SA_ONSTACK);
	raise(SIGUSR1);
	printf("onstack handler: on_alt=%d flags_onstack=%d eperm=%d\n", on_alt, alt_flags == SS_ONSTACK, alt_eperm);
	set(SIGUSR1, on_altstack, 0);
	raise(SIGUSR1);
	printf("no SA_ONSTACK: on_alt=%d\n", on_alt);
	ss.ss_size = 100;
	R(sigaltstack(&ss, NULL));
	ss.ss_flags = SS_DISABLE;
	R(sigaltstack(&ss, NULL));
	sigaltstack(NULL, &os);
	printf("disabled: flags=%d\n", os.ss_flags);
}

static void waiting(void)
{
	pid_t me = getpid();
	/* sigtimedwait: a blocked pending signal, then a timeout */
	block(SIG_BLOCK, SIGUSR1);
	union sigval v = { .sival_int = 9 };
	sigqueue(me, SIGUSR1, v);
	sigset_t w;
	sigemptyset(&w);
	sigaddset(&w, SIGUSR1);
	siginfo_t si;
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	int r = sigtimedwait(&w, &si, &ts);
	printf("sigtimedwait: r=%d signo=%d code=%s value=%d\n", r, si.si_signo, si.si_code == SI_QUEUE ? "SI_QUEUE" : "?",
	       si.si_value.sival_int);
	R(sigtimedwait(&w, &si, &ts));
	struct timespec bad = { 0, 2000000000 };
	R(sigtimedwait(&w, &si, &bad));

	/* signalfd */
	int fd = signalfd(-1, &w, SFD_CLOEXEC);
	kill(me, SIGUSR1);
	struct signalfd_siginfo fi;
	ssize_t n = read(fd, &fi, sizeof fi);
	printf("signalfd: n=%zd signo=%u code=%s pid=%s\n", n, fi.ssi_signo, (int)fi.ssi_code == SI_USER ? "SI_USER" : "?",
	       (pid_t)fi.ssi_pid == me ? "self" : "other");
	close(fd);
	block(SIG_UNBLOCK, SIGUSR1);

	/* sigsuspend: the handler runs inside, the old mask comes back */
	set(SIGALRM, on_tick, 0);
	block(SIG_BLOCK, SIGALRM);
	ticks = 0;
	timer_ms(20);
	sigset_t none;
	sigemptyset(&none);
	r = sigsuspend(&none);
	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	printf("sigsuspend: r=%d errno=%s ticks=%d alrm_still_blocked=%d\n", r, ename(errno), ticks,
	       sigismember(&cur, SIGALRM));
	block(SIG_UNBLOCK, SIGALRM);
}

static void interrupted(void)
{
	int pfd[2];
	pipe(pfd);
	char b;
	/* read on an empty pipe: EINTR without SA_RESTART */
	set(SIGALRM, on_tick, 0);
	timer_every_ms(20);
	errno = 0;
	ssize_t n = read(pfd[0], &b, 1);
	timer_off();
	printf("read, no SA_RESTART: n=%zd errno=%s\n", n, ename(errno));
	/* with SA_RESTART it restarts; the handler's byte ends it (one shot: a
	 * tick before the read leaves the byte for it) */
	pipe(selfpipe);
	close(pfd[0]);
	close(pfd[1]);
	set(SIGALRM, on_tick_write, SA_RESTART);
	ticks = 0;
	timer_ms(20);
	errno = 0;
	n = read(selfpipe[0], &b, 1);
	printf("read, SA_RESTART: n=%zd errno=%s ticks=%d\n", n, ename(errno), ticks);
	/* never restarted, even with SA_RESTART: nanosleep (EINTR and the time left), poll, select */
	set(SIGALRM, on_tick, SA_RESTART);
	close(selfpipe[0]);
	close(selfpipe[1]);
	pipe(selfpipe);
	/* a 1000 s sleep: rem_ok allows for 100 s of load */
	timer_every_ms(20);
	struct timespec req = { 1000, 0 }, rem = { 0, 0 };
	int r = nanosleep(&req, &rem);
	timer_off();
	printf("nanosleep: r=%d errno=%s rem_ok=%d\n", r, ename(errno), rem.tv_sec >= 900 && rem.tv_sec < 1000);
	timer_every_ms(20);
	struct pollfd pf = { .fd = selfpipe[0], .events = POLLIN };
	errno = 0;
	r = poll(&pf, 1, -1);
	timer_off();
	printf("poll: r=%d errno=%s\n", r, ename(errno));
	timer_every_ms(20);
	fd_set rs;
	FD_ZERO(&rs);
	FD_SET(selfpipe[0], &rs);
	errno = 0;
	r = select(selfpipe[0] + 1, &rs, NULL, NULL, NULL);
	timer_off();
	printf("select: r=%d errno=%s\n", r, ename(errno));
	close(selfpipe[0]);
	close(selfpipe[1]);
	/* wait4 restarts with SA_RESTART, not without.  The child exits only
	 * when told, through a pipe: with SA_RESTART once the handler ran (its
	 * byte), without once the interrupted waitpid returned. */
	pipe(selfpipe);
	set(SIGALRM, on_tick_write, SA_RESTART);
	pid_t c = fork();
	if (c == 0) { close(selfpipe[1]); (void)!read(selfpipe[0], &b, 1); _exit(3); }
	timer_ms(20);
	int st;
	pid_t w = waitpid(c, &st, 0);
	printf("waitpid, SA_RESTART: child=%d status=%d\n", w == c, WEXITSTATUS(st));
	set(SIGALRM, on_tick, 0);
	c = fork();
	if (c == 0) { close(selfpipe[1]); (void)!read(selfpipe[0], &b, 1); _exit(4); }
	timer_every_ms(20);
	errno = 0;
	w = waitpid(c, &st, 0);
	timer_off();
	printf("waitpid, no SA_RESTART: r=%d errno=%s\n", (int)w, ename(errno));
	(void)!write(selfpipe[1], "x", 1);
	waitpid(c, &st, 0);
	printf("then: status=%d\n", WEXITSTATUS(st));
	close(selfpipe[0]);
	close(selfpipe[1]);
}

/* a loop with no system calls is interrupted */
static volatile int stop;
static void on_stop(int sig) { (void)sig; stop = 1; }
static void tight_loop(void)
{
	set(SIGALRM, on_stop, 0);
	timer_ms(30);
	unsigned long spins = 0;
	while (!stop) spins++;
	printf("tight loop interrupted: %d\n", stop && spins > 0);
}

static void defaults(void)
{
	int st;
	pid_t c = fork();
	if (c == 0) { kill(getpid(), SIGTERM); _exit(0); }
	waitpid(c, &st, 0);
	printf("default SIGTERM: signaled=%d sig=%d\n", WIFSIGNALED(st), WTERMSIG(st));
	c = fork();
	if (c == 0) { kill(getpid(), SIGCHLD); kill(getpid(), SIGWINCH); _exit(5); }
	waitpid(c, &st, 0);
	printf("default SIGCHLD/SIGWINCH ignored: exit=%d\n", WEXITSTATUS(st));
	c = fork();
	if (c == 0) {
		/* blocked, then SIG_IGN: the pending one is discarded */
		block(SIG_BLOCK, SIGUSR1);
		kill(getpid(), SIGUSR1);
		set(SIGUSR1, SIG_IGN, 0);
		set(SIGUSR1, SIG_DFL, 0);
		block(SIG_UNBLOCK, SIGUSR1);
		_exit(6);
	}
	waitpid(c, &st, 0);
	printf("ignore discards pending: exit=%d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st));
	c = fork();
	if (c == 0) {
		/* SIG_IGN survives exec */
		set(SIGUSR1, SIG_IGN, 0);
		execl("/proc/self/exe", "signal_basic", "child", (char *)NULL);
		_exit(99);
	}
	waitpid(c, &st, 0);
	printf("after exec: exit=%d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st));
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		struct sigaction q;
		sigaction(SIGUSR1, NULL, &q);
		kill(getpid(), SIGUSR1);
		return q.sa_handler == SIG_IGN ? 7 : 8;
	}
	basics();
	waiting();
	interrupted();
	tight_loop();
	defaults();
	return 0;
}
