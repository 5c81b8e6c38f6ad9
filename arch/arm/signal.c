/* arch/arm/signal.c: the arm signal frames as Linux builds them
 * (arch/arm/kernel/signal.c).  A handler with SA_SIGINFO gets an rt_sigframe
 * (siginfo, then the ucontext), r0 = signo, r1 = &info, r2 = &uc; one
 * without gets the sigframe (the ucontext alone, uc_flags 0x5ac3c35a as the
 * kernel marks it), r0 = signo.  The ucontext holds r0-r15 and the CPSR (its
 * T bit and IT bits: a signal can arrive inside an IT block), the old mask,
 * and in uc_regspace the VFP record (d0-d31, FPSCR, FPEXC) and a zero word.
 * The frame is 8-aligned below sp; the handler starts in the state its
 * address's bit 0 selects, with lr at SA_RESTORER's restorer or at the
 * signal page's return code (our trampoline).  sigreturn and rt_sigreturn
 * refuse a misaligned sp or a VFP record with the wrong magic or size
 * (SIGSEGV, as the kernel's badframe). */
#include <string.h>

#include "arch/arm/cpu.h"
#include "arch/arm/signal.h"
#include "arch/arm/signal_layout.h"
#include "emu/mm/mm.h"
#include "emu/signal/guest_signal.h"

#define VFP_MAGIC 0x56465001u       /* arch/arm/include/asm/ucontext.h */
#define FPEXC_EN 0x40000000u        /* the VFP is enabled */
#define SIGFRAME_MAGIC 0x5ac3c35au  /* setup_frame's uc_flags */

uint8_t arm_it_lookup(uint32_t pc, uint32_t *it_pc, uint16_t *it_insn);   /* itstate.c */

static struct arm_cpu *A(struct dm_cpu *c) { return (struct arm_cpu *)c; }
static void st32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }   /* little-endian host and guest */
static uint32_t ld32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

/* the CPSR of the interrupted state, IT bits included */
static uint32_t cpsr_of(const struct arm_cpu *c)
{
	uint32_t cpsr = arm_cpsr_get(c);
	if (c->common.pc & 1) {
		uint32_t it_pc;
		uint16_t it_insn;
		uint8_t it = arm_it_lookup((uint32_t)c->common.pc & ~1u, &it_pc, &it_insn);
		cpsr |= (uint32_t)(it & 3) << 25 | (uint32_t)(it >> 2) << 10;
	}
	return cpsr;
}

static void save_uc(uint8_t *uc, const struct arm_cpu *c, const uint64_t oldmask[2], const struct dm_gsiginfo *info)
{
	st32(uc + SC_OLDMASK, (uint32_t)oldmask[0]);
	for (int r = 0; r < 15; r++) st32(uc + SC_R0 + 4 * r, c->r[r]);
	st32(uc + SC_R0 + 4 * 15, (uint32_t)c->common.pc & ~1u);
	st32(uc + SC_CPSR, cpsr_of(c));
	if (info->fault.access) st32(uc + SC_FAULT_ADDRESS, (uint32_t)info->fault.addr);
	memcpy(uc + UC_SIGMASK, &oldmask[0], 8);
	st32(uc + VFP_MAGIC_OFF, VFP_MAGIC);
	st32(uc + VFP_SIZE_OFF, VFP_RECORD_SIZE);
	memcpy(uc + VFP_FPREGS, c->d, sizeof c->d);
	st32(uc + VFP_FPSCR, c->fpscr);
	st32(uc + VFP_FPEXC, FPEXC_EN);
	st32(uc + VFP_END, 0);
}

/* restore_sigframe: registers, the user-settable CPSR bits (flags, Q, GE, T,
 * IT: the mode stays user) and the VFP record, which must be there */
