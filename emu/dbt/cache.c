/* emu/dbt/cache.c: the block cache.  A global hash table (under a lock) holds
 * every live translation, and a page index finds the blocks of a guest page
 * for invalidation.  Each thread keeps a small direct-mapped cache in front
 * of the table so the common lookup takes no lock.
 *
 * Invalidation (dm_exec_invalidate: munmap, mprotect, mremap, IC IVAU) takes
 * a block out of the table and the index, marks it dead (a small-cache hit
 * checks that), has the JIT unlink every jump into it, and retires it.
 * Retired blocks are freed after a grace period (emu/dbt/qsbr.h): a thread
 * may still be running one.  docs/coherence.md tells the whole story. */
#include <glib.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "arch/arch.h"
#include "emu/dbt/cache.h"
#include "emu/dbt/codestore.h"
#include "emu/dbt/disas.h"
#include "emu/dbt/exec.h"
#include "emu/dbt/qsbr.h"
#include "emu/gdbstub/gdbstub.h"
#include "emu/mm/codeprot.h"
#include "emu/mm/mm.h"
#include "emu/process.h"

#define JC_SIZE 4096
#define PAGE_SHIFT 12            /* a block never crosses a 4 KiB page (front-ends stop there) */
#define BATCH 256                /* retired blocks per grace period */
#define RING 64                  /* recent invalidations a translation in progress checks */
#define CHECK_MAX 512            /* bytes a block can span (front-ends stop well before) */

static GHashTable *tbs;          /* uint64 pc -> struct dm_tb *, live blocks */
static GHashTable *pages;        /* uint64 page number -> struct page *, blocks not yet freed */
static GMutex tbs_lock;

/* A page's blocks; a page whose code was rewritten in place (IC IVAU dropped
 * one of its blocks) keeps its entry, empty, until it is unmapped. */
struct page { uint64_t no; GPtrArray *tbs; bool rewritten; };

/* Retired, not yet freed: the open batch, then sealed batches in order. */
struct batch { uint64_t seq; struct dm_tb *tbs; void *region; struct batch *next; };
static struct dm_tb *open_tbs;
static unsigned open_n;
static struct batch *sealed, **sealed_tail = &sealed;
static unsigned nsealed;         /* atomic: a quiescent thread tries to free only when > 0 */

/* The last RING invalidated ranges, so a translation made outside the lock
 * can tell whether its page was invalidated meanwhile. */
static uint64_t ninval;
static struct { uint64_t lo, hi; } ring[RING];

static struct dm_tb_stats stats;

static __thread struct dm_tb *jc[JC_SIZE];
static __thread uint64_t jc_seq;     /* grace period jc was last emptied in */
static __thread uint64_t q_seen;     /* grace period last reported quiescent */

/* The JIT is optional in a link (only build/dragoman carries libdm_jit.a). */
#pragma weak dm_jit_drop
#pragma weak dm_jit_free
#pragma weak dm_jit_flush
#pragma weak dm_jit_full
#pragma weak dm_jit_region_free
/* and so is the gdb stub (emu/gdbstub) */
#pragma weak dm_gdb_translate_limits
#pragma weak dm_gdb_enabled

static guint pc_hash(gconstpointer p) { uint64_t v = *(const uint64_t *)p; return (guint)(v >> 2) ^ (guint)(v >> 34); }
static guint page_hash(gconstpointer p) { uint64_t v = *(const uint64_t *)p; return (guint)v ^ (guint)(v >> 32); }
static gboolean u64_equal(gconstpointer a, gconstpointer b) { return *(const uint64_t *)a == *(const uint64_t *)b; }

static void log_line(const char *line, void *ctx) { fprintf((FILE *)ctx, "%s\n", line); }

static void tables(void)
{
	if (tbs) return;
	tbs = g_hash_table_new(pc_hash, u64_equal);
	pages = g_hash_table_new(page_hash, u64_equal);
}

/* Coherent fetch, a page that is not write-protected: translate from
 * bytes that were still there afterwards, and keep them for the entry check. */
/* A fresh translation request for pc.  Under gdb, blocks end before
 * breakpoints, and a block at one is left to the dispatcher, which stops
 * there (never compiled, so never chained to). */
static void request(struct dm_tb *tb, uint64_t pc)
{
	dm_ir_init(&tb->ir, pc);
	if (&dm_gdb_enabled && dm_gdb_enabled && dm_gdb_translate_limits(&tb->ir)) tb->jit.tried = 1;
}

