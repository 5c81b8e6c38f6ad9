/* emu/thread/internal.h: the per-thread record shared by thread.c (threads)
 * and vmproc.c (processes that share our memory). */
#ifndef DM_THREAD_INTERNAL_H
#define DM_THREAD_INTERNAL_H

#include <setjmp.h>

#include "emu/cpu.h"

struct dm_thread {
	int tid;
	int leader;                  /* the first thread of its host process: leaves with a raw exit(2) */
	int vmchild;                 /* leads a process made by clone(CLONE_VM) without CLONE_THREAD */
	struct dm_cpu *cpu;          /* owned here, except the leader's */
	void *sysrec;
	/* The kernel's signal->live: guest threads of this thread group that have
	 * not begun to exit.  live points at the group leader's live_count. */
	int *live;
	int live_count;
	int gone;                    /* its guest thread has exited (host thread still finishing) */
	jmp_buf exit_jmp;
	struct dm_thread *next;
};

/* Make t (t->cpu set) the calling host thread's record, as a vmchild. */
void dm_thread_enter_vmchild(struct dm_thread *t);

/* In the child of a fork: the calling thread is the only one, and the leader. */
void dm_thread_after_fork_child(void);

/* fork of the emulator (emu/process.h): the registry's lock */
void dm_thread_registry_fork_lock(enum dm_fork_phase phase);

#endif
