/* tests/guest/smc_rwx.c: code rewritten in place on a RWX page, run again
 * after __builtin___clear_cache: each run must see the latest code.  Also
 * data on the same page as code (stores next to translated code, and code
 * that reads them), and a call site patched between two targets. */
#include <sys/mman.h>

#include "common.h"
#include "smc.h"

int main(void)
{
	uint8_t *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) return perror("mmap"), 1;
	smc_fn f = (smc_fn)(void *)page;

	/* the case: return 1, rewrite to return 2 */
	smc_flush(page, smc_ret_const(page, 1));
	SHOW("first: %d", f());
	smc_flush(page, smc_ret_const(page, 2));
	SHOW("rewritten: %d", f());

	/* many rewrites of the same bytes, each run at once */
	int bad = 0;
	for (uint32_t i = 0; i < 5000; i++) {
		smc_flush(page, smc_ret_const(page, i * 7919u));
		if (f() != (int)(i * 7919u)) bad++;
	}
	SHOW("5000 rewrites of one function: %d wrong", bad);

	/* a translated function that is run in a loop, then rewritten while its
	 * caller's blocks (and any chain into it) stay */
	bad = 0;
	for (uint32_t round = 0; round < 200; round++) {
		smc_flush(page, smc_ret_const(page, round));
		for (int k = 0; k < 50; k++)
			if (f() != (int)round) bad++;
	}
	SHOW("200 rounds x 50 calls: %d wrong", bad);

	/* data on the same page as code: stores to it do not disturb the code,
	 * and code that loads it sees every store */
	volatile int *data = (volatile int *)(page + 2048);
	uint8_t *g_code = page + 1024;
	smc_fn g = (smc_fn)(void *)g_code;
	smc_flush(g_code, smc_ret_load(g_code, (const void *)data));
	bad = 0;
	for (int i = 0; i < 100000; i++) {
		*data = i;
		if (g() != i) bad++;
		if (f() != 199) bad++;
	}
	SHOW("100000 data stores beside code: %d wrong", bad);

	/* a call site patched between two targets on the same page */
	uint8_t *t1 = page + 256, *t2 = page + 320, *caller = page + 512;
	smc_ret_const(t1, 1);
	smc_ret_const(t2, 2);
	smc_call(caller, t1);
	smc_flush(page + 256, 512);
	smc_fn c = (smc_fn)(void *)caller;
	long sum = 0;
	for (int i = 0; i < 20000; i++) {
		smc_flush(caller + smc_call_site, smc_patch_call(caller + smc_call_site, (i & 1) ? t2 : t1));
		sum += c() * (i % 3 + 1);
	}
	SHOW("call site patched 20000 times: sum %ld", sum);

	/* code written into a page first run as data only */
	uint8_t *fresh = page + 3072;
	smc_flush(fresh, smc_ret_const(fresh, 4242));
	SHOW("fresh: %d", ((smc_fn)(void *)fresh)());
	munmap(page, 4096);

	/* a function 4 bytes before a page end, so that an instruction crosses
	 * into the next page where instructions are shorter than 8 bytes
	 * (s390x's lgfi, x86's mov); only the bytes on the second page are
	 * rewritten */
	uint8_t *two = mmap(NULL, 8192, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (two == MAP_FAILED) return perror("mmap"), 1;
	uint8_t *at = two + 4092, buf[SMC_SLOT];
	smc_fn h = (smc_fn)(void *)at;
	smc_flush(at, smc_ret_const(at, 0x1000000));
	bad = h() != 0x1000000;
	for (uint32_t i = 1; i < 2000; i++) {
		/* big-endian s390x keeps the low half on the second page, x86 the
		 * top byte: vary one or the other */
		uint32_t v = i & 1 ? 0x1000000 + i : (i & 0x7f) << 24 | 0x123456;
		size_t n = smc_ret_const(buf, v);
		if (memcmp(buf, at, 4)) continue;   /* bytes on the first page would change: skip */
		memcpy(two + 4096, buf + 4, n - 4);
		smc_flush(two + 4096, n - 4);
		if (h() != (int)v) bad++;
	}
	SHOW("code across a page end, its second page rewritten: %d wrong", bad);
	munmap(two, 8192);
	return 0;
}
