/* arch/s390x/signal.h: the s390x signal frames (arch.c plugs these into
 * dm_arch_s390x: signal_frame, signal_return, signal_return_old, sigtramp). */
#ifndef DM_S390X_SIGNAL_H
#define DM_S390X_SIGNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emu/cpu.h"

struct dm_gsiginfo;
struct dm_gsigaction;
bool s390x_signal_frame(struct dm_cpu *cpu, const struct dm_gsiginfo *info, const struct dm_gsigaction *a,
			const uint64_t oldmask[2], uint64_t sp, uint64_t restorer, const uint64_t altstack[3]);
/* rt_sigreturn (the rt_sigframe) and sigreturn (the old-style sigframe) */
bool s390x_signal_return(struct dm_cpu *cpu, uint64_t mask[2], uint64_t altstack[3]);
bool s390x_signal_return_old(struct dm_cpu *cpu, uint64_t mask[2]);
/* The vDSO's two entry points: rt_sigreturn at offset 0, sigreturn at
 * S390X_SIGTRAMP_SIGRETURN. */
extern const uint8_t s390x_sigtramp[];
extern const size_t s390x_sigtramp_len;
#define S390X_SIGTRAMP_SIGRETURN 4
/* s390x_sigtramp_len as a constant expression, for dm_arch's static initializer */
#define S390X_SIGTRAMP_LEN 8

#endif
