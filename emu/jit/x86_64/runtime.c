/* emu/jit/x86_64/runtime.c: the code cache, the entry trampoline and shared
 * exit, block chaining, the indirect-branch table and invalidation.
 *
 * One lock (jit_lock) covers the code cache, every patch of generated code
 * and the indirect-branch table; generated code itself runs without it.
 * Chained jumps are 4-byte-aligned rel32 fields rewritten with one aligned
 * store, so a thread running the code sees the old or the new target.
 * A full cache starts a new region (the block cache is flushed with it); the
 * old one stays mapped until every thread has left it, which the block cache
 * learns from a grace period (emu/dbt/qsbr.h, docs/jit.md, "Code cache"). */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "emu/jit/x86_64/x86.h"
#include "emu/signal/signal.h"

#define REGION_SIZE (64u << 20)
#define REGION_MIN (64u << 10)

/* DM_JIT_REGION_KB=N: regions of N KiB instead of 64 MiB, so tests can make
 * the code cache fill, flush and be reclaimed often (tests/guest.t). */
static size_t region_size(void)
{
	static size_t size;
	if (!size) {
		const char *e = getenv("DM_JIT_REGION_KB");
		size_t kb = e ? strtoul(e, NULL, 10) : 0;
		size = kb ? kb << 10 : REGION_SIZE;
		if (size < REGION_MIN) size = REGION_MIN;
		if (size > REGION_SIZE) size = REGION_SIZE;
	}
	return size;
}

struct dm_x86_ind dm_x86_ind[1u << DM_X86_IND_BITS] __attribute__((aligned(64)));
struct dm_x86_rt dm_x86_rt;

static pthread_mutex_t jit_lock = PTHREAD_MUTEX_INITIALIZER;
static uint8_t *region, *cur, *region_end;
static bool full;
static uintptr_t (*enter)(struct dm_cpu *cpu, void *code, volatile int *pending);
static struct dm_jit_stats stats;

bool dm_jit_enabled(void)
{
	static int on = -1;
	if (on < 0) {
		const char *e = getenv("DM_JIT");
		on = !(e && e[0] == '0');
	}
	return on;
}

/* exit records, with a list of the ones made by the compile in progress */
static struct dm_jit_exit **pending;
static size_t npending, cap_pending;

struct dm_jit_exit *dm_x86_new_exit(void)
{
	struct dm_jit_exit *e = calloc(1, sizeof *e);
	if (npending == cap_pending) {
		cap_pending = cap_pending ? 2 * cap_pending : 16;
		pending = realloc(pending, cap_pending * sizeof *pending);
	}
	pending[npending++] = e;
	return e;
}

/* Emptied slots hold pc ~0 and a stub that returns to the dispatcher, so a
 * guest jump to address ~0 that matches one still does the right thing.
 * Slots never filled keep the zeroes of .bss: pc 0 with no code, which only
 * a jump to address 0 could match, and address 0 indexes slot 0, which is
 * set up as emptied.  So the first use writes one slot, not the whole 1 MiB
 * table (256 page faults at every start-up and exec). */
static uint8_t *ind_miss;

static void clear_ind(bool fresh)
{
	for (size_t i = 0; i < (fresh ? 1 : 1u << DM_X86_IND_BITS); i++) {
		dm_x86_ind[i].pc = ~0ull;
		dm_x86_ind[i].code = ind_miss;
	}
}

void dm_jit_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) pthread_mutex_lock(&jit_lock);
	else if (phase == DM_FORK_PARENT) pthread_mutex_unlock(&jit_lock);
	else pthread_mutex_init(&jit_lock, NULL);
}

