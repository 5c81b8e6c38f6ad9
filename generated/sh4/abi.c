/* generated from specs/abi/sh4.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
	"r12", "r13", "r14", "r15",
};

extern const struct dm_syscall dm_sh4_syscalls[];
extern const struct dm_type *const dm_sh4_types[];
extern const struct dm_constset *const dm_arc_sets[];
extern const struct dm_ioctl dm_sh4_ioctls[];
extern const int16_t dm_aarch64_errno_to_guest[];
extern const uint8_t dm_aarch64_sig_to_guest[], dm_aarch64_sig_to_host[];

const struct dm_abi dm_abi_sh4 = {
	.name = "sh4", .bits = 32, .endian = DM_LITTLE, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_CONSECUTIVE,
	.regs = { .nr = 3, .ret = 0, .err = DM_REG_NONE, .nargs = 6, .args = { 4, 5, 6, 7, 0, 1 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 16, .reg_names = reg_names },
	.clone_order = DM_CLONE_NORMAL,
	.shmlba_bytes = 16384, .shmlba_pages = 0, .shmlba_force = 0, .ipc_old_ctl = 0, .ipc_five = 0,
	.audit_arch = 0x4000002a,
	.sigsuspend3 = 0,
	.pipe_regs = 1,
	.old_mmap = 0,
	.syscalls = dm_sh4_syscalls, .nsyscalls = 433,
	.types = dm_sh4_types, .sets = dm_arc_sets,
	.ioctls = dm_sh4_ioctls, .nioctls = 191,
	.errno_to_guest = dm_aarch64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_aarch64_sig_to_guest, .sig_to_host = dm_aarch64_sig_to_host,
};
