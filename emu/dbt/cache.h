/* emu/dbt/cache.h: translated blocks, cached by guest pc. */
#ifndef DM_CACHE_H
#define DM_CACHE_H

#include "emu/cpu.h"
#include "emu/dbt/ir.h"
#include "emu/jit/jit.h"

struct dm_tb {
	uint64_t pc, end;            /* guest code range [pc, end) it was made from */
	struct dm_ir_block ir;
	uint64_t execs;              /* times run (statistics, -d exec) */
	struct dm_jit_tb jit;        /* host code (emu/jit), when compiled */
};

/* The block for pc, translating it on a miss.  Safe from any thread. */
struct dm_tb *dm_tb_get(struct dm_cpu *cpu, uint64_t pc);
/* Drop every block (the JIT's code cache is full).  Blocks are not freed. */
void dm_tb_flush_all(void);
/* fork of the emulator (emu/process.h) */
void dm_tb_fork_lock(enum dm_fork_phase phase);

#endif
