/* emu/process.h: process-wide emulator state (one guest process per dragoman
 * process).  Filled by emu/main.c and the loader; read by the syscall layer,
 * /proc emulation and tracing. */
#ifndef DM_PROCESS_H
#define DM_PROCESS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct dm_arch;
struct dm_abi;

/* -d log items */
#define DM_LOG_UNIMP 1u     /* unimplemented instructions and syscalls */
#define DM_LOG_IN_ASM 2u    /* guest code of each translated block */
#define DM_LOG_IR 4u        /* IR of each translated block */
#define DM_LOG_EXEC 8u      /* each block executed */
#define DM_LOG_STRACE 16u   /* same as -strace */
#define DM_LOG_PAGE 32u     /* guest memory map changes */
#define DM_LOG_INT 64u      /* signals delivered to the guest, and deaths by signal */

struct dm_process {
	const struct dm_arch *arch;
	const struct dm_abi *abi;
	char *exe_path;          /* absolute host path of the guest executable (/proc/self/exe) */
	char *sysroot;           /* -L DIR / QEMU_LD_PREFIX, or NULL */
	char *uname_release;     /* -r / QEMU_UNAME: what uname(2) reports as the release, or NULL */
	char *self_path;         /* absolute path of the dragoman binary, for exec of foreign programs */
	char **options;          /* dragoman's own options, re-used when the guest execs a foreign binary */
	int noptions;
	unsigned log_mask;       /* DM_LOG_* */
	FILE *log;               /* -D FILE, else stderr */
	uint64_t brk_start, brk_cur, brk_max;
	uint64_t entry, phdr, phnum, interp_base;
	uint8_t *auxv;           /* the guest's auxv bytes, for /proc/self/auxv */
	size_t auxv_len;
	char *cmdline;           /* NUL-separated argv, for /proc/self/cmdline */
	size_t cmdline_len;
};

extern struct dm_process dm_proc;

/* fork(2) of the emulator (emu/thread/fork.c).  Every emulator lock is taken
 * before the host fork, in the order code nests them, and released after it
 * in both processes: the child never inherits data another thread was in the
 * middle of updating, nor a lock nobody will release.  Each subsystem with a
 * lock has one dm_<x>_fork_lock(phase): PREPARE takes it, PARENT releases it,
 * CHILD starts it afresh (a lock's state can name waiters that exist only in
 * the parent: a released rwlock would hand itself to a writer the child does
 * not have). */
enum dm_fork_phase { DM_FORK_PREPARE, DM_FORK_PARENT, DM_FORK_CHILD };
void dm_report_fork_lock(enum dm_fork_phase phase);

/* Report something unknown once per key, e.g. dm_report_once("syscall", "io_setup").
 * Prints "dragoman: unsupported KIND NAME" to the log the first time only. */
void dm_report_once(const char *kind, const char *name);

#endif
