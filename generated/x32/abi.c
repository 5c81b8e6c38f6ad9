/* generated from specs/abi/x32.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11",
	"r12", "r13", "r14", "r15",
};

extern const struct dm_syscall dm_x32_syscalls[];
extern const struct dm_type *const dm_x32_types[];
extern const struct dm_constset *const dm_i386_sets[];
extern const struct dm_ioctl dm_x32_ioctls[];
extern const int16_t dm_aarch64_errno_to_guest[];
extern const uint8_t dm_aarch64_sig_to_guest[], dm_aarch64_sig_to_host[];

const struct dm_abi dm_abi_x32 = {
	.name = "x32", .bits = 32, .endian = DM_LITTLE, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_NONE,
	.regs = { .nr = 0, .ret = 0, .err = DM_REG_NONE, .nargs = 6, .args = { 7, 6, 2, 10, 8, 9 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 16, .reg_names = reg_names },
	.clone_order = DM_CLONE_NORMAL,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0, .ipc_five = 0,
	.audit_arch = 0xc000003e,
	.sigsuspend3 = 0,
	.pipe_regs = 0,
	.old_mmap = 0,
	.syscalls = dm_x32_syscalls, .nsyscalls = 369,
	.types = dm_x32_types, .sets = dm_i386_sets,
	.ioctls = dm_x32_ioctls, .nioctls = 195,
	.errno_to_guest = dm_aarch64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_aarch64_sig_to_guest, .sig_to_host = dm_aarch64_sig_to_host,
};
