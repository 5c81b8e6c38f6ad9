/* generated from specs/abi/m68k.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "a0", "a1", "a2", "a3",
	"a4", "a5", "a6", "sp",
};

extern const struct dm_syscall dm_m68k_syscalls[];
extern const struct dm_type *const dm_m68k_types[];
extern const struct dm_constset *const dm_m68k_sets[];
extern const struct dm_ioctl dm_m68k_ioctls[];
extern const int16_t dm_aarch64_errno_to_guest[];
extern const uint8_t dm_aarch64_sig_to_guest[], dm_aarch64_sig_to_host[];

const struct dm_abi dm_abi_m68k = {
	.name = "m68k", .bits = 32, .endian = DM_BIG, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_CONSECUTIVE,
	.regs = { .nr = 0, .ret = 0, .err = DM_REG_NONE, .nargs = 6, .args = { 1, 2, 3, 4, 5, 8 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 16, .reg_names = reg_names },
	.clone_order = DM_CLONE_NORMAL,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0, .ipc_five = 0,
	.audit_arch = 0x00000004,
	.sigsuspend3 = 1,
	.pipe_regs = 0,
	.old_mmap = 1,
	.syscalls = dm_m68k_syscalls, .nsyscalls = 441,
	.types = dm_m68k_types, .sets = dm_m68k_sets,
	.ioctls = dm_m68k_ioctls, .nioctls = 195,
	.errno_to_guest = dm_aarch64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_aarch64_sig_to_guest, .sig_to_host = dm_aarch64_sig_to_host,
};
