/* tests/guest/be_robust.c: robust futex lists (set_robust_list: a list of
 * guest words the kernel walks when a thread dies).  Robust mutexes whose
 * owner thread exits holding them: the next locker gets EOWNERDEAD, whether
 * it was already waiting (the dying thread's walk must wake it) or comes
 * later; pthread_mutex_consistent, ENOTRECOVERABLE; several held at once
 * (a list longer than one entry); a process-shared mutex held by a child
 * process that ends by _exit (exit_group), by a signal it does not handle
 * (SIGTERM) and by a fault (SIGSEGV), where the robust lists of every thread
 * of the process are walked; and get_robust_list's answers.  (A child killed
 * by SIGKILL is robust_kill.c.) */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static pthread_mutex_t mx[3];
static int pipefd[2];

static void init_robust(pthread_mutex_t *m, int pshared)
{
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	if (pshared) pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
	pthread_mutex_init(m, &a);
	pthread_mutexattr_destroy(&a);
}

static const char *lockres(int e)
{
	return e == EOWNERDEAD ? "EOWNERDEAD" : e == ENOTRECOVERABLE ? "ENOTRECOVERABLE" : e ? ename(e) : "0";
}

/* holds n mutexes, tells the main thread, waits ms, exits */
struct hold { int n, ms; };
static void *holder(void *arg)
{
	struct hold *h = arg;
	for (int i = 0; i < h->n; i++) pthread_mutex_lock(&mx[i]);
	(void)!write(pipefd[1], "x", 1);
	if (h->ms) nanosleep(&(struct timespec){ 0, h->ms * 1000000L }, NULL);
	return NULL;    /* exits holding them */
}

static void threads(void)
{
	(void)!pipe(pipefd);
	for (int i = 0; i < 3; i++) init_robust(&mx[i], 0);
	char c;

	/* the owner is gone before the lock */
	pthread_t t;
	struct hold h1 = { 1, 0 };
	pthread_create(&t, NULL, holder, &h1);
	pthread_join(t, NULL);
	(void)!read(pipefd[0], &c, 1);
	printf("lock after the owner exited: %s\n", lockres(pthread_mutex_lock(&mx[0])));
	printf("consistent: %s\n", lockres(pthread_mutex_consistent(&mx[0])));
	printf("unlock: %s\n", lockres(pthread_mutex_unlock(&mx[0])));
	printf("lock again: %s\n", lockres(pthread_mutex_lock(&mx[0])));
	printf("unlock: %s\n", lockres(pthread_mutex_unlock(&mx[0])));

	/* waiting in the lock while the owner dies: its exit wakes us */
	struct hold h2 = { 1, 200 };
	pthread_create(&t, NULL, holder, &h2);
	(void)!read(pipefd[0], &c, 1);
	printf("lock while the owner dies: %s\n", lockres(pthread_mutex_lock(&mx[0])));
	pthread_join(t, NULL);
	/* not made consistent: unrecoverable from now on */
	printf("unlock without consistent: %s\n", lockres(pthread_mutex_unlock(&mx[0])));
	printf("lock: %s\n", lockres(pthread_mutex_lock(&mx[0])));
	printf("trylock: %s\n", lockres(pthread_mutex_trylock(&mx[0])));

	/* three held at once: every entry of the list is walked */
	init_robust(&mx[0], 0);
	struct hold h3 = { 3, 100 };
	pthread_create(&t, NULL, holder, &h3);
	(void)!read(pipefd[0], &c, 1);
	printf("lock the second while the owner dies: %s\n", lockres(pthread_mutex_lock(&mx[1])));
	pthread_join(t, NULL);
	printf("trylock the first: %s\n", lockres(pthread_mutex_trylock(&mx[0])));
	printf("trylock the third: %s\n", lockres(pthread_mutex_trylock(&mx[2])));
	for (int i = 0; i < 3; i++) {
		pthread_mutex_consistent(&mx[i]);
		pthread_mutex_unlock(&mx[i]);
	}
	printf("all three free: %s %s %s\n", lockres(pthread_mutex_trylock(&mx[0])),
	       lockres(pthread_mutex_trylock(&mx[1])), lockres(pthread_mutex_trylock(&mx[2])));
}

/* A process-shared robust mutex in shared memory, held by a child that ends
 * by _exit (exit_group), by SIGTERM or by a fault; in the exit_group case a
 * second thread of the child holds it (the other threads' lists are walked
 * too). */
static pthread_mutex_t *shm;
static void *lock_shm(void *arg)
{
	pthread_mutex_lock(shm);
	(void)!write(*(int *)arg, "x", 1);
	pause();
	return NULL;
}

static void processes(void)
{
	shm = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	init_robust(shm, 1);
	static const char *how[] = { "exit_group from another thread", "SIGTERM", "SIGSEGV" };
	for (int k = 0; k < 3; k++) {
		int p[2];
		(void)!pipe(p);
		pid_t pid = fork();
		if (pid == 0) {
			if (k == 0) {
				pthread_t t;
				pthread_create(&t, NULL, lock_shm, &p[1]);
				char c;
				(void)!read(p[0], &c, 1);
				_exit(0);
			}
			pthread_mutex_lock(shm);
			(void)!write(p[1], "x", 1);
			if (k == 2) *(volatile int *)8 = 1;
			pause();
			_exit(0);
		}
		char c;
		if (k == 0) {
			/* the child's thread writes, the child reads it: wait for the child */
			int st;
			waitpid(pid, &st, 0);
		} else {
			(void)!read(p[0], &c, 1);
			if (k == 1) kill(pid, SIGTERM);
		}
		int r = pthread_mutex_lock(shm);
		printf("pshared, owner ended by %s: %s\n", how[k], lockres(r));
		int st;
		if (k) waitpid(pid, &st, 0);
		if (r == EOWNERDEAD) pthread_mutex_consistent(shm);
		pthread_mutex_unlock(shm);
		close(p[0]);
		close(p[1]);
	}
}

static void calls(void)
{
	void *head;
	size_t len;
	R(syscall(SYS_get_robust_list, 0, &head, &len));
	printf("len is three words: %s, head set: %s\n", len == 3 * sizeof(long) ? "yes" : "no", head ? "yes" : "no");
	R(syscall(SYS_set_robust_list, head, len + 1));
	R(syscall(SYS_get_robust_list, 0x7fffffff, &head, &len));
	R(syscall(SYS_get_robust_list, 0, (void *)8, &len));
}

int main(void)
{
	threads();
	processes();
	calls();
	return 0;
}
