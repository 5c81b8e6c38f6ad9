/* arch/arm/signal.h: the arm signal frames (arch.c plugs these into
 * dm_arch_arm: signal_frame, signal_return, signal_return_old, sigtramp). */
#ifndef DM_ARM_SIGNAL_H
#define DM_ARM_SIGNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emu/cpu.h"

struct dm_gsiginfo;
struct dm_gsigaction;
bool arm_signal_frame(struct dm_cpu *cpu, const struct dm_gsiginfo *info, const struct dm_gsigaction *a,
		      const uint64_t oldmask[2], uint64_t sp, uint64_t restorer, const uint64_t altstack[3]);
/* rt_sigreturn (the rt_sigframe) and sigreturn (the sigframe) */
bool arm_signal_return(struct dm_cpu *cpu, uint64_t mask[2], uint64_t altstack[3]);
bool arm_signal_return_old(struct dm_cpu *cpu, uint64_t mask[2]);
/* The signal page's return code (A32): rt_sigreturn at offset 0, sigreturn at
 * ARM_SIGTRAMP_SIGRETURN */
extern const uint8_t arm_sigtramp[];
#define ARM_SIGTRAMP_SIGRETURN 8
#define ARM_SIGTRAMP_LEN 16

#endif
