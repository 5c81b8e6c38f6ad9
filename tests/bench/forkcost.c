/* tests/bench/forkcost.c: `forkcost N` forks N children one after another,
 * each _exit(0)ing at once and waited for.  tests/bench/startup.sh takes the
 * CPU time of N forks less that of none, over N: the cost of one fork (the
 * child's side included: wait4 counts waited-for children). */
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 0;
	for (int i = 0; i < n; i++) {
		pid_t p = fork();
		if (p < 0) return 1;
		if (p == 0) _exit(0);
		int st;
		if (waitpid(p, &st, 0) != p || !WIFEXITED(st) || WEXITSTATUS(st)) return 1;
	}
	return 0;
}
