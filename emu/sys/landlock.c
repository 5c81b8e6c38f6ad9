/* emu/sys/landlock.c: landlock_add_rule, whose rule_attr's type is given by
 * rule_type: struct landlock_path_beneath_attr { u64 allowed_access;
 * s32 parent_fd; } __packed (12 bytes) or struct landlock_net_port_attr
 * { u64 allowed_access; u64 port; } (16).  Read in the guest's byte order;
 * an unknown type or an unreadable attribute goes to the kernel as it is
 * (EINVAL), or as a faulting pointer (EFAULT), after its own checks. */
#include <string.h>

#include "emu/sys/internal.h"

#define LANDLOCK_RULE_PATH_BENEATH 1
#define LANDLOCK_RULE_NET_PORT 2

int64_t dm_sys_landlock_add_rule(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int fd = (int)dm_call_arg(c, 0);
	uint32_t type = (uint32_t)dm_call_arg(c, 1), flags = (uint32_t)dm_call_arg(c, 3);
	uint64_t g = dm_call_arg(c, 2);
	uint8_t b[16], h[16];
	unsigned size = type == LANDLOCK_RULE_PATH_BENEATH ? 12 : type == LANDLOCK_RULE_NET_PORT ? 16 : 0;
	long ha = (long)(uintptr_t)dm_g2h(g);
	if (size) {
		if (dm_copy_from_guest(b, g, size)) {
			ha = (long)DM_FAULTING_HOST_PTR;
		} else {
			uint64_t access = dm_gload(abi, b, 8), second = dm_gload(abi, b + 8, size - 8);
			memcpy(h, &access, 8);
			if (size == 12) { uint32_t fdv = (uint32_t)second; memcpy(h + 8, &fdv, 4); }
			else memcpy(h + 8, &second, 8);
			ha = (long)(uintptr_t)h;
		}
	}
	return dm_sys_err(abi, dm_host_syscall(dm_host_nr("landlock_add_rule"), fd, type, ha, flags, 0, 0));
}
