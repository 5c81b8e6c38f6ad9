/* generated from specs/abi/powerpc.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

extern const struct dm_syscall dm_powerpc_syscalls[];
extern const uint32_t dm_powerpc_nsyscalls;
extern const struct dm_type *const dm_powerpc_types[];
extern const struct dm_constset *const dm_powerpc_sets[];
extern const struct dm_ioctl dm_powerpc_ioctls[];
extern const uint32_t dm_powerpc_nioctls;
extern const int16_t dm_powerpc_errno_to_guest[];
extern const uint8_t dm_powerpc_sig_to_guest[], dm_powerpc_sig_to_host[];

const struct dm_abi dm_abi_powerpc = {
	.name = "powerpc", .bits = 32, .endian = DM_BIG, .errconv = DM_ERR_CR0_SO, .pair64 = DM_PAIR_ALIGNED,
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0,
	.audit_arch = 0x00000014,
	.syscalls = dm_powerpc_syscalls, .nsyscalls = 450,
	.types = dm_powerpc_types, .sets = dm_powerpc_sets,
	.ioctls = dm_powerpc_ioctls, .nioctls = 176,
	.errno_to_guest = dm_powerpc_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_powerpc_sig_to_guest, .sig_to_host = dm_powerpc_sig_to_host,
};
