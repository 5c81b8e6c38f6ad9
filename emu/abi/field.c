/* emu/abi/field.c: field access by spec name (emu/abi/field.h). */
#include <string.h>

#include "emu/abi/bytes.h"
#include "emu/abi/field.h"

const struct dm_field *dm_field_find(const struct dm_type *t, const char *path, uint32_t *off)
{
	const struct dm_field *f = NULL;
	uint32_t o = 0;
	for (;;) {
		size_t n = strcspn(path, ".");
		f = NULL;
		for (unsigned i = 0; t && i < t->nfields; i++)
			if (!strncmp(t->fields[i].name, path, n) && !t->fields[i].name[n]) { f = &t->fields[i]; break; }
		if (!f) return NULL;
		o += f->goff;
		if (!path[n]) break;
		path += n + 1;
		t = f->type;
	}
	if (off) *off = o;
	return f;
}

static bool scalar(const struct dm_field *f)
{
	return f->count == 1 && !f->type && (f->gsize == 1 || f->gsize == 2 || f->gsize == 4 || f->gsize == 8);
}

int64_t dm_field_load(const struct dm_abi *abi, const struct dm_field *f, const void *p)
{
	if (!scalar(f)) return 0;
	int be = abi->endian == DM_BIG;
	uint64_t v;
	switch (f->gsize) {
	case 1: v = dm_ld8(p); break;
	case 2: v = be ? dm_ld16be(p) : dm_ld16le(p); break;
	case 4: v = be ? dm_ld32be(p) : dm_ld32le(p); break;
	default: v = be ? dm_ld64be(p) : dm_ld64le(p); break;
	}
	if (f->flags & DM_F_SIGNED && f->gsize < 8) {
		unsigned sh = 64 - 8 * f->gsize;
		return (int64_t)(v << sh) >> sh;
	}
	return (int64_t)v;
}

void dm_field_store(const struct dm_abi *abi, const struct dm_field *f, void *p, uint64_t v)
{
	if (!scalar(f)) return;
	int be = abi->endian == DM_BIG;
	switch (f->gsize) {
	case 1: dm_st8(p, (uint8_t)v); break;
	case 2: be ? dm_st16be(p, (uint16_t)v) : dm_st16le(p, (uint16_t)v); break;
	case 4: be ? dm_st32be(p, (uint32_t)v) : dm_st32le(p, (uint32_t)v); break;
	default: be ? dm_st64be(p, v) : dm_st64le(p, v); break;
	}
}

bool dm_field_get(const struct dm_abi *abi, const struct dm_type *t, const void *base, const char *path, int64_t *v)
{
	uint32_t off;
	const struct dm_field *f = dm_field_find(t, path, &off);
	if (!f) return false;
	*v = dm_field_load(abi, f, (const uint8_t *)base + off);
	return true;
}

bool dm_field_put(const struct dm_abi *abi, const struct dm_type *t, void *base, const char *path, uint64_t v)
{
	uint32_t off;
	const struct dm_field *f = dm_field_find(t, path, &off);
	if (!f) return false;
	dm_field_store(abi, f, (uint8_t *)base + off, v);
	return true;
}
