/* tests/guest/thread_futex.c: the futex operations glibc uses, called raw:
 * WAIT/WAKE (private and shared), WAIT_BITSET/WAKE_BITSET, REQUEUE and
 * CMP_REQUEUE, WAKE_OP, LOCK_PI/UNLOCK_PI/TRYLOCK_PI, relative and absolute
 * timeouts on CLOCK_MONOTONIC and CLOCK_REALTIME, and the errors (EAGAIN,
 * ETIMEDOUT, EINTR, EINVAL, EFAULT, EDEADLK, EPERM).  Then the pthread objects
 * built on them: robust mutexes (owner death), PI mutexes, condvar timeouts. */
#define _GNU_SOURCE
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static const char *en(int e)
{
	switch (e) {
	case ETIMEDOUT: return "ETIMEDOUT";
	case EDEADLK: return "EDEADLK";
	case EOWNERDEAD: return "EOWNERDEAD";
	case ENOTRECOVERABLE: return "ENOTRECOVERABLE";
	}
	return ename(e);
}
#define F(expr) do { errno = 0; long r_ = (long)(expr); \
	if (r_ == -1) printf("%s -> -1 %s\n", #expr, en(errno)); \
	else printf("%s -> %ld\n", #expr, r_); } while (0)

static long futex(volatile uint32_t *u, int op, uint32_t val, const struct timespec *ts, volatile uint32_t *u2,
		  uint32_t val3)
{
	return syscall(SYS_futex, u, op, val, ts, u2, val3);
}
static long futex2(volatile uint32_t *u, int op, uint32_t val, unsigned long val2, volatile uint32_t *u2,
		   uint32_t val3)
{
	return syscall(SYS_futex, u, op, val, val2, u2, val3);
}
static pid_t gettid_(void) { return (pid_t)syscall(SYS_gettid); }

static void msleep(int ms)
{
	struct timespec t = { ms / 1000, (ms % 1000) * 1000000L };
	while (nanosleep(&t, &t)) {}
}

static struct timespec abs_after(clockid_t clk, long ms)
{
	struct timespec t;
	clock_gettime(clk, &t);
	t.tv_nsec += ms * 1000000L;
	t.tv_sec += t.tv_nsec / 1000000000L;
	t.tv_nsec %= 1000000000L;
	return t;
}

static volatile uint32_t f1, f2, ready;

/* A thread about to block in FUTEX_WAIT records its tid; settle() then waits
 * until each such thread really sleeps (state S in /proc, several polls in a
 * row) instead of a fixed delay, which a loaded machine can outrun. */
static pid_t sleepers[16];
static volatile uint32_t nsleepers;

static void about_to_sleep(void)
{
	sleepers[__atomic_fetch_add(&nsleepers, 1, __ATOMIC_SEQ_CST)] = gettid_();
	__atomic_add_fetch(&ready, 1, __ATOMIC_SEQ_CST);
}

static char task_state(pid_t tid)
{
	char path[64], buf[512];
	snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
	FILE *f = fopen(path, "r");
	if (!f) return '?';
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = 0;
	char *p = strrchr(buf, ')');
	return p && p[1] == ' ' ? p[2] : '?';
}

static void settle(void)
{
	for (uint32_t i = 0; i < nsleepers; i++)
		for (int stable = 0, k = 0; stable < 5 && k < hang_s() * 500; k++) {   /* bound: the hang guard */
			char st = task_state(sleepers[i]);
			if (st == '?' || st == 'Z' || st == 'X') break;   /* did not need to sleep, and left */
			stable = st == 'S' ? stable + 1 : 0;
			msleep(2);
		}
	nsleepers = 0;
}

/* ---- waiters -------------------------------------------------------------------- */

struct wres { int r, e; };

static void *wait_f1(void *arg)
{
	struct wres *w = arg;
	about_to_sleep();
	errno = 0;
	w->r = (int)futex(&f1, (int)(long)w->e, 0, NULL, NULL, 0);
	w->e = errno;
	return NULL;
}

/* start n waiters on f1 with op, wait until they are (very probably) asleep */
static void start_waiters(pthread_t *t, struct wres *w, int n, int op)
{
	ready = 0;
	for (int i = 0; i < n; i++) {
		w[i].e = op;
		pthread_create(&t[i], NULL, wait_f1, &w[i]);
	}
	while (ready < (uint32_t)n) sched_yield();
	settle();
}

static int join_waiters(pthread_t *t, struct wres *w, int n)
{
	int ok = 0;
	for (int i = 0; i < n; i++) {
		pthread_join(t[i], NULL);
		if (w[i].r == 0 || w[i].e == EAGAIN) ok++;
	}
	return ok;
}

static void *bw(void *a)
{
	about_to_sleep();
	errno = 0;
	((struct wres *)a)->r = (int)futex(&f1, FUTEX_WAIT_BITSET_PRIVATE, 0, NULL, NULL, 2);
	((struct wres *)a)->e = errno;
	return NULL;
}

static void *w2(void *a)
{
	about_to_sleep();
	errno = 0;
	((struct wres *)a)->r = (int)futex(&f2, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	((struct wres *)a)->e = errno;
	return NULL;
}

static void test_basic(void)
{
	puts("-- wait/wake");
	f1 = 1;
	F(futex(&f1, FUTEX_WAIT, 0, NULL, NULL, 0));                 /* EAGAIN: value differs */
	F(futex(&f1, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0));
	struct timespec rel = { 0, 20000000 };
	F(futex(&f1, FUTEX_WAIT, 1, &rel, NULL, 0));                 /* ETIMEDOUT (relative) */
	F(futex(&f1, FUTEX_WAIT_PRIVATE, 1, &rel, NULL, 0));
	struct timespec bad = { 0, 1000000000L };
	F(futex(&f1, FUTEX_WAIT, 1, &bad, NULL, 0));                 /* EINVAL: tv_nsec */
	struct timespec am = abs_after(CLOCK_MONOTONIC, 20);
	F(futex(&f1, FUTEX_WAIT_BITSET_PRIVATE, 1, &am, NULL, FUTEX_BITSET_MATCH_ANY));
	struct timespec ar = abs_after(CLOCK_REALTIME, 20);
	F(futex(&f1, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 1, &ar, NULL, FUTEX_BITSET_MATCH_ANY));
	struct timespec past = { 1, 0 };
	F(futex(&f1, FUTEX_WAIT_BITSET_PRIVATE, 1, &past, NULL, FUTEX_BITSET_MATCH_ANY));
	F(futex(&f1, FUTEX_WAIT_BITSET_PRIVATE, 1, &past, NULL, 0));  /* EINVAL: empty bitset */
	F(futex(&f1, FUTEX_WAKE, 1, NULL, NULL, 0));                 /* nobody waits */
	F(futex(&f1, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0));
	F(futex(&f1, FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 0));
	F(futex((uint32_t *)((char *)&f1 + 1), FUTEX_WAIT, 1, NULL, NULL, 0));   /* EINVAL: unaligned */
	F(futex((uint32_t *)16, FUTEX_WAIT, 1, NULL, NULL, 0));                /* EFAULT */
	F(futex((uint32_t *)16, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0));        /* private wake: no access */
	F(futex(&f1, 99, 1, NULL, NULL, 0));                                     /* ENOSYS */

	for (int shared = 0; shared < 2; shared++) {
		pthread_t t[3];
		struct wres w[3];
		f1 = 0;
		start_waiters(t, w, 3, shared ? FUTEX_WAIT : FUTEX_WAIT_PRIVATE);
		f1 = 1;
		long woken = 0;
		while (woken < 3) {
			long r = futex(&f1, shared ? FUTEX_WAKE : FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
			if (r <= 0) break;
			woken += r;
		}
		printf("%s wake released 3 waiters: %s (woken %ld)\n", shared ? "shared" : "private",
		       join_waiters(t, w, 3) == 3 && woken == 3 ? "yes" : "no", woken);
	}

	/* bitsets: a waiter with bitset 2 is not woken by bitset 1 */
	{
		pthread_t t;
		f1 = 0;
		ready = 0;
		struct wres w = { 0, 0 };
		pthread_create(&t, NULL, bw, &w);
		while (!ready) sched_yield();
		settle();
		F(futex(&f1, FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 1));
		F(futex(&f1, FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 6));
		pthread_join(t, NULL);
		printf("bitset waiter: %d %s\n", w.r, en(w.e));
	}
}

static void test_requeue(void)
{
	puts("-- requeue");
	f1 = 0;
	f2 = 0;
	F(futex2(&f1, FUTEX_CMP_REQUEUE_PRIVATE, 0, 1, &f2, 7));     /* EAGAIN: *f1 != 7 */
	F(futex2(&f1, FUTEX_CMP_REQUEUE_PRIVATE, 1, INT_MAX, &f2, 0));
	F(futex2(&f1, FUTEX_REQUEUE_PRIVATE, 1, INT_MAX, &f2, 0));
	pthread_t t[2];
	struct wres w[2];
	start_waiters(t, w, 2, FUTEX_WAIT_PRIVATE);
	/* wake none, move both to f2 */
	long moved = futex2(&f1, FUTEX_CMP_REQUEUE_PRIVATE, 0, INT_MAX, &f2, 0);
	F(futex(&f1, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0));   /* nobody left on f1 */
	long woken = futex(&f2, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
	printf("cmp_requeue moved %ld, wake on f2 woke %ld\n", moved, woken);
	printf("both released: %s\n", join_waiters(t, w, 2) == 2 ? "yes" : "no");
	start_waiters(t, w, 2, FUTEX_WAIT);
	moved = futex2(&f1, FUTEX_REQUEUE, 1, INT_MAX, &f2, 0);      /* wake one, move one */
	woken = futex(&f2, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
	printf("requeue woke %ld, wake on f2 woke %ld\n", moved, woken);
	printf("both released: %s\n", join_waiters(t, w, 2) == 2 ? "yes" : "no");
}

static void test_wake_op(void)
{
	puts("-- wake_op");
	f1 = 0;
	f2 = 0;
	F(futex2(&f1, FUTEX_WAKE_OP_PRIVATE, 1, 1, &f2, FUTEX_OP(FUTEX_OP_ADD, 5, FUTEX_OP_CMP_EQ, 0)));
	printf("f2 = %u\n", f2);
	F(futex2(&f1, FUTEX_WAKE_OP_PRIVATE, 1, 1, &f2, FUTEX_OP(FUTEX_OP_SET, 9, FUTEX_OP_CMP_GT, 4)));
	printf("f2 = %u\n", f2);
	F(futex2(&f1, FUTEX_WAKE_OP, 1, 1, &f2, FUTEX_OP(FUTEX_OP_OR, 6, FUTEX_OP_CMP_LT, 0)));
	printf("f2 = %u\n", f2);
	F(futex2(&f1, FUTEX_WAKE_OP, 1, 1, &f2, FUTEX_OP(FUTEX_OP_XOR, 15, FUTEX_OP_CMP_NE, 15)));
	printf("f2 = %u\n", f2);
	F(futex2(&f1, FUTEX_WAKE_OP, 1, 1, &f2, FUTEX_OP(FUTEX_OP_ANDN, 1, FUTEX_OP_CMP_GE, 0)));
	printf("f2 = %u\n", f2);
	F(futex2(&f1, FUTEX_WAKE_OP, 1, 1, (uint32_t *)16, FUTEX_OP(FUTEX_OP_SET, 1, FUTEX_OP_CMP_EQ, 0)));
	/* a waiter on f2 is woken when the comparison holds */
	pthread_t t;
	ready = 0;
	f2 = 0;
	struct wres w = { 0, 0 };
	pthread_create(&t, NULL, w2, &w);
	while (!ready) sched_yield();
	settle();
	long r = futex2(&f1, FUTEX_WAKE_OP_PRIVATE, 1, 1, &f2, FUTEX_OP(FUTEX_OP_SET, 1, FUTEX_OP_CMP_EQ, 0));
	pthread_join(t, NULL);
	printf("wake_op woke the f2 waiter: %s, f2 = %u\n", r == 1 || w.e == EAGAIN ? "yes" : "no", f2);
}

static volatile uint32_t pi;
static volatile int timed_done;
static void *pi_holder(void *arg)
{
	long r = futex(&pi, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	printf("holder trylock_pi -> %ld, word is my tid: %s\n", r, (pi & FUTEX_TID_MASK) == (uint32_t)gettid_() ? "yes" : "no");
	ready = 1;
	while (!timed_done) sched_yield();   /* the main thread's timed LOCK_PI must meet a held lock */
	msleep(50);
	r = futex(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	return (void *)r;
}

static void test_pi(void)
{
	puts("-- pi");
	pi = 0;
	F(futex(&pi, FUTEX_TRYLOCK_PI, 0, NULL, NULL, 0));
	printf("word is my tid: %s\n", pi == (uint32_t)gettid_() ? "yes" : "no");
	F(futex(&pi, FUTEX_TRYLOCK_PI, 0, NULL, NULL, 0));        /* EDEADLK: mine already */
	F(futex(&pi, FUTEX_LOCK_PI, 0, NULL, NULL, 0));           /* EDEADLK */
	F(futex(&pi, FUTEX_UNLOCK_PI, 0, NULL, NULL, 0));
	printf("word = %u\n", pi);
	F(futex(&pi, FUTEX_UNLOCK_PI, 0, NULL, NULL, 0));         /* EPERM: not the owner */
	/* contended: another thread holds it, LOCK_PI blocks until UNLOCK_PI hands it over */
	pi = 0;
	ready = 0;
	pthread_t t;
	pthread_create(&t, NULL, pi_holder, NULL);
	while (!ready) sched_yield();
	struct timespec to = abs_after(CLOCK_REALTIME, 20);
	F(futex(&pi, FUTEX_LOCK_PI_PRIVATE, 0, &to, NULL, 0));    /* ETIMEDOUT: absolute, realtime */
	timed_done = 1;
	long r = futex(&pi, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	void *hr;
	pthread_join(t, &hr);
	printf("lock_pi -> %ld after holder unlock (%ld); owner is me: %s\n", r, (long)hr,
	       (pi & FUTEX_TID_MASK) == (uint32_t)gettid_() ? "yes" : "no");
	F(futex(&pi, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0));
	printf("word = %u\n", pi);
}

/* ---- EINTR ----------------------------------------------------------------------- */
static volatile int got_usr1;
static void on_usr1(int s) { got_usr1 = 1; }
static void *intr_waiter(void *arg)
{
	f1 = 0;
	about_to_sleep();
	errno = 0;
	long r = futex(&f1, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	printf("wait interrupted by a handler: %ld %s, handler ran: %s\n", r, en(errno), got_usr1 ? "yes" : "no");
	return NULL;
}

static void test_eintr(void)
{
	puts("-- eintr");
	struct sigaction sa = { .sa_handler = on_usr1 };   /* no SA_RESTART */
	sigaction(SIGUSR1, &sa, NULL);
	pthread_t t;
	ready = 0;
	pthread_create(&t, NULL, intr_waiter, NULL);
	while (!ready) sched_yield();
	settle();
	pthread_kill(t, SIGUSR1);
	pthread_join(t, NULL);
}

/* ---- pthread objects --------------------------------------------------------------- */
static pthread_mutex_t robust;
static void *die_holding(void *arg)
{
	pthread_mutex_lock(&robust);
	return NULL;      /* exits with the mutex held */
}

static pthread_mutex_t pim;
static void *pi_worker(void *arg)
{
	for (int i = 0; i < 2000; i++) {
		pthread_mutex_lock(&pim);
		(*(long *)arg)++;
		pthread_mutex_unlock(&pim);
	}
	return NULL;
}

static void *try_timed(void *arg)
{
	struct timespec t2 = abs_after(CLOCK_REALTIME, 30);
	return (void *)(long)pthread_mutex_timedlock(&pim, &t2);
}

static void test_pthread(void)
{
	puts("-- pthread objects");
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	pthread_mutex_init(&robust, &a);
	pthread_t t;
	pthread_create(&t, NULL, die_holding, NULL);
	pthread_join(t, NULL);
	int r = pthread_mutex_lock(&robust);
	printf("robust mutex after owner death: %s\n", en(r));
	printf("consistent: %d\n", pthread_mutex_consistent(&robust));
	int u = pthread_mutex_unlock(&robust);
	printf("unlock: %d, relock: %d\n", u, pthread_mutex_lock(&robust));
	pthread_mutex_unlock(&robust);

	pthread_mutexattr_t pa;
	pthread_mutexattr_init(&pa);
	pthread_mutexattr_setprotocol(&pa, PTHREAD_PRIO_INHERIT);
	pthread_mutex_init(&pim, &pa);
	long count = 0;
	pthread_t w[4];
	for (int i = 0; i < 4; i++) pthread_create(&w[i], NULL, pi_worker, &count);
	for (int i = 0; i < 4; i++) pthread_join(w[i], NULL);
	printf("PI mutex count: %ld\n", count);

	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_cond_t c;
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&c, &ca);
	pthread_mutex_lock(&m);
	struct timespec to = abs_after(CLOCK_MONOTONIC, 30);
	printf("cond_timedwait monotonic: %s\n", en(pthread_cond_timedwait(&c, &m, &to)));
	pthread_cond_t c2 = PTHREAD_COND_INITIALIZER;
	to = abs_after(CLOCK_REALTIME, 30);
	printf("cond_timedwait realtime: %s\n", en(pthread_cond_timedwait(&c2, &m, &to)));
	to = abs_after(CLOCK_MONOTONIC, 30);
	printf("cond_clockwait monotonic: %s\n", en(pthread_cond_clockwait(&c2, &m, CLOCK_MONOTONIC, &to)));
	pthread_mutex_unlock(&m);
	to = abs_after(CLOCK_REALTIME, 30);
	pthread_mutex_lock(&pim);
	pthread_t h;
	pthread_create(&h, NULL, try_timed, NULL);
	void *hr;
	pthread_join(h, &hr);
	printf("PI mutex timedlock while held: %s\n", en((int)(long)hr));
	pthread_mutex_unlock(&pim);
}

int main(void)
{
	test_basic();
	test_requeue();
	test_wake_op();
	test_pi();
	test_eintr();
	test_pthread();
	return 0;
}
