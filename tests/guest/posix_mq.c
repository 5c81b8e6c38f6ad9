/* tests/guest/posix_mq.c: POSIX message queues: open with attributes,
 * priorities, O_NONBLOCK through mq_setattr, timeouts, notification by
 * signal (si_code SI_MESGQ, si_value), and the errors.  The queue is
 * unlinked at the end, also when a check fails. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <mqueue.h>
#include <sys/syscall.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static const char *en(int e)
{
	switch (e) {
	case ETIMEDOUT: return "ETIMEDOUT";
	case EMSGSIZE: return "EMSGSIZE";
	default: return ename(e);
	}
}
#define T(expr) do { errno = 0; long r_ = (long)(expr); \
	if (r_ == -1) printf("%s -> -1 %s\n", #expr, en(errno)); \
	else printf("%s -> %ld\n", #expr, r_); } while (0)

static char name[64];

static void cleanup(void) { mq_unlink(name); }
static void on_fatal(int sig)
{
	cleanup();
	signal(sig, SIG_DFL);
	raise(sig);
}

static volatile sig_atomic_t got;
static siginfo_t info;
static void on_usr1(int sig, siginfo_t *si, void *uc)
{
	(void)sig, (void)uc;
	info = *si;
	got = 1;
}

static void show_attr(mqd_t q)
{
	struct mq_attr a;
	memset(&a, 0xff, sizeof a);
	T(mq_getattr(q, &a));
	SHOW("maxmsg %ld msgsize %ld curmsgs %ld nonblock %d", a.mq_maxmsg, a.mq_msgsize, a.mq_curmsgs,
	     (a.mq_flags & O_NONBLOCK) != 0);
}

int main(void)
{
	snprintf(name, sizeof name, "/dragoman-test-%d", (int)getpid());
	signal(SIGABRT, on_fatal);
	signal(SIGSEGV, on_fatal);
	atexit(cleanup);
	struct mq_attr attr = { .mq_maxmsg = 4, .mq_msgsize = 64 };
	mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
	OK(q != (mqd_t)-1);
	show_attr(q);
	T(mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr));
	T(mq_send(q, "low", 3, 1));
	T(mq_send(q, "high", 4, 5));
	T(mq_send(q, "mid", 3, 3));
	show_attr(q);
	char buf[128];
	unsigned prio;
	for (int i = 0; i < 3; i++) {
		memset(buf, 0, sizeof buf);
		ssize_t n = mq_receive(q, buf, sizeof buf, &prio);
		SHOW("received %zd '%s' prio %u", n, buf, prio);
	}
	T(mq_receive(q, buf, 10, &prio));                 /* smaller than msgsize */
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 30 * 1000 * 1000;
	if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
	T(mq_timedreceive(q, buf, sizeof buf, &prio, &ts));
	/* O_NONBLOCK through mq_setattr; the old attributes come back */
	struct mq_attr nb = { .mq_flags = O_NONBLOCK }, old;
	memset(&old, 0xff, sizeof old);
	T(mq_setattr(q, &nb, &old));
	SHOW("old: maxmsg %ld msgsize %ld nonblock %d", old.mq_maxmsg, old.mq_msgsize, (old.mq_flags & O_NONBLOCK) != 0);
	show_attr(q);
	T(mq_receive(q, buf, sizeof buf, &prio));
	for (int i = 0; i < 4; i++) mq_send(q, "x", 1, 0);
	T(mq_send(q, "full", 4, 0));
	T(mq_send(q, buf, 65, 0));                        /* longer than msgsize */
	for (int i = 0; i < 4; i++) mq_receive(q, buf, sizeof buf, &prio);
	/* notification by signal when a message arrives on an empty queue */
	struct sigaction sa = { .sa_sigaction = on_usr1, .sa_flags = SA_SIGINFO };
	sigaction(SIGUSR1, &sa, NULL);
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1, .sigev_value.sival_int = 42 };
	T(mq_notify(q, &ev));
	T(mq_notify(q, &ev));                             /* already registered */
	T(mq_send(q, "ping", 4, 2));
	while (!got) usleep(1000);   /* the hang guard is tests/guest.t's */
	SHOW("notified %d signo=USR1 %d code=SI_MESGQ %d value %d pid=self %d", got, info.si_signo == SIGUSR1,
	     info.si_code == SI_MESGQ, info.si_value.sival_int, info.si_pid == getpid());
	T(mq_notify(q, NULL));                            /* the registration is gone after firing */
	T(mq_notify(q, &ev));
	T(mq_notify(q, NULL));
	ev.sigev_signo = 1000;
	T(mq_notify(q, &ev));
	ev.sigev_notify = 77;
	T(mq_notify(q, &ev));
	T(syscall(SYS_mq_notify, q, (void *)16));
	/* errors */
	T(syscall(SYS_mq_getsetattr, q, NULL, (void *)8));
	T(syscall(SYS_mq_getsetattr, q, (void *)16, NULL));
	T(syscall(SYS_mq_getsetattr, q, NULL, (void *)16));
	T(mq_open("/dragoman-test-none", O_RDONLY));
	struct mq_attr bad = { .mq_maxmsg = 0, .mq_msgsize = 8 };
	T(mq_open("/dragoman-test-none", O_CREAT | O_RDWR, 0600, &bad));
	T(syscall(SYS_mq_open, name + 1, O_RDWR | O_CREAT, 0600, (void *)16));
	T(mq_getattr(-1, &old));
	T(mq_close(q));
	T(mq_unlink(name));
	T(mq_unlink(name));
	return 0;
}
