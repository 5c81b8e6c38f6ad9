/* emu/sys/compat32.c: system calls of 32-bit ABIs that the x86_64 host has
 * no counterpart for: _llseek (a 64-bit offset from two registers, the
 * result written through a pointer) and nice (the host has only
 * getpriority/setpriority; the kernel's sys_nice clamps the same way). */
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>

#include "emu/sys/internal.h"

/* _llseek(fd, offset_high, offset_low, result, whence); whence is SEEK_* on
 * every ABI */
int64_t dm_sys__llseek(struct dm_sys_call *c)
{
	int fd = (int)dm_call_arg(c, 0);
	uint64_t off = (uint64_t)(uint32_t)dm_call_arg(c, 1) << 32 | (uint32_t)dm_call_arg(c, 2);
	uint64_t result = dm_call_arg(c, 3);
	unsigned whence = (unsigned)dm_call_arg(c, 4);
	long r = dm_host_syscall(SYS_lseek, fd, (long)off, whence, 0, 0, 0);
	if (r < 0) return dm_sys_err(c->abi, r);
	if (dm_put_guest(c->abi, result, 8, (uint64_t)r) < 0) return DM_GERR(EFAULT);
	return 0;
}
int64_t dm_sys_llseek(struct dm_sys_call *c) { return dm_sys__llseek(c); }

/* nice(inc): the new nice value from the current one, clamped to -20..19
 * (and inc to -40..40 first, as kernel/sched/core.c does); 0 or -errno */
int64_t dm_sys_nice(struct dm_sys_call *c)
{
	long inc = (long)(int32_t)dm_call_arg(c, 0);
	if (inc < -40) inc = -40;
	if (inc > 40) inc = 40;
	long cur = dm_host_syscall(SYS_getpriority, PRIO_PROCESS, 0, 0, 0, 0, 0);
	if (cur < 0) return dm_sys_err(c->abi, cur);
	long nv = 20 - cur + inc;   /* getpriority returns 20 - nice */
	if (nv < -20) nv = -20;
	if (nv > 19) nv = 19;
	long r = dm_host_syscall(SYS_setpriority, PRIO_PROCESS, 0, nv, 0, 0, 0);
	return dm_sys_err(c->abi, r == -EACCES ? -EPERM : r);   /* can_nice's EPERM */
}