static void translate_checked(struct dm_cpu *cpu, struct dm_tb *tb, uint64_t pc)
{
	uint8_t first[CHECK_MAX];
	size_t nfirst = (1u << PAGE_SHIFT) - (pc & ((1u << PAGE_SHIFT) - 1));
	if (nfirst > CHECK_MAX) nfirst = CHECK_MAX;
	for (;;) {
		memcpy(first, dm_g2h(pc), nfirst);
		request(tb, pc);
		cpu->arch->translate(&tb->ir, pc);
		size_t n = tb->ir.end_pc > pc ? tb->ir.end_pc - pc : 0;
		tb->bytes = g_malloc(n ? n : 1);
		memcpy(tb->bytes, first, n < nfirst ? n : nfirst);
		if (n > nfirst)   /* an instruction across the page end: the front-end checked the next page */
			memcpy(tb->bytes + nfirst, dm_g2h(pc + nfirst), n - nfirst);
		if (!memcmp(tb->bytes, dm_g2h(pc), n)) return;
		/* rewritten while it was read: again */
		g_free(tb->bytes);
		dm_ir_free(&tb->ir);
	}
}

static struct dm_tb *translate(struct dm_cpu *cpu, uint64_t pc)
{
	/* coherent fetch: a store into these bytes must fault from now on,
	 * before they are read (a store in between is then either read here
	 * or drops this translation: invalidated_since) */
	enum dm_codeprot_mode mode = DM_CODEPROT_NONE;
	if (cpu->arch->coherent_fetch) {
		mode = dm_codeprot_translating(pc);
		/* a first instruction that runs into the next page reads it too
		 * (no instruction is longer than 16 bytes) */
		uint64_t next = (pc | ((1u << PAGE_SHIFT) - 1)) + 1;
		if (next - pc < 16) {
			enum dm_codeprot_mode m2 = dm_codeprot_translating(next);
			if (m2 > mode) mode = m2;
		}
	}
	struct dm_tb *tb = g_new0(struct dm_tb, 1);
	if (mode == DM_CODEPROT_CHECKED) {
		translate_checked(cpu, tb, pc);
	} else {
		request(tb, pc);
		cpu->arch->translate(&tb->ir, pc);
	}
	if (mode != DM_CODEPROT_NONE) dm_codestore_checks(&tb->ir, tb->bytes);
	dm_ir_verify_env(&tb->ir);
	tb->pc = pc;
	tb->end = tb->ir.end_pc;
	if (dm_proc.log_mask & DM_LOG_IN_ASM) dm_disas_block(dm_proc.log ? dm_proc.log : stderr, cpu->arch, pc, tb->end);
	if (dm_proc.log_mask & DM_LOG_IR)
		dm_ir_dump(&tb->ir, log_line, dm_proc.log ? dm_proc.log : stderr);
	return tb;
}

static void destroy(struct dm_tb *tb)
{
	if (dm_jit_free) dm_jit_free(tb);
	dm_ir_free(&tb->ir);
	g_free(tb->bytes);
	g_free(tb);
}

/* A block that only raises the fetch fault: pc is not mapped executable.
 * Never cached, so a later mmap of that page works. */
static struct dm_tb *fetch_fault(uint64_t pc)
{
	static __thread struct dm_tb tb;
	static __thread struct dm_ir_insn insn[2];
	tb.pc = tb.end = pc;
	tb.jit = (struct dm_jit_tb){ .tried = 1 };   /* never compiled: reused for every such pc */
	tb.ir = (struct dm_ir_block){ .pc = pc, .n = 2, .cap = 2, .ntemps = 1, .end_pc = pc, .insn = insn };
	insn[0] = (struct dm_ir_insn){ .op = DM_IR_INSN, .imm = pc };
	insn[1] = (struct dm_ir_insn){ .op = DM_IR_TRAP, .imm = DM_TRAP_FETCH };
	return &tb;
}

/* ---- the page index (under tbs_lock) ---------------------------------------------- */

static void index_add(struct dm_tb *tb)
{
	uint64_t no = tb->pc >> PAGE_SHIFT;
	struct page *p = g_hash_table_lookup(pages, &no);
	if (!p) {
		p = g_new(struct page, 1);
		p->no = no;
		p->tbs = g_ptr_array_new();
		p->rewritten = false;
		g_hash_table_insert(pages, &p->no, p);
	}
	g_ptr_array_add(p->tbs, tb);
	tb->indexed = 1;
	tb->rewritten = p->rewritten;
}

static void page_free(struct page *p)
{
	g_hash_table_remove(pages, &p->no);
	g_ptr_array_free(p->tbs, TRUE);
	g_free(p);
}

