/* arch/aarch64/cpu.h: the A64 guest CPU state (EL0-visible). */
#ifndef DM_A64_CPU_H
#define DM_A64_CPU_H

#include <stddef.h>
#include <stdint.h>

#include "emu/cpu.h"

struct a64_cpu {
	struct dm_cpu common;        /* must be first */
	uint64_t x[32];              /* x0..x30; x[31] is SP (XZR is never stored) */
	uint64_t nzcv;               /* PSTATE.NZCV in bits 31..28, the rest zero */
	uint64_t fpcr, fpsr;
	uint64_t tpidr_el0, tpidrro_el0;
	uint64_t pad;
	uint64_t v[32][2] __attribute__((aligned(16)));  /* V0..V31: [0] low 64 bits, [1] high */
};

#define A64_OFF_X(r) (offsetof(struct a64_cpu, x) + 8 * (r))
#define A64_OFF_SP A64_OFF_X(31)
#define A64_OFF_NZCV offsetof(struct a64_cpu, nzcv)
#define A64_OFF_FPCR offsetof(struct a64_cpu, fpcr)
#define A64_OFF_FPSR offsetof(struct a64_cpu, fpsr)
#define A64_OFF_TPIDR offsetof(struct a64_cpu, tpidr_el0)
#define A64_OFF_V(r) (offsetof(struct a64_cpu, v) + 16 * (r))
#define A64_OFF_PC offsetof(struct dm_cpu, pc)

#endif
