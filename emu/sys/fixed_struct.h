/* emu/sys/fixed_struct.h: the first n bytes of a struct whose fields are
 * fixed-width and at the same offsets on guest and host (sched_attr, checked by
 * `ninja check-abi`): only the byte order may differ.  A caller that knows a
 * shorter or longer version than the spec (a size-versioned struct) converts
 * just the fields inside n and passes the bytes beyond them unchanged. */
#ifndef DM_SYS_FIXED_STRUCT_H
#define DM_SYS_FIXED_STRUCT_H

#include <stddef.h>

#include "emu/abi/abi.h"

void dm_fixed_to_host(const struct dm_abi *abi, const struct dm_type *t, void *host, const void *guest, size_t n);
void dm_fixed_to_guest(const struct dm_abi *abi, const struct dm_type *t, void *guest, const void *host, size_t n);

#endif
