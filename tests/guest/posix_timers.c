/* tests/guest/posix_timers.c: POSIX timers (every notification kind, their
 * siginfo, overruns, errors), sched_getattr/sched_setattr's size protocol,
 * and adjtimex/clock_adjtime read-only.  Prints relations, not raw ids or
 * times, so the output is the same on every run; every wait is for an event,
 * bounded by a generous deadline (a loaded 2-core machine can be slow). */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid
#endif
#define BAD ((void *)16)

/* ---- waiting -------------------------------------------------------------- */

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static void pause_ms(int ms)
{
	struct timespec d = { 0, ms * 1000000L };
	while (nanosleep(&d, &d) && errno == EINTR) {}
}

/* wait until *v >= want, at most 30 s; 1 when it got there */
static int wait_for(volatile int *v, int want)
{
	double end = now() + 30;
	while (*v < want && now() < end) pause_ms(1);
	return *v >= want;
}

/* ---- signal handlers ------------------------------------------------------ */

struct seen {
	volatile int count;
	int code, value, timerid, overrun, getoverrun, tid;
	int has_timer;               /* timer_getoverrun(timer) in the handler (ids start at 0) */
	timer_t timer;
};
static struct seen seen[4];      /* by SIGRTMIN offset */

static void on_timer(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	struct seen *s = &seen[sig == SIGALRM ? 0 : sig - SIGRTMIN];
	/* only the first signal since count was reset: a periodic timer goes on
	 * firing while main reads these (a loaded machine makes that likely) */
	if (s->count++) return;
	s->code = si->si_code;
	s->value = si->si_value.sival_int;
	s->timerid = si->si_timerid;
	s->overrun = si->si_overrun;
	s->getoverrun = s->has_timer ? timer_getoverrun(s->timer) : -1;
	s->tid = (int)syscall(SYS_gettid);
}

static void catch(int sig)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_timer;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaction(sig, &sa, NULL);
}

static void block(int how, int sig)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	sigprocmask(how, &s, NULL);
}

static timer_t make(clockid_t clk, int notify, int sig, int value)
{
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = notify;
	ev.sigev_signo = sig;
	ev.sigev_value.sival_int = value;
	timer_t t = 0;
	if (timer_create(clk, &ev, &t)) printf("timer_create failed: %s\n", ename(errno));
	return t;
}

static void arm(timer_t t, long value_ns, long interval_ns)
{
	struct itimerspec it = { { interval_ns / 1000000000, interval_ns % 1000000000 },
				 { value_ns / 1000000000, value_ns % 1000000000 } };
	if (timer_settime(t, 0, &it, NULL)) printf("timer_settime failed: %s\n", ename(errno));
}

static int kid(timer_t t) { return (int)(intptr_t)t; }   /* glibc: the kernel's id, for non-THREAD timers */

/* ---- the cases ------------------------------------------------------------ */

static void periodic(void)
{
	printf("-- SIGEV_SIGNAL, periodic\n");
	catch(SIGRTMIN + 1);
	timer_t t = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGRTMIN + 1, 0x1234);
	seen[1].timer = t;
	seen[1].has_timer = 1;
	arm(t, 2000000, 2000000);
	OK(wait_for(&seen[1].count, 3));
	timer_delete(t);
	OK(seen[1].code == SI_TIMER);
	OK(seen[1].value == 0x1234);
	OK(seen[1].timerid == kid(t));
	OK(seen[1].overrun >= 0 && seen[1].getoverrun == seen[1].overrun);

	/* two timers, one signal: si_timerid and si_value tell them apart */
	timer_t a = make(CLOCK_REALTIME, SIGEV_SIGNAL, SIGRTMIN + 1, 77);
	timer_t b = make(CLOCK_BOOTTIME, SIGEV_SIGNAL, SIGRTMIN + 1, 88);
	OK(kid(a) != kid(b));
	seen[1].has_timer = 0;
	seen[1].count = 0;
	arm(a, 1000000, 0);
	OK(wait_for(&seen[1].count, 1));
	OK(seen[1].timerid == kid(a) && seen[1].value == 77);
	seen[1].count = 0;
	arm(b, 1000000, 0);
	OK(wait_for(&seen[1].count, 1));
	OK(seen[1].timerid == kid(b) && seen[1].value == 88);
	timer_delete(a);
	timer_delete(b);
}

