/* emu/thread/thread.c: guest threads as host threads.
 *
 *   dm_thread_clone      pthread_create a host thread that runs a copy of the
 *                        parent's CPU through dm_exec_run; the parent waits
 *                        until the child has its tid and has run the syscall
 *                        layer's init (CHILD_SETTID, PARENT_SETTID)
 *   dm_thread_exit       one thread: the last guest thread of its group ends
 *                        the host process with its own status (exit_group),
 *                        as the kernel reports the status of the thread that
 *                        empties signal->live; otherwise the leader (host main
 *                        thread) leaves with a raw exit(2) and any other
 *                        thread longjmps out of its dispatch loop and returns
 *                        from its pthread start routine.  A host thread that
 *                        is only finishing its cleanup must not decide the
 *                        status, so the count is of guest threads.
 *   dm_thread_exit_group every thread (host exit_group)
 *   registry             the live threads, by tid
 *
 * Guest stacks are guest memory; each host thread runs the emulator on its own
 * host stack, so a guest pthread_join may unmap the guest stack of a thread
 * that is still finishing its exit here. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <glib.h>

#include "arch/arch.h"
#include "emu/dbt/exec.h"
#include "emu/gdbstub/gdbstub.h"
#include "emu/process.h"
#include "emu/signal/signal.h"
#include "emu/sys/sysregs.h"
#include "emu/thread/internal.h"
#include "emu/thread/thread.h"

#define HOST_STACK (4u << 20)

/* The gdb stub (emu/gdbstub) is linked into build/dragoman only. */
#pragma weak dm_gdb_enabled
#pragma weak dm_gdb_thread_end
#pragma weak dm_gdb_exit
#pragma weak dm_gdb_fork_child


static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct dm_thread *threads;      /* every live thread, the leader included once registered */
static struct dm_thread leader_rec;
static __thread struct dm_thread *self;

static void reg_add(struct dm_thread *t)
{
	pthread_mutex_lock(&reg_lock);
	t->next = threads;
	threads = t;
	pthread_mutex_unlock(&reg_lock);
}

static void reg_remove(struct dm_thread *t)
{
	pthread_mutex_lock(&reg_lock);
	for (struct dm_thread **p = &threads; *p; p = &(*p)->next)
		if (*p == t) {
			*p = t->next;
			break;
		}
	pthread_mutex_unlock(&reg_lock);
}

/* The calling thread's record; the leader registers itself on first use. */
static struct dm_thread *me(void)
{
	if (!self) {
		leader_rec.tid = (int)syscall(SYS_gettid);
		leader_rec.leader = 1;
		leader_rec.live_count = 1;
		leader_rec.live = &leader_rec.live_count;
		self = &leader_rec;
		reg_add(&leader_rec);
	}
	return self;
}

/* The first guest thread of a process made by clone(CLONE_VM) without
 * CLONE_THREAD (vmproc.c): it leads its own process and is no thread of this
 * one's registry. */
void dm_thread_enter_vmchild(struct dm_thread *t)
{
	t->tid = (int)syscall(SYS_gettid);
	t->leader = 1;
	t->vmchild = 1;
	t->live_count = 1;
	t->live = &t->live_count;
	t->cpu->thread = t;
	self = t;
}

void dm_thread_set_sysrec(void *rec) { me()->sysrec = rec; }

void *dm_thread_sysrec(int tid)
{
	me();
	void *r = NULL;
	pthread_mutex_lock(&reg_lock);
	for (struct dm_thread *t = threads; t; t = t->next)
		if (t->tid == tid) r = t->sysrec;
	pthread_mutex_unlock(&reg_lock);
	return r;
}

void dm_thread_foreach_sysrec(void (*fn)(int tid, void *rec, void *arg), void *arg)
{
	me();
	pthread_mutex_lock(&reg_lock);
	for (struct dm_thread *t = threads; t; t = t->next) fn(t->tid, t->sysrec, arg);
	pthread_mutex_unlock(&reg_lock);
}

int dm_thread_live_count(void) { return __atomic_load_n(me()->live, __ATOMIC_SEQ_CST); }

/* ---- creation ---------------------------------------------------------------- */

struct start {
	struct dm_cpu *cpu;
	struct dm_signal_thread_start sig;     /* emu/signal's thread protocol (signal.h) */
	dm_thread_init_fn init;
	void *arg;
	int *live;
	sem_t ready;
	int tid;
};

