/* emu/sys/fixed_struct.c: see fixed_struct.h. */
#include <string.h>

#include "emu/abi/field.h"
#include "emu/sys/fixed_struct.h"

/* a field wholly inside the first n bytes, converted as one integer */
static int inside(const struct dm_field *f, size_t n)
{
	return f->hoff >= 0 && f->count == 1 && !f->type && !(f->flags & DM_F_PAD) && f->goff + f->gsize <= n &&
	       f->gsize == f->hsize && (size_t)f->hoff + f->hsize <= n;
}

void dm_fixed_to_host(const struct dm_abi *abi, const struct dm_type *t, void *host, const void *guest, size_t n)
{
	memcpy(host, guest, n);
	for (unsigned i = 0; i < t->nfields; i++) {
		const struct dm_field *f = &t->fields[i];
		if (!inside(f, n)) continue;
		uint64_t v = (uint64_t)dm_field_load(abi, f, (const uint8_t *)guest + f->goff);
		memcpy((uint8_t *)host + f->hoff, &v, f->hsize);   /* the host is little-endian */
	}
}

void dm_fixed_to_guest(const struct dm_abi *abi, const struct dm_type *t, void *guest, const void *host, size_t n)
{
	memcpy(guest, host, n);
	for (unsigned i = 0; i < t->nfields; i++) {
		const struct dm_field *f = &t->fields[i];
		if (!inside(f, n)) continue;
		uint64_t v = 0;
		memcpy(&v, (const uint8_t *)host + f->hoff, f->hsize);
		dm_field_store(abi, f, (uint8_t *)guest + f->goff, v);
	}
}
