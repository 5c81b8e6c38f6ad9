/* emu/dbt/qsbr.c: grace periods for freeing translations (qsbr.h).
 *
 * Each thread that runs guest code has a record with the last grace-period
 * number it has seen, or OFFLINE.  A grace period S is over when no online
 * record is below S.  Records are never freed, only reused after their
 * thread exited, so the scan needs no care for a record going away. */
#include <pthread.h>
#include <stdlib.h>

#include "emu/dbt/qsbr.h"

#define OFFLINE UINT64_MAX

struct rec {
	uint64_t seen;        /* atomic: grace period seen, or OFFLINE */
	int used;             /* atomic: a live thread owns it */
	struct rec *next;     /* list of all records (only grows) */
};

static uint64_t seq = 1;      /* atomic */
static struct rec *recs;      /* atomic head; records are pushed, never removed */
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static __thread struct rec *me;

uint64_t dm_qsbr_seq(void) { return __atomic_load_n(&seq, __ATOMIC_ACQUIRE); }

uint64_t dm_qsbr_advance(void)
{
	/* seq_cst: ordered before the scan of records in dm_qsbr_done and after
	 * the stores that made the retired objects unreachable */
	return __atomic_add_fetch(&seq, 1, __ATOMIC_SEQ_CST);
}

bool dm_qsbr_done(uint64_t s)
{
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	for (struct rec *r = __atomic_load_n(&recs, __ATOMIC_ACQUIRE); r; r = r->next) {
		if (!__atomic_load_n(&r->used, __ATOMIC_ACQUIRE)) continue;
		if (__atomic_load_n(&r->seen, __ATOMIC_ACQUIRE) < s) return false;
	}
	return true;
}

void dm_qsbr_quiescent(uint64_t s)
{
	if (me) __atomic_store_n(&me->seen, s, __ATOMIC_RELEASE);
}

void dm_qsbr_offline(void)
{
	if (me) __atomic_store_n(&me->seen, OFFLINE, __ATOMIC_RELEASE);
}

static struct rec *take_record(void)
{
	pthread_mutex_lock(&reg_lock);
	struct rec *r;
	for (r = recs; r; r = r->next)
		if (!__atomic_load_n(&r->used, __ATOMIC_RELAXED)) break;
	if (!r) {
		r = calloc(1, sizeof *r);
		if (!r) abort();
		r->seen = OFFLINE;
		r->next = recs;
		__atomic_store_n(&recs, r, __ATOMIC_RELEASE);
	}
	__atomic_store_n(&r->seen, OFFLINE, __ATOMIC_RELAXED);
	__atomic_store_n(&r->used, 1, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&reg_lock);
	return r;
}

void dm_qsbr_online(void)
{
	if (!me) me = take_record();
	/* Dekker with dm_qsbr_advance + dm_qsbr_done: either the reclaimer sees
	 * this record online at seq, or this thread sees the newer seq (and the
	 * dispatch loop then drops the blocks it cached). */
	__atomic_store_n(&me->seen, __atomic_load_n(&seq, __ATOMIC_ACQUIRE), __ATOMIC_RELAXED);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}

void dm_qsbr_thread_exit(void)
{
	if (!me) return;
	__atomic_store_n(&me->seen, OFFLINE, __ATOMIC_RELEASE);
	__atomic_store_n(&me->used, 0, __ATOMIC_RELEASE);
	me = NULL;
}

void dm_qsbr_fork(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) {
		pthread_mutex_lock(&reg_lock);
		return;
	}
	if (phase == DM_FORK_CHILD) {
		/* the other threads do not exist in the child */
		for (struct rec *r = recs; r; r = r->next)
			if (r != me) r->used = 0, r->seen = OFFLINE;
		pthread_mutex_init(&reg_lock, NULL);
		return;
	}
	pthread_mutex_unlock(&reg_lock);
}
