/* generated from specs/abi/sh4.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

extern const struct dm_syscall dm_sh4_syscalls[];
extern const uint32_t dm_sh4_nsyscalls;
extern const struct dm_type *const dm_sh4_types[];
extern const struct dm_constset *const dm_sh4_sets[];
extern const struct dm_ioctl dm_sh4_ioctls[];
extern const uint32_t dm_sh4_nioctls;
extern const int16_t dm_sh4_errno_to_guest[];
extern const uint8_t dm_sh4_sig_to_guest[], dm_sh4_sig_to_host[];

const struct dm_abi dm_abi_sh4 = {
	.name = "sh4", .bits = 32, .endian = DM_LITTLE, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_CONSECUTIVE,
	.clone_order = DM_CLONE_NORMAL,
	.shmlba_bytes = 16384, .shmlba_pages = 0, .shmlba_force = 0, .ipc_old_ctl = 0,
	.audit_arch = 0x4000002a,
	.syscalls = dm_sh4_syscalls, .nsyscalls = 433,
	.types = dm_sh4_types, .sets = dm_sh4_sets,
	.ioctls = dm_sh4_ioctls, .nioctls = 180,
	.errno_to_guest = dm_sh4_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_sh4_sig_to_guest, .sig_to_host = dm_sh4_sig_to_host,
};
