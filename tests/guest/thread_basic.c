/* tests/guest/thread_basic.c: thread creation and exit.
 * pthreads (clone with the glibc flag set), thread-local storage, tids,
 * raw clone with CHILD_SETTID / CHILD_CLEARTID / PARENT_SETTID, clone3 and
 * clone errors, set_tid_address, get_robust_list, the per-thread signal mask,
 * /proc/self/task, exit of one thread vs exit_group, and a main thread that
 * leaves with pthread_exit while others still run. */
#define _GNU_SOURCE
#include <dirent.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

/* raw clone's first two arguments: s390x's kernel takes the new stack first */
#ifdef __s390x__
#define CLONE_ARGS(flags, sp) (sp), (flags)
#else
#define CLONE_ARGS(flags, sp) (flags), (sp)
#endif

static pid_t tid(void) { return (pid_t)syscall(SYS_gettid); }

static __thread int tls_var = 7;
static __thread char tls_buf[64];
static pthread_barrier_t bar;

static void *tls_worker(void *arg)
{
	long i = (long)arg;
	int first = tls_var;
	tls_var = 100 + (int)i;
	snprintf(tls_buf, sizeof tls_buf, "thread %ld", i);
	pthread_barrier_wait(&bar);         /* everyone has written its own copy */
	int same = tls_var == 100 + (int)i && !strcmp(tls_buf, (char[64]){ 0 }) == 0;
	char expect[64];
	snprintf(expect, sizeof expect, "thread %ld", i);
	same = tls_var == 100 + (int)i && !strcmp(tls_buf, expect);
	long r = (first == 7) * 1 + same * 2 + (tid() != getpid()) * 4 + (getpid() == (pid_t)(long)0 ? 0 : 8);
	return (void *)r;
}

static void test_pthreads(void)
{
	puts("-- pthreads");
	enum { N = 6 };
	pthread_t t[N];
	pthread_barrier_init(&bar, NULL, N);
	for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, tls_worker, (void *)i);
	for (int i = 0; i < N; i++) {
		void *r;
		pthread_join(t[i], &r);
		printf("thread %d: fresh tls %s, own tls %s, own tid %s\n", i, (long)r & 1 ? "yes" : "no",
		       (long)r & 2 ? "yes" : "no", (long)r & 4 ? "yes" : "no");
	}
	printf("main tls untouched: %s\n", tls_var == 7 ? "yes" : "no");
	printf("main tid == pid: %s\n", tid() == getpid() ? "yes" : "no");
}

/* ---- raw clone ----------------------------------------------------------------- */
static volatile pid_t ctid_word, ptid_word;
static volatile int child_ran;
static volatile pid_t child_tid_seen, child_pid_seen;

static int child_fn(void *arg)
{
	child_tid_seen = tid();
	child_pid_seen = getpid();
	child_ran = 1;
	return 0;        /* glibc's clone wrapper calls exit(2): this thread only */
}

static void test_raw_clone(void)
{
	puts("-- raw clone");
	size_t sz = 256 * 1024;
	char *stack = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	int flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
		    CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID;
	ctid_word = -1;
	ptid_word = -1;
	int r = clone(child_fn, stack + sz, flags, NULL, &ptid_word, NULL, &ctid_word);
	printf("clone returned a tid: %s, parent_tid written: %s\n", r > 0 ? "yes" : "no", ptid_word == r ? "yes" : "no");
	/* CHILD_CLEARTID: the word becomes 0 and a futex wake follows the thread's exit */
	pid_t v;
	while ((v = ctid_word) != 0) syscall(SYS_futex, &ctid_word, FUTEX_WAIT, v, NULL, NULL, 0);
	printf("child ran: %s, its tid was the clone result: %s, same pid: %s\n", child_ran ? "yes" : "no",
	       child_tid_seen == r ? "yes" : "no", child_pid_seen == getpid() ? "yes" : "no");
	printf("child_tid cleared at exit: %s\n", ctid_word == 0 ? "yes" : "no");

	/* the kernel's flag rules */
	errno = 0;
	R(syscall(SYS_clone, CLONE_ARGS(CLONE_THREAD | CLONE_VM, stack + sz), NULL, NULL, NULL));     /* THREAD needs SIGHAND */
	R(syscall(SYS_clone, CLONE_ARGS(CLONE_SIGHAND, stack + sz), NULL, NULL, NULL));               /* SIGHAND needs VM */
	munmap(stack, sz);
}

