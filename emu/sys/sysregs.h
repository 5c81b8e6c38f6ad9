/* emu/sys/sysregs.h: a guest's syscall registers, read and written through
 * its ABI's register convention (struct dm_sysregs, generated from
 * specs/abi) and its arch's register offset table (struct dm_arch reg_off).
 * No arch re-codes which register holds what. */
#ifndef DM_SYSREGS_H
#define DM_SYSREGS_H

#include <stdbool.h>
#include <stdint.h>

#include "emu/cpu.h"

struct dm_abi;

/* Register r (the ABI's numbering), zero-extended from the arch's width. */
uint64_t dm_reg_get(const struct dm_cpu *cpu, unsigned r);
void dm_reg_set(struct dm_cpu *cpu, unsigned r, uint64_t v);

/* The syscall number: the arch's override (s390x's svc immediate), else
 * the ABI's nr register. */
uint64_t dm_syscall_nr(const struct dm_cpu *cpu, const struct dm_abi *abi);
/* The arguments: registers, then (o32) words from the user stack; slots the
 * convention does not fill are 0.  false when the stack cannot be read (the
 * call then fails with EFAULT, as the kernel's o32 entry does). */
bool dm_syscall_args(const struct dm_cpu *cpu, const struct dm_abi *abi, uint64_t args[8]);
/* Store ret (a value, or -errno in the guest's numbering) as the ABI's error
 * convention says: negative (ret register = -errno), a3-flag (v0 = errno,
 * a3 = 1 / 0), cr0-so (r3 = errno, CR0.SO set / cleared), carry (the
 * arch's carry flag, through struct dm_arch syscall_carry). */
void dm_syscall_result(struct dm_cpu *cpu, const struct dm_abi *abi, int64_t ret);

#endif
