/* emu/abi/field.h: one field of a guest struct, found by its spec name.
 * For code that touches a few fields of a type whose layout differs between
 * ABIs (siginfo_t: mips swaps si_code and si_errno, x32's clock fields are
 * 8 bytes, sparc's si_band is an int) instead of converting all of it. */
#ifndef DM_ABI_FIELD_H
#define DM_ABI_FIELD_H

#include <stdbool.h>
#include <stdint.h>

#include "emu/abi/abi.h"

/* The field named by path ("_sifields._sigchld._utime": members of nested
 * struct and union fields, dot-separated) and its offset from the start of
 * t in *off; NULL when t (which may be NULL) has no such field on this ABI. */
const struct dm_field *dm_field_find(const struct dm_type *t, const char *path, uint32_t *off);

/* The integer field f stored at p (the field's own address) in the ABI's
 * byte order, sign-extended when the field is signed; 0 for a field that is
 * not a 1, 2, 4 or 8-byte integer. */
int64_t dm_field_load(const struct dm_abi *abi, const struct dm_field *f, const void *p);
/* ... and the store, truncating v to the field's size. */
void dm_field_store(const struct dm_abi *abi, const struct dm_field *f, void *p, uint64_t v);

/* The same by path from the struct's base; false when t lacks the field. */
bool dm_field_get(const struct dm_abi *abi, const struct dm_type *t, const void *base, const char *path, int64_t *v);
bool dm_field_put(const struct dm_abi *abi, const struct dm_type *t, void *base, const char *path, uint64_t v);

#endif
