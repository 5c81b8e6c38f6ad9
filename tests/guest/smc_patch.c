/* tests/guest/smc_patch.c: a call site patched in place while another
 * thread runs it, as a Java VM re-resolves the call of compiled code
 * (HotSpot's NativeCall::set_destination_mt_safe: the BL is rewritten, the
 * line is synchronised, and the threads already running that code are not
 * stopped).  The runner calls f in a loop with no ISB and no system call,
 * as compiled Java code does; the writer rewrites only f's call
 * instruction, to one of NT targets, and synchronises the instruction
 * cache.  A branch replaced whole is in arm64's concurrent modification
 * and execution set: each call runs the old or the new instruction, never
 * a mix, so every value must be one of the targets around the current
 * round, and the runner must come to run the new target by itself (it
 * acknowledges each round with an atomic store the writer waits for).
 * A round whose new target is not run after STALE calls is reported, and
 * ends the test. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>

#include "common.h"
#include "smc.h"

#define ROUNDS 500
#define NT 16
#define STALE 20000000L

static uint8_t *page, *site;
static int round_now, acked, stale_round;   /* atomic */
static long wrong, stale;

static int val(int r) { return 100 + (r % NT); }

static void *runner(void *arg)
{
	smc_fn f = (smc_fn)(void *)page;
	long calls = 0, since = 0;
	for (;;) {
		int r = __atomic_load_n(&round_now, __ATOMIC_ACQUIRE);
		if (r > ROUNDS) break;
		int v = f();
		calls++;
		if (v == val(r)) {
			since = 0;
			if (__atomic_load_n(&acked, __ATOMIC_RELAXED) != r) __atomic_store_n(&acked, r, __ATOMIC_RELEASE);
		} else if (v != val(r + 1) && (r == 0 || v != val(r - 1))) {   /* r + 1: patched, not yet published */
			wrong++;
		} else if (++since == STALE) {   /* still the old target */
			stale++;
			__atomic_store_n(&stale_round, r, __ATOMIC_RELEASE);
			__atomic_store_n(&acked, r, __ATOMIC_RELEASE);
		}
	}
	*(long *)arg = calls;
	return NULL;
}

int main(void)
{
	page = mmap(NULL, 8192, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) return perror("mmap"), 1;
	/* the targets on the second page, f (the caller) at the start of the first */
	uint8_t *target[NT];
	for (int i = 0; i < NT; i++) {
		target[i] = page + 4096 + i * SMC_SLOT;
		smc_flush(target[i], smc_ret_const(target[i], (uint32_t)val(i)));
	}
	smc_flush(page, smc_call(page, target[0]));
	site = page + smc_call_site;

	long calls = 0;
	pthread_t th;
	pthread_create(&th, NULL, runner, &calls);
	for (int i = 1; i <= ROUNDS; i++) {
		smc_flush(site, smc_patch_call(site, target[i % NT]));
		__atomic_store_n(&round_now, i, __ATOMIC_RELEASE);
		while (__atomic_load_n(&acked, __ATOMIC_ACQUIRE) != i) sched_yield();
		if (__atomic_load_n(&stale_round, __ATOMIC_ACQUIRE)) break;   /* no use going on */
	}
	__atomic_store_n(&round_now, ROUNDS + 1, __ATOMIC_RELEASE);
	pthread_join(th, NULL);
	SHOW("%d patches of a running call site: %ld wrong values, %ld rounds never seen (round %d)",
	     ROUNDS, wrong, stale, stale_round);
	OK(calls >= ROUNDS);
	munmap(page, 8192);
	return 0;
}
