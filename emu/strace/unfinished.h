/* emu/strace/unfinished.h: one trace line per call, or "<unfinished ...>" and
 * "<... resumed>" when another thread writes while the call runs. */
#ifndef DM_STRACE_UNFINISHED_H
#define DM_STRACE_UNFINISHED_H

int dm_strace_tid(void);
/* A call starts: head is its start ("read(0, "), malloc'ed, kept until it ends. */
void dm_strace_begin(char *head);
/* Was this thread's current call interrupted (so the end must be "resumed")? */
int dm_strace_was_cut(void);
/* The call ends (whole and tail end in " = RESULT"): writes "TID whole", or "TID <... name resumed>tail" after an
 * interruption; whole NULL: the call ends unseen. */
void dm_strace_end(const char *whole, const char *name, const char *tail);
/* Any other line of this thread (signals, exits, calls that may not return):
 * "TID line", after ending another thread's open call; result: it ends in
 * " = RESULT", to be aligned as strace aligns results. */
void dm_strace_line(const char *line, int result);

#endif
