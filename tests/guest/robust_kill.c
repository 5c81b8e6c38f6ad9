/* tests/guest/robust_kill.c: a process-shared robust mutex whose owner, a
 * child process, is killed by SIGKILL: the kernel walks the child's robust
 * list at its death and the parent's lock gets EOWNERDEAD.  Under dragoman
 * the emulator never runs at a SIGKILL: this holds only where the host
 * kernel walks the guest's list itself (a 64-bit little-endian guest,
 * emu/sys/proc.c host_walks); tests/guest.t says where it is a known failure.
 * The kernel marks the futex before the child's death reaches waitpid, so the
 * lock needs no waiting when it is right; it is bounded (2 s) so that the
 * known failure costs no hang. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

int main(void)
{
	pthread_mutex_t *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
	pthread_mutex_init(m, &a);
	int p[2];
	(void)!pipe(p);
	pid_t pid = fork();
	if (pid == 0) {
		pthread_mutex_lock(m);
		(void)!write(p[1], "x", 1);
		for (;;) pause();
	}
	char c;
	(void)!read(p[0], &c, 1);
	kill(pid, SIGKILL);
	int st;
	waitpid(pid, &st, 0);
	printf("child killed by SIGKILL: %s\n", WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL ? "yes" : "no");
	struct timespec t;
	clock_gettime(CLOCK_REALTIME, &t);
	t.tv_sec += 2;
	int r = pthread_mutex_timedlock(m, &t);
	printf("lock after the owner was killed: %s\n",
	       r == EOWNERDEAD ? "EOWNERDEAD" : r == ETIMEDOUT ? "ETIMEDOUT" : r ? ename(r) : "0");
	return 0;
}
