/* generated from specs/abi/alpha.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"v0", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "s0", "s1", "s2",
	"s3", "s4", "s5", "fp", "a0", "a1", "a2", "a3", "a4", "a5", "t8", "t9",
	"t10", "t11", "ra", "pv", "at", "gp", "sp", "zero",
};

extern const struct dm_syscall dm_alpha_syscalls[];
extern const struct dm_type *const dm_alpha_types[];
extern const struct dm_constset *const dm_alpha_sets[];
extern const struct dm_ioctl dm_alpha_ioctls[];
extern const int16_t dm_alpha_errno_to_guest[];
extern const uint8_t dm_alpha_sig_to_guest[], dm_alpha_sig_to_host[];

const struct dm_abi dm_abi_alpha = {
	.name = "alpha", .bits = 64, .endian = DM_LITTLE, .errconv = DM_ERR_A3_FLAG, .pair64 = DM_PAIR_NONE,
	.regs = { .nr = 0, .ret = 0, .err = 19, .nargs = 6, .args = { 16, 17, 18, 19, 20, 21 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 32, .reg_names = reg_names },
	.clone_order = DM_CLONE_NORMAL,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 1, .ipc_five = 0,
	.audit_arch = 0xc0009026,
	.sigsuspend3 = 0,
	.pipe_regs = 1,
	.old_mmap = 0,
	.syscalls = dm_alpha_syscalls, .nsyscalls = 496,
	.types = dm_alpha_types, .sets = dm_alpha_sets,
	.ioctls = dm_alpha_ioctls, .nioctls = 191,
	.errno_to_guest = dm_alpha_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_alpha_sig_to_guest, .sig_to_host = dm_alpha_sig_to_host,
};