/* ---- clone3 ------------------------------------------------------------------------ */
static void test_clone3(void)
{
	puts("-- clone3");
	struct clone_args ca;
	memset(&ca, 0, sizeof ca);
	ca.exit_signal = SIGCHLD;
	pid_t ptid = 0;
	ca.flags = CLONE_PARENT_SETTID;
	ca.parent_tid = (uintptr_t)&ptid;
	long pid = syscall(SYS_clone3, &ca, sizeof ca);
	if (pid == 0) _exit(42);
	int st = 0;
	waitpid((pid_t)pid, &st, 0);
	printf("clone3 fork: child exit %d, parent_tid written: %s\n", WEXITSTATUS(st), ptid == pid ? "yes" : "no");
	int pidfd = -1;
	memset(&ca, 0, sizeof ca);
	ca.flags = CLONE_PIDFD;
	ca.pidfd = (uintptr_t)&pidfd;
	ca.exit_signal = SIGCHLD;
	pid = syscall(SYS_clone3, &ca, sizeof ca);
	if (pid == 0) _exit(3);
	printf("clone3 pidfd: %s\n", pidfd >= 0 ? "yes" : "no");
	siginfo_t si;
	memset(&si, 0, sizeof si);
	R(waitid(P_PIDFD, pidfd, &si, WEXITED));
	printf("waitid(P_PIDFD): pid matches %s, status %d, code %s\n", si.si_pid == pid ? "yes" : "no", si.si_status,
	       si.si_code == CLD_EXITED ? "CLD_EXITED" : "?");
	close(pidfd);
	memset(&ca, 0, sizeof ca);
	R(syscall(SYS_clone3, &ca, 8));                                   /* EINVAL: too small */
	ca.flags = 0x11;                                                  /* CSIGNAL bits: EINVAL */
	R(syscall(SYS_clone3, &ca, sizeof ca));
	ca.flags = CLONE_THREAD;
	R(syscall(SYS_clone3, &ca, sizeof ca));                           /* EINVAL: needs SIGHAND */
	ca.flags = 0;
	ca.stack = 4096;
	R(syscall(SYS_clone3, &ca, sizeof ca));                           /* EINVAL: stack without size */
	char big[sizeof ca + 16];
	memset(big, 0, sizeof big);
	big[sizeof ca + 3] = 1;
	R(syscall(SYS_clone3, big, sizeof big));                          /* E2BIG: unknown nonzero tail */
	R(syscall(SYS_clone3, (void *)16, sizeof ca));                    /* EFAULT */
}

/* ---- kernel records per thread -------------------------------------------------------- */
static void *records(void *arg)
{
	struct robust_list_head *h;
	size_t len;
	long r = syscall(SYS_get_robust_list, 0, &h, &len);
	/* the head is three words: 24 bytes on 64-bit ABIs, 12 on 32-bit ones */
	printf("thread robust list set by glibc: %s (len %zu words)\n", r == 0 && h ? "yes" : "no", len / sizeof(long));
	long r2 = syscall(SYS_get_robust_list, getpid(), &h, &len);
	printf("get_robust_list(main tid): %s\n", r2 == 0 && h ? "yes" : "no");
	/* the signal mask is per thread and inherited at creation */
	sigset_t m;
	pthread_sigmask(SIG_SETMASK, NULL, &m);
	printf("inherited mask has SIGUSR2: %s, SIGUSR1: %s\n", sigismember(&m, SIGUSR2) ? "yes" : "no",
	       sigismember(&m, SIGUSR1) ? "yes" : "no");
	sigaddset(&m, SIGUSR1);
	pthread_sigmask(SIG_SETMASK, &m, NULL);
	return NULL;
}

static void *sleeper(void *arg)
{
	pthread_barrier_wait(&bar);
	pthread_barrier_wait(&bar);
	return NULL;
}

