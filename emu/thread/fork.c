/* emu/thread/fork.c: the emulator's side of fork(2) (emu/process.h).
 *
 * Threads make fork hard: the host child has only the forking thread, so a
 * lock another thread held at that instant would never be released there,
 * and the structure it guarded might be half updated.  Taking every lock
 * before the fork rules both out.  The order is the order code nests them,
 * so the forker cannot deadlock with a thread that holds one and wants the
 * next:
 *
 *   brk            -> page map   (brk maps and unmaps)
 *   trampoline     -> page map   (mapped on first signal delivery)
 *   dispositions                 (nothing nests inside)
 *   page map       (read: excludes every writer)
 *   block cache    -> JIT        (invalidation unlinks compiled blocks)
 *   grace-period registry        (taken with the block cache; a leaf: emu/dbt/qsbr.c)
 *   JIT
 *   report-once (a leaf)
 *   AIO contexts (a leaf: emu/sys/aio.c)
 *   seccomp TSYNC -> thread registry
 *
 * No lock is held across a blocking host call, so the wait is short. */
#include "emu/dbt/cache.h"
#include "emu/gdbstub/gdbstub.h"
#include "emu/jit/jit.h"
#include "emu/mm/mm.h"
#include "emu/mm/mmsys.h"
#include "emu/process.h"
#include "emu/signal/signal.h"
#include "emu/sys/sys.h"
#include "emu/thread/internal.h"
#include "emu/thread/thread.h"

/* only build/dragoman links the JIT */
#pragma weak dm_jit_fork_lock
/* the syscall layer's seccomp lock (TSYNC against thread creation) nests
 * outside the registry's: emu/sys/seccomp.c */
void dm_seccomp_fork_lock(enum dm_fork_phase phase);
#pragma weak dm_seccomp_fork_lock
#pragma weak dm_aio_fork_lock
#pragma weak dm_gdb_fork_child

void dm_thread_fork_prepare(void)
{
	dm_brk_fork_lock(DM_FORK_PREPARE);
	dm_signal_fork_lock(DM_FORK_PREPARE);
	dm_mm_fork_lock(DM_FORK_PREPARE);
	dm_tb_fork_lock(DM_FORK_PREPARE);
	if (dm_jit_fork_lock) dm_jit_fork_lock(DM_FORK_PREPARE);
	dm_report_fork_lock(DM_FORK_PREPARE);
	if (dm_aio_fork_lock) dm_aio_fork_lock(DM_FORK_PREPARE);
	if (dm_seccomp_fork_lock) dm_seccomp_fork_lock(DM_FORK_PREPARE);
	dm_thread_registry_fork_lock(DM_FORK_PREPARE);
}

void dm_thread_fork_done(int child)
{
	enum dm_fork_phase ph = child ? DM_FORK_CHILD : DM_FORK_PARENT;
	dm_thread_registry_fork_lock(ph);
	if (child) dm_thread_after_fork_child();
	if (child && dm_gdb_fork_child) dm_gdb_fork_child();   /* the child runs free of gdb */
	if (dm_seccomp_fork_lock) dm_seccomp_fork_lock(ph);
	if (dm_aio_fork_lock) dm_aio_fork_lock(ph);
	dm_report_fork_lock(ph);
	if (dm_jit_fork_lock) dm_jit_fork_lock(ph);
	dm_tb_fork_lock(ph);
	dm_mm_fork_lock(ph);
	dm_signal_fork_lock(ph);
	dm_brk_fork_lock(ph);
}
