/* emu/self.h: how dragoman was started, and how it starts itself again for a
 * guest's exec of a foreign program (docs/threads.md, "exec"). */
#ifndef DM_SELF_H
#define DM_SELF_H

#include <stdbool.h>

struct dm_arch;

/* Was this process started by binfmt_misc for its PROGRAM (argv[1])?  The
 * kernel runs "INTERPRETER PROGRAM ARGS..." (with the P flag "INTERPRETER
 * PROGRAM ARGV0 ARGS...") and leaves AT_EXECFN naming the file it was
 * asked to exec: PROGRAM itself, or a "#!" script whose interpreter PROGRAM
 * is.  Run by hand, AT_EXECFN names dragoman. */
bool dm_self_via_binfmt(int argc, char **argv, const struct dm_arch *forced);

/* Keep what re-executing dragoman needs before the guest can chroot, unmount
 * /proc or close descriptors: an O_PATH descriptor of our own executable,
 * at a high number the guest does not see (emu/sys/selffd.c), and argv0
 * (its basename, dragoman-ARCH, fixes the arch).  Not under binfmt_misc:
 * then a foreign exec goes through the kernel again. */
void dm_self_init(const char *argv0, bool via_binfmt);

/* dm_self_init's via_binfmt: a guest's exec of a foreign program then goes
 * through the kernel (and binfmt_misc) again, as under QEMU. */
bool dm_self_binfmt(void);

/* N for a name "/dev/fd/N" whose descriptor N is open on a regular file, else -1. */
int dm_self_dev_fd(const char *name);

/* The descriptor dm_self_init keeps, or -1. */
int dm_self_fd(void);
/* The guest wants our descriptor's number for itself (dup2/dup3 onto it):
 * move ours elsewhere, or give it up when the table is full.  0. */
int dm_self_fd_move(void);

/* A guest call found the descriptor table full (EMFILE): give our
 * descriptor up, so the guest has every slot its RLIMIT_NOFILE allows (a
 * foreign exec then uses the path /proc/self/exe gave at start).  True when
 * there was one to give up. */
bool dm_self_fd_release(void);

/* execve dragoman with argv (argv[0] is replaced by ours) and envp: through
 * the kept descriptor, else the path /proc/self/exe gave at start.  sys makes
 * the host call (nr, six arguments; -errno on failure): the syscall layer's
 * signal-safe entry.  Returns only on failure: -errno, or sys's own code for
 * "interrupted before it started", which ends the attempt. */
long dm_self_exec(char **argv, char **envp, long (*sys)(long nr, long, long, long, long, long, long));

#endif
