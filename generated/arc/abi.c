/* generated from specs/abi/arc.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

extern const struct dm_syscall dm_arc_syscalls[];
extern const uint32_t dm_arc_nsyscalls;
extern const struct dm_type *const dm_arc_types[];
extern const struct dm_constset *const dm_arc_sets[];
extern const struct dm_ioctl dm_arc_ioctls[];
extern const uint32_t dm_arc_nioctls;
extern const int16_t dm_arc_errno_to_guest[];
extern const uint8_t dm_arc_sig_to_guest[], dm_arc_sig_to_host[];

const struct dm_abi dm_abi_arc = {
	.name = "arc", .bits = 32, .endian = DM_LITTLE, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_CONSECUTIVE,
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 0, .shmlba_pages = 2, .shmlba_force = 1, .ipc_old_ctl = 0,
	.audit_arch = 0x400000c3,
	.syscalls = dm_arc_syscalls, .nsyscalls = 349,
	.types = dm_arc_types, .sets = dm_arc_sets,
	.ioctls = dm_arc_ioctls, .nioctls = 184,
	.errno_to_guest = dm_arc_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_arc_sig_to_guest, .sig_to_host = dm_arc_sig_to_host,
};
