/* emu/gdbstub/stop.c: all-stop debugging of every guest thread.
 *
 * Each guest thread registers when it enters the dispatch loop.  While gdb
 * has the process stopped (running false), a thread parks at its next block
 * boundary; a thread blocked in a system call counts as stopped and parks
 * when the call returns.  The first thread with something to report (a
 * breakpoint at its pc, a finished single step, a changed watched location,
 * a signal) stops the others: it clears running and sets their
 * dm_signal_pending, which makes chained JIT code return to the dispatcher.
 * The stub thread (stub.c) tells gdb once every thread is parked or in a
 * system call, and serves gdb's packets until one resumes: then each thread
 * runs as its action says (continue, one step, or stay stopped).
 *
 * Breakpoints are not written into guest memory: the dispatch loop looks
 * for one at the start of each block, the translator ends blocks before a
 * breakpoint address (dm_gdb_translate_limits), and inserting or removing
 * one invalidates the translations that cover it (docs/gdbstub.md).
 * Watchpoints (writes) put every thread in step mode: one instruction per
 * block, the watched bytes compared after each. */
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/dbt/exec.h"
#include "emu/gdbstub/gdbstub.h"
#include "emu/gdbstub/internal.h"
#include "emu/mm/mm.h"
#include "emu/signal/signal.h"

volatile int dm_gdb_enabled;
pthread_mutex_t gdb_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;   /* a thread parked, entered a call or left */
static pthread_cond_t resumed = PTHREAD_COND_INITIALIZER;
struct gdb_thread *gdb_threads;
int gdb_pid;
struct gdb_event gdb_last_event;
static int running;                  /* atomic reads outside gdb_lock */
static bool event_pending;
int gdb_event_pipe[2] = { -1, -1 };
static __thread struct gdb_thread *me;

/* breakpoints (any number) and write watchpoints (a few), under gdb_lock */
static GArray *bps;                  /* uint64_t addresses */
static int nbps;                     /* atomic */
struct watch { uint64_t addr, len; uint8_t old[8]; bool valid; };
#define NWATCH 16
static struct watch watches[NWATCH];
static int nwatch;                   /* atomic */

struct gdb_thread *gdb_thread_find(int tid)
{
	for (struct gdb_thread *t = gdb_threads; t; t = t->next)
		if (tid <= 0 || t->tid == tid) return t;
	return NULL;
}

static bool bp_at(uint64_t pc)
{
	if (!bps) return false;
	for (guint i = 0; i < bps->len; i++)
		if (g_array_index(bps, uint64_t, i) == pc) return true;
	return false;
}

/* ---- parking and reporting (gdb_lock held) ------------------------------------- */

static bool stopped_for(struct gdb_thread *t) { return !running || t->action == ACT_STOP; }

static void park(struct gdb_thread *t)
{
	t->state = TS_PARKED;
	pthread_cond_broadcast(&changed);
	while (stopped_for(t)) pthread_cond_wait(&resumed, &gdb_lock);
	t->state = TS_RUN;
}

/* Stop everything for e (unless a stop is already under way: this thread's
 * event then waits, the condition recurs or gdb steps again) and park. */
static void report(struct gdb_thread *t, struct gdb_event e)
{
	if (running) {
		__atomic_store_n(&running, 0, __ATOMIC_SEQ_CST);
		gdb_last_event = e;
		event_pending = true;
		for (struct gdb_thread *u = gdb_threads; u; u = u->next) {
			u->action = ACT_STOP;
			if (u != t && u->state == TS_RUN) *u->pending = 1;
		}
		if (write(gdb_event_pipe[1], "e", 1) < 0) {}
	}
	park(t);
}

/* The stub thread, after a wake-up: the event to tell gdb once every thread
 * has stopped, or false when the guest still runs. */
bool gdb_wait_stopped(struct gdb_event *e)
{
	pthread_mutex_lock(&gdb_lock);
	bool r = !running && event_pending;
	if (r) {
		for (;;) {
			bool all = true;
			for (struct gdb_thread *t = gdb_threads; t; t = t->next)
				if (t->state == TS_RUN) all = false;
			if (all && gdb_threads) break;
			pthread_cond_wait(&changed, &gdb_lock);
		}
		*e = gdb_last_event;
		event_pending = false;
	}
	pthread_mutex_unlock(&gdb_lock);
	return r;
}

/* Ctrl-C from gdb: stop as if the first thread had been interrupted. */
void gdb_interrupt(void)
{
	pthread_mutex_lock(&gdb_lock);
	if (running && gdb_threads) {
		__atomic_store_n(&running, 0, __ATOMIC_SEQ_CST);
		gdb_last_event = (struct gdb_event){ .sig = gdb_sig_from_host(SIGINT), .tid = gdb_threads->tid };
		event_pending = true;
		for (struct gdb_thread *u = gdb_threads; u; u = u->next) {
			u->action = ACT_STOP;
			if (u->state == TS_RUN) *u->pending = 1;
		}
		if (write(gdb_event_pipe[1], "i", 1) < 0) {}
	}
	pthread_mutex_unlock(&gdb_lock);
}

