/* tests/guest/smc_thread.c: one thread writes code, another runs it.
 *
 * 1. Same address: the writer rewrites one function, synchronises the
 *    instruction cache, publishes the round number (futex); the runner
 *    waits for it, executes the context synchronization arm64 requires
 *    (ISB), calls the function and must get the new value; it acknowledges
 *    and the writer goes on.
 * 2. While running: the runner calls the current function in a loop without
 *    pause while the writer rewrites the other of two slots on the same page
 *    and then switches the pointer; every call must return the value of the
 *    slot it went through (never a stale or torn one), and once the runner
 *    sees round i it must never get a value older than i. */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common.h"
#include "smc.h"

#define ROUNDS 3000

static uint8_t *page;
static int published, acked;        /* futex words */
static long wrong;

static void fwait(int *w, int old) { syscall(SYS_futex, w, FUTEX_WAIT_PRIVATE, old, NULL, NULL, 0); }
static void fwake(int *w) { syscall(SYS_futex, w, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0); }
static void await(int *w, int v)
{
	int cur;
	while ((cur = __atomic_load_n(w, __ATOMIC_ACQUIRE)) != v) fwait(w, cur);
}
static void publish(int *w, int v)
{
	__atomic_store_n(w, v, __ATOMIC_RELEASE);
	fwake(w);
}

static void *same_runner(void *arg)
{
	smc_fn f = (smc_fn)(void *)page;
	for (int i = 1; i <= ROUNDS; i++) {
		await(&published, i);
		smc_sync();
		if (f() != i * 3) wrong++;
		publish(&acked, i);
	}
	return NULL;
}

/* part 2: slot[round & 1] holds "return round" once round is published */
static uint8_t *slot[2];
static int round_now;               /* atomic */
static int stop;

static void *busy_runner(void *arg)
{
	long calls = 0;
	int seen = 0;
	while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
		int r = __atomic_load_n(&round_now, __ATOMIC_ACQUIRE);
		if (r != seen) {
			smc_sync();
			seen = r;
			publish(&acked, r);   /* the writer may now rewrite the other slot */
		}
		int v = ((smc_fn)(void *)slot[r & 1])();
		if (v != r) wrong++;
		calls++;
	}
	*(long *)arg = calls;
	return NULL;
}

int main(void)
{
	page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) return perror("mmap"), 1;

	pthread_t th;
	smc_flush(page, smc_ret_const(page, 0));
	pthread_create(&th, NULL, same_runner, NULL);
	for (int i = 1; i <= ROUNDS; i++) {
		smc_flush(page, smc_ret_const(page, (uint32_t)i * 3));
		publish(&published, i);
		await(&acked, i);
	}
	pthread_join(th, NULL);
	SHOW("same address, %d rounds: %ld wrong", ROUNDS, wrong);

	wrong = 0;
	acked = 0;
	slot[0] = page + 1024;
	slot[1] = page + 1024 + SMC_SLOT;
	smc_flush(slot[0], smc_ret_const(slot[0], 0));
	long calls = 0;
	pthread_create(&th, NULL, busy_runner, &calls);
	for (int i = 1; i <= ROUNDS; i++) {
		smc_flush(slot[i & 1], smc_ret_const(slot[i & 1], (uint32_t)i));
		__atomic_store_n(&round_now, i, __ATOMIC_RELEASE);
		await(&acked, i);   /* the runner left slot[(i - 1) & 1] */
	}
	__atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
	pthread_join(th, NULL);
	SHOW("running while rewritten, %d rounds: %ld wrong", ROUNDS, wrong);
	OK(calls >= ROUNDS);
	munmap(page, 4096);
	return 0;
}
