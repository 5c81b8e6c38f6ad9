/* arch/aarch64/signal.h: the arm64 signal frame (arch.c plugs these into dm_arch_aarch64). */
#ifndef DM_A64_SIGNAL_H
#define DM_A64_SIGNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emu/cpu.h"

struct dm_gsiginfo;
struct dm_gsigaction;
bool a64_signal_frame(struct dm_cpu *cpu, const struct dm_gsiginfo *info, const struct dm_gsigaction *a,
		      const uint64_t oldmask[2], uint64_t sp, uint64_t restorer, const uint64_t altstack[3]);
bool a64_signal_return(struct dm_cpu *cpu, uint64_t mask[2], uint64_t altstack[3]);
void a64_syscall_restart(struct dm_cpu *cpu, const uint64_t args[8]);
extern const uint8_t *const a64_sigtramp;
extern const size_t a64_sigtramp_len;

#endif
