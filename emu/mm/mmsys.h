/* emu/mm/mmsys.h: the memory system calls (custom handlers, see emu/sys/sys.h).
 * c->args are the raw guest argument registers; each returns >= 0 or a
 * negative guest errno.  The syscall dispatcher finds them by name. */
#ifndef DM_MMSYS_H
#define DM_MMSYS_H

#include "emu/sys/sys.h"

int64_t dm_sys_mmap(struct dm_sys_call *c);     /* offset in bytes */
int64_t dm_sys_mmap2(struct dm_sys_call *c);    /* offset in 4096-byte units (32-bit ABIs) */
int64_t dm_sys_munmap(struct dm_sys_call *c);
int64_t dm_sys_mprotect(struct dm_sys_call *c);
int64_t dm_sys_pkey_mprotect(struct dm_sys_call *c);
int64_t dm_sys_mremap(struct dm_sys_call *c);
int64_t dm_sys_madvise(struct dm_sys_call *c);
int64_t dm_sys_mseal(struct dm_sys_call *c);     /* Linux 6.10: sealed in the guest map */
int64_t dm_sys_brk(struct dm_sys_call *c);
int64_t dm_sys_msync(struct dm_sys_call *c);
int64_t dm_sys_mincore(struct dm_sys_call *c);
int64_t dm_sys_mlock(struct dm_sys_call *c);
int64_t dm_sys_mlock2(struct dm_sys_call *c);
int64_t dm_sys_munlock(struct dm_sys_call *c);
int64_t dm_sys_mlockall(struct dm_sys_call *c);
int64_t dm_sys_munlockall(struct dm_sys_call *c);

/* The initial break (loader): [start, start) is empty, nothing mapped yet. */
void dm_brk_init(uint64_t start);
/* fork of the emulator (emu/process.h) */
void dm_brk_fork_lock(enum dm_fork_phase phase);

#endif
