/* tests/loader/raise_signals.c: a guest that catches SIGUSR1 in on_usr1 and
 * is then killed by SIGTERM (tests/cli_options.t: -d int names the handler
 * and the death). */
#include <signal.h>
#include <stdio.h>

void on_usr1(int sig) { printf("caught %d\n", sig); }

int main(void)
{
	signal(SIGUSR1, on_usr1);
	raise(SIGUSR1);
	fflush(stdout);
	raise(SIGTERM);
	return 0;
}