static void overruns(void)
{
	printf("-- overruns while the signal is blocked\n");
	int sig = SIGRTMIN + 2;
	block(SIG_BLOCK, sig);
	timer_t t = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, sig, 5);
	arm(t, 1000000, 1000000);
	double end = now() + 0.05;                 /* 50 expirations' worth of real time */
	while (now() < end) pause_ms(5);
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	siginfo_t si;
	int r = sigwaitinfo(&s, &si);
	OK(r == sig);
	OK(si.si_code == SI_TIMER && si.si_value.sival_int == 5 && si.si_timerid == kid(t));
	OK(si.si_overrun > 0);
	OK(timer_getoverrun(t) == si.si_overrun);

	/* the same through a handler, unblocked after the overruns piled up */
	catch(sig);
	seen[2].timer = t;
	seen[2].has_timer = 1;
	end = now() + 0.05;
	while (now() < end) pause_ms(5);
	block(SIG_UNBLOCK, sig);
	OK(wait_for(&seen[2].count, 1));
	timer_delete(t);
	OK(seen[2].overrun > 0);
	OK(seen[2].getoverrun == seen[2].overrun);
}

static volatile int target_tid, target_stop;
static void *target(void *arg)
{
	(void)arg;
	target_tid = (int)syscall(SYS_gettid);
	while (!target_stop) pause_ms(1);
	return NULL;
}

static void thread_id(void)
{
	printf("-- SIGEV_THREAD_ID\n");
	pthread_t th;
	pthread_create(&th, NULL, target, NULL);
	double end = now() + 30;
	while (!target_tid && now() < end) pause_ms(1);
	catch(SIGRTMIN + 3);
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_THREAD_ID;
	ev.sigev_signo = SIGRTMIN + 3;
	ev.sigev_value.sival_int = 99;
	ev.sigev_notify_thread_id = target_tid;
	timer_t t;
	R(timer_create(CLOCK_MONOTONIC, &ev, &t));
	for (int i = 1; i <= 3; i++) {
		seen[3].count = 0;
		arm(t, 1000000, 0);
		OK(wait_for(&seen[3].count, 1));
		OK(seen[3].tid == target_tid && seen[3].value == 99 && seen[3].code == SI_TIMER);
	}
	timer_delete(t);
	target_stop = 1;
	pthread_join(th, NULL);
	ev.sigev_notify_thread_id = 1;             /* not a thread of this process */
	R(timer_create(CLOCK_MONOTONIC, &ev, &t));
}

static void none(void)
{
	printf("-- SIGEV_NONE, polled\n");
	timer_t t = make(CLOCK_MONOTONIC, SIGEV_NONE, 0, 0);
	struct itimerspec it = { { 2, 0 }, { 10, 0 } }, cur, old;
	R(timer_settime(t, 0, &it, NULL));
	R(timer_gettime(t, &cur));
	OK(cur.it_interval.tv_sec == 2 && cur.it_interval.tv_nsec == 0);
	OK(cur.it_value.tv_sec <= 10 && (cur.it_value.tv_sec > 0 || cur.it_value.tv_nsec > 0));
	struct itimerspec once = { { 0, 0 }, { 0, 1000000 } };
	R(timer_settime(t, 0, &once, &old));
	OK(old.it_interval.tv_sec == 2 && old.it_value.tv_sec <= 10);
	double end = now() + 30;
	do {
		timer_gettime(t, &cur);
		if (!cur.it_value.tv_sec && !cur.it_value.tv_nsec) break;
		pause_ms(1);
	} while (now() < end);
	OK(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0);
	/* absolute time in the past: expired at once */
	struct timespec n;
	clock_gettime(CLOCK_MONOTONIC, &n);
	struct itimerspec abs = { { 0, 0 }, { n.tv_sec - 1, 0 } };
	R(timer_settime(t, TIMER_ABSTIME, &abs, NULL));
	R(timer_gettime(t, &cur));
	OK(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0);
	struct itimerspec badns = { { 0, 0 }, { 0, 1000000000 } };
	R(timer_settime(t, 0, &badns, NULL));
	R(syscall(SYS_timer_settime, kid(t), 0, BAD, NULL));
	R(syscall(SYS_timer_settime, kid(t), 0, &it, BAD));
	R(syscall(SYS_timer_gettime, kid(t), BAD));
	R(timer_delete(t));
	printf("-- after timer_delete\n");
	R(timer_settime(t, 0, &it, NULL));
	R(timer_gettime(t, &cur));
	R(timer_getoverrun(t));
	R(timer_delete(t));
}

