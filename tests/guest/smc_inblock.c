/* tests/guest/smc_inblock.c: a store into the next instruction of the same
 * straight-line code.  Architectures whose instruction fetch is coherent
 * with stores (s390x, x86) run the new instruction; dragoman translates
 * such code as one block, so the block must end after the store
 * (docs/coherence.md).  Built for s390x and x86_64 only: arm64 does not
 * promise it (the new instruction needs IC IVAU and ISB first). */
#include <sys/mman.h>

#include "common.h"
#include "smc.h"

int main(void)
{
	uint8_t *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) return perror("mmap"), 1;
	smc_fn f = (smc_fn)(void *)page;
	smc_ret_selfpatch(page, 0x1234);
	SHOW("first run: %#x", f());
	SHOW("second run (already patched): %#x", f());
	/* put the old instruction back and run again, many times: the page
	 * faults often enough for dragoman to stop protecting it and compare
	 * bytes instead, which must give the same answer */
	int fresh = 0;
	for (int i = 0; i < 1000; i++) {
		smc_ret_selfpatch(page, (uint16_t)(0x100 + i));
		if (f() == 0x100 + i) fresh++;
	}
	SHOW("1000 runs that patch their next instruction: %d saw it", fresh);
	/* a second function on another slot of the same page, patched the same way */
	smc_fn g = (smc_fn)(void *)(page + 2048);
	smc_ret_selfpatch(page + 2048, 0x777);
	SHOW("another slot: %#x, first still %#x", g(), f());
	return 0;
}
