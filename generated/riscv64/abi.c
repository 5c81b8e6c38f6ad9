/* generated from specs/abi/riscv64.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1",
	"a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
	"s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

extern const struct dm_syscall dm_riscv64_syscalls[];
extern const struct dm_type *const dm_riscv64_types[];
extern const struct dm_constset *const dm_riscv64_sets[];
extern const struct dm_ioctl dm_riscv64_ioctls[];
extern const int16_t dm_aarch64_errno_to_guest[];
extern const uint8_t dm_aarch64_sig_to_guest[], dm_aarch64_sig_to_host[];

const struct dm_abi dm_abi_riscv64 = {
	.name = "riscv64", .bits = 64, .endian = DM_LITTLE, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_NONE,
	.regs = { .nr = 17, .ret = 10, .err = DM_REG_NONE, .nargs = 6, .args = { 10, 11, 12, 13, 14, 15 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 32, .reg_names = reg_names },
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0, .ipc_five = 0,
	.audit_arch = 0xc00000f3,
	.sigsuspend3 = 0,
	.pipe_regs = 0,
	.old_mmap = 0,
	.syscalls = dm_riscv64_syscalls, .nsyscalls = 325,
	.types = dm_riscv64_types, .sets = dm_riscv64_sets,
	.ioctls = dm_riscv64_ioctls, .nioctls = 195,
	.errno_to_guest = dm_aarch64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_aarch64_sig_to_guest, .sig_to_host = dm_aarch64_sig_to_host,
};