static void errors(void)
{
	printf("-- timer_create errors\n");
	int id;
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGUSR1;
	R(syscall(SYS_timer_create, 12345, &ev, &id));
	R(syscall(SYS_timer_create, CLOCK_MONOTONIC_RAW, &ev, &id));
	R(syscall(SYS_timer_create, CLOCK_MONOTONIC, BAD, &id));
	R(syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, BAD));
	R(syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, NULL));
	R(syscall(SYS_timer_create, 12345, BAD, &id));    /* the sigevent is read first */
	ev.sigev_signo = 0;
	R(syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &id));
	ev.sigev_signo = 65;
	R(syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &id));
	ev.sigev_signo = SIGUSR1;
	ev.sigev_notify = 99;
	R(syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &id));
	ev.sigev_notify = SIGEV_NONE;
	ev.sigev_signo = 0;                          /* not looked at for SIGEV_NONE */
	R(syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &id));
	R(syscall(SYS_timer_delete, id));
	R(syscall(SYS_timer_getoverrun, -1));
}

static void defaults(void)
{
	printf("-- no sigevent: SIGALRM with the id as its value\n");
	catch(SIGALRM);
	int id = -1;                                 /* glibc passes its own sigevent: call the kernel */
	R(syscall(SYS_timer_create, CLOCK_MONOTONIC, NULL, &id));
	struct itimerspec once = { { 0, 0 }, { 0, 1000000 } };
	R(syscall(SYS_timer_settime, id, 0, &once, NULL));
	OK(wait_for(&seen[0].count, 1));
	OK(seen[0].code == SI_TIMER && seen[0].value == id && seen[0].timerid == id);
	R(syscall(SYS_timer_delete, id));
}

static void cputime(void)
{
	printf("-- CPU-time clock\n");
	catch(SIGRTMIN + 1);
	seen[1].count = 0;
	timer_t t = make(CLOCK_PROCESS_CPUTIME_ID, SIGEV_SIGNAL, SIGRTMIN + 1, 3);
	arm(t, 5000000, 0);
	double end = now() + 30;
	volatile unsigned long spin = 0;
	while (!seen[1].count && now() < end) spin++;
	OK(seen[1].count == 1 && seen[1].value == 3);
	timer_delete(t);
}

static volatile int cb_count, cb_value, cb_tid;
static void callback(union sigval v)
{
	cb_value = v.sival_int;
	cb_tid = (int)syscall(SYS_gettid);
	cb_count++;
}

static void thread_cb(void)
{
	printf("-- SIGEV_THREAD (glibc: SIGEV_THREAD_ID to its helper thread)\n");
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_THREAD;
	ev.sigev_notify_function = callback;
	ev.sigev_value.sival_int = 4242;
	timer_t t;
	R(timer_create(CLOCK_MONOTONIC, &ev, &t));
	arm(t, 1000000, 0);
	OK(wait_for(&cb_count, 1));
	OK(cb_value == 4242 && cb_tid != (int)syscall(SYS_gettid));
	arm(t, 1000000, 0);
	OK(wait_for(&cb_count, 2));
	R(timer_delete(t));
}

/* ---- sched_getattr / sched_setattr ------------------------------------------ */

struct attr {
	uint32_t size, sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime, sched_deadline, sched_period;
	uint32_t sched_util_min, sched_util_max;
	uint8_t more[64];
};

