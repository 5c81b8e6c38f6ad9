/* generated from specs/abi/riscv64.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

extern const struct dm_syscall dm_riscv64_syscalls[];
extern const uint32_t dm_riscv64_nsyscalls;
extern const struct dm_type *const dm_riscv64_types[];
extern const struct dm_constset *const dm_riscv64_sets[];
extern const struct dm_ioctl dm_riscv64_ioctls[];
extern const uint32_t dm_riscv64_nioctls;
extern const int16_t dm_riscv64_errno_to_guest[];
extern const uint8_t dm_riscv64_sig_to_guest[], dm_riscv64_sig_to_host[];

const struct dm_abi dm_abi_riscv64 = {
	.name = "riscv64", .bits = 64, .endian = DM_LITTLE, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_NONE,
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0,
	.audit_arch = 0xc00000f3,
	.syscalls = dm_riscv64_syscalls, .nsyscalls = 325,
	.types = dm_riscv64_types, .sets = dm_riscv64_sets,
	.ioctls = dm_riscv64_ioctls, .nioctls = 184,
	.errno_to_guest = dm_riscv64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_riscv64_sig_to_guest, .sig_to_host = dm_riscv64_sig_to_host,
};
