/* emu/proc/proc.h: the guest's view of /proc.
 * The syscall layer calls these from its open/openat/readlink(at) handlers
 * before touching the host, with the path the guest gave (already made
 * absolute when it was relative to a directory fd under /proc, if it can). */
#ifndef DM_PROC_H
#define DM_PROC_H

#include <stddef.h>
#include <sys/types.h>

/* Open a /proc file the guest must see differently from the host:
 *   /proc/self/{exe,maps,auxv,cmdline}, the same under /proc/<own pid>/,
 *   /proc/thread-self/ and /proc/self/task/<tid>/, and /proc/cpuinfo; status
 *   in those folders while the thread it describes is under the guest's
 *   seccomp (the host's file with the guest's Seccomp lines).
 * Returns 0 when the path is not one of these (the caller opens it itself),
 * else 1 with *fd set: a host fd (O_CLOEXEC and O_NONBLOCK honoured), or
 * -errno (host numbering) when the open failed (-EACCES for writing to a
 * synthesized file, -ETXTBSY for writing to the executable). */
int dm_proc_open(const char *path, int flags, int *fd);

/* readlink of /proc/self/exe (and /proc/<own pid>/exe, /proc/thread-self/exe):
 * copies the guest executable's path (no NUL, truncated to n like readlink)
 * and returns its length.  Returns -1 when the path is not one of these, so
 * the caller passes it to the host (/proc/self/fd/N, /proc/self/cwd, ...). */
ssize_t dm_proc_readlink(const char *path, char *buf, size_t n);

#endif
