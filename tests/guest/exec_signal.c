/* tests/guest/exec_signal.c: a signal sent while the target execs is not lost.
 *
 * The kernel keeps a pending signal across execve, and a signal that arrives
 * before execve starts is delivered first: either way SIGTERM kills the
 * child.  An emulator that queues the signal in its own memory and then
 * replaces its image loses it (bash's `sleep 5 & kill $!; wait $!` then
 * reports 0 instead of 143).  Each child tells the parent it is about to
 * exec (a byte down a close-on-exec pipe) and the parent sends SIGTERM at
 * once, then after a little longer each round, so the signal lands before,
 * during and after the exec.  The new image waits at most 10 s (alarm). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static void spin_us(long us)
{
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	do clock_gettime(CLOCK_MONOTONIC, &b);
	while ((b.tv_sec - a.tv_sec) * 1000000 + (b.tv_nsec - a.tv_nsec) / 1000 < us);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "wait")) {
		/* the parent blocks nothing, so neither may the new image (an
		 * emulator that caught the signal mid-exec may pass on its own
		 * all-blocked mask: then nothing would ever end this process) */
		sigset_t m;
		sigprocmask(SIG_BLOCK, NULL, &m);
		if (sigismember(&m, SIGTERM) || sigismember(&m, SIGALRM)) _exit(3);
		alarm(10);
		for (;;) pause();
	}
	long n = iterations(argc, argv, 200), killed = 0;
	for (long i = 0; i < n; i++) {
		int p[2];
		if (pipe2(p, O_CLOEXEC)) { perror("pipe2"); return 1; }
		pid_t pid = fork();
		if (pid < 0) { perror("fork"); return 1; }
		if (pid == 0) {
			close(p[0]);
			if (write(p[1], "x", 1) != 1) _exit(126);
			execl("/proc/self/exe", argv[0], "wait", (char *)NULL);
			_exit(127);
		}
		close(p[1]);
		char c;
		if (read(p[0], &c, 1) != 1) { printf("round %ld: no byte from the child\n", i); return 1; }
		spin_us(i % 50 * 100);   /* 0 .. 4.9 ms after the child's last word */
		kill(pid, SIGTERM);
		close(p[0]);
		int st;
		if (waitpid(pid, &st, 0) != pid) { perror("waitpid"); return 1; }
		if (WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM) killed++;
		else if (WIFSIGNALED(st)) printf("round %ld: killed by signal %d, not SIGTERM\n", i, WTERMSIG(st));
		else if (WEXITSTATUS(st) == 3) printf("round %ld: the new image started with SIGTERM blocked\n", i);
		else printf("round %ld: exited %d, the SIGTERM was lost\n", i, WEXITSTATUS(st));
	}
	printf("%ld of %ld children killed by SIGTERM around their execve\n", killed, n);
	return killed == n ? 0 : 1;
}
