/* generated from specs/abi/hppa.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

extern const struct dm_syscall dm_hppa_syscalls[];
extern const uint32_t dm_hppa_nsyscalls;
extern const struct dm_type *const dm_hppa_types[];
extern const struct dm_constset *const dm_hppa_sets[];
extern const struct dm_ioctl dm_hppa_ioctls[];
extern const uint32_t dm_hppa_nioctls;
extern const int16_t dm_hppa_errno_to_guest[];
extern const uint8_t dm_hppa_sig_to_guest[], dm_hppa_sig_to_host[];

const struct dm_abi dm_abi_hppa = {
	.name = "hppa", .bits = 32, .endian = DM_BIG, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_CONSECUTIVE,
	.clone_order = DM_CLONE_NORMAL,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0,
	.audit_arch = 0x0000000f,
	.syscalls = dm_hppa_syscalls, .nsyscalls = 404,
	.types = dm_hppa_types, .sets = dm_hppa_sets,
	.ioctls = dm_hppa_ioctls, .nioctls = 180,
	.errno_to_guest = dm_hppa_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_hppa_sig_to_guest, .sig_to_host = dm_hppa_sig_to_host,
};
