/* emu/mm/mm.h: the guest's memory map.
 * The emulator tracks every guest mapping with its protection, so that each
 * pointer a syscall touches is checked before use (EFAULT, never a crash)
 * and /proc/self/maps can show the guest's view. */
#ifndef DM_MM_H
#define DM_MM_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "emu/mm/guest.h"

#define DM_PROT_READ 1
#define DM_PROT_WRITE 2
#define DM_PROT_EXEC 4

/* true when every byte of [addr, addr+len) is mapped with at least prot */
bool dm_mm_access_ok(uint64_t addr, uint64_t len, int prot);
/* 0, or -EFAULT (host numbering) */
int dm_copy_from_guest(void *dst, uint64_t src, size_t n);
int dm_copy_to_guest(uint64_t dst, const void *src, size_t n);
/* length of the NUL-terminated guest string at addr (< max), or -EFAULT / -ENAMETOOLONG */
long dm_guest_strnlen(uint64_t addr, size_t max);

#endif
