/* tests/bench/smc.c: self-modifying code, the way a guest JIT does it.
 *   smc [patch|churn|hot]   (default: all three)
 *   patch: a call site rewritten between two targets 10^6 times, run after each
 *   churn: 10^6 fresh functions written (1,024 slots reused) and run once each
 *   hot:   10^4 fresh functions run 1,000 times each (written code that is hot)
 *   clear: 10^6 __builtin___clear_cache of 64 bytes that hold no code (the cost
 *          of the maintenance alone, as a JIT pays it for every write)
 * Prints a checksum so the work cannot be skipped. */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "../guest/smc.h"

static long patch(uint8_t *buf)
{
	uint8_t *t1 = buf, *t2 = buf + SMC_SLOT, *caller = buf + 2 * SMC_SLOT;
	smc_ret_const(t1, 1);
	smc_ret_const(t2, 2);
	smc_call(caller, t1);
	smc_flush(buf, 3 * SMC_SLOT);
	long sum = 0;
	for (int i = 0; i < 1000000; i++) {
		smc_flush(caller + smc_call_site, smc_patch_call(caller + smc_call_site, (i & 1) ? t2 : t1));
		sum += ((smc_fn)(void *)caller)();
	}
	return sum;
}

static long churn(uint8_t *buf, int n, int runs)
{
	long sum = 0;
	for (int i = 0; i < n; i++) {
		uint8_t *p = buf + (i % 1024) * SMC_SLOT;
		smc_flush(p, smc_ret_const(p, (uint32_t)i));
		for (int k = 0; k < runs; k++) sum += ((smc_fn)(void *)p)();
	}
	return sum;
}

static long clear(uint8_t *buf)
{
	static uint8_t data[4096] __attribute__((aligned(64)));
	long sum = 0;
	for (int i = 0; i < 1000000; i++) {
		uint8_t *p = data + (i % 64) * 64;
		p[0] = (uint8_t)i;
		smc_flush(p, 64);
		sum += p[0];
	}
	return sum;
}

int main(int argc, char **argv)
{
	uint8_t *buf = mmap(NULL, 1024 * SMC_SLOT, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (buf == MAP_FAILED) return perror("mmap"), 1;
	const char *m = argc > 1 ? argv[1] : "all";
	if (!strcmp(m, "patch") || !strcmp(m, "all")) printf("patch %ld\n", patch(buf));
	if (!strcmp(m, "churn") || !strcmp(m, "all")) printf("churn %ld\n", churn(buf, 1000000, 1));
	if (!strcmp(m, "clear") || !strcmp(m, "all")) printf("clear %ld\n", clear(buf));
	if (!strcmp(m, "hot") || !strcmp(m, "all")) printf("hot %ld\n", churn(buf, 10000, 1000));
	return 0;
}
