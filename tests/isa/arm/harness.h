/* tests/isa/arm/harness.h: the state each generated case (gen.lua) runs
 * from and prints: r0-r6 and the APSR (N Z C V Q and GE) in, the same out,
 * plus a 64-byte memory block that r6 points into the middle of (loads and
 * stores), and for the VFP classes d0-d7 and the FPSCR.  One line per case;
 * qemu-arm's output is the oracle (tests/isa/arm/run.sh). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct st {
	uint32_t r[7];               /* r0..r6; r6 is set to &mem[32] by cases that use memory */
	uint32_t apsr;
	uint64_t d[8];
	uint32_t fpscr;
	uint32_t pad;
	uint8_t mem[64];
};

static void show(int n, const struct st *s, int fp)
{
	printf("%d |", n);
	for (int k = 0; k < 7; k++) printf(" %08x", s->r[k]);
	printf(" | apsr %08x", s->apsr & 0xf80f0000u);
	if (fp) {
		printf(" | fpscr %08x |", s->fpscr);
		for (int k = 0; k < 8; k++) printf(" %016llx", (unsigned long long)s->d[k]);
	}
	printf(" | mem");
	for (int k = 0; k < 64; k += 4) {
		uint32_t w;
		memcpy(&w, s->mem + k, 4);
		printf(" %08x", w);
	}
	printf("\n");
}
