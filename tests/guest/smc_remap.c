/* tests/guest/smc_remap.c: code replaced by changing the mapping, not the
 * bytes: munmap and a new mmap(MAP_FIXED) at the same address, a MAP_FIXED
 * mapping straight over live code, and mremap moving code away (the old
 * address then holds other code).
 *
 * Every page left unmapped for a moment sits between PROT_NONE guard pages
 * of ours: a 64-bit guest shares the address space with the emulator, whose
 * own mappings (JIT code regions: 64 KiB and up) could otherwise land in a
 * hole next to free space before the program maps it again. */
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
	uint8_t *guard = mmap(NULL, 3 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (guard == MAP_FAILED) return perror("mmap guard"), 1;
	uint8_t *p = code_page(guard + 4096, 1, 1);
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

	/* mremap: pages a and b between guards; the code moves from one to the
	 * other and back; the vacated address gets new code at once */
	uint8_t *win = mmap(NULL, 4 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (win == MAP_FAILED) return perror("mmap window"), 1;
	uint8_t *a = code_page(win + 4096, 7, 1), *b = code_page(win + 8192, 0, 1);
	if (!a || !b) return perror("mmap a b"), 1;
	SHOW("at a: %d", ((smc_fn)(void *)a)());
	SHOW("at b: %d", ((smc_fn)(void *)b)());
	bad = 0;
	for (uint32_t i = 0; i < 500; i++) {
		uint8_t *from = (i & 1) ? b : a, *to = (i & 1) ? a : b;
		munmap(to, 4096);
		if (mremap(from, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, to) != to) return perror("mremap"), 1;
		/* the address it left holds other code now */
		if (code_page(from, 100000 + i, 1) != from) return perror("mmap vacated"), 1;
		if (((smc_fn)(void *)to)() != (int)(7 + i)) bad++;
		if (((smc_fn)(void *)from)() != (int)(100000 + i)) bad++;
		/* the moved code is rewritten for the next round */
		smc_flush(to, smc_ret_const(to, 8 + i));
	}
	SHOW("500 mremap moves of code: %d wrong", bad);
	munmap(win, 4 * 4096);
	munmap(guard, 3 * 4096);
	return 0;
}
