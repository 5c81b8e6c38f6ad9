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
	uint64_t cc;                 /* PSW condition code, 0..3, when cc_op is S390X_CC_STATIC */
	/* The lazy condition code (translate/cc.h): the last cc-setting
	 * operation and its operands; s390x_cc_value() computes the cc. */
	uint64_t cc_op, cc_a, cc_b, cc_c;
	uint64_t orig_r2;            /* r2 as the last svc found it: a restarted call's first argument */
	uint32_t a[16];              /* access registers; a0:a1 hold the thread pointer */
	uint32_t fpc;                /* floating-point control: masks, flags, DXC, rounding mode */
	uint32_t svc_code;           /* the last svc's immediate (0: the number is in r1) */
};

#define S390X_OFF_R(n) (offsetof(struct s390x_cpu, r) + 8 * (n))
#define S390X_OFF_F(n) (offsetof(struct s390x_cpu, f) + 8 * (n))
#define S390X_OFF_A(n) (offsetof(struct s390x_cpu, a) + 4 * (n))
#define S390X_OFF_CC offsetof(struct s390x_cpu, cc)
#define S390X_OFF_FPC offsetof(struct s390x_cpu, fpc)
#define S390X_OFF_ORIG_R2 offsetof(struct s390x_cpu, orig_r2)
#define S390X_OFF_PC offsetof(struct dm_cpu, pc)
#define S390X_OFF_CC_OP offsetof(struct s390x_cpu, cc_op)
#define S390X_OFF_CC_A offsetof(struct s390x_cpu, cc_a)
#define S390X_OFF_CC_B offsetof(struct s390x_cpu, cc_b)
#define S390X_OFF_CC_C offsetof(struct s390x_cpu, cc_c)
#define S390X_OFF_SVC offsetof(struct s390x_cpu, svc_code)
/* The 32-bit halves of a 64-bit register as GET/PUT of size 4 reach them:
 * registers are in host byte order and the host is little-endian, so the low
 * word (bits 32-63 in z/Architecture numbering) comes first. */
#define S390X_OFF_RL(r) S390X_OFF_R(r)
#define S390X_OFF_RH(r) (S390X_OFF_R(r) + 4)

/* The condition code of the state (lazy or static); translate/cc.c. */
unsigned s390x_cc_value(const struct s390x_cpu *c);
void s390x_cc_set(struct s390x_cpu *c, unsigned cc);

#endif
