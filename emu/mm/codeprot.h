/* emu/mm/codeprot.h: write protection of translated code, for guests whose
 * instruction fetch is coherent with their stores (struct dm_arch
 * .coherent_fetch: s390x).  Before a block is translated from a guest page,
 * the host pages through which the guest could write those bytes are made
 * read-only: the page itself and, for a MAP_SHARED file, memfd or SysV shm
 * mapping, every guest mapping of the same object page.  A write fault there
 * (guest store, emulator copy, or a system call about to write) drops the
 * blocks of every mapping of that page, gives the host pages back the
 * guest's protection, and lets the store go on.  The guest's own protection
 * stays in the page map: /proc/self/maps, mprotect and real faults are as
 * before.  docs/coherence.md. */
#ifndef DM_CODEPROT_H
#define DM_CODEPROT_H

#include <stdbool.h>
#include <stdint.h>

#include "emu/process.h"

/* A block is about to be translated at pc: protect the page's writable
 * views, unless the page took DM_CODEPROT_HOT_FAULTS write faults already
 * (it holds data next to code, or code rewritten over and over): then it
 * stays writable and its blocks are checked against their bytes instead. */
enum dm_codeprot_mode {   /* in this order: the stronger need is the larger */
	DM_CODEPROT_NONE,        /* no guest view can write the page */
	DM_CODEPROT_PROTECTED,   /* protected; a store into it faults (dm_exec_code_written) */
	DM_CODEPROT_CHECKED,     /* not protected: the block must compare its bytes */
};
#define DM_CODEPROT_HOT_FAULTS 16   /* DM_CODEPROT_HOT=N in the environment: N (0: never) */
enum dm_codeprot_mode dm_codeprot_translating(uint64_t pc);

/* The host fault handler: a write to guest address addr faulted.  True when
 * it was the protection above (undone: retry the store); false when it is
 * the guest's own fault. */
bool dm_codeprot_write_fault(uint64_t addr);

/* A system call is about to let the host kernel write [addr, addr+len)
 * (it would fail with EFAULT, not fault, on a protected page): undo the
 * protection there as a write fault would. */
void dm_codeprot_before_write(uint64_t addr, uint64_t len);

/* emu/mm/mm.c, map write-locked: the records and host pages of [s, e)
 * changed (map, unmap, mprotect, mremap).  Host protection there is the
 * guest's again: forget those pages, and protect new writable views of
 * shared objects whose code is protected. */
void dm_codeprot_changed_locked(uint64_t s, uint64_t e);

/* fork of the emulator (emu/process.h); the map's lock is taken first */
void dm_codeprot_fork(enum dm_fork_phase phase);

#endif