void gdb_resume(void)
{
	pthread_mutex_lock(&gdb_lock);
	event_pending = false;
	__atomic_store_n(&running, 1, __ATOMIC_SEQ_CST);
	pthread_cond_broadcast(&resumed);
	pthread_mutex_unlock(&gdb_lock);
}

/* The process starts stopped: the first thread parks before its first
 * instruction and gdb's '?' gets this event. */
void gdb_stop_initial(int tid)
{
	gdb_last_event = (struct gdb_event){ .sig = gdb_sig_from_host(SIGTRAP), .tid = tid };
	running = 0;
	event_pending = true;
}

void gdb_detach(void)
{
	pthread_mutex_lock(&gdb_lock);
	GArray *old = bps;
	bps = NULL;
	__atomic_store_n(&nbps, 0, __ATOMIC_SEQ_CST);
	__atomic_store_n(&nwatch, 0, __ATOMIC_SEQ_CST);
	for (struct gdb_thread *t = gdb_threads; t; t = t->next) t->action = ACT_CONT, t->resume_sig = 0;
	dm_gdb_enabled = 0;
	pthread_mutex_unlock(&gdb_lock);
	if (old) {
		for (guint i = 0; i < old->len; i++) dm_exec_invalidate(g_array_index(old, uint64_t, i), 1);
		g_array_free(old, TRUE);
	}
	gdb_resume();
}

/* ---- breakpoints and watchpoints (the stub thread, while stopped) ------------------ */

int gdb_bp_insert(int type, uint64_t addr, uint64_t len)
{
	if (type == 0 || type == 1) {
		pthread_mutex_lock(&gdb_lock);
		if (!bps) bps = g_array_new(FALSE, FALSE, sizeof(uint64_t));
		g_array_append_val(bps, addr);
		__atomic_store_n(&nbps, (int)bps->len, __ATOMIC_SEQ_CST);
		pthread_mutex_unlock(&gdb_lock);
		dm_exec_invalidate(addr, 1);
		return 0;
	}
	if (type != 2 || len == 0 || len > 8) return -1;
	pthread_mutex_lock(&gdb_lock);
	int r = -2;
	for (int i = 0; i < NWATCH; i++)
		if (!watches[i].len) {
			watches[i] = (struct watch){ .addr = addr, .len = len };
			watches[i].valid = dm_copy_from_guest(watches[i].old, addr, len) == 0;
			__atomic_add_fetch(&nwatch, 1, __ATOMIC_SEQ_CST);
			r = 0;
			break;
		}
	pthread_mutex_unlock(&gdb_lock);
	return r;
}

int gdb_bp_remove(int type, uint64_t addr, uint64_t len)
{
	int r = -2;
	pthread_mutex_lock(&gdb_lock);
	if (type == 0 || type == 1) {
		for (guint i = 0; bps && i < bps->len; i++)
			if (g_array_index(bps, uint64_t, i) == addr) {
				g_array_remove_index_fast(bps, i);
				__atomic_store_n(&nbps, (int)bps->len, __ATOMIC_SEQ_CST);
				r = 0;
				break;
			}
	} else if (type == 2) {
		for (int i = 0; i < NWATCH; i++)
			if (watches[i].len == len && watches[i].addr == addr) {
				watches[i].len = 0;
				__atomic_sub_fetch(&nwatch, 1, __ATOMIC_SEQ_CST);
				r = 0;
				break;
			}
	} else {
		r = -1;
	}
	pthread_mutex_unlock(&gdb_lock);
	/* the block at addr may be compiled and chained to again */
	if (r == 0 && type < 2) dm_exec_invalidate(addr, 1);
	return r;
}

bool dm_gdb_translate_limits(struct dm_ir_block *b)
{
	if (!__atomic_load_n(&nbps, __ATOMIC_RELAXED)) return false;
	pthread_mutex_lock(&gdb_lock);
	bool here = bp_at(b->pc);
	uint64_t page_end = (b->pc | 0xfff) + 1, stop = 0;
	for (guint i = 0; bps && i < bps->len; i++) {
		uint64_t a = g_array_index(bps, uint64_t, i);
		if (a > b->pc && a < page_end && (!stop || a < stop)) stop = a;
	}
	pthread_mutex_unlock(&gdb_lock);
	b->stop_pc = stop;
	return here;
}

/* ---- the hooks of the dispatch loop ------------------------------------------------- */

void dm_gdb_thread_begin(struct dm_cpu *cpu)
{
	/* a process sharing our memory (vfork, posix_spawn: clone with CLONE_VM
	 * only) sees dm_gdb_enabled set too: it runs free, as a forked child */
	if (getpid() != gdb_pid) return;
	struct gdb_thread *t = g_new0(struct gdb_thread, 1);
	t->tid = (int)syscall(SYS_gettid);
	t->cpu = cpu;
	t->pending = &dm_signal_pending;
	t->state = TS_RUN;
	pthread_mutex_lock(&gdb_lock);
	t->action = running ? ACT_CONT : ACT_STOP;
	struct gdb_thread **p = &gdb_threads;
	while (*p) p = &(*p)->next;
	*p = t;
	pthread_mutex_unlock(&gdb_lock);
	me = t;
}

