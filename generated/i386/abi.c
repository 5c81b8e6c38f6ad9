/* generated from specs/abi/i386.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
};

extern const struct dm_syscall dm_i386_syscalls[];
extern const struct dm_type *const dm_i386_types[];
extern const struct dm_constset *const dm_i386_sets[];
extern const struct dm_ioctl dm_i386_ioctls[];
extern const int16_t dm_aarch64_errno_to_guest[];
extern const uint8_t dm_aarch64_sig_to_guest[], dm_aarch64_sig_to_host[];

const struct dm_abi dm_abi_i386 = {
	.name = "i386", .bits = 32, .endian = DM_LITTLE, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_CONSECUTIVE,
	.regs = { .nr = 0, .ret = 0, .err = DM_REG_NONE, .nargs = 6, .args = { 3, 1, 2, 6, 7, 5 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 8, .reg_names = reg_names },
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0, .ipc_five = 0,
	.audit_arch = 0x40000003,
	.sigsuspend3 = 1,
	.pipe_regs = 0,
	.old_mmap = 1,
	.syscalls = dm_i386_syscalls, .nsyscalls = 459,
	.types = dm_i386_types, .sets = dm_i386_sets,
	.ioctls = dm_i386_ioctls, .nioctls = 195,
	.errno_to_guest = dm_aarch64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_aarch64_sig_to_guest, .sig_to_host = dm_aarch64_sig_to_host,
};
