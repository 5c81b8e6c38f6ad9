/* tests/gdbstub/prog.c: the program tests/gdbstub.t debugs through gdb.
 *   prog           writes `counter` twice (watchpoint), runs `worker` in a
 *                  second thread (breakpoint there), exits with status 3
 *   prog segv      stores through a null pointer (SIGSEGV stop)
 *   prog usr1      raises SIGUSR1, which its handler counts; exits 0 after
 *                  printing the count (a signal stop, then passed on)
 *   prog hot       calls add() 10000 times (its code is then translated,
 *                  compiled and chained), prints, then calls it again: a
 *                  breakpoint set in between must stop in it
 *   prog spin      prints "spinning", loops until gdb clears `spin`, exits 7
 *                  (Ctrl-C while running) */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

volatile long counter = 5;
volatile long worker_seen;
volatile int spin = 1;
volatile int handled;

static void on_usr1(int sig) { handled++; }

volatile long calls;

__attribute__((noinline)) long add(long a, long b) { return a * 2 + b; }

__attribute__((noinline)) long hot(void)
{
	long s = 0;
	for (int i = 0; i < 10000; i++) {
		s += add(i, 1);
		calls++;
	}
	return s;
}

__attribute__((noinline)) void *worker(void *arg)
{
	worker_seen = (long)arg + 1;
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "segv")) {
		volatile long *p = NULL;
		*p = 1;
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "usr1")) {
		signal(SIGUSR1, on_usr1);
		raise(SIGUSR1);
		printf("handled %d\n", handled);
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "hot")) {
		long s = hot();
		printf("first %ld\n", s);
		s += hot();
		printf("sum %ld\n", s);
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "spin")) {
		printf("spinning\n");
		fflush(stdout);
		while (spin) {}
		return 7;
	}
	long x = add(20, 2);
	counter = x;
	counter = counter + 1;
	pthread_t t;
	pthread_create(&t, NULL, worker, (void *)41);
	pthread_join(t, NULL);
	printf("counter %ld worker %ld\n", counter, worker_seen);
	return 3;
}
