/* emu/jit/jit.h: the JIT backend as the dispatch loop (emu/dbt/exec.c) and
 * the block cache (emu/dbt/cache.c) see it.  The host backend lives in
 * emu/jit/<host>/ (today x86_64 only); docs/jit.md describes the design.
 *
 * Contract: dm_jit_compile() turns a block's IR into host code that does
 * exactly what dm_interp_block() does with it (the interpreter stays the
 * definition), hangs it on tb->code and returns true; it returns false for a
 * block it does not handle (the dispatch loop then interprets that block) or
 * when the code cache is full (dm_jit_full() then says so: flush the block
 * cache, call dm_jit_flush(), and compile again). */
#ifndef DM_JIT_H
#define DM_JIT_H

#include <stdbool.h>
#include <stdint.h>

#include "emu/process.h"

#include "emu/cpu.h"

struct dm_tb;

/* What dm_jit_run() returns when it is not a struct dm_jit_exit pointer. */
#define DM_JIT_RET_JUMP 0u      /* continue at cpu->pc, nothing to chain */
#define DM_JIT_RET_SYSCALL 1u   /* run the system call, continue at cpu->pc */

enum dm_jit_exit_kind { DM_JIT_EXIT_CHAIN, DM_JIT_EXIT_TRAP };

/* A block exit that returned to the dispatcher (lives as long as the code). */
struct dm_jit_exit {
	uint32_t kind;                /* enum dm_jit_exit_kind */
	uint32_t gen;                 /* code-cache generation of the site */
	uint8_t *site;                /* CHAIN: the patchable jmp rel32 */
	uint8_t *unchained;           /* CHAIN: where that jmp points when unlinked */
	struct dm_tb *src;            /* the block the exit belongs to */
	uint64_t value;               /* CHAIN: target pc; TRAP: TRAP's imm */
	struct dm_tb *target;         /* CHAIN: the block it is linked to, or NULL */
	struct dm_jit_exit *next_in;  /* next site linked to the same target */
	struct dm_jit_exit *next_own; /* next exit of the same block */
};

/* Per-block JIT state, in struct dm_tb (emu/dbt/cache.h). */
struct dm_jit_tb {
	void *code;                   /* host entry point, or NULL: interpret */
	void *ind_code;               /* entry from the indirect-branch table: checks rax == pc first */
	struct dm_jit_exit *incoming; /* chained jumps into this block */
	struct dm_jit_exit *exits;    /* this block's own exit records */
	uint32_t gen;                 /* code-cache generation of code */
	uint8_t tried;                /* compile attempted */
	uint8_t dropped;              /* invalidated: never link to it again */
};

/* DM_JIT=0 in the environment turns the JIT off (interpreter only). */
bool dm_jit_enabled(void);

bool dm_jit_compile(struct dm_tb *tb);
bool dm_jit_full(void);
/* Start a fresh code region; its blocks must already be out of the block
 * cache.  Returns the old region, which stays mapped (a thread may still be
 * running in it) until dm_jit_region_free() after a grace period. */
void *dm_jit_flush(void);
void dm_jit_region_free(void *region);

/* Run tb's code on cpu (the caller sets dm_in_guest).  Returns DM_JIT_RET_*
 * or a struct dm_jit_exit * (a chainable exit or a trap). */
uintptr_t dm_jit_run(struct dm_cpu *cpu, struct dm_tb *tb);

/* The exit e returned to the dispatcher, which found next for its target:
 * patch e's jump to go straight to next from now on (when both are live). */
void dm_jit_link(struct dm_jit_exit *e, struct dm_tb *next);
/* tb was reached by an indirect jump (or from the dispatcher): enter it in
 * the indirect-branch table that EXITR probes inline. */
void dm_jit_note_target(struct dm_tb *tb);
/* tb is being removed from the block cache (invalidation): unlink every
 * jump into it, take its own exits out of their targets' lists, forget it
 * in the indirect-branch table; it is never compiled or linked to again. */
void dm_jit_drop(struct dm_tb *tb);
/* tb is being freed (after a grace period): free its exit records. */
void dm_jit_free(struct dm_tb *tb);
/* fork of the emulator (emu/process.h) */
void dm_jit_fork_lock(enum dm_fork_phase phase);

/* Statistics for -d exec style reports and tests. */
struct dm_jit_stats { uint64_t compiled, failed, bytes, links, flushes; };
void dm_jit_get_stats(struct dm_jit_stats *s);

#endif
