/* tests/unit/test_converters.c: every generated struct converter, on every ABI.
 *
 * Round trip: a guest struct whose every convertible field holds a random
 * value survives guest -> host -> guest byte for byte (padding and reserved
 * fields come back zero).  Planting: a value written into one guest field
 * arrives in exactly the host field the layout tables name, sign- or
 * zero-extended, with every other host byte zero.  Layout tables themselves
 * are proven against kernel headers by the ABI checker. */
#include <glib.h>
#include <string.h>

#include "emu/abi/xlat.h"
#include "generated/ids.h"

struct tcase { const struct dm_abi *abi; const struct dm_type *type; };

static uint64_t sext(uint64_t v, unsigned bytes)
{
	if (bytes >= 8) return v;
	unsigned sh = 64 - 8 * bytes;
	return (uint64_t)((int64_t)(v << sh) >> sh);
}

static void put(uint8_t *p, unsigned size, uint64_t v, int big)
{
	for (unsigned i = 0; i < size; i++)
		p[big ? size - 1 - i : i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get(const uint8_t *p, unsigned size, int big)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < size; i++)
		v |= (uint64_t)p[big ? size - 1 - i : i] << (8 * i);
	return v;
}

/* Fill every field that converts with a random value both sides can hold. */
static void fill(const struct dm_type *t, uint8_t *g, int big, GRand *r)
{
	for (unsigned i = 0; i < t->nfields; i++) {
		const struct dm_field *f = &t->fields[i];
		if (f->hoff < 0 || (f->flags & (DM_F_PAD | DM_F_DERIVED)) || !f->count || !f->hcount)
			continue;  /* reserved, derived, flexible: not round-tripped */
		unsigned ge = f->gsize / f->count, he = f->hsize / f->hcount;
		unsigned n = MIN(f->count, f->hcount);
		for (unsigned k = 0; k < n; k++) {
			uint8_t *p = g + f->goff + k * ge;
			if (f->type && !f->type->is_union && f->type->to_host) {
				fill(f->type, p, big, r);
			} else if (f->type) {  /* union: copied as bytes */
				for (unsigned b = 0; b < MIN(ge, he); b++) p[b] = (uint8_t)g_rand_int(r);
			} else {
				unsigned w = MIN(ge, he);
				uint64_t v = ((uint64_t)g_rand_int(r) << 32) | g_rand_int(r);
				v = (f->flags & DM_F_SIGNED) ? sext(v, w) : (w < 8 ? v & ((1ull << (8 * w)) - 1) : v);
				put(p, ge, v, big);
			}
		}
	}
}

static void test_round_trip(gconstpointer data)
{
	const struct tcase *c = data;
	const struct dm_type *t = c->type;
	int big = c->abi->endian == DM_BIG;
	GRand *r = g_rand_new_with_seed(0x5eed ^ t->gsize);
	for (int iter = 0; iter < 16; iter++) {
		uint8_t *g = g_malloc0(t->gsize), *back = g_malloc0(t->gsize), *h = g_malloc0(t->hsize + 16);
		if (t->is_union)  /* unions travel as bytes */
			for (unsigned b = 0; b < MIN(t->gsize, t->hsize); b++) g[b] = (uint8_t)g_rand_int(r);
		else
			fill(t, g, big, r);
		t->to_host(h, g);
		memset(back, 0xa5, t->gsize);
		t->to_guest(back, h);
		for (unsigned i = 0; i < t->nfields; i++)  /* derived fields are recomputed: ignore */
			if (t->fields[i].flags & DM_F_DERIVED)
				memset(back + t->fields[i].goff, 0, t->fields[i].gsize);
		if (memcmp(g, back, t->gsize)) {
			for (unsigned i = 0; i < t->gsize; i++)
				if (g[i] != back[i])
					g_test_message("%s/%s: byte %u: sent %02x, got back %02x", c->abi->name, t->name, i, g[i], back[i]);
			g_test_fail();
		}
		g_free(g); g_free(back); g_free(h);
	}
	g_rand_free(r);
}

/* Plant one value per scalar field (recursing into nested structs) and check where it lands. */
static void plant(const struct tcase *c, const struct dm_type *t, unsigned gbase, unsigned hbase,
		  const struct dm_type *top, unsigned *count)
{
	int big = c->abi->endian == DM_BIG;
	for (unsigned i = 0; i < t->nfields; i++) {
		const struct dm_field *f = &t->fields[i];
		if (f->hoff < 0 || (f->flags & (DM_F_PAD | DM_F_DERIVED)) || !f->count || !f->hcount)
			continue;  /* reserved, derived, flexible: not round-tripped */
		unsigned ge = f->gsize / f->count;
		if (f->type) {
			unsigned hel = f->hsize / f->hcount;
			if (!f->type->is_union && f->type->to_host)
				for (unsigned k = 0; k < MIN(f->count, f->hcount); k++)
					plant(c, f->type, gbase + f->goff + k * ge, hbase + f->hoff + k * hel, top, count);
			continue;
		}
		unsigned he = f->hsize / f->hcount;
		unsigned w = MIN(ge, he);
		unsigned last = MIN(f->count, f->hcount) - 1;
		unsigned elems[2] = { 0, last };
		for (int e = 0; e < (last ? 2 : 1); e++) {
			uint8_t *g = g_malloc0(top->gsize), *h = g_malloc0(top->hsize);
			/* a value with its top bit set in the narrower width: exercises sign extension */
			uint64_t v = 0x8182838485868788ull >> (8 * (8 - w));
			uint64_t gv = (f->flags & DM_F_SIGNED) ? sext(v, w) : v;
			put(g + gbase + f->goff + elems[e] * ge, ge, gv, big);
			top->to_host(h, g);
			uint64_t want = (f->flags & DM_F_SIGNED) ? sext(v, w) : v;
			if (he < 8) want &= (1ull << (8 * he)) - 1;
			unsigned at = hbase + f->hoff + elems[e] * he;
			uint64_t got = get(h + at, he, 0);
			if (got != want)
				g_test_message("%s/%s.%s[%u]: host got %#llx, want %#llx", c->abi->name, top->name, f->name,
					       elems[e], (unsigned long long)got, (unsigned long long)want);
			for (unsigned k = 0; k < top->hsize; k++)
				if ((k < at || k >= at + he) && h[k]) {
					g_test_message("%s/%s.%s: stray host byte %u = %02x", c->abi->name, top->name, f->name, k, h[k]);
					got = ~want;
				}
			if (got != want) g_test_fail();
			(*count)++;
			g_free(g); g_free(h);
		}
	}
}

static void test_plant(gconstpointer data)
{
	const struct tcase *c = data;
	unsigned count = 0;
	if (c->type->is_union) {
		g_test_skip("a union's bytes are copied; the handler knows the active member");
		return;
	}
	plant(c, c->type, 0, 0, c->type, &count);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (size_t i = 0; i < dm_nabis; i++) {
		const struct dm_abi *a = dm_abis[i];
		for (int t = 0; t < DM_NTYPES; t++) {
			const struct dm_type *ty = a->types[t];
			if (!ty || !ty->to_host) continue;
			struct tcase *c = g_new(struct tcase, 1);
			c->abi = a; c->type = ty;
			char *p1 = g_strdup_printf("/converters/%s/%s/round-trip", a->name, ty->name);
			char *p2 = g_strdup_printf("/converters/%s/%s/plant", a->name, ty->name);
			g_test_add_data_func(p1, c, test_round_trip);
			g_test_add_data_func(p2, c, test_plant);
			g_free(p1); g_free(p2);
		}
	}
	return g_test_run();
}
