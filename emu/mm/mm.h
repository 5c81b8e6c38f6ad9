/* emu/mm/mm.h: the guest's memory map.
 * The emulator tracks every guest mapping with its protection, so that each
 * pointer a syscall touches is checked before use (EFAULT, never a crash)
 * and /proc/self/maps can show the guest's view. */
#ifndef DM_MM_H
#define DM_MM_H

#include <stddef.h>
#include <stdint.h>

#include "emu/process.h"
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
/* The guest made a userfaultfd: from now on the copies above run outside
 * the map's lock (a guest page may block them until another thread resolves it). */
void dm_mm_userfaultfd_seen(void);
/* length of the NUL-terminated guest string at addr (< max), or -EFAULT / -ENAMETOOLONG */
long dm_guest_strnlen(uint64_t addr, size_t max);

/* ---- the page map itself (emu/mm/mm.c) ------------------------------------
 * Addresses are guest addresses.  Lengths are rounded up to whole pages by
 * the mapping calls; the record calls expect page-aligned ranges. */

struct dm_arch;

/* One guest mapping, as /proc/self/maps shows it. */
struct dm_vma {
	uint64_t start, end;         /* [start, end), page-aligned */
	int prot;                    /* DM_PROT_* as the guest asked */
	int flags;                   /* DM_VMA_* */
	uint64_t offset;             /* file offset of start (file mappings) */
	uint64_t dev, ino;           /* st_dev / st_ino of the backing file, else 0 */
	const char *name;            /* interned: host path, "[stack]", "[heap]", or NULL */
	uint64_t shm_size;           /* a SysV shm attach (ino = shmid): the segment's size, for shmdt */
};
#define DM_VMA_SHARED 1u
/* mseal(2): the guest may no longer unmap, remap, re-protect or (read-only
 * anonymous) discard it; kept in the guest's map only: the host mapping is
 * not sealed, so the emulator still changes it (code invalidation, exit). */
#define DM_VMA_SEALED 2u

/* Pick the page size and, for 32-bit guests, reserve the 4 GiB guest window
 * (sets dm_guest_base).  Call once, before anything is mapped.  0 or -errno. */
int dm_mm_init(const struct dm_arch *arch);
/* fork of the emulator (emu/process.h) */
void dm_mm_fork_lock(enum dm_fork_phase phase);
uint64_t dm_mm_page_size(void);
/* One past the highest guest address (2^47 for 64-bit guests, 2^32 for 32-bit). */
uint64_t dm_mm_limit(void);

/* Map host memory for the guest and record it.  prot is DM_PROT_*; hflags are
 * *host* MAP_* flags (MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_ANONYMOUS,
 * MAP_SHARED, ...).  MAP_FIXED over memory the emulator owns fails with
 * -ENOMEM (the range is not available to the guest); MAP_FIXED_NOREPLACE
 * over anything mapped fails with -EEXIST.  Without either, addr is a hint.
 * label names anonymous mappings ("[stack]"); file mappings are named after
 * the file.  Returns the guest address or -errno (host numbering). */
int64_t dm_mm_map(uint64_t addr, uint64_t len, int prot, int hflags, int fd, uint64_t off,
		  const char *label);
/* The host call of dm_mm_map_by: map len bytes at host address at (NULL:
 * anywhere) with host prot and host MAP_* flags (MAP_FIXED or
 * MAP_FIXED_NOREPLACE when the address is imposed); the host pointer, or
 * MAP_FAILED with errno set. */
typedef void *(*dm_mm_mapper)(void *ctx, void *at, uint64_t len, int hprot, int hflags);
/* dm_mm_map for mappings that mmap does not make (shmat): the same address
 * choice and bookkeeping; the record copies like's flags, name, dev, ino
 * and offset. */
int64_t dm_mm_map_by(uint64_t addr, uint64_t len, int prot, int hflags, dm_mm_mapper map, void *ctx,
		     const struct dm_vma *like);
/* Unmap the guest parts of [addr, addr+len); emulator memory in the range is
 * left alone.  0 or -errno. */
int dm_mm_unmap(uint64_t addr, uint64_t len);
/* Change protection; -ENOMEM unless the whole range is guest-mapped. */
int dm_mm_protect(uint64_t addr, uint64_t len, int prot);
/* mseal: seal [addr, addr+len) (page-aligned addr, len rounded up): 0,
 * -EINVAL, or -ENOMEM when any page is not a guest mapping (nothing sealed). */
int dm_mm_seal(uint64_t addr, uint64_t len);
/* true when a page of [addr, addr+len) is sealed */
bool dm_mm_sealed(uint64_t addr, uint64_t len);
/* true when a page of [addr, addr+len) is sealed and the advice would discard
 * its contents where the kernel refuses that (anonymous private read-only). */
bool dm_mm_seal_blocks_discard(uint64_t addr, uint64_t len);
/* Forget [addr, addr+len) without touching host memory (it becomes the
 * emulator's, e.g. a stack guard). */
void dm_mm_forget(uint64_t addr, uint64_t len);
/* mremap: hflags are host MREMAP_* flags.  The old range must be guest
 * memory (-EFAULT); a fixed target over emulator memory fails (-ENOMEM).
 * Returns the new guest address or -errno (host numbering). */
int64_t dm_mm_remap(uint64_t old_addr, uint64_t old_len, uint64_t new_len, int hflags, uint64_t new_addr);

/* true when every page of [addr, addr+len) is a guest mapping (any protection) */
bool dm_mm_covered(uint64_t addr, uint64_t len);
/* true when no page of [addr, addr+len) is a guest mapping */
bool dm_mm_free(uint64_t addr, uint64_t len);
/* The mapping containing addr: true and *out filled, or false. */
bool dm_mm_lookup(uint64_t addr, struct dm_vma *out);
/* The first mapping that ends above addr (containing it or after it): true
 * and *out filled, or false when there is none. */
bool dm_mm_next(uint64_t addr, struct dm_vma *out);
/* mlockall(MCL_FUTURE) for the guest: lock every later guest mapping with
 * these mlock2 flags (on = 0: stop). */
void dm_mm_lock_future(int on, unsigned mlock2_flags);
/* Copy of the whole map (g_free the result); *n gets the count. */
struct dm_vma *dm_mm_snapshot(size_t *n);
/* /proc/self/maps text of the guest's mappings (g_free the result). */
char *dm_mm_format_maps(size_t *len);
/* Print the map to f (for -d page). */
void dm_mm_dump(void *file);

/* Guest PROT_* bits (already translated to DM_PROT_* names) -> host PROT_*:
 * guest-executable pages are host-readable (the translator reads them) and
 * never host-executable. */
int dm_mm_host_prot(int prot);

#endif