/* A new region with the trampoline and the epilogue at its start. */
static bool new_region(void)
{
	uint8_t *r = mmap(NULL, region_size(), PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (r == MAP_FAILED) return false;
	region = r;
	region_end = r + region_size();
	struct xbuf x = { r, region_end, false };
	/* uintptr_t enter(cpu, code): save callee-saved registers, reserve the
	 * spill slots (keeping rsp 16-byte aligned for helper calls), jump in */
	enter = (uintptr_t (*)(struct dm_cpu *, void *, volatile int *))(void *)x.p;
	static const uint8_t push[] = { 0x53, 0x55, 0x41, 0x54, 0x41, 0x55, 0x41, 0x56, 0x41, 0x57 };
	for (size_t i = 0; i < sizeof push; i++) x_b(&x, push[i]);
	x_alu_ri(&x, ALU_SUB, 8, RSP, DM_X86_FRAME);
	x_store(&x, 8, RDX, RSP, DM_X86_PENDING);   /* this thread's dm_signal_pending */
	x_mov_rr(&x, 8, REG_CPU, RDI);
	x_b(&x, 0xff); x_b(&x, 0xe6);   /* jmp rsi */
	while ((uintptr_t)x.p & 15) x_b(&x, 0xcc);
	dm_x86_rt.epilogue = x.p;
	x_alu_ri(&x, ALU_ADD, 8, RSP, DM_X86_FRAME);
	static const uint8_t pop[] = { 0x41, 0x5f, 0x41, 0x5e, 0x41, 0x5d, 0x41, 0x5c, 0x5d, 0x5b, 0xc3 };
	for (size_t i = 0; i < sizeof pop; i++) x_b(&x, pop[i]);
	while ((uintptr_t)x.p & 15) x_b(&x, 0xcc);
	ind_miss = x.p;
	x_mov_imm(&x, RAX, DM_JIT_RET_JUMP);
	x_jmp_to(&x, dm_x86_rt.epilogue);
	while ((uintptr_t)x.p & 15) x_b(&x, 0xcc);
	cur = x.p;
	full = false;
	return true;
}

/* DM_JIT_DUMP=DIR: each block's code in DIR/<guest pc>.bin (objdump -D -b binary -mi386:x86-64) */
/* DM_JIT_PERFMAP=1: each block's code range in /tmp/perf-<pid>.map, the
 * file `perf report` reads to name JIT code (here: by guest pc) */
static void dump(const struct dm_tb *tb, const uint8_t *a, const uint8_t *b)
{
	static const char *dir;
	static FILE *map;
	static int checked;
	if (!checked) {
		dir = getenv("DM_JIT_DUMP"), checked = 1;
		const char *m = getenv("DM_JIT_PERFMAP");
		if (m && *m == '1') {
			char path[64];
			snprintf(path, sizeof path, "/tmp/perf-%d.map", (int)getpid());
			map = fopen(path, "a");
		}
	}
	if (map) {
		fprintf(map, "%llx %llx pc_%llx\n", (unsigned long long)(uintptr_t)a, (unsigned long long)(b - a),
			(unsigned long long)tb->pc);
		fflush(map);
	}
	if (!dir) return;
	char path[4096];
	snprintf(path, sizeof path, "%s/%llx.bin", dir, (unsigned long long)tb->pc);
	FILE *f = fopen(path, "wb");
	if (!f) return;
	fwrite(a, 1, (size_t)(b - a), f);
	fclose(f);
}

bool dm_jit_compile(struct dm_tb *tb)
{
	pthread_mutex_lock(&jit_lock);
	if (tb->jit.tried) {
		pthread_mutex_unlock(&jit_lock);
		return tb->jit.code != NULL;
	}
	if (__atomic_load_n(&tb->dead, __ATOMIC_ACQUIRE) || tb->jit.dropped) {
		/* invalidated or flushed meanwhile: run by the interpreter this once */
		tb->jit.tried = 1;
		pthread_mutex_unlock(&jit_lock);
		return false;
	}
	if (!region && !new_region()) {
		tb->jit.tried = 1;
		pthread_mutex_unlock(&jit_lock);
		return false;
	}
	if (!dm_x86_rt.gen) clear_ind(true), dm_x86_rt.gen = 1;
	npending = 0;
	struct xbuf x = { cur, region_end, false };
	/* The entry the indirect-branch table leads to re-checks the guest pc
	 * (rax, as EXITR leaves it): a prober can read a slot's pc before and its
	 * code after another thread rewrote the slot for a colliding pc, and must
	 * then not run this block for the wrong pc. */
	x_mov_imm(&x, RDX, tb->pc);
	x_alu_rr(&x, ALU_CMP, 8, RAX, RDX);
	x_patch(x_jcc(&x, CC_NE), ind_miss);
	uint8_t *entry = x.p;
	int r = dm_x86_lower(tb, &x);
	bool ok = r == 0 && !x.overflow;
	if (ok) {
		tb->jit.ind_code = cur;
		tb->jit.code = entry;
		tb->jit.gen = dm_x86_rt.gen;
		for (size_t i = 0; i < npending; i++) {
			pending[i]->next_own = tb->jit.exits;
			tb->jit.exits = pending[i];
		}
		dump(tb, cur, x.p);
		stats.compiled++;
		stats.bytes += (uint64_t)(x.p - cur);
		cur = x.p;
		while ((uintptr_t)cur & 15) *cur++ = 0xcc;
	} else {
		for (size_t i = 0; i < npending; i++) free(pending[i]);
		if (x.overflow) full = true;
		else stats.failed++;
	}
	if (!x.overflow) tb->jit.tried = 1;
	npending = 0;
	pthread_mutex_unlock(&jit_lock);
	return ok;
}

bool dm_jit_full(void)
{
	return __atomic_load_n(&full, __ATOMIC_RELAXED);
}

void *dm_jit_flush(void)
{
	pthread_mutex_lock(&jit_lock);
	/* the old region stays mapped: a thread may still be running in it */
	uint8_t *old = region;
	if (new_region()) {
		dm_x86_rt.gen++;
		clear_ind(false);
		stats.flushes++;
	} else {
		old = NULL;
	}
	pthread_mutex_unlock(&jit_lock);
	return old;
}

void dm_jit_region_free(void *r)
{
	munmap(r, region_size());
}

uintptr_t dm_jit_run(struct dm_cpu *cpu, struct dm_tb *tb)
{
	return enter(cpu, tb->jit.code, &dm_signal_pending);
}

static bool live(const struct dm_tb *tb)
{
	return tb->jit.code && !tb->jit.dropped && !__atomic_load_n(&tb->dead, __ATOMIC_ACQUIRE) &&
	       tb->jit.gen == dm_x86_rt.gen;
}

static void set_rel(uint8_t *site, const void *target)
{
	int32_t d = (int32_t)((const uint8_t *)target - (site + 4));
	__atomic_store_n((int32_t *)(void *)site, d, __ATOMIC_RELEASE);
}

static const uint8_t *rel_target(const uint8_t *site)
{
	int32_t d;
	memcpy(&d, site, 4);
	return site + 4 + d;
}

void dm_jit_link(struct dm_jit_exit *e, struct dm_tb *next)
{
	pthread_mutex_lock(&jit_lock);
	if (e->kind == DM_JIT_EXIT_CHAIN && e->gen == dm_x86_rt.gen && live(e->src) && live(next) &&
	    next->pc == e->value && rel_target(e->site) == e->unchained) {
		set_rel(e->site, next->jit.code);
		e->target = next;
		e->next_in = next->jit.incoming;
		next->jit.incoming = e;
		stats.links++;
	}
	pthread_mutex_unlock(&jit_lock);
}

void dm_jit_note_target(struct dm_tb *tb)
{
	struct dm_x86_ind *s = &dm_x86_ind[(tb->pc >> 2) & ((1u << DM_X86_IND_BITS) - 1)];
	if (__atomic_load_n(&s->pc, __ATOMIC_ACQUIRE) == tb->pc) return;
	pthread_mutex_lock(&jit_lock);
	if (live(tb)) {
		/* A racing prober may still pair the old pc with the new code: the
		 * block's indirect entry checks the pc (dm_jit_compile). */
		__atomic_store_n(&s->pc, ~0ull, __ATOMIC_RELEASE);
		__atomic_store_n(&s->code, tb->jit.ind_code, __ATOMIC_RELEASE);
		__atomic_store_n(&s->pc, tb->pc, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&jit_lock);
}

void dm_jit_drop(struct dm_tb *tb)
{
	pthread_mutex_lock(&jit_lock);
	tb->jit.dropped = 1;
	for (struct dm_jit_exit *e = tb->jit.incoming; e; e = e->next_in) {
		set_rel(e->site, e->unchained);
		e->target = NULL;
	}
	tb->jit.incoming = NULL;
	/* tb's exits leave their targets' lists: tb is freed before them */
	for (struct dm_jit_exit *e = tb->jit.exits; e; e = e->next_own) {
		if (!e->target) continue;
		struct dm_jit_exit **p = &e->target->jit.incoming;
		while (*p && *p != e) p = &(*p)->next_in;
		if (*p) *p = e->next_in;
		e->target = NULL;
	}
	struct dm_x86_ind *s = &dm_x86_ind[(tb->pc >> 2) & ((1u << DM_X86_IND_BITS) - 1)];
	if (s->pc == tb->pc && s->code == tb->jit.ind_code) {
		__atomic_store_n(&s->pc, ~0ull, __ATOMIC_RELEASE);
		__atomic_store_n(&s->code, ind_miss, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&jit_lock);
}

void dm_jit_free(struct dm_tb *tb)
{
	for (struct dm_jit_exit *e = tb->jit.exits, *next; e; e = next) {
		next = e->next_own;
		free(e);
	}
	tb->jit.exits = NULL;
}

void dm_jit_get_stats(struct dm_jit_stats *s)
{
	pthread_mutex_lock(&jit_lock);
	*s = stats;
	pthread_mutex_unlock(&jit_lock);
}
