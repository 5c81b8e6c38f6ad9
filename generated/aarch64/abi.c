/* generated from specs/abi/aarch64.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11",
	"x12", "x13", "x14", "x15", "x16", "x17", "x18", "x19", "x20", "x21", "x22", "x23",
	"x24", "x25", "x26", "x27", "x28", "x29", "x30", "sp",
};

extern const struct dm_syscall dm_aarch64_syscalls[];
extern const struct dm_type *const dm_aarch64_types[];
extern const struct dm_constset *const dm_aarch64_sets[];
extern const struct dm_ioctl dm_aarch64_ioctls[];
extern const int16_t dm_aarch64_errno_to_guest[];
extern const uint8_t dm_aarch64_sig_to_guest[], dm_aarch64_sig_to_host[];

const struct dm_abi dm_abi_aarch64 = {
	.name = "aarch64", .bits = 64, .endian = DM_LITTLE, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_NONE,
	.regs = { .nr = 8, .ret = 0, .err = DM_REG_NONE, .nargs = 6, .args = { 0, 1, 2, 3, 4, 5 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 32, .reg_names = reg_names },
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0, .ipc_five = 0,
	.audit_arch = 0xc00000b7,
	.sigsuspend3 = 0,
	.pipe_regs = 0,
	.old_mmap = 0,
	.syscalls = dm_aarch64_syscalls, .nsyscalls = 325,
	.types = dm_aarch64_types, .sets = dm_aarch64_sets,
	.ioctls = dm_aarch64_ioctls, .nioctls = 195,
	.errno_to_guest = dm_aarch64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_aarch64_sig_to_guest, .sig_to_host = dm_aarch64_sig_to_host,
};
