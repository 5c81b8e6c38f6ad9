/* generated from specs/abi/hppa.lua by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const char *const reg_names[] = {
	"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
	"r12", "r13", "r14", "r15", "r16", "r17", "r18", "r19", "r20", "r21", "r22", "r23",
	"r24", "r25", "r26", "r27", "r28", "r29", "r30", "r31",
};

extern const struct dm_syscall dm_hppa_syscalls[];
extern const struct dm_type *const dm_hppa_types[];
extern const struct dm_constset *const dm_hppa_sets[];
extern const struct dm_ioctl dm_hppa_ioctls[];
extern const int16_t dm_hppa_errno_to_guest[];
extern const uint8_t dm_hppa_sig_to_guest[], dm_hppa_sig_to_host[];

const struct dm_abi dm_abi_hppa = {
	.name = "hppa", .bits = 32, .endian = DM_BIG, .errconv = DM_ERR_NEGATIVE, .pair64 = DM_PAIR_CONSECUTIVE,
	.regs = { .nr = 20, .ret = 28, .err = DM_REG_NONE, .nargs = 6, .args = { 26, 25, 24, 23, 22, 21 }, .sp = DM_REG_NONE, .stack_off = 0,
		  .nregs = 32, .reg_names = reg_names },
	.clone_order = DM_CLONE_NORMAL,
	.shmlba_bytes = 0, .shmlba_pages = 1, .shmlba_force = 0, .ipc_old_ctl = 0, .ipc_five = 0,
	.audit_arch = 0x0000000f,
	.sigsuspend3 = 0,
	.pipe_regs = 0,
	.old_mmap = 0,
	.syscalls = dm_hppa_syscalls, .nsyscalls = 404,
	.types = dm_hppa_types, .sets = dm_hppa_sets,
	.ioctls = dm_hppa_ioctls, .nioctls = 191,
	.errno_to_guest = dm_hppa_errno_to_guest, .nerrno = 134,
	.sig_to_guest = dm_hppa_sig_to_guest, .sig_to_host = dm_hppa_sig_to_host,
};
