/* generated from specs/abi/sparc64.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7", "o0", "o1", "o2", "o3",
	"o4", "o5", "o6", "o7", "l0", "l1", "l2", "l3", "l4", "l5", "l6", "l7",
	"i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7",
};

extern const struct dm_syscall dm_sparc64_syscalls[];
extern const struct dm_type *const dm_sparc64_types[];
extern const struct dm_constset *const dm_sparc64_sets[];
extern const struct dm_ioctl dm_sparc64_ioctls[];
extern const int16_t dm_sparc64_errno_to_guest[];
extern const uint8_t dm_alpha_sig_to_guest[], dm_alpha_sig_to_host[];

const struct dm_abi dm_abi_sparc64 = {
	.name = "sparc64", .bits = 64, .endian = DM_BIG, .errconv = DM_ERR_CARRY, .pair64 = DM_PAIR_NONE,
	.regs = { .nr = 1, .ret = 8, .err = DM_REG_NONE, .nargs = 6, .args = { 8, 9, 10, 11, 12, 13 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 32, .reg_names = reg_names },
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 16384, .shmlba_pages = 0, .shmlba_force = 1, .ipc_old_ctl = 0, .ipc_five = 0,
	.audit_arch = 0x8000002b,
	.sigsuspend3 = 0,
	.pipe_regs = 1,
	.old_mmap = 0,
	.syscalls = dm_sparc64_syscalls, .nsyscalls = 401,
	.types = dm_sparc64_types, .sets = dm_sparc64_sets,
	.ioctls = dm_sparc64_ioctls, .nioctls = 191,
	.errno_to_guest = dm_sparc64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_alpha_sig_to_guest, .sig_to_host = dm_alpha_sig_to_host,
};
