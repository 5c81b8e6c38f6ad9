/* emu/strace/strace.h: -strace output, decoded from the same generated tables
 * that drive the marshaller (argument kinds, constant sets, struct field
 * tables, errno and signal names), so tracing and translation cannot disagree.
 * Everything is read from the guest's registers and memory, in guest terms. */
#ifndef DM_STRACE_H
#define DM_STRACE_H

#include <stdint.h>

#include "emu/sys/sys.h"

/* Before the call: prints at once only for calls that may not return (exit,
 * execve); the others are printed whole by dm_strace_exit. */
void dm_strace_enter(const struct dm_sys_call *c);
/* After the call: "PID name(args) = result" like strace(1); errors as
 * "= -1 ENAME (message)". */
void dm_strace_exit(const struct dm_sys_call *c, int64_t ret);

/* A signal about to be delivered to a guest handler, from the guest siginfo_t
 * the handler gets (guest layout, guest numbering): "TID --- SIGCHLD
 * {si_signo=SIGCHLD, si_code=CLD_EXITED, ...} ---" as strace(1) prints it.
 * For the signal layer to call when -strace is on (DM_LOG_STRACE). */
void dm_strace_signal(const uint8_t *info);

/* The end of the process, as strace(1) closes a trace: "TID +++ exited with
 * N +++" (exit_group) or "TID +++ killed by SIGSEGV +++" (a guest signal
 * number, for deaths dragoman carries out itself: faults and default actions
 * it runs; a death the host kernel deals out directly is not seen). */
void dm_strace_exited(int code);
void dm_strace_killed(int gsig);

/* -strace-s N: bytes of strings and buffers shown (strace's -s; default 32);
 * path names are shown whole whatever it is.  -1 for a bad number (not
 * decimal, above 1 MiB). */
int dm_strace_parse_size(const char *v);

/* The formatted line without the PID and newline (for tests). g_free it. */
char *dm_strace_format(const struct dm_sys_call *c, int64_t ret, int done);

#endif
