/* tests/bench/cpucost.c: CPU time (user + system) of whole commands, their
 * waited-for descendants included (wait4's rusage), run many times
 * interleaved (run 1 of every command, then run 2, ...: a change in the
 * host's load hits them alike).  Prints one line per command: the median and
 * the lowest quartile in microseconds.  Output of the commands goes to
 * /dev/null; a command that fails (nonzero status) stops the measurement.
 * Usage: cpucost RUNS CMD1 [ARGS] [-- CMD2 [ARGS]] ... */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return (x > y) - (x < y);
}

static long run(char **argv)
{
	pid_t p = fork();
	if (p < 0) { perror("fork"); exit(2); }
	if (p == 0) {
		int null = open("/dev/null", O_WRONLY);
		if (null >= 0) dup2(null, 1);
		execvp(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	int st;
	struct rusage ru;
	if (wait4(p, &st, 0, &ru) != p) { perror("wait4"); exit(2); }
	if (!WIFEXITED(st) || WEXITSTATUS(st)) {
		fprintf(stderr, "cpucost: %s: status %#x\n", argv[0], st);
		exit(1);
	}
	return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000L + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
}

int main(int argc, char **argv)
{
	if (argc < 3) { fprintf(stderr, "usage: cpucost RUNS CMD [ARGS] [-- CMD [ARGS]]...\n"); return 2; }
	int runs = atoi(argv[1]);
	if (runs < 1) { fprintf(stderr, "cpucost: RUNS must be positive\n"); return 2; }
	char **cmd[64];
	int ncmd = 0;
	cmd[ncmd++] = &argv[2];
	for (int i = 2; i < argc; i++)
		if (!strcmp(argv[i], "--")) {
			argv[i] = NULL;
			if (i + 1 < argc && ncmd < 64) cmd[ncmd++] = &argv[i + 1];
		}
	long *t = malloc(sizeof *t * (size_t)runs * (size_t)ncmd);
	if (!t) return 2;
	for (int r = 0; r < runs; r++)
		for (int c = 0; c < ncmd; c++) t[(size_t)c * runs + r] = run(cmd[c]);
	for (int c = 0; c < ncmd; c++) {
		long *v = &t[(size_t)c * runs];
		qsort(v, (size_t)runs, sizeof *v, cmp);
		printf("%ld %ld\n", v[runs / 2], v[runs / 4]);
	}
	return 0;
}
