/* emu/sys/seccomp.h: seccomp for guest syscalls (docs/syscalls.md, "seccomp").
 *
 * The guest's strict mode and filters apply to the guest's syscalls in
 * dm_syscall, with the guest's numbers, AUDIT_ARCH and arguments; the
 * emulator's own host syscalls are never filtered.  State is per thread
 * (struct dm_sys_state), copied to new threads and fork children, and
 * handed to the dragoman a guest execve starts (a memfd named by the
 * internal option -seccomp-fd). */
#ifndef DM_SYS_SECCOMP_H
#define DM_SYS_SECCOMP_H

#include <stdint.h>

#include "emu/process.h"
#include "emu/sys/sys.h"

/* SECCOMP_MODE_* (the same on every ABI) */
enum { DM_SECCOMP_OFF = 0, DM_SECCOMP_STRICT = 1, DM_SECCOMP_FILTER = 2 };

struct dm_seccomp_filter;
struct dm_sys_state;

/* The verdict on the guest call c (seccomp is on for this thread):
 * DM_SECCOMP_RUN to run it, else the result the guest gets instead
 * (a guest errno, or DM_SYS_KEEP_REGS when a SIGSYS handler was entered).
 * The kill actions do not return. */
#define DM_SECCOMP_RUN (INT64_MIN + 2)
int64_t dm_seccomp_enter(struct dm_sys_call *c);

/* Nonzero when the calling thread is in strict or filter mode. */
int dm_seccomp_on(void);

/* prctl(PR_SET_SECCOMP / PR_GET_SECCOMP): guest-visible results. */
int64_t dm_seccomp_prctl_set(struct dm_sys_call *c, uint64_t mode, uint64_t filter);
int64_t dm_seccomp_prctl_get(void);

/* A new thread (thread_init, in the child): the creator's mode and filters,
 * read under the lock TSYNC takes, so a thread being created while another
 * synchronises its filters cannot keep the old ones. */
void dm_seccomp_inherit(struct dm_sys_state *child, const struct dm_sys_state *creator);

/* exec of a foreign program: a memfd (not close-on-exec) holding this
 * thread's filters, or -1 when there are none (or on error: the exec then
 * fails with that errno, host numbering, in *err). */
int dm_seccomp_export(int *err);
/* The new dragoman: read the filters from fd (then closed) into this
 * thread.  0, or -1 with a message on stderr. */
int dm_seccomp_import(int fd);

/* For /proc/<pid>/status (emu/proc): the mode and the number of filters of
 * thread tid of this process.  0, or -1 when tid is no thread of ours. */
int dm_seccomp_status(int tid, int *mode, unsigned *nfilters);

/* fork of the emulator (emu/process.h): the lock TSYNC takes. */
void dm_seccomp_fork_lock(enum dm_fork_phase phase);

#endif
