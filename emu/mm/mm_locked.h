/* emu/mm/mm_locked.h: the page map's records for code in emu/mm that keeps
 * state beside them (codeprot.c).  Pointers are valid while the lock is held. */
#ifndef DM_MM_LOCKED_H
#define DM_MM_LOCKED_H

#include <stddef.h>
#include <stdint.h>

#include "emu/mm/mm.h"

void dm_mm_read_lock(void);
void dm_mm_read_unlock(void);
/* the mappings in address order (map locked) */
const struct dm_vma *dm_mm_vmas_locked(size_t *n);
/* the mapping containing addr, or NULL (map locked) */
const struct dm_vma *dm_mm_find_locked(uint64_t addr);

#endif
