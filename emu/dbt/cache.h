/* emu/dbt/cache.h: translated blocks, cached by guest pc. */
#ifndef DM_CACHE_H
#define DM_CACHE_H

#include "emu/cpu.h"
#include "emu/dbt/ir.h"
#include "emu/jit/jit.h"

struct dm_tb {
	uint64_t pc, end;            /* guest code range [pc, end) it was made from (one 4 KiB page) */
	struct dm_ir_block ir;
	uint64_t execs;              /* times interpreted while waiting to be compiled (racy) */
	struct dm_jit_tb jit;        /* host code (emu/jit), when compiled */
	uint8_t dead;                /* atomic: out of the lookup table (invalidated or flushed) */
	uint8_t indexed;             /* in the page index (invalidation finds it) */
	uint8_t rewritten;           /* its page held code the guest rewrote (IC IVAU dropped a block) */
	uint8_t *bytes;              /* coherent fetch, a page not write-protected (emu/mm/codeprot.h):
				      * the guest bytes [pc, end) it was made from, compared on entry */
	struct dm_tb *retire_next;   /* waiting to be freed (emu/dbt/qsbr.h) */
};

/* A block from a page whose code the guest rewrites is compiled only after
 * this many interpreted runs: code a guest JIT writes, runs once or twice
 * and rewrites (a patched call site, one-shot stubs) costs no host code. */
#define DM_TB_REWRITTEN_HOT 8
static inline bool dm_tb_should_compile(struct dm_tb *tb)
{
	return !tb->rewritten || ++tb->execs > DM_TB_REWRITTEN_HOT;
}

/* The block for pc, translating it on a miss.  Safe from any thread. */
struct dm_tb *dm_tb_get(struct dm_cpu *cpu, uint64_t pc);
/* The JIT's code cache is full: drop every block and start a new code region
 * (unless another thread just did).  Old blocks and the old region are freed
 * after a grace period. */
void dm_tb_flush_all(void);
/* The top of the dispatch loop: the calling thread holds no block.  Returns
 * true when blocks may have been retired since its last call: it must then
 * forget any block or exit pointer it kept (the exit to link). */
bool dm_tb_quiesce(void);
/* fork of the emulator (emu/process.h) */
void dm_tb_fork_lock(enum dm_fork_phase phase);

/* Counters for tests and docs/coherence.md (-d exec). */
struct dm_tb_stats { uint64_t translated, invalidations, dropped, freed, flushes, grace_periods; };
void dm_tb_get_stats(struct dm_tb_stats *s);

#endif
