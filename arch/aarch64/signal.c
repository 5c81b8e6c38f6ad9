/* arch/aarch64/signal.c: the arm64 rt_sigframe, as arch/arm64/kernel/signal.c
 * lays it out: siginfo, then a ucontext whose mcontext holds x0-x30, sp, pc,
 * pstate and, in __reserved, an fpsimd_context record, an esr_context record
 * for memory faults (as __do_user_fault records one) and the end marker; a
 * frame record {x29, x30} sits just above the frame.  The offsets come
 * from the spec types (arch/aarch64/signal_layout.h, specs/types/sigframe.lua). */
#include <string.h>

#include "arch/aarch64/cpu.h"
#include "arch/aarch64/signal.h"
#include "arch/aarch64/signal_layout.h"
#include "arch/arch.h"
#include "emu/mm/mm.h"
#include "emu/signal/guest_signal.h"

_Static_assert(FPSIMD_VREGS + sizeof ((struct a64_cpu *)0)->v == FPSIMD_SIZE, "fpsimd_context holds V0-V31");


static void put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }
static void put64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }
static uint32_t get32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t get64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

/* The ESR the kernel reports for a memory fault (emu records it in neutral
 * terms): EC data abort (0x24) or instruction abort (0x20) from EL0, IL, WnR
 * for a write, FSC 4 (translation fault, level 0); 0: not a memory fault. */
static uint64_t fault_esr(const struct dm_gfault *f)
{
	switch (f->access) {
	case DM_FAULT_READ: return (0x24ull << 26) | (1ull << 25) | 0x04;
	case DM_FAULT_WRITE: return (0x24ull << 26) | (1ull << 25) | (1ull << 6) | 0x04;
	case DM_FAULT_EXEC: return (0x20ull << 26) | (1ull << 25) | 0x04;
	default: return 0;
	}
}

bool a64_signal_frame(struct dm_cpu *cpu, const struct dm_gsiginfo *info, const struct dm_gsigaction *a,
		      const uint64_t oldmask[2], uint64_t sp, uint64_t restorer, const uint64_t altstack[3])
{
	struct a64_cpu *c = (struct a64_cpu *)cpu;
	uint64_t rec = (sp - FRAME_RECORD_SIZE) & ~15ull;   /* frame record {fp, lr} */
	uint64_t frame = (rec & ~15ull) - FRAME_SIZE;
	static __thread uint8_t f[FRAME_SIZE];
	memset(f, 0, sizeof f);
	memcpy(f + INFO, info->bytes, sizeof info->bytes);
	put64(f + UC_STACK + SS_SP, altstack[0]);
	put32(f + UC_STACK + SS_FLAGS, (uint32_t)altstack[1]);
	put64(f + UC_STACK + SS_SIZE, altstack[2]);
	put64(f + UC_SIGMASK, oldmask[0]);
	put64(f + MC_FAULT, info->fault.access ? info->fault.addr : 0);
	for (int r = 0; r < 31; r++) put64(f + MC_REGS + 8 * r, c->x[r]);
	put64(f + MC_SP, c->x[31]);
	put64(f + MC_PC, c->common.pc);
	put64(f + MC_PSTATE, c->nzcv);
	uint8_t *fp = f + MC_RESERVED;
	put32(fp + CTX_MAGIC, A64_FPSIMD_MAGIC);
	put32(fp + CTX_SIZE, FPSIMD_SIZE);
	put32(fp + FPSIMD_FPSR, (uint32_t)c->fpsr);
	put32(fp + FPSIMD_FPCR, (uint32_t)c->fpcr);
	memcpy(fp + FPSIMD_VREGS, c->v, sizeof c->v);
	fp += FPSIMD_SIZE;
	uint64_t esr = fault_esr(&info->fault);
	if (esr) {
		put32(fp + CTX_MAGIC, A64_ESR_MAGIC);
		put32(fp + CTX_SIZE, ESR_SIZE);
		put64(fp + ESR_ESR, esr);
		fp += ESR_SIZE;
	}
	/* the end record (zero magic and size) is already there */
	uint8_t recbuf[FRAME_RECORD_SIZE];
	put64(recbuf + A64_(OFFSETOF_frame_record_fp), c->x[29]);
	put64(recbuf + A64_(OFFSETOF_frame_record_lr), c->x[30]);
	if (dm_copy_to_guest(frame, f, FRAME_SIZE) || dm_copy_to_guest(rec, recbuf, sizeof recbuf))
		return false;
	c->x[0] = (uint64_t)info->signo;
	if (a->flags & A64_SA_SIGINFO) {
		c->x[1] = frame + INFO;
		c->x[2] = frame + UC;
	}
	c->x[29] = rec;
	c->x[30] = (a->flags & A64_SA_RESTORER) ? a->restorer : restorer;
	c->x[31] = frame;
	c->common.pc = a->handler;
	return true;
}

bool a64_signal_return(struct dm_cpu *cpu, uint64_t mask[2], uint64_t altstack[3])
{
	struct a64_cpu *c = (struct a64_cpu *)cpu;
	uint64_t frame = c->x[31];
	static __thread uint8_t f[FRAME_SIZE];
	if (frame & 15 || dm_copy_from_guest(f, frame, FRAME_SIZE))
		return false;
	/* valid_user_regs: user mode (EL0t) only */
	if (get64(f + MC_PSTATE) & 0xf)
		return false;
	int have_fpsimd = 0;
	for (size_t off = 0; off + A64_(SIZEOF_aarch64_ctx) <= MC_RESERVED_SIZE;) {
		const uint8_t *r = f + MC_RESERVED + off;
		uint32_t magic = get32(r + CTX_MAGIC), size = get32(r + CTX_SIZE);
		if (!magic) break;
		if (size < A64_(SIZEOF_aarch64_ctx) || size % 16 || off + size > MC_RESERVED_SIZE) return false;
		if (magic == A64_FPSIMD_MAGIC) {
			if (size != FPSIMD_SIZE) return false;
			c->fpsr = get32(r + FPSIMD_FPSR);
			c->fpcr = get32(r + FPSIMD_FPCR);
			memcpy(c->v, r + FPSIMD_VREGS, sizeof c->v);
			have_fpsimd = 1;
		}
		off += size;
	}
	if (!have_fpsimd) return false;
	for (int r = 0; r < 31; r++) c->x[r] = get64(f + MC_REGS + 8 * r);
	c->x[31] = get64(f + MC_SP);
	c->common.pc = get64(f + MC_PC);
	c->nzcv = get64(f + MC_PSTATE) & 0xf0000000u;
	mask[0] = get64(f + UC_SIGMASK);
	mask[1] = 0;
	altstack[0] = get64(f + UC_STACK + SS_SP);
	altstack[1] = get32(f + UC_STACK + SS_FLAGS);
	altstack[2] = get64(f + UC_STACK + SS_SIZE);
	return true;
}

/* The svc that was interrupted runs again: x0 was not overwritten. */
void a64_syscall_restart(struct dm_cpu *cpu, const uint64_t args[8])
{
	(void)args;
	cpu->pc -= 4;
}

/* mov x8, #139 (rt_sigreturn); svc #0 */
static const uint32_t tramp[2] = { 0xd2801168u, 0xd4000001u };
const uint8_t *const a64_sigtramp = (const uint8_t *)tramp;
const size_t a64_sigtramp_len = sizeof tramp;