static void index_remove(struct dm_tb *tb)
{
	uint64_t no = tb->pc >> PAGE_SHIFT;
	struct page *p = g_hash_table_lookup(pages, &no);
	tb->indexed = 0;
	if (!p) return;
	g_ptr_array_remove_fast(p->tbs, tb);
	if (!p->tbs->len && !p->rewritten) page_free(p);
}

/* ---- retiring and freeing (under tbs_lock) ---------------------------------------- */

static void seal(void *region)
{
	if (!open_tbs && !region) return;
	struct batch *b = g_new(struct batch, 1);
	b->seq = dm_qsbr_advance();
	b->tbs = open_tbs;
	b->region = region;
	b->next = NULL;
	*sealed_tail = b;
	sealed_tail = &b->next;
	__atomic_add_fetch(&nsealed, 1, __ATOMIC_RELAXED);
	open_tbs = NULL;
	open_n = 0;
	stats.grace_periods++;
}

static void retire(struct dm_tb *tb)
{
	tb->retire_next = open_tbs;
	open_tbs = tb;
	if (++open_n >= BATCH) seal(NULL);
}

/* Free every sealed batch whose grace period is over, oldest first. */
static void reclaim(void)
{
	while (sealed && dm_qsbr_done(sealed->seq)) {
		struct batch *b = sealed;
		for (struct dm_tb *tb = b->tbs, *next; tb; tb = next) {
			next = tb->retire_next;
			if (tb->indexed) index_remove(tb);
			destroy(tb);
			stats.freed++;
		}
		if (b->region) dm_jit_region_free(b->region);
		sealed = b->next;
		if (!sealed) sealed_tail = &sealed;
		__atomic_sub_fetch(&nsealed, 1, __ATOMIC_RELAXED);
		g_free(b);
	}
}

/* tb leaves the lookup table (if it was still there): no new entry into it
 * from now on, through the table, a small cache, a chained jump or the
 * JIT's indirect-branch table. */
static void drop(struct dm_tb *tb)
{
	if (!tb->dead) {
		g_hash_table_remove(tbs, &tb->pc);
		__atomic_store_n(&tb->dead, 1, __ATOMIC_RELEASE);
		retire(tb);
	}
	if (dm_jit_drop) dm_jit_drop(tb);
	stats.dropped++;
}

/* ---- lookup ----------------------------------------------------------------------- */

void dm_tb_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) g_mutex_lock(&tbs_lock);
	else if (phase == DM_FORK_PARENT) g_mutex_unlock(&tbs_lock);
	else g_mutex_init(&tbs_lock);
	dm_qsbr_fork(phase);
}

static void jc_check(void)
{
	uint64_t s = dm_qsbr_seq();
	if (jc_seq != s) {
		memset(jc, 0, sizeof jc);
		jc_seq = s;
	}
}

bool dm_tb_quiesce(void)
{
	uint64_t s = dm_qsbr_seq();
	if (q_seen == s) return false;
	jc_check();
	q_seen = s;
	dm_qsbr_quiescent(s);
	if (__atomic_load_n(&nsealed, __ATOMIC_RELAXED)) {
		g_mutex_lock(&tbs_lock);
		reclaim();
		g_mutex_unlock(&tbs_lock);
	}
	return true;
}

/* Was [lo, hi) invalidated since the count was since? (tbs_lock held) */
static bool invalidated_since(uint64_t since, uint64_t lo, uint64_t hi)
{
	if (ninval - since > RING) return true;
	for (uint64_t i = since; i < ninval; i++)
		if (ring[i % RING].lo < hi && lo < ring[i % RING].hi) return true;
	return false;
}

struct dm_tb *dm_tb_get(struct dm_cpu *cpu, uint64_t pc)
{
	jc_check();
	struct dm_tb **slot = &jc[(pc >> 2) & (JC_SIZE - 1)];
	struct dm_tb *tb = *slot;
	if (tb && tb->pc == pc && !__atomic_load_n(&tb->dead, __ATOMIC_ACQUIRE)) return tb;

	g_mutex_lock(&tbs_lock);
	tables();
	tb = g_hash_table_lookup(tbs, &pc);
	uint64_t since = ninval;
	g_mutex_unlock(&tbs_lock);
	if (!tb && !dm_mm_access_ok(pc, 4, DM_PROT_EXEC))
		return fetch_fault(pc);
	while (!tb) {
		/* Translate outside the lock; if another thread won the race, keep
		 * theirs; if the code was invalidated meanwhile (rewritten while we
		 * read it), translate again. */
		struct dm_tb *mine = translate(cpu, pc);
		g_mutex_lock(&tbs_lock);
		tb = g_hash_table_lookup(tbs, &pc);
		bool stale = !tb && invalidated_since(since, mine->pc, mine->end > mine->pc ? mine->end : mine->pc + 1);
		if (!tb && !stale) {
			g_hash_table_insert(tbs, &mine->pc, mine);
			index_add(mine);
			stats.translated++;
			tb = mine;
		}
		since = ninval;
		g_mutex_unlock(&tbs_lock);
		if (tb != mine) destroy(mine);
	}
	*slot = tb;
	return tb;
}

