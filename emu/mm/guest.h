/* emu/mm/guest.h: guest addresses <-> host pointers.
 * A guest address g lives at host address dm_guest_base + g.  64-bit guests
 * run with dm_guest_base = 0 (guest and host share the address space; the
 * guest page map in emu/mm keeps them apart); 32-bit guests get a reserved
 * 4 GiB window. */
#ifndef DM_GUEST_H
#define DM_GUEST_H

#include <stdint.h>

extern uintptr_t dm_guest_base;

static inline void *dm_g2h(uint64_t g) { return (void *)(dm_guest_base + (uintptr_t)g); }
static inline uint64_t dm_h2g(const void *h) { return (uint64_t)((uintptr_t)h - dm_guest_base); }

#endif
