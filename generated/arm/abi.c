/* generated from specs/abi/arm.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
	"r12", "sp", "lr", "pc",
};

extern const struct dm_syscall dm_arm_syscalls[];
extern const struct dm_type *const dm_arm_types[];
extern const struct dm_constset *const dm_arm_sets[];
extern const struct dm_ioctl dm_arm_ioctls[];
extern const int16_t dm_aarch64_errno_to_guest[];
extern const uint8_t dm_aarch64_sig_to_guest[], dm_aarch64_sig_to_host[];

const struct dm_abi dm_abi_arm = {
	.name = "arm", .bits = 32, .endian = DM_LITTLE, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_ALIGNED,
	.regs = { .nr = 7, .ret = 0, .err = DM_REG_NONE, .nargs = 7, .args = { 0, 1, 2, 3, 4, 5, 6 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 16, .reg_names = reg_names },
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 0, .shmlba_pages = 4, .shmlba_force = 1, .ipc_old_ctl = 1, .ipc_five = 0,
	.audit_arch = 0x40000028,
	.sigsuspend3 = 0,
	.pipe_regs = 0,
	.old_mmap = 0,
	.syscalls = dm_arm_syscalls, .nsyscalls = 428,
	.types = dm_arm_types, .sets = dm_arm_sets,
	.ioctls = dm_arm_ioctls, .nioctls = 195,
	.errno_to_guest = dm_aarch64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_aarch64_sig_to_guest, .sig_to_host = dm_aarch64_sig_to_host,
};