void dm_gdb_thread_end(void)
{
	struct gdb_thread *t = me;
	if (!t) return;
	me = NULL;
	pthread_mutex_lock(&gdb_lock);
	for (struct gdb_thread **p = &gdb_threads; *p; p = &(*p)->next)
		if (*p == t) {
			*p = t->next;
			break;
		}
	pthread_cond_broadcast(&changed);
	pthread_mutex_unlock(&gdb_lock);
	g_free(t);
}

static __thread bool step_armed;     /* a gdb single step is under way in this thread */

enum dm_gdb_run dm_gdb_block_top(struct dm_cpu *cpu)
{
	struct gdb_thread *t = me;
	if (!t) return DM_GDB_RUN;
	pthread_mutex_lock(&gdb_lock);
	bool stopped = false;
	for (;;) {
		if (stopped_for(t)) {
			park(t);
			stopped = true;
			continue;
		}
		if (bp_at(cpu->pc)) {
			report(t, (struct gdb_event){ .sig = gdb_sig_from_host(SIGTRAP), .tid = t->tid });
			stopped = true;
			continue;
		}
		break;
	}
	step_armed = t->action == ACT_STEP;
	bool step = step_armed || nwatch;
	pthread_mutex_unlock(&gdb_lock);
	return step ? DM_GDB_STEP : stopped ? DM_GDB_RESUMED : DM_GDB_RUN;
}

void dm_gdb_stepped(struct dm_cpu *cpu)
{
	struct gdb_thread *t = me;
	if (!t) return;
	pthread_mutex_lock(&gdb_lock);
	for (int i = 0; i < NWATCH && nwatch; i++) {
		struct watch *w = &watches[i];
		uint8_t now[8];
		if (!w->len) continue;
		bool valid = dm_copy_from_guest(now, w->addr, w->len) == 0;
		if (valid == w->valid && (!valid || !memcmp(now, w->old, w->len))) continue;
		memcpy(w->old, now, w->len);
		w->valid = valid;
		step_armed = false;
		report(t, (struct gdb_event){ .sig = gdb_sig_from_host(SIGTRAP), .tid = t->tid, .watch = true,
					      .watch_addr = w->addr });
		pthread_mutex_unlock(&gdb_lock);
		return;
	}
	if (step_armed) {
		step_armed = false;
		report(t, (struct gdb_event){ .sig = gdb_sig_from_host(SIGTRAP), .tid = t->tid });
	}
	pthread_mutex_unlock(&gdb_lock);
}

void dm_gdb_syscall(int entering)
{
	struct gdb_thread *t = me;
	if (!t) return;
	pthread_mutex_lock(&gdb_lock);
	if (entering) {
		t->state = TS_SYSCALL;
		pthread_cond_broadcast(&changed);
	} else {
		t->state = TS_RUN;
		if (stopped_for(t)) park(t);
	}
	pthread_mutex_unlock(&gdb_lock);
}

int dm_gdb_signal(struct dm_cpu *cpu, int host_sig)
{
	struct gdb_thread *t = me;
	if (!t || !dm_gdb_enabled) return host_sig;
	pthread_mutex_lock(&gdb_lock);
	step_armed = false;
	while (stopped_for(t)) park(t);     /* another stop first: this one after it */
	t->resume_sig = 0;
	report(t, (struct gdb_event){ .sig = gdb_sig_from_host(host_sig), .tid = t->tid });
	int g = t->resume_sig;
	t->resume_sig = 0;
	pthread_mutex_unlock(&gdb_lock);
	return g ? gdb_sig_to_host(g) : 0;
}

void dm_gdb_fork_child(void)
{
	dm_gdb_enabled = 0;
	me = NULL;
	if (gdb_fd >= 0) close(gdb_fd);
	gdb_fd = -1;
}

/* ---- signal numbers ------------------------------------------------------------------ */

/* gdb's numbers of Linux's (x86-64 host) signals 1..31 (gdb/signals.def) */
static const uint8_t to_gdb[32] = {
	0, 1, 2, 3, 4, 5, 6, 10, 8, 9, 30, 11, 31, 13, 14, 15,
	143, 20, 19, 17, 18, 21, 22, 16, 24, 25, 26, 27, 28, 23, 32, 12,
};

int gdb_sig_from_host(int s)
{
	if (s > 0 && s < 32) return to_gdb[s];
	if (s == 32) return 77;
	if (s >= 33 && s <= 63) return 45 + (s - 33);
	if (s == 64) return 78;
	return 143;
}

int gdb_sig_to_host(int g)
{
	for (int s = 1; s <= 64; s++)
		if (gdb_sig_from_host(s) == g && g != 143) return s;
	return 0;
}
