/* arch/aarch64/decode.c: the matcher over decode_base.inc + decode_simd.inc.
 * Masks come from the pattern strings at compile time; at load time the rows
 * are sorted most specific first (more fixed bits wins, table order breaks
 * ties) and split into 16 buckets by bits 28..25, the top-level op0 field of
 * the A64 encoding index, so a lookup scans one class, not the whole ISA. */
#include <stdlib.h>

#include "arch/aarch64/decode.h"
#include "arch/aarch64/model.h"

/* bit 31 - k of a row's mask (pattern character k is 0 or 1) or value (it is
 * 1); a pattern not 32 characters long does not compile */
#define BIT(p, k, set) ((uint32_t)(set) << (31 - (k)))
#define FIXED(p, k) BIT(p, k, (p)[k] == '0' || (p)[k] == '1')
#define ONE(p, k) BIT(p, k, (p)[k] == '1')
#define BITS8(f, p, k) (f(p, k) | f(p, k + 1) | f(p, k + 2) | f(p, k + 3) | f(p, k + 4) | f(p, k + 5) | f(p, k + 6) | f(p, k + 7))
#define BITS32(f, p) (BITS8(f, p, 0) | BITS8(f, p, 8) | BITS8(f, p, 16) | BITS8(f, p, 24) | \
		      0 * sizeof(char[sizeof(p) == 33 ? 1 : -1]))
#define INST(name, manual, pattern) { BITS32(FIXED, pattern), BITS32(ONE, pattern), a64_##name, #name, manual, 0 },
static struct a64_row rows[] = {
#include "arch/aarch64/decode_base.inc"
#include "arch/aarch64/decode_simd.inc"
};
#undef INST

#define NROWS (sizeof rows / sizeof rows[0])
#define OP0(x) (((x) >> 25) & 15u)

static const struct a64_row *bucket[16][NROWS + 1];

static int by_specificity(const void *pa, const void *pb)
{
	const struct a64_row *a = *(const struct a64_row *const *)pa, *b = *(const struct a64_row *const *)pb;
	int ca = __builtin_popcount(a->mask), cb = __builtin_popcount(b->mask);
	if (ca != cb) return cb - ca;
	return a < b ? -1 : a > b;   /* ties: table order (pointers into rows[] never move) */
}

__attribute__((constructor)) static void build(void)
{
	for (size_t i = 0; i < NROWS; i++) rows[i].feature = a64_row_feature(rows[i].name);
	static const struct a64_row *order[NROWS];
	for (size_t i = 0; i < NROWS; i++) order[i] = &rows[i];
	qsort(order, NROWS, sizeof order[0], by_specificity);
	for (unsigned op0 = 0; op0 < 16; op0++) {
		size_t n = 0;
		for (size_t i = 0; i < NROWS; i++) {
			uint32_t m = order[i]->mask & (15u << 25);
			if (((op0 << 25) & m) == (order[i]->value & m)) bucket[op0][n++] = order[i];
		}
		bucket[op0][n] = NULL;
	}
}

const struct a64_row *a64_decode(uint32_t insn)
{
	for (const struct a64_row *const *r = bucket[OP0(insn)]; *r; r++)
		if ((insn & (*r)->mask) == (*r)->value) return (*r)->feature && !a64_has((*r)->feature) ? NULL : *r;
	return NULL;
}
