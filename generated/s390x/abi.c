/* generated from specs/abi/s390x.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
	"r12", "r13", "r14", "r15",
};

extern const struct dm_syscall dm_s390x_syscalls[];
extern const struct dm_type *const dm_s390x_types[];
extern const struct dm_constset *const dm_s390x_sets[];
extern const struct dm_ioctl dm_s390x_ioctls[];
extern const int16_t dm_aarch64_errno_to_guest[];
extern const uint8_t dm_aarch64_sig_to_guest[], dm_aarch64_sig_to_host[];

const struct dm_abi dm_abi_s390x = {
	.name = "s390x", .bits = 64, .endian = DM_BIG, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_NONE,
	.regs = { .nr = 1, .ret = 2, .err = DM_REG_NONE, .nargs = 6, .args = { 2, 3, 4, 5, 6, 7 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 16, .reg_names = reg_names },
	.clone_order = DM_CLONE_BACKWARDS2,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0, .ipc_five = 1,
	.audit_arch = 0x80000016,
	.sigsuspend3 = 1,
	.pipe_regs = 0,
	.old_mmap = 1,
	.syscalls = dm_s390x_syscalls, .nsyscalls = 387,
	.types = dm_s390x_types, .sets = dm_s390x_sets,
	.ioctls = dm_s390x_ioctls, .nioctls = 195,
	.errno_to_guest = dm_aarch64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_aarch64_sig_to_guest, .sig_to_host = dm_aarch64_sig_to_host,
};
