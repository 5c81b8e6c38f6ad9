/* tests/guest/thread_fork.c: fork while other threads keep the emulator busy.
 *
 * Three threads change what the emulator keeps per process the whole time —
 * the memory map (mmap, mprotect, munmap), the heap (malloc/free, brk),
 * signal dispositions (sigaction) and translated code (functions reached for
 * the first time) — while the main thread forks again and again.  Each child
 * must find everything usable: it maps and unmaps memory, grows the heap,
 * installs a handler and takes a signal, runs code never run before, starts
 * a thread, and exits with a status the parent checks.  A child that
 * inherited a lock held by another thread, or a half-updated map, hangs or
 * crashes here (tests/guest.t runs it under a timeout). */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

#define FORKS 60
static volatile int stop;

static void *mapper(void *arg)
{
	(void)arg;
	while (!stop) {
		char *p = mmap(NULL, 64 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED) abort();
		p[0] = 1;
		mprotect(p + 4096, 4096, PROT_READ);
		munmap(p, 64 * 4096);
	}
	return NULL;
}

static void *allocator(void *arg)
{
	(void)arg;
	while (!stop) {
		void *a[32];
		for (int i = 0; i < 32; i++) a[i] = malloc(64 + 4096 * (i % 7));
		for (int i = 0; i < 32; i++) free(a[i]);
		void *b = sbrk(0);
		(void)b;
	}
	return NULL;
}

static volatile int hits;
static void on_usr1(int s) { (void)s; hits++; }

static void *signaller(void *arg)
{
	(void)arg;
	struct sigaction a = { .sa_handler = on_usr1 };
	while (!stop) {
		sigaction(SIGUSR2, &a, NULL);
		signal(SIGUSR2, SIG_DFL);
	}
	return NULL;
}

/* Many small functions: each first call is a new translation. */
#define F(n) __attribute__((noinline)) static int f##n(int x) { return x * (n + 3) + n; }
#define F10(n) F(n##0) F(n##1) F(n##2) F(n##3) F(n##4) F(n##5) F(n##6) F(n##7) F(n##8) F(n##9)
F10(1) F10(2) F10(3) F10(4) F10(5) F10(6) F10(7) F10(8) F10(9)
typedef int (*fn)(int);
#define R10(n) f##n##0, f##n##1, f##n##2, f##n##3, f##n##4, f##n##5, f##n##6, f##n##7, f##n##8, f##n##9,
static fn fns[] = { R10(1) R10(2) R10(3) R10(4) R10(5) R10(6) R10(7) R10(8) R10(9) };
#define NFN ((int)(sizeof fns / sizeof fns[0]))

static void *child_thread(void *arg) { return (void *)((long)arg + 1); }

static int child(int k)
{
	char *p = mmap(NULL, 16 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) return 10;
	p[5 * 4096] = 7;
	if (munmap(p, 16 * 4096)) return 11;
	char *h = malloc(1 << 20);
	if (!h) return 12;
	h[12345] = 1;
	free(h);
	if (sbrk(8192) == (void *)-1) return 13;
	struct sigaction a = { .sa_handler = on_usr1 };
	sigaction(SIGUSR1, &a, NULL);
	int before = hits;
	raise(SIGUSR1);
	if (hits != before + 1) return 14;
	int s = 0;
	for (int i = 0; i < NFN; i++) s += fns[(i + k) % NFN](i);
	pthread_t t;
	void *r;
	if (pthread_create(&t, NULL, child_thread, (void *)(long)s)) return 15;
	pthread_join(t, &r);
	if ((long)r != s + 1) return 16;
	return 42;
}

int main(void)
{
	pthread_t t[3];
	pthread_create(&t[0], NULL, mapper, NULL);
	pthread_create(&t[1], NULL, allocator, NULL);
	pthread_create(&t[2], NULL, signaller, NULL);
	int good = 0, bad = 0;
	for (int k = 0; k < FORKS; k++) {
		/* new code in the parent too, translated while the others run */
		fns[k % NFN](k);
		pid_t p = fork();
		if (p == 0) _exit(child(k));
		int st;
		if (waitpid(p, &st, 0) != p) { bad++; continue; }
		if (WIFEXITED(st) && WEXITSTATUS(st) == 42) good++;
		else {
			if (bad++ < 5) printf("child %d: %s %d\n", k, WIFEXITED(st) ? "exit" : "signal",
					      WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));
		}
	}
	stop = 1;
	for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
	printf("forks with busy threads: %d good, %d bad\n", good, bad);
	return 0;
}
