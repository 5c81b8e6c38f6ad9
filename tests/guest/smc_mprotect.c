/* tests/guest/smc_mprotect.c: W^X cycles: write the code while the page is
 * RW, mprotect it RX, run it; back to RW, rewrite, RX, run. */
#include <sys/mman.h>

#include "common.h"
#include "smc.h"

int main(void)
{
	uint8_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) return perror("mmap"), 1;
	smc_fn f = (smc_fn)(void *)p, g = (smc_fn)(void *)(p + 512);
	int bad = 0;
	for (uint32_t i = 0; i < 3000; i++) {
		if (mprotect(p, 4096, PROT_READ | PROT_WRITE)) return perror("mprotect RW"), 1;
		smc_ret_const(p, i);
		if (i % 3 == 0) smc_ret_const(p + 512, i + 1);
		smc_flush(p, 1024);
		if (mprotect(p, 4096, PROT_READ | PROT_EXEC)) return perror("mprotect RX"), 1;
		if (f() != (int)i) bad++;
		if (g() != (int)(i - i % 3 + 1)) bad++;
		if (i == 0) SHOW("first: %d %d", f(), g());
		if (i == 1) SHOW("second: %d %d", f(), g());
	}
	SHOW("3000 W^X cycles: %d wrong", bad);
	munmap(p, 4096);
	return 0;
}
