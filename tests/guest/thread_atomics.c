/* tests/guest/thread_atomics.c: guest atomics under real contention.
 * 8 threads x 1,000,000 increments of one shared counter through each
 * primitive; no update may be lost.  On aarch64 the primitives are the
 * instructions themselves (LDAXR/STLXR loop, LSE LDADD, CASAL loop, SWPA
 * spinlock); the native x86_64 build uses the equivalent locked instructions,
 * so both print the same counts. */
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "common.h"

#define THREADS 8
static long iters = 1000000;   /* iterations(): fewer with "quick" */

static volatile uint32_t counter;
static volatile uint64_t counter64;
static volatile uint32_t spin;
static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t barrier;

#ifdef __aarch64__
static inline void inc_llsc(volatile uint32_t *p)
{
	uint32_t v, fail;
	__asm__ volatile("1: ldaxr %w0, [%2]\n\tadd %w0, %w0, #1\n\tstlxr %w1, %w0, [%2]\n\tcbnz %w1, 1b"
			 : "=&r"(v), "=&r"(fail) : "r"(p) : "memory");
}
static inline void inc_llsc64(volatile uint64_t *p)
{
	uint64_t v;
	uint32_t fail;
	__asm__ volatile("1: ldxr %0, [%2]\n\tadd %0, %0, #1\n\tstxr %w1, %0, [%2]\n\tcbnz %w1, 1b\n\tdmb ish"
			 : "=&r"(v), "=&r"(fail) : "r"(p) : "memory");
}
static inline void inc_ldadd(volatile uint32_t *p)
{
	uint32_t old;
	__asm__ volatile(".arch armv8.1-a\n\tldaddal %w1, %w0, [%2]" : "=r"(old) : "r"(1u), "r"(p) : "memory");
}
static inline void inc_cas(volatile uint32_t *p)
{
	uint32_t seen = *p, want;
	for (;;) {
		uint32_t expect = seen;
		want = expect + 1;
		__asm__ volatile(".arch armv8.1-a\n\tcasal %w0, %w2, [%1]" : "+r"(seen) : "r"(p), "r"(want) : "memory");
		if (seen == expect) return;
	}
}
static inline void spin_lock(volatile uint32_t *l)
{
	uint32_t old;
	for (;;) {
		__asm__ volatile(".arch armv8.1-a\n\tswpa %w1, %w0, [%2]" : "=&r"(old) : "r"(1u), "r"(l) : "memory");
		if (!old) return;
		while (*l) sched_yield();   /* 8 threads on few cores: let the holder run */
	}
}
static inline void spin_unlock(volatile uint32_t *l) { __asm__ volatile("stlr wzr, [%0]" : : "r"(l) : "memory"); }
#else
static inline void inc_llsc(volatile uint32_t *p) { __atomic_fetch_add(p, 1, __ATOMIC_SEQ_CST); }
static inline void inc_llsc64(volatile uint64_t *p) { __atomic_fetch_add(p, 1, __ATOMIC_SEQ_CST); }
static inline void inc_ldadd(volatile uint32_t *p) { __atomic_fetch_add(p, 1, __ATOMIC_SEQ_CST); }
static inline void inc_cas(volatile uint32_t *p)
{
	uint32_t seen = *p;
	while (!__atomic_compare_exchange_n(p, &seen, seen + 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {}
}
static inline void spin_lock(volatile uint32_t *l)
{
	while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE))
		while (*l) sched_yield();   /* 8 threads on few cores: let the holder run */
}
static inline void spin_unlock(volatile uint32_t *l) { __atomic_store_n(l, 0, __ATOMIC_RELEASE); }
#endif

static int which;

static void *worker(void *arg)
{
	pthread_barrier_wait(&barrier);
	for (long i = 0; i < iters; i++) {
		switch (which) {
		case 0: inc_llsc(&counter); break;
		case 1: inc_llsc64(&counter64); break;
		case 2: inc_ldadd(&counter); break;
		case 3: inc_cas(&counter); break;
		case 4: spin_lock(&spin); counter++; spin_unlock(&spin); break;
		case 5: pthread_mutex_lock(&mutex); counter++; pthread_mutex_unlock(&mutex); break;
		case 6: __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED); break;
		}
	}
	return NULL;
}

static const char *names[] = { "ldaxr/stlxr loop", "ldxr/stxr 64-bit loop", "ldaddal", "casal loop",
			       "swpa spinlock", "pthread_mutex", "__atomic_fetch_add" };

int main(int argc, char **argv)
{
	int iters_ok = 1;
	iters = iterations(argc, argv, iters);
	for (which = 0; which < 7; which++) {
		counter = 0;
		counter64 = 0;
		pthread_barrier_init(&barrier, NULL, THREADS);
		pthread_t t[THREADS];
		for (int i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, NULL);
		for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
		pthread_barrier_destroy(&barrier);
		uint64_t got = which == 1 ? counter64 : counter;
		printf("%s: %llu of %ld\n", names[which], (unsigned long long)got, THREADS * iters);
		if (got != (uint64_t)THREADS * iters) iters_ok = 0;
	}
	printf("no lost updates: %s\n", iters_ok ? "yes" : "no");
	return 0;
}
