/* tests/guest/smc_remap.c: code replaced by changing the mapping, not the
 * bytes: munmap and a new mmap(MAP_FIXED) at the same address, a MAP_FIXED
 * mapping straight over live code, and mremap moving code away (the old
 * address then holds other code). */
#define _GNU_SOURCE
#include <sys/mman.h>

#include "common.h"
#include "smc.h"

static uint8_t *code_page(void *at, uint32_t v, int fixed)
{
	uint8_t *p = mmap(at, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
			  MAP_PRIVATE | MAP_ANONYMOUS | (fixed ? MAP_FIXED : 0), -1, 0);
	if (p == MAP_FAILED) return NULL;
	smc_flush(p, smc_ret_const(p, v));
	return p;
}

int main(void)
{
	uint8_t *p = code_page(NULL, 1, 0);
	if (!p) return perror("mmap"), 1;
	SHOW("first: %d", ((smc_fn)(void *)p)());

	int bad = 0;
	for (uint32_t i = 0; i < 1000; i++) {
		munmap(p, 4096);
		if (code_page(p, i, 1) != p) return perror("mmap fixed"), 1;
		if (((smc_fn)(void *)p)() != (int)i) bad++;
	}
	SHOW("1000 munmap + mmap(MAP_FIXED) at one address: %d wrong", bad);

	bad = 0;
	for (uint32_t i = 0; i < 1000; i++) {
		if (code_page(p, i + 5000, 1) != p) return perror("mmap fixed over"), 1;
		if (((smc_fn)(void *)p)() != (int)(i + 5000)) bad++;
	}
	SHOW("1000 mmap(MAP_FIXED) over live code: %d wrong", bad);

	/* mremap: a window of two pages, the code moves to the second page's
	 * address and back; the vacated address gets new code */
	uint8_t *win = mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (win == MAP_FAILED) return perror("mmap window"), 1;
	uint8_t *a = code_page(win, 7, 1), *b = win + 4096;
	munmap(b, 4096);
	SHOW("at a: %d", ((smc_fn)(void *)a)());
	bad = 0;
	for (uint32_t i = 0; i < 500; i++) {
		uint8_t *from = (i & 1) ? b : a, *to = (i & 1) ? a : b;
		if (mremap(from, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, to) != to) return perror("mremap"), 1;
		if (((smc_fn)(void *)to)() != (int)(7 + i)) bad++;
		/* the moved code is rewritten for the next round */
		smc_flush(to, smc_ret_const(to, 8 + i));
		/* the address it left holds other code now */
		if (code_page(from, 100000 + i, 1) != from) return perror("mmap vacated"), 1;
		if (((smc_fn)(void *)from)() != (int)(100000 + i)) bad++;
		munmap(from, 4096);
	}
	SHOW("500 mremap moves of code: %d wrong", bad);
	munmap(win, 8192);
	return 0;
}
