/* tests/bench/execcost.c: `execcost PATH N` execs PATH (itself) with N - 1
 * until N is 0: a chain of N execve calls in one process.  Under an emulator
 * each is a foreign execve, the emulator starting again for the new image.
 * tests/bench/startup.sh takes the CPU time of N execs less that of none,
 * over N: the cost of one execve plus the new program's start-up. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3) return 2;
	int n = atoi(argv[2]);
	if (n <= 0) return 0;
	char count[16];
	snprintf(count, sizeof count, "%d", n - 1);
	char *args[] = { argv[1], argv[1], count, NULL };
	execv(argv[1], args);
	perror("execv");
	return 1;
}
