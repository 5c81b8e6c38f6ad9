/* emu/dbt/cache.c: the block cache.  A global hash table (under a lock) holds
 * every translation; each thread keeps a small direct-mapped cache in front
 * of it so the common lookup takes no lock.  Invalidation bumps a global
 * generation that makes every thread drop its small cache. */
#include <glib.h>
#include <pthread.h>
#include <stdio.h>

#include "arch/arch.h"
#include "emu/dbt/cache.h"
#include "emu/dbt/exec.h"
#include "emu/mm/mm.h"
#include "emu/process.h"

#define JC_SIZE 4096

static GHashTable *tbs;       /* uint64 pc -> struct dm_tb * */
static GMutex tbs_lock;
static unsigned generation;   /* atomic */

static __thread struct dm_tb *jc[JC_SIZE];
static __thread unsigned jc_generation;

static guint pc_hash(gconstpointer p) { uint64_t v = *(const uint64_t *)p; return (guint)(v >> 2) ^ (guint)(v >> 34); }
static gboolean pc_equal(gconstpointer a, gconstpointer b) { return *(const uint64_t *)a == *(const uint64_t *)b; }

static void log_line(const char *line, void *ctx) { fprintf((FILE *)ctx, "%s\n", line); }

static struct dm_tb *translate(struct dm_cpu *cpu, uint64_t pc)
{
	struct dm_tb *tb = g_new0(struct dm_tb, 1);
	dm_ir_init(&tb->ir, pc);
	cpu->arch->translate(&tb->ir, pc);
	tb->pc = pc;
	tb->end = tb->ir.end_pc;
	if (dm_proc.log_mask & DM_LOG_IR)
		dm_ir_dump(&tb->ir, log_line, dm_proc.log ? dm_proc.log : stderr);
	return tb;
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

void dm_tb_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) g_mutex_lock(&tbs_lock);
	else if (phase == DM_FORK_PARENT) g_mutex_unlock(&tbs_lock);
	else g_mutex_init(&tbs_lock);
}

struct dm_tb *dm_tb_get(struct dm_cpu *cpu, uint64_t pc)
{
	unsigned gen = __atomic_load_n(&generation, __ATOMIC_ACQUIRE);
	if (jc_generation != gen) {
		memset(jc, 0, sizeof jc);
		jc_generation = gen;
	}
	struct dm_tb **slot = &jc[(pc >> 2) & (JC_SIZE - 1)];
	if (*slot && (*slot)->pc == pc) return *slot;

	g_mutex_lock(&tbs_lock);
	if (!tbs) tbs = g_hash_table_new(pc_hash, pc_equal);
	struct dm_tb *tb = g_hash_table_lookup(tbs, &pc);
	g_mutex_unlock(&tbs_lock);
	if (!tb && !dm_mm_access_ok(pc, 4, DM_PROT_EXEC))
		return fetch_fault(pc);
	if (!tb) {
		/* Translate outside the lock; if another thread won the race, keep theirs. */
		struct dm_tb *mine = translate(cpu, pc);
		g_mutex_lock(&tbs_lock);
		tb = g_hash_table_lookup(tbs, &pc);
		if (!tb) {
			g_hash_table_insert(tbs, &mine->pc, mine);
			tb = mine;
		}
		g_mutex_unlock(&tbs_lock);
		if (tb != mine) {
			dm_ir_free(&mine->ir);
			g_free(mine);
		}
	}
	*slot = tb;
	return tb;
}

/* The JIT is optional in a link (only build/dragoman carries libdm_jit.a). */
#pragma weak dm_jit_drop

static gboolean overlaps(gpointer key, gpointer value, gpointer range)
{
	struct dm_tb *tb = value;
	const uint64_t *r = range;
	if (!(tb->pc < r[1] && tb->end > r[0])) return FALSE;
	if (tb->jit.code && dm_jit_drop) dm_jit_drop(tb);   /* unlink jumps into it */
	return TRUE;
}

void dm_tb_flush_all(void)
{
	g_mutex_lock(&tbs_lock);
	/* Not freed, as in dm_exec_invalidate: a thread may be running one.  Old
	 * code stays consistent (its chains lead to old code for the same guest
	 * code), so nothing needs unlinking. */
	if (tbs) g_hash_table_remove_all(tbs);
	__atomic_add_fetch(&generation, 1, __ATOMIC_RELEASE);
	g_mutex_unlock(&tbs_lock);
}

void dm_exec_invalidate(uint64_t addr, uint64_t len)
{
	uint64_t range[2] = { addr, addr + len };
	g_mutex_lock(&tbs_lock);
	/* Removed blocks are not freed: another thread may be running one.  They
	 * are few (code is rarely unmapped or rewritten); reclaiming them safely is
	 * left to the threads work (docs/ir.md, "Invalidation"). */
	if (tbs) g_hash_table_foreach_remove(tbs, overlaps, range);
	__atomic_add_fetch(&generation, 1, __ATOMIC_RELEASE);
	g_mutex_unlock(&tbs_lock);
}
