/* generated from specs/abi/mips-n64-be.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"zero", "at", "v0", "v1", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7",
	"t0", "t1", "t2", "t3", "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7",
	"t8", "t9", "k0", "k1", "gp", "sp", "fp", "ra",
};

extern const struct dm_syscall dm_mips_n64_be_syscalls[];
extern const struct dm_type *const dm_mips_n64_be_types[];
extern const struct dm_constset *const dm_mips_n64_be_sets[];
extern const struct dm_ioctl dm_mips_n64_be_ioctls[];
extern const int16_t dm_mips_n32_be_errno_to_guest[];
extern const uint8_t dm_mips_n32_be_sig_to_guest[], dm_mips_n32_be_sig_to_host[];

const struct dm_abi dm_abi_mips_n64_be = {
	.name = "mips-n64-be", .bits = 64, .endian = DM_BIG, .errconv = DM_ERR_A3_FLAG, .pair64 = DM_PAIR_NONE,
	.regs = { .nr = 2, .ret = 2, .err = 7, .nargs = 6, .args = { 4, 5, 6, 7, 8, 9 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 32, .reg_names = reg_names },
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 262144, .shmlba_pages = 0, .shmlba_force = 1, .ipc_old_ctl = 1, .ipc_five = 0,
	.audit_arch = 0x80000008,
	.sigsuspend3 = 0,
	.pipe_regs = 1,
	.old_mmap = 0,
	.syscalls = dm_mips_n64_be_syscalls, .nsyscalls = 373,
	.types = dm_mips_n64_be_types, .sets = dm_mips_n64_be_sets,
	.ioctls = dm_mips_n64_be_ioctls, .nioctls = 191,
	.errno_to_guest = dm_mips_n32_be_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_mips_n32_be_sig_to_guest, .sig_to_host = dm_mips_n32_be_sig_to_host,
};