static void test_records(void)
{
	puts("-- per-thread records");
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, &m, NULL);
	pthread_t t;
	pthread_create(&t, NULL, records, NULL);
	pthread_join(t, NULL);
	pthread_sigmask(SIG_SETMASK, NULL, &m);
	printf("main mask unchanged by the thread: %s\n", !sigismember(&m, SIGUSR1) ? "yes" : "no");
	sigemptyset(&m);
	pthread_sigmask(SIG_SETMASK, &m, NULL);
	R(syscall(SYS_get_robust_list, 999999, NULL, NULL));        /* ESRCH */

	pthread_barrier_init(&bar, NULL, 4);
	pthread_t s[3];
	for (int i = 0; i < 3; i++) pthread_create(&s[i], NULL, sleeper, NULL);
	pthread_barrier_wait(&bar);
	printf("/proc/self/task entries with 3 threads: %d\n", count_tasks());
	pthread_barrier_wait(&bar);
	for (int i = 0; i < 3; i++) pthread_join(s[i], NULL);
	/* a joined thread's task may linger for a moment after it woke the joiner
	 * (the kernel clears the tid before the task is reaped): poll for it */
	int n = count_tasks();
	for (int k = 0; k < hang_s() * 100 && n != 1; k++) { usleep(10000); n = count_tasks(); }
	printf("/proc/self/task entries after join: %d\n", n);
}

/* ---- exit vs exit_group ------------------------------------------------------------- */
static void *exit_one(void *arg)
{
	syscall(SYS_exit, 5);          /* this thread only */
	return NULL;
}
static void *exit_all(void *arg)
{
	syscall(SYS_exit_group, 9);    /* every thread */
	return NULL;
}
static void *block_forever(void *arg)
{
	for (;;) pause();
	return NULL;
}
static void *late(void *arg)
{
	usleep(100000);
	printf("last thread still printing after main's pthread_exit\n");
	fflush(stdout);
	return NULL;              /* the last thread: glibc calls exit(0) */
}

static void *forker(void *arg)
{
	pid_t p = fork();
	if (p == 0) {
		printf("child of a thread's fork: tid == pid %s, tasks %d\n", tid() == getpid() ? "yes" : "no",
		       count_tasks());
		fflush(stdout);
		syscall(SYS_exit, 4);
	}
	int s2;
	waitpid(p, &s2, 0);
	printf("its status: %d\n", WEXITSTATUS(s2));
	return NULL;
}

static void test_exit(void)
{
	puts("-- exit");
	pthread_t t;
	pthread_create(&t, NULL, exit_one, NULL);
	pthread_join(t, NULL);
	printf("process alive after a thread's exit(5): yes\n");
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		pthread_t a, b;
		pthread_create(&a, NULL, block_forever, NULL);
		pthread_create(&b, NULL, exit_all, NULL);
		for (;;) pause();
	}
	int st;
	waitpid(pid, &st, 0);
	printf("exit_group from a thread: exited %d status %d\n", WIFEXITED(st), WEXITSTATUS(st));
	pid = fork();
	if (pid == 0) {
		pthread_t a;
		pthread_create(&a, NULL, exit_one, NULL);
		pthread_join(a, NULL);       /* gone (was a 20 ms sleep) */
		static int x;
		printf("set_tid_address returns the tid: %s\n", syscall(SYS_set_tid_address, &x) == tid() ? "yes" : "no");
		fflush(stdout);
		syscall(SYS_exit, 3);        /* main thread's exit(2) with no other thread: the process */
	}
	waitpid(pid, &st, 0);
	printf("main thread exit(3): exited %d status %d\n", WIFEXITED(st), WEXITSTATUS(st));
	pid = fork();
	if (pid == 0) {
		pthread_t a;
		pthread_create(&a, NULL, late, NULL);
		pthread_exit(NULL);
	}
	waitpid(pid, &st, 0);
	printf("main pthread_exit, last thread returns: exited %d status %d\n", WIFEXITED(st), WEXITSTATUS(st));
	pid = fork();
	if (pid == 0) {
		pthread_t a;
		pthread_create(&a, NULL, exit_one, NULL);
		pthread_join(a, NULL);
		pthread_create(&a, NULL, late, NULL);
		syscall(SYS_exit, 6);       /* leader leaves first: the process status is its 6 */
	}
	waitpid(pid, &st, 0);
	printf("leader exit(6) before the last thread: exited %d status %d\n", WIFEXITED(st), WEXITSTATUS(st));
	/* fork from a thread: the child has one thread, which is its main thread */
	pid = fork();
	if (pid == 0) {
		pthread_t a;
		pthread_create(&a, NULL, forker, NULL);
		pthread_join(a, NULL);
		exit(0);
	}
	waitpid(pid, &st, 0);
}

int main(void)
{
	test_pthreads();
	test_raw_clone();
	test_clone3();
	test_records();
	test_exit();
	return 0;
}
