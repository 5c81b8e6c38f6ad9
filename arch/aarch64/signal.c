/* arch/aarch64/signal.c: the arm64 rt_sigframe, as arch/arm64/kernel/signal.c
 * lays it out: siginfo, then a ucontext whose mcontext holds x0-x30, sp, pc,
 * pstate and, in __reserved, an fpsimd_context record and the end marker; a
 * frame record {x29, x30} sits just above the frame. */
#include <string.h>

#include "arch/aarch64/cpu.h"
#include "arch/aarch64/signal.h"
#include "arch/arch.h"
#include "emu/mm/mm.h"
#include "emu/signal/guest_signal.h"

enum {
	INFO = 0,                        /* struct siginfo, 128 bytes */
	UC = 128,                        /* struct ucontext */
	UC_FLAGS = UC + 0, UC_LINK = UC + 8, UC_STACK = UC + 16, UC_SIGMASK = UC + 40,
	MC = UC + 176,                   /* struct sigcontext (16-aligned) */
	MC_FAULT = MC + 0, MC_REGS = MC + 8, MC_SP = MC + 256, MC_PC = MC + 264, MC_PSTATE = MC + 272,
	MC_RESERVED = MC + 288,          /* 4096 bytes of records */
	FRAME_SIZE = MC_RESERVED + 4096, /* sizeof(struct rt_sigframe) = 4688 */
	FPSIMD_MAGIC = 0x46508001, FPSIMD_SIZE = 528,
	ESR_MAGIC = 0x45535201,
};

static void put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }
static void put64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }
static uint32_t get32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t get64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

/* siginfo: generic layout (si_signo, si_errno, si_code, then the union at 16). */
static void put_siginfo(uint8_t *f, const struct dm_gsiginfo *i)
{
	put32(f + 0, (uint32_t)i->signo);
	put32(f + 4, (uint32_t)i->err);
	put32(f + 8, (uint32_t)i->code);
	if (i->addr) {
		put64(f + 16, i->addr);
	} else {
		put32(f + 16, (uint32_t)i->pid);
		put32(f + 20, (uint32_t)i->uid);
		if (i->status) put32(f + 24, (uint32_t)i->status);
		else put64(f + 24, i->value);
	}
}

bool a64_signal_frame(struct dm_cpu *cpu, const struct dm_gsiginfo *info, const struct dm_gsigaction *a,
		      const uint64_t oldmask[2], uint64_t sp, uint64_t restorer, const uint64_t altstack[3])
{
	struct a64_cpu *c = (struct a64_cpu *)cpu;
	uint64_t rec = (sp - 16) & ~15ull;           /* frame record {fp, lr} */
	uint64_t frame = (rec & ~15ull) - FRAME_SIZE;
	static __thread uint8_t f[FRAME_SIZE];
	memset(f, 0, sizeof f);
	put_siginfo(f + INFO, info);
	put64(f + UC_STACK, altstack[0]);
	put32(f + UC_STACK + 8, (uint32_t)altstack[1]);
	put64(f + UC_STACK + 16, altstack[2]);
	put64(f + UC_SIGMASK, oldmask[0]);
	put64(f + MC_FAULT, info->addr);
	for (int r = 0; r < 31; r++) put64(f + MC_REGS + 8 * r, c->x[r]);
	put64(f + MC_SP, c->x[31]);
	put64(f + MC_PC, c->common.pc);
	put64(f + MC_PSTATE, c->nzcv);
	uint8_t *fp = f + MC_RESERVED;
	put32(fp, FPSIMD_MAGIC);
	put32(fp + 4, FPSIMD_SIZE);
	put32(fp + 8, (uint32_t)c->fpsr);
	put32(fp + 12, (uint32_t)c->fpcr);
	memcpy(fp + 16, c->v, 512);
	/* the end record (zero magic and size) is already there */
	uint8_t recbuf[16];
	put64(recbuf, c->x[29]);
	put64(recbuf + 8, c->x[30]);
	if (dm_copy_to_guest(frame, f, FRAME_SIZE) || dm_copy_to_guest(rec, recbuf, 16))
		return false;
	c->x[0] = (uint64_t)info->signo;
	c->x[1] = frame + INFO;
	c->x[2] = frame + UC;
	c->x[29] = rec;
	c->x[30] = (a->flags & 0x04000000) ? a->restorer : restorer;  /* SA_RESTORER */
	c->x[31] = frame;
	c->common.pc = a->handler;
	return true;
}

bool a64_signal_return(struct dm_cpu *cpu, uint64_t mask[2])
{
	struct a64_cpu *c = (struct a64_cpu *)cpu;
	uint64_t frame = c->x[31];
	static __thread uint8_t f[FRAME_SIZE];
	if (frame & 15 || dm_copy_from_guest(f, frame, FRAME_SIZE))
		return false;
	for (int r = 0; r < 31; r++) c->x[r] = get64(f + MC_REGS + 8 * r);
	c->x[31] = get64(f + MC_SP);
	c->common.pc = get64(f + MC_PC);
	c->nzcv = get64(f + MC_PSTATE) & 0xf0000000u;
	mask[0] = get64(f + UC_SIGMASK);
	mask[1] = 0;
	/* walk the records for the FP/SIMD state */
	for (size_t off = 0; off + 8 <= 4096;) {
		const uint8_t *r = f + MC_RESERVED + off;
		uint32_t magic = get32(r), size = get32(r + 4);
		if (!magic) break;
		if (size < 8 || off + size > 4096) return false;
		if (magic == FPSIMD_MAGIC && size >= FPSIMD_SIZE) {
			c->fpsr = get32(r + 8);
			c->fpcr = get32(r + 12);
			memcpy(c->v, r + 16, 512);
		}
		off += size;
	}
	return true;
}

/* mov x8, #139 (rt_sigreturn); svc #0 */
static const uint32_t tramp[2] = { 0xd2801168u, 0xd4000001u };
const uint8_t *const a64_sigtramp = (const uint8_t *)tramp;
const size_t a64_sigtramp_len = sizeof tramp;
