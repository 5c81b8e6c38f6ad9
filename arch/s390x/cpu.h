/* arch/s390x/cpu.h: the z/Architecture guest CPU state (problem state only).
 * Values are held in host byte order; memory is big-endian and every load or
 * store of guest memory says so (docs/ir.md, byte order). */
#ifndef DM_S390X_CPU_H
#define DM_S390X_CPU_H

#include <stddef.h>
#include <stdint.h>

#include "emu/cpu.h"

struct s390x_cpu {
	struct dm_cpu common;        /* must be first; common.pc is the PSW address */
	uint64_t r[16];              /* general registers r0..r15 (r15: stack pointer) */
	uint64_t f[16];              /* floating-point registers f0..f15 (no vector facility) */
	uint64_t cc;                 /* PSW condition code, 0..3 */
	uint64_t orig_r2;            /* r2 as the last svc found it: a restarted call's first argument */
	uint32_t a[16];              /* access registers; a0:a1 hold the thread pointer */
	uint32_t fpc;                /* floating-point control: masks, flags, DXC, rounding mode */
	uint32_t pad;
};

#define S390X_OFF_R(r) (offsetof(struct s390x_cpu, r) + 8 * (r))
#define S390X_OFF_F(r) (offsetof(struct s390x_cpu, f) + 8 * (r))
#define S390X_OFF_A(r) (offsetof(struct s390x_cpu, a) + 4 * (r))
#define S390X_OFF_CC offsetof(struct s390x_cpu, cc)
#define S390X_OFF_FPC offsetof(struct s390x_cpu, fpc)
#define S390X_OFF_ORIG_R2 offsetof(struct s390x_cpu, orig_r2)
#define S390X_OFF_PC offsetof(struct dm_cpu, pc)

#endif