static bool restore_uc(struct arm_cpu *c, const uint8_t *uc, uint64_t mask[2])
{
	if (ld32(uc + VFP_MAGIC_OFF) != VFP_MAGIC || ld32(uc + VFP_SIZE_OFF) != VFP_RECORD_SIZE) return false;
	for (int r = 0; r < 15; r++) c->r[r] = ld32(uc + SC_R0 + 4 * r);
	uint32_t cpsr = ld32(uc + SC_CPSR), pc = ld32(uc + SC_R0 + 4 * 15);
	c->common.pc = (pc & ~1u) | ((cpsr >> 5) & 1);
	arm_cpsr_set(c, cpsr);
	memcpy(c->d, uc + VFP_FPREGS, sizeof c->d);
	c->fpscr = ld32(uc + VFP_FPSCR);
	memcpy(&mask[0], uc + UC_SIGMASK, 8);
	mask[1] = 0;
	return true;
}

bool arm_signal_frame(struct dm_cpu *cpu, const struct dm_gsiginfo *info, const struct dm_gsigaction *a,
		      const uint64_t oldmask[2], uint64_t sp, uint64_t restorer, const uint64_t altstack[3])
{
	struct arm_cpu *c = A(cpu);
	static __thread uint8_t f[RT_SIZE];
	bool rt = (a->flags & ARM_SA_SIGINFO) != 0;
	size_t size = rt ? RT_SIZE : SF_SIZE;
	uint32_t frame = (uint32_t)(sp - size) & ~7u;
	uint8_t *uc = f + (rt ? RT_UC : SF_UC);
	memset(f, 0, size);
	if (rt) {
		memcpy(f + RT_INFO, info->bytes, sizeof info->bytes);
		st32(uc + UC_STACK + SS_SP, (uint32_t)altstack[0]);
		st32(uc + UC_STACK + SS_FLAGS, (uint32_t)altstack[1]);
		st32(uc + UC_STACK + SS_SIZE, (uint32_t)altstack[2]);
	} else {
		st32(uc + UC_FLAGS, SIGFRAME_MAGIC);
	}
	save_uc(uc, c, oldmask, info);
	if (dm_copy_to_guest(frame, f, size)) return false;
	if (a->flags & ARM_SA_RESTORER) c->r[14] = (uint32_t)a->restorer;
	else c->r[14] = (uint32_t)(rt ? restorer : restorer + ARM_SIGTRAMP_SIGRETURN);
	c->r[13] = frame;
	c->r[0] = (uint32_t)info->signo;
	if (rt) {
		c->r[1] = frame + RT_INFO;
		c->r[2] = frame + RT_UC;
	}
	/* the handler's state from its address's bit 0; IT state cleared */
	c->common.pc = (uint32_t)a->handler;
	return true;
}

static bool do_return(struct dm_cpu *cpu, size_t size, size_t uc_off, uint64_t mask[2], uint64_t altstack[3])
{
	struct arm_cpu *c = A(cpu);
	static __thread uint8_t f[RT_SIZE];
	uint32_t frame = c->r[13];
	if (frame & 7) return false;
	if (dm_copy_from_guest(f, frame, size)) return false;
	const uint8_t *uc = f + uc_off;
	if (!restore_uc(c, uc, mask)) return false;
	if (altstack) {
		altstack[0] = ld32(uc + UC_STACK + SS_SP);
		altstack[1] = ld32(uc + UC_STACK + SS_FLAGS);
		altstack[2] = ld32(uc + UC_STACK + SS_SIZE);
	}
	return true;
}

bool arm_signal_return(struct dm_cpu *cpu, uint64_t mask[2], uint64_t altstack[3])
{
	return do_return(cpu, RT_SIZE, RT_UC, mask, altstack);
}

bool arm_signal_return_old(struct dm_cpu *cpu, uint64_t mask[2]) { return do_return(cpu, SF_SIZE, SF_UC, mask, NULL); }

/* A32: mov r7, #173 (rt_sigreturn); svc 0; mov r7, #119 (sigreturn); svc 0 */
const uint8_t arm_sigtramp[ARM_SIGTRAMP_LEN] = {
	0xad, 0x70, 0xa0, 0xe3, 0x00, 0x00, 0x00, 0xef, 0x77, 0x70, 0xa0, 0xe3, 0x00, 0x00, 0x00, 0xef,
};
