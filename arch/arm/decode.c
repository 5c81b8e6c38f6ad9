/* arch/arm/decode.c: the matcher over decode_a32.inc, decode_t16.inc and
 * decode_t32.inc.  Masks are built from the pattern strings once, at load
 * time; each set's rows are then sorted most specific first (more fixed bits
 * wins, table order breaks ties), so a lookup is the first row that matches; when its handler refuses the
 * encoding, the block builder asks for the next one that matches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch/arm/translate.h"

#define INST(fn, pattern, arg) bool fn(struct arm_tr *, uint32_t, uint32_t);
#include "arch/arm/decode_a32.inc"
#include "arch/arm/decode_t16.inc"
#include "arch/arm/decode_t32.inc"
#undef INST

#define INST(fn, pattern, arg) { 0, 0, fn, pattern, arg },
static struct arm_row a32[] = {
#include "arch/arm/decode_a32.inc"
};
static struct arm_row t16[] = {
#include "arch/arm/decode_t16.inc"
};
static struct arm_row t32[] = {
#include "arch/arm/decode_t32.inc"
};
#undef INST

static struct {
	struct arm_row *rows;
	size_t n;
	unsigned width;
	const struct arm_row **order;
} sets[3] = {
	{ a32, sizeof a32 / sizeof a32[0], 32, NULL },
	{ t16, sizeof t16 / sizeof t16[0], 16, NULL },
	{ t32, sizeof t32 / sizeof t32[0], 32, NULL },
};

static int by_specificity(const void *pa, const void *pb)
{
	const struct arm_row *a = *(const struct arm_row *const *)pa, *b = *(const struct arm_row *const *)pb;
	int ca = __builtin_popcount(a->mask), cb = __builtin_popcount(b->mask);
	if (ca != cb) return cb - ca;
	return a < b ? -1 : a > b;
}

__attribute__((constructor)) static void build(void)
{
	for (unsigned s = 0; s < 3; s++) {
		sets[s].order = calloc(sets[s].n + 1, sizeof *sets[s].order);
		for (size_t i = 0; i < sets[s].n; i++) {
			struct arm_row *r = &sets[s].rows[i];
			const char *p = r->name;   /* the pattern, until replaced below */
			if (strlen(p) != sets[s].width) {
				fprintf(stderr, "arm decode: bad pattern %s\n", p);   /* a table bug */
				abort();
			}
			for (unsigned k = 0; k < sets[s].width; k++) {
				uint32_t bit = 1u << (sets[s].width - 1 - k);
				if (p[k] == '0' || p[k] == '1') r->mask |= bit;
				if (p[k] == '1') r->value |= bit;
			}
			sets[s].order[i] = r;
		}
		qsort(sets[s].order, sets[s].n, sizeof *sets[s].order, by_specificity);
	}
}

const struct arm_row *arm_decode(unsigned set, uint32_t insn, unsigned *pos)
{
	for (unsigned k = *pos; sets[set].order[k]; k++) {
		const struct arm_row *r = sets[set].order[k];
		if ((insn & r->mask) == r->value) {
			*pos = k + 1;
			return r;
		}
	}
	*pos = (unsigned)sets[set].n;
	return NULL;
}
