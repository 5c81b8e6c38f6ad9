/* emu/abi/xlat.h: translating values through generated constant sets. */
#ifndef DM_XLAT_H
#define DM_XLAT_H

#include "emu/abi/abi.h"

/* Flags: each name whose guest bits are all set contributes its host bits.
 * Bits no name accounts for are returned in *unknown (may be NULL). */
uint64_t dm_flags_to_host(const struct dm_constset *s, uint64_t guest, uint64_t *unknown);
uint64_t dm_flags_to_guest(const struct dm_constset *s, uint64_t host, uint64_t *unknown);

/* Enums: 0 and *out set when the value has a name on both sides, else -1. */
int dm_enum_to_host(const struct dm_constset *s, uint64_t guest, uint64_t *out);
int dm_enum_to_guest(const struct dm_constset *s, uint64_t host, uint64_t *out);

/* Name of a guest enum value, or NULL. */
const char *dm_enum_name(const struct dm_constset *s, uint64_t guest);

/* Errno and signal numbers, host <-> guest. */
int dm_errno_to_guest(const struct dm_abi *abi, int host_errno);
int dm_signal_to_guest(const struct dm_abi *abi, int host_sig);  /* 0 when the guest lacks it */
int dm_signal_to_host(const struct dm_abi *abi, int guest_sig);  /* 0 when the host lacks it */

/* Syscall table lookup by number (binary search), NULL when unknown. */
const struct dm_syscall *dm_syscall_lookup(const struct dm_abi *abi, uint32_t nr);
/* Ioctl lookup by guest request number, NULL when unknown. */
const struct dm_ioctl *dm_ioctl_lookup(const struct dm_abi *abi, uint32_t request);
/* ABI by name ("aarch64", "mips-o32-be", ...), NULL when unknown. */
const struct dm_abi *dm_abi_find(const char *name);

extern const struct dm_abi *const dm_abis[];
extern const size_t dm_nabis;

#endif