static void sched_attr(void)
{
	printf("-- sched_getattr / sched_setattr\n");
	struct attr a;
	memset(&a, 0xff, sizeof a);
	R(syscall(SYS_sched_getattr, 0, &a, 56, 0));
	SHOW("size %u policy %u nice-as-getpriority %d flags %llu", a.size, a.sched_policy,
	     a.sched_nice == getpriority(PRIO_PROCESS, 0), (unsigned long long)a.sched_flags);
	memset(&a, 0xff, sizeof a);
	R(syscall(SYS_sched_getattr, 0, &a, 48, 0));
	SHOW("size %u, bytes past it untouched: %d", a.size, a.sched_util_min == 0xffffffffu);
	memset(&a, 0xff, sizeof a);
	R(syscall(SYS_sched_getattr, 0, &a, sizeof a, 0));
	SHOW("a newer caller's size: told the kernel's %u", a.size);
	R(syscall(SYS_sched_getattr, 0, &a, 47, 0));
	R(syscall(SYS_sched_getattr, 0, &a, 4097, 0));
	R(syscall(SYS_sched_getattr, 0, &a, 56, 1));
	R(syscall(SYS_sched_getattr, -1, &a, 56, 0));
	R(syscall(SYS_sched_getattr, 0, NULL, 56, 0));
	R(syscall(SYS_sched_getattr, 0, BAD, 56, 0));
	R(syscall(SYS_sched_getattr, 0x3ffffff0, &a, 56, 0));

	int nice = getpriority(PRIO_PROCESS, 0);
	memset(&a, 0, sizeof a);
	a.size = 48;
	a.sched_nice = nice;
	R(syscall(SYS_sched_setattr, 0, &a, 0));
	a.size = 0;                                  /* 0 means the first version's 48 */
	R(syscall(SYS_sched_setattr, 0, &a, 0));
	a.size = 40;
	R(syscall(SYS_sched_setattr, 0, &a, 0));
	SHOW("E2BIG writes the kernel's size back: %u", a.size);
	a.size = 4097;
	R(syscall(SYS_sched_setattr, 0, &a, 0));
	SHOW("size now %u", a.size);
	a.size = sizeof a;                           /* longer, zero tail: fine */
	R(syscall(SYS_sched_setattr, 0, &a, 0));
	a.more[5] = 1;                               /* a non-zero byte the kernel does not know */
	R(syscall(SYS_sched_setattr, 0, &a, 0));
	a.more[5] = 0;
	a.size = 48;
	a.sched_flags = 0x20;                        /* SCHED_FLAG_UTIL_CLAMP_MIN needs size 56 */
	R(syscall(SYS_sched_setattr, 0, &a, 0));
	a.sched_flags = 0;
	a.sched_policy = (uint32_t)-1;
	R(syscall(SYS_sched_setattr, 0, &a, 0));
	a.sched_policy = 0;
	R(syscall(SYS_sched_setattr, 0, &a, 1));
	R(syscall(SYS_sched_setattr, -1, &a, 0));
	R(syscall(SYS_sched_setattr, 0, NULL, 0));
	R(syscall(SYS_sched_setattr, 0, BAD, 0));
	R(sched_getscheduler(0));
}

/* ---- adjtimex / clock_adjtime, read-only ---------------------------------------- */

static void time_adjust(void)
{
	printf("-- adjtimex / clock_adjtime (read-only)\n");
	struct timex tx;
	memset(&tx, 0, sizeof tx);
	int s = adjtimex(&tx);
	OK(s >= TIME_OK && s <= TIME_ERROR);
	struct timeval tv;
	gettimeofday(&tv, NULL);
	OK(tx.tick >= 9000 && tx.tick <= 11000);
	OK(tx.time.tv_sec > tv.tv_sec - 5 && tx.time.tv_sec <= tv.tv_sec + 1);
	OK(tx.precision >= 0 && tx.tolerance > 0);
	struct timex ty;
	memset(&ty, 0, sizeof ty);
	OK(syscall(SYS_clock_adjtime, CLOCK_REALTIME, &ty) == s);
	OK(ty.status == tx.status && ty.tick == tx.tick && ty.tolerance == tx.tolerance);
	memset(&ty, 0, sizeof ty);
	ty.modes = ADJ_OFFSET_SS_READ;                /* old adjtime's read: no privilege needed */
	OK(adjtimex(&ty) == s);
	memset(&ty, 0, sizeof ty);
	ty.modes = 0x8000;                           /* ADJ_ADJTIME without SINGLESHOT */
	R(adjtimex(&ty));
	R(syscall(SYS_adjtimex, BAD));
	R(syscall(SYS_clock_adjtime, CLOCK_REALTIME, BAD));
	memset(&ty, 0, sizeof ty);
	R(syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, &ty));
	R(syscall(SYS_clock_adjtime, 12345, &ty));
}

int main(void)
{
	periodic();
	overruns();
	thread_id();
	none();
	errors();
	defaults();
	cputime();
	thread_cb();
	sched_attr();
	time_adjust();
	return 0;
}
