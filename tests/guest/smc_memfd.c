/* tests/guest/smc_memfd.c: code written through one mapping and run through
 * another of the same memory (a memfd mapped RW and RX, MAP_SHARED), the way
 * W^X JITs do it.  The instruction cache is synchronised on the executing
 * (RX) address. */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <unistd.h>

#include "common.h"
#include "smc.h"

int main(void)
{
	int fd = memfd_create("smc", 0);
	if (fd < 0 || ftruncate(fd, 8192) != 0) return perror("memfd"), 1;
	uint8_t *rw = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	uint8_t *rx = mmap(NULL, 8192, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
	if (rw == MAP_FAILED || rx == MAP_FAILED) return perror("mmap"), 1;
	OK(rw != rx);

	smc_ret_const(rw, 1);
	smc_flush(rx, SMC_SLOT);
	smc_fn f = (smc_fn)(void *)rx;
	SHOW("first: %d", f());
	smc_ret_const(rw, 2);
	smc_flush(rx, SMC_SLOT);
	SHOW("rewritten through the RW view: %d", f());

	/* many functions in both pages, rewritten in turn and each run */
	int bad = 0;
	for (uint32_t i = 0; i < 20000; i++) {
		size_t off = (i * SMC_SLOT * 37) % 8192;
		smc_ret_const(rw + off, i);
		smc_flush(rx + off, SMC_SLOT);
		if (((smc_fn)(void *)(rx + off))() != (int)i) bad++;
		if (f() != (off ? 2 : (int)i)) bad++;
		if (!off) smc_ret_const(rw, 2), smc_flush(rx, SMC_SLOT);
	}
	SHOW("20000 rewrites through the RW view: %d wrong", bad);

	/* a third view mapped later sees the same code */
	uint8_t *rx2 = mmap(NULL, 8192, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
	SHOW("a new RX view: %d", ((smc_fn)(void *)rx2)());
	smc_ret_const(rw, 3);
	smc_flush(rx, SMC_SLOT);
	smc_flush(rx2, SMC_SLOT);
	SHOW("both RX views after a rewrite: %d %d", f(), ((smc_fn)(void *)rx2)());
	munmap(rx2, 8192);
	munmap(rx, 8192);
	munmap(rw, 8192);
	close(fd);
	return 0;
}