/* ---- invalidation ----------------------------------------------------------------- */

static bool drop_in_page(struct page *p, uint64_t lo, uint64_t hi)
{
	bool any = false;
	for (guint i = p->tbs->len; i-- > 0;) {
		struct dm_tb *tb = g_ptr_array_index(p->tbs, i);
		uint64_t end = tb->end > tb->pc ? tb->end : tb->pc + 1;
		if (!(tb->pc < hi && lo < end)) continue;
		g_ptr_array_remove_index_fast(p->tbs, i);
		tb->indexed = 0;
		drop(tb);
		any = true;
	}
	return any;
}

static gboolean page_in(gpointer key, gpointer value, gpointer range)
{
	const uint64_t *r = range;
	struct page *p = value;
	return p->no >= r[0] && p->no <= r[1];
}

/* Drop p's blocks overlapping [lo, hi); p may be freed. */
static void invalidate_page(struct page *p, uint64_t lo, uint64_t hi, bool icache)
{
	if (drop_in_page(p, lo, hi) && icache) p->rewritten = true;
	if (!icache) p->rewritten = false;   /* a new mapping: new code */
	if (!p->tbs->len && !p->rewritten) page_free(p);
}

static void invalidate(uint64_t addr, uint64_t len, bool icache)
{
	if (!len) return;
	uint64_t hi = addr + len < addr ? UINT64_MAX : addr + len;
	uint64_t r[2] = { addr >> PAGE_SHIFT, (hi - 1) >> PAGE_SHIFT };
	g_mutex_lock(&tbs_lock);
	tables();
	ring[ninval % RING].lo = addr;
	ring[ninval % RING].hi = hi;
	ninval++;
	stats.invalidations++;
	/* a block whose first instruction crosses into r[0] is indexed under
	 * the page before */
	struct page *before = r[0] ? g_hash_table_lookup(pages, &(uint64_t){ r[0] - 1 }) : NULL;
	if (before && drop_in_page(before, addr, hi) && !before->tbs->len && !before->rewritten) page_free(before);
	if (r[1] - r[0] < 64 || r[1] - r[0] < g_hash_table_size(pages)) {
		/* the common case (IC IVAU: one line): look the pages up */
		for (uint64_t no = r[0];; no++) {
			struct page *p = g_hash_table_lookup(pages, &no);
			if (p) invalidate_page(p, addr, hi, icache);
			if (no == r[1]) break;
		}
	} else {
		/* a large range (munmap of a library): walk the pages that have blocks */
		GPtrArray *hit = g_ptr_array_new();
		GHashTableIter it;
		gpointer k, v;
		g_hash_table_iter_init(&it, pages);
		while (g_hash_table_iter_next(&it, &k, &v))
			if (page_in(k, v, r)) g_ptr_array_add(hit, v);
		for (guint i = 0; i < hit->len; i++) invalidate_page(g_ptr_array_index(hit, i), addr, hi, icache);
		g_ptr_array_free(hit, TRUE);
	}
	g_mutex_unlock(&tbs_lock);
}

void dm_exec_invalidate(uint64_t addr, uint64_t len) { invalidate(addr, len, false); }
void dm_exec_invalidate_icache(uint64_t addr, uint64_t len) { invalidate(addr, len, true); }

void dm_tb_flush_all(void)
{
	g_mutex_lock(&tbs_lock);
	tables();
	if (dm_jit_full && !dm_jit_full()) {   /* another thread flushed first */
		g_mutex_unlock(&tbs_lock);
		return;
	}
	/* Every block dies with the region its code is in.  They stay in the
	 * page index until freed: a thread still running chained code in the
	 * old region must still be cut off when that code is invalidated. */
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, tbs);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		struct dm_tb *tb = v;
		__atomic_store_n(&tb->dead, 1, __ATOMIC_RELEASE);
		tb->retire_next = open_tbs;
		open_tbs = tb;
		open_n++;
	}
	g_hash_table_remove_all(tbs);
	void *old = dm_jit_flush ? dm_jit_flush() : NULL;
	stats.flushes++;
	seal(old);
	g_mutex_unlock(&tbs_lock);
}

void dm_tb_get_stats(struct dm_tb_stats *s)
{
	g_mutex_lock(&tbs_lock);
	*s = stats;
	g_mutex_unlock(&tbs_lock);
}
