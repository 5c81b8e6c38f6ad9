/* emu/jit/x86_64/x86.h: what the lowering (lower.c) needs from the runtime
 * (runtime.c): the frame layout, the shared stubs and the indirect-branch
 * table.  Private to emu/jit/x86_64/. */
#ifndef DM_JIT_X86_H
#define DM_JIT_X86_H

#include <stdint.h>

#include "emu/dbt/cache.h"
#include "emu/jit/jit.h"
#include "emu/jit/x86_64/emit.h"

/* Register roles in generated code.  rax, rcx, rdx, r11: scratch of one IR
 * op; r15: the guest CPU struct; rsp: spill slots; the other ten registers
 * hold temps (emu/jit/x86_64/lower.c), except r14 when the guest has a
 * window (dm_guest_base != 0, 32-bit guests): it then holds dm_guest_base,
 * loaded by the entry trampoline, and guest memory is [r14 + address]. */
#define REG_CPU R15
#define REG_GBASE R14

/* Spill slots: [rsp + 8 * i], i < DM_X86_SLOTS; the entry trampoline
 * reserves them once for every block it runs (blocks chain in that frame). */
#define DM_X86_SLOTS 1024
#define DM_X86_FRAME (DM_X86_SLOTS * 8 + 8)
/* [rsp + DM_X86_PENDING]: the running thread's &dm_signal_pending (the flag
 * may be per-thread; code is shared), checked at every block entry */
#define DM_X86_PENDING (DM_X86_SLOTS * 8)

/* Indirect-branch table probed inline by EXITR: slot (pc >> 2) & mask. */
#define DM_X86_IND_BITS 16
struct dm_x86_ind { uint64_t pc; void *code; };
extern struct dm_x86_ind dm_x86_ind[1u << DM_X86_IND_BITS];

/* The current region's shared code. */
struct dm_x86_rt {
	uint8_t *epilogue;            /* jmp here with rax = the dm_jit_run() result */
	uint32_t gen;                 /* code-cache generation */
};
extern struct dm_x86_rt dm_x86_rt;

/* Lower tb's IR into x.  Returns 0, or -1 for a block it does not handle;
 * x->overflow says the region is full.  Exit records are allocated with
 * dm_x86_new_exit() and freed by the caller on failure. */
int dm_x86_lower(struct dm_tb *tb, struct xbuf *x);
struct dm_jit_exit *dm_x86_new_exit(void);

#endif