static void *thread_main(void *p)
{
	struct start *st = p;
	struct dm_thread *t = g_new0(struct dm_thread, 1);
	t->tid = (int)syscall(SYS_gettid);
	t->cpu = st->cpu;
	t->cpu->thread = t;
	t->live = st->live;
	self = t;
	dm_signal_thread_init(&st->sig);       /* the parent's guest mask, no altstack, host mask mirrored */
	reg_add(t);
	if (st->init) st->init(st->arg, t->tid);
	st->tid = t->tid;
	sem_post(&st->ready);          /* st lives on the parent's stack: not touched after this */
	if (setjmp(t->exit_jmp) == 0)
		dm_exec_run(t->cpu);
	/* dm_thread_exit of this thread */
	dm_signal_thread_exit();
	dm_exec_thread_exit();
	reg_remove(t);
	g_free(t->cpu);
	g_free(t);
	return NULL;
}

long dm_thread_clone(struct dm_cpu *parent, uint64_t flags, uint64_t newsp, uint64_t tls, dm_thread_init_fn init,
		     void *arg)
{
	const struct dm_arch *arch = parent->arch;
	struct dm_thread *pt = me();
	if (!pt->cpu) pt->cpu = parent;
	struct dm_cpu *cpu = g_malloc(arch->cpu_size);
	memcpy(cpu, parent, arch->cpu_size);
	dm_syscall_result(cpu, dm_proc.abi, 0);
	if (newsp) arch->set_sp(cpu, newsp);
	if (flags & DM_CLONE_SETTLS) arch->set_tls(cpu, tls);
	cpu->excl_size = 0;
	cpu->insns = 0;

	struct start st = { .cpu = cpu, .init = init, .arg = arg, .live = pt->live };
	__atomic_add_fetch(pt->live, 1, __ATOMIC_SEQ_CST);
	sem_init(&st.ready, 0, 0);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, HOST_STACK);
	pthread_t th;
	dm_signal_thread_prepare(&st.sig);     /* host signals blocked: the child inherits that */
	int e = pthread_create(&th, &attr, thread_main, &st);
	dm_signal_thread_created(&st.sig);
	pthread_attr_destroy(&attr);
	if (e) {
		__atomic_sub_fetch(pt->live, 1, __ATOMIC_SEQ_CST);
		sem_destroy(&st.ready);
		g_free(cpu);
		return -(e == EAGAIN ? EAGAIN : e);
	}
	while (sem_wait(&st.ready) < 0 && errno == EINTR) {}
	sem_destroy(&st.ready);
	return st.tid;
}

/* ---- exit ------------------------------------------------------------------------ */

static void flush_logs(void)
{
	if (dm_proc.log) fflush(dm_proc.log);
	fflush(stderr);
}

int dm_thread_exit_begin(void)
{
	struct dm_thread *t = me();
	__atomic_store_n(&t->gone, 1, __ATOMIC_SEQ_CST);
	return __atomic_sub_fetch(t->live, 1, __ATOMIC_SEQ_CST) == 0;
}

int dm_thread_guest_live(int tid)
{
	me();
	int r = 0;
	pthread_mutex_lock(&reg_lock);
	for (struct dm_thread *t = threads; t; t = t->next)
		if (t->tid == tid && !__atomic_load_n(&t->gone, __ATOMIC_SEQ_CST)) r = 1;
	pthread_mutex_unlock(&reg_lock);
	return r;
}

_Noreturn void dm_thread_exit(int code, int last)
{
	struct dm_thread *t = me();
	flush_logs();
	if (last) dm_thread_exit_group(code);
	if (&dm_gdb_thread_end) dm_gdb_thread_end();
	if (t->leader) {
		/* The host main thread: a raw exit(2) of this thread only.  The host
		 * ends the process when the last thread is gone, with this status. */
		dm_signal_thread_exit();           /* undelivered signals go back to the process */
		if (!t->vmchild) reg_remove(t);
		for (;;) syscall(SYS_exit, code);
	}
	longjmp(t->exit_jmp, 1);
}

_Noreturn void dm_thread_exit_group(int code)
{
	flush_logs();
	if (&dm_gdb_enabled && dm_gdb_enabled) dm_gdb_exit(code, 0);
	for (;;) syscall(SYS_exit_group, code);
}

void dm_thread_registry_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) pthread_mutex_lock(&reg_lock);
	else if (phase == DM_FORK_PARENT) pthread_mutex_unlock(&reg_lock);
	else pthread_mutex_init(&reg_lock, NULL);
}

void dm_thread_after_fork_child(void)
{
	struct dm_thread *t = me();
	t->tid = (int)syscall(SYS_gettid);
	t->leader = 1;                     /* the child's only thread is its main thread */
	t->live_count = 1;
	t->live = &t->live_count;
	t->next = NULL;
	threads = t;
}
