/* emu/thread/vmproc.c: clone with CLONE_VM but without CLONE_THREAD (vfork,
 * glibc's and musl's posix_spawn, clone(CLONE_VM|SIGCHLD)): a new process
 * that shares the guest's memory.
 *
 * The host does the same thing: the child is a host process made by
 * clone(CLONE_VM | CLONE_VFORK), so every write the guest child makes (the
 * error code posix_spawn's child leaves for its parent, a vfork child's
 * variables) is the parent's, while its file table, signal dispositions, pid,
 * session and process group are its own, as the kernel gives them.  It runs
 * the emulator in the shared address space like one more thread: the block
 * cache, JIT, page map and heap are already safe for that.
 *
 * What a host thread needs that a bare clone child lacks is its own TLS and
 * host stack.  So a helper pthread (fresh TLS) makes the clone on a new host
 * stack: the child runs on the helper's TLS, and CLONE_VFORK keeps the helper
 * asleep until the child has exec'd or exited, so the two never run at once.
 * The helper then frees what the child set up in that TLS and the stack.
 * With guest CLONE_VFORK the calling guest thread waits for the helper; else
 * it returns as soon as the child has started. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <glib.h>

#include "arch/arch.h"
#include "emu/dbt/exec.h"
#include "emu/signal/signal.h"
#include "emu/sys/sysregs.h"
#include "emu/thread/internal.h"
#include "emu/thread/thread.h"

/* AddressSanitizer keeps each thread's stack bounds in its TLS; the child
 * runs on the helper's TLS but its own stack, so it is told as a fiber
 * switch (and back, when the helper wakes).  Otherwise every longjmp or
 * noreturn call in the child warns about a foreign stack. */
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/common_interface_defs.h>
#define FIBER_START(save, bottom, size) __sanitizer_start_switch_fiber(save, bottom, size)
#define FIBER_FINISH(save, bottom, size) __sanitizer_finish_switch_fiber(save, bottom, size)
#else
#define FIBER_START(save, bottom, size) ((void)(save), (void)(bottom), (void)(size))
#define FIBER_FINISH(save, bottom, size) ((void)(save), (void)(bottom), (void)(size))
#endif

#define CHILD_STACK (4u << 20)         /* host stack the child runs the emulator on */
#define HELPER_STACK (256u << 10)

struct vmproc {
	struct dm_thread rec;              /* the child's thread record (rec.cpu: its CPU) */
	struct dm_signal_thread_start sig;
	const struct dm_process_clone *pc; /* valid until the child has started */
	void (*release)(void);
	uint8_t *stack;
	sem_t started, done;
	long pid;                          /* the child's pid, or -errno */
	int refs;                          /* parent and helper: the last one frees */
};

static void unref(struct vmproc *v)
{
	if (__atomic_sub_fetch(&v->refs, 1, __ATOMIC_ACQ_REL)) return;
	sem_destroy(&v->started);
	sem_destroy(&v->done);
	g_free(v->rec.cpu);
	g_free(v);
}

/* The child process, on the helper's TLS and its own host stack. */
static int child_main(void *p)
{
	struct vmproc *v = p;
	FIBER_FINISH(NULL, NULL, NULL);
	dm_thread_enter_vmchild(&v->rec);
	dm_signal_thread_init(&v->sig);    /* the parent's guest mask; dispositions per sig.gsig */
	if (v->pc->init) v->pc->init(v->pc->arg, v->rec.tid);
	v->pid = v->rec.tid;
	sem_post(&v->started);             /* v->pc is the parent's: not touched after this */
	dm_exec_run(v->rec.cpu);
}

static void *helper_main(void *p)
{
	struct vmproc *v = p;
	const struct dm_process_clone *pc = v->pc;
	unsigned long flags = pc->host_flags | CLONE_VM | CLONE_VFORK;
	if (pc->host_cleartid) flags |= CLONE_CHILD_CLEARTID;
	if (pc->host_pidfd) flags |= CLONE_PIDFD;
	void *fake = NULL, *own = NULL;
	size_t own_size = 0;
#ifdef __SANITIZE_ADDRESS__
	pthread_attr_t a;
	if (pthread_getattr_np(pthread_self(), &a) == 0) {
		pthread_attr_getstack(&a, &own, &own_size);
		pthread_attr_destroy(&a);
	}
#endif
	FIBER_START(&fake, v->stack, CHILD_STACK);
	/* returns once the child has exec'd or exited (CLONE_VFORK) */
	int r = clone(child_main, v->stack + CHILD_STACK, (int)flags, v, pc->host_pidfd, NULL, pc->host_cleartid);
	if (r < 0) {
		v->pid = -errno;
		sem_post(&v->started);
	}
	FIBER_START(NULL, own, own_size);     /* back on our own stack */
	FIBER_FINISH(fake, NULL, NULL);
	if (v->release) v->release();
	dm_exec_thread_exit();                /* the child's record, kept in our TLS */
	dm_signal_process_release(&v->sig);
	munmap(v->stack, CHILD_STACK);
	sem_post(&v->done);
	unref(v);
	return NULL;
}

long dm_thread_clone_process(struct dm_cpu *parent, const struct dm_process_clone *pc)
{
	const struct dm_arch *arch = parent->arch;
	struct vmproc *v = g_new0(struct vmproc, 1);
	struct dm_cpu *cpu = g_malloc(arch->cpu_size);
	memcpy(cpu, parent, arch->cpu_size);
	dm_syscall_result(cpu, dm_proc.abi, 0);
	if (pc->newsp) arch->set_sp(cpu, pc->newsp);
	if (pc->flags & DM_CLONE_SETTLS) arch->set_tls(cpu, pc->tls);
	cpu->excl_size = 0;
	cpu->insns = 0;
	v->rec.cpu = cpu;
	v->pc = pc;
	v->release = pc->release;
	v->refs = 2;
	sem_init(&v->started, 0, 0);
	sem_init(&v->done, 0, 0);
	v->stack = mmap(NULL, CHILD_STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK | MAP_NORESERVE,
			-1, 0);
	if (v->stack == MAP_FAILED) {
		v->refs = 1;
		unref(v);
		return -ENOMEM;
	}
	mprotect(v->stack, 4096, PROT_NONE);   /* guard page: an overflow faults instead of corrupting */

	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, HELPER_STACK);
	/* host signals blocked in the helper, hence in the child until its own mask is set */
	dm_signal_process_prepare(&v->sig, (pc->flags & DM_CLONE_SIGHAND) != 0, (pc->flags & DM_CLONE_VFORK) != 0);
	pthread_t th;
	int e = pthread_create(&th, &attr, helper_main, v);
	dm_signal_thread_created(&v->sig);
	pthread_attr_destroy(&attr);
	if (e) {
		if (v->sig.own_gsig) g_free(v->sig.gsig);
		munmap(v->stack, CHILD_STACK);
		v->refs = 1;
		unref(v);
		return -(e == EAGAIN ? EAGAIN : e);
	}
	while (sem_wait(&v->started) < 0 && errno == EINTR) {}
	long pid = v->pid;
	/* vfork: the kernel's parent sleeps (killable only) until the child
	 * execs or exits; signals that come meanwhile wait for delivery */
	if (pid > 0 && (pc->flags & DM_CLONE_VFORK))
		while (sem_wait(&v->done) < 0 && errno == EINTR) {}
	unref(v);
	return pid;
}
