/* tests/bench/spawn.c: process creation, as a build system does it:
 * posix_spawn (vfork-style: clone with CLONE_VM|CLONE_VFORK) of /bin/true
 * 400 times, each waited for.  The child is a host program, so this times
 * the emulator's side of spawning, not a second emulator starting up. */
#include <spawn.h>
#include <stdio.h>
#include <sys/wait.h>

extern char **environ;

int main(void)
{
	char *argv[] = { "true", NULL };
	int ok = 0;
	for (int i = 0; i < 400; i++) {
		pid_t p;
		int st;
		if (posix_spawn(&p, "/bin/true", NULL, NULL, argv, environ)) return 1;
		if (waitpid(p, &st, 0) == p && WIFEXITED(st) && WEXITSTATUS(st) == 0) ok++;
	}
	printf("%d\n", ok);
	return ok != 400;
}
