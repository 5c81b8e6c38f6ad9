/* tests/guest/smc_churn.c: a guest JIT's life: fresh code is written and run
 * a million times (1,024 slots reused round-robin).  Every old translation
 * must be reclaimed: VmRSS after 10^6 functions may exceed VmRSS after 10^5
 * by at most SMC_RSS_SLACK_KIB (a native run grows by nothing). */
#include <sys/mman.h>

#include "common.h"
#include "smc.h"

#define SLOTS 1024
#define SMC_RSS_SLACK_KIB (8 * 1024)

int main(void)
{
	uint8_t *buf = mmap(NULL, SLOTS * SMC_SLOT, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (buf == MAP_FAILED) return perror("mmap"), 1;
	long bad = 0, rss5 = 0, rss6 = 0;
	for (uint32_t i = 1; i <= 1000000; i++) {
		uint8_t *p = buf + (i % SLOTS) * SMC_SLOT;
		smc_flush(p, smc_ret_const(p, i ^ 0x5a5a5));
		if (((smc_fn)(void *)p)() != (int)(i ^ 0x5a5a5)) bad++;
		if (i == 100000) rss5 = smc_rss_kib();
		if (i == 1000000) rss6 = smc_rss_kib();
	}
	SHOW("10^6 fresh functions: %ld wrong", bad);
	OK(rss5 > 0 && rss6 > 0);
	long grew = rss6 - rss5;
	OK(grew <= SMC_RSS_SLACK_KIB);
	if (getenv("SMC_SHOW_RSS")) fprintf(stderr, "VmRSS %ld kB at 10^5, %ld kB at 10^6\n", rss5, rss6);
	munmap(buf, SLOTS * SMC_SLOT);
	return 0;
}
