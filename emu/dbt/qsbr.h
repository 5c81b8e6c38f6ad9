/* emu/dbt/qsbr.h: quiescent-state-based reclamation of translations.
 *
 * A thread running guest code may hold a translated block (its IR, its host
 * code, the exit it left by) without any lock.  Blocks that were invalidated
 * are therefore freed only after a grace period: once every thread has passed
 * a quiescent point (the top of the dispatch loop, where it holds no block)
 * or is offline (in a system call, where it holds none either).  The block
 * cache (emu/dbt/cache.c) retires blocks and asks for a grace period; the
 * dispatch loop (emu/dbt/exec.c) reports quiescent points.  docs/coherence.md. */
#ifndef DM_QSBR_H
#define DM_QSBR_H

#include <stdbool.h>
#include <stdint.h>

#include "emu/process.h"

/* The current grace-period number; it only grows. */
uint64_t dm_qsbr_seq(void);
/* Start a grace period: returns its number S.  What was made unreachable
 * before the call may be freed once dm_qsbr_done(S). */
uint64_t dm_qsbr_advance(void);
/* Every thread that was online at dm_qsbr_advance() has since passed a
 * quiescent point or gone offline. */
bool dm_qsbr_done(uint64_t s);

/* The calling thread holds no block: publish that it has seen seq.  The
 * caller has already forgotten every block pointer it kept (its small
 * lookup cache, the exit it would have linked). */
void dm_qsbr_quiescent(uint64_t seq);
/* The calling thread leaves guest code for a while (a system call) / comes
 * back.  The first dm_qsbr_online() of a thread registers it. */
void dm_qsbr_offline(void);
void dm_qsbr_online(void);
/* The calling thread is gone (its guest thread exited): its record is reused. */
void dm_qsbr_thread_exit(void);
/* fork of the emulator: the child keeps only the forking thread's record. */
void dm_qsbr_fork(enum dm_fork_phase phase);

#endif
