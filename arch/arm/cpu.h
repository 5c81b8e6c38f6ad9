/* arch/arm/cpu.h: the 32-bit Arm guest CPU state (user mode, ARMv7-A with
 * VFPv3-D16).  The Thumb state travels in bit 0 of common.pc (instructions
 * are at least halfword aligned, so bit 0 is free): a block is translated
 * for one instruction set, and BX/BLX/POP {pc} targets carry the bit the
 * architecture puts there.  The flags are kept in the IR's layout (N Z C V
 * in bits 3..0, docs/ir.md) and converted to the CPSR's only where the guest
 * can see the CPSR (signal frames, gdb, MRS). */
#ifndef DM_ARM_CPU_H
#define DM_ARM_CPU_H

#include <stddef.h>
#include <stdint.h>

#include "emu/cpu.h"

struct arm_cpu {
	struct dm_cpu common;        /* common.pc: instruction address | 1 in Thumb state */
	uint32_t r[16];              /* r0..r14 (r13 sp, r14 lr); r[15] unused: the pc is common.pc */
	uint32_t flags;              /* NZCV in the IR's layout (DM_FLAG_*) */
	uint32_t q;                  /* CPSR.Q (sticky saturation), 0 or 1 */
	uint32_t ge;                 /* CPSR.GE[3:0] */
	uint32_t tpidruro;           /* the user read-only thread ID register: the TLS pointer */
	uint32_t orig_r0;            /* r0 as the last svc found it: a restarted call's first argument */
	uint32_t fpscr;              /* VFP status and control */
	uint64_t d[32];              /* VFP registers d0..d31 (VFPv3-D16 uses d0..d15); s(2n), s(2n+1) are d(n)'s halves */
};

#define ARM_OFF_R(n) (offsetof(struct arm_cpu, r) + 4 * (n))
#define ARM_OFF_PC offsetof(struct dm_cpu, pc)
#define ARM_OFF_FLAGS offsetof(struct arm_cpu, flags)
#define ARM_OFF_Q offsetof(struct arm_cpu, q)
#define ARM_OFF_GE offsetof(struct arm_cpu, ge)
#define ARM_OFF_TPIDRURO offsetof(struct arm_cpu, tpidruro)
#define ARM_OFF_ORIG_R0 offsetof(struct arm_cpu, orig_r0)
#define ARM_OFF_FPSCR offsetof(struct arm_cpu, fpscr)
#define ARM_OFF_D(n) (offsetof(struct arm_cpu, d) + 8 * (n))
/* s(n) is the low (n even) or high half of d(n/2): the host is little-endian */
#define ARM_OFF_S(n) (offsetof(struct arm_cpu, d) + 4 * (n))

/* The kernel user helpers page (Linux Documentation/arm/kernel_user_helpers.rst). */
#define ARM_KUSER_PAGE 0xffff0000u

/* CPSR as the guest sees it (N Z C V Q, GE, T; user mode) and back */
uint32_t arm_cpsr_get(const struct arm_cpu *c);
void arm_cpsr_set(struct arm_cpu *c, uint32_t cpsr);

#endif
