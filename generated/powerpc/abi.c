/* generated from specs/abi/powerpc.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
	"r12", "r13", "r14", "r15", "r16", "r17", "r18", "r19", "r20", "r21", "r22", "r23",
	"r24", "r25", "r26", "r27", "r28", "r29", "r30", "r31", "cr",
};

extern const struct dm_syscall dm_powerpc_syscalls[];
extern const struct dm_type *const dm_powerpc_types[];
extern const struct dm_constset *const dm_powerpc_sets[];
extern const struct dm_ioctl dm_powerpc_ioctls[];
extern const int16_t dm_aarch64_errno_to_guest[];
extern const uint8_t dm_aarch64_sig_to_guest[], dm_aarch64_sig_to_host[];

const struct dm_abi dm_abi_powerpc = {
	.name = "powerpc", .bits = 32, .endian = DM_BIG, .errconv = DM_ERR_CR0_SO, .pair64 = DM_PAIR_ALIGNED,
	.regs = { .nr = 0, .ret = 3, .err = 32, .nargs = 6, .args = { 3, 4, 5, 6, 7, 8 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 33, .reg_names = reg_names },
	.clone_order = DM_CLONE_BACKWARDS,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0, .ipc_five = 0,
	.audit_arch = 0x00000014,
	.sigsuspend3 = 0,
	.pipe_regs = 0,
	.old_mmap = 0,
	.syscalls = dm_powerpc_syscalls, .nsyscalls = 450,
	.types = dm_powerpc_types, .sets = dm_powerpc_sets,
	.ioctls = dm_powerpc_ioctls, .nioctls = 187,
	.errno_to_guest = dm_aarch64_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_aarch64_sig_to_guest, .sig_to_host = dm_aarch64_sig_to_host,
};
