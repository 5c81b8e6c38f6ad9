/* arch/arm/kuser.c: the kernel user helpers page at 0xffff0000 ("[vectors]"),
 * which Linux maps into every 32-bit Arm process (Documentation/arm/
 * kernel_user_helpers.rst).  The helpers are A32 code the front-end
 * translates like any other, so __kuser_cmpxchg and __kuser_cmpxchg64 are
 * atomic by way of LDREX/STREX(D) under threads, __kuser_get_tls reads
 * TPIDRURO and __kuser_memory_barrier is a DMB.  Return values and the C flag
 * are the documented ones; registers they may clobber are a subset of the
 * documented set (r3, flags; cmpxchg64 also r1, and saves r4-r7). */
#include <string.h>
#include <sys/mman.h>

#include "arch/arm/cpu.h"
#include "emu/mm/mm.h"

/* A32, assembled from (addresses in the page):
 * 0xf60 __kuser_cmpxchg64: push {r4-r7}; ldrd r4, r5, [r0]; ldrd r6, r7, [r1]
 *       1: ldrexd r0, r1, [r2]; eors r3, r0, r4; eorseq r3, r1, r5;
 *       strexdeq r3, r6, r7, [r2]; teqeq r3, #1; beq 1b; pop {r4-r7};
 *       rsbs r0, r3, #0; bx lr
 * 0xfa0 __kuser_memory_barrier: dmb ish; bx lr
 * 0xfc0 __kuser_cmpxchg: 1: ldrex r3, [r2]; subs r3, r3, r0;
 *       strexeq r3, r1, [r2]; teqeq r3, #1; beq 1b; rsbs r0, r3, #0; bx lr
 * 0xfe0 __kuser_get_tls: mrc p15, 0, r0, c13, c0, 3; bx lr
 * 0xffc __kuser_helper_version: 5 (the number of 32-byte helper slots) */
static const struct { unsigned at; uint32_t w[12]; unsigned n; } code[] = {
	{ 0xf60, { 0xe92d00f0, 0xe1c040d0, 0xe1c160d0, 0xe1b20f9f, 0xe0303004, 0x00313005, 0x01a23f96,
		   0x03330001, 0x0afffff9, 0xe8bd00f0, 0xe2730000, 0xe12fff1e }, 12 },
	{ 0xfa0, { 0xf57ff05b, 0xe12fff1e }, 2 },
	{ 0xfc0, { 0xe1923f9f, 0xe0533000, 0x01823f91, 0x03330001, 0x0afffffa, 0xe2730000, 0xe12fff1e }, 7 },
	{ 0xfe0, { 0xee1d0f70, 0xe12fff1e }, 2 },
	{ 0xffc, { 5 }, 1 },
};

int arm_map_kuser_page(void)
{
	int64_t g = dm_mm_map(ARM_KUSER_PAGE, 4096, DM_PROT_READ | DM_PROT_WRITE,
			      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0, "[vectors]");
	if (g < 0) return (int)g;
	uint8_t *p = dm_g2h(ARM_KUSER_PAGE);
	for (size_t k = 0; k < sizeof code / sizeof code[0]; k++)
		memcpy(p + code[k].at, code[k].w, 4 * code[k].n);   /* little-endian host and guest */
	return dm_mm_protect(ARM_KUSER_PAGE, 4096, DM_PROT_READ | DM_PROT_EXEC);
}
