/* emu/sys/sched.c: sched_getattr and sched_setattr.  struct sched_attr is
 * size-versioned: its first u32 says how much of it the caller knows, and the
 * kernel answers E2BIG (writing its own size back) for a size it cannot take.
 * The host kernel makes every such decision: the guest's bytes go to it with
 * the known fields in host byte order (spec type sched_attr), the rest as is. */
#include <string.h>
#include <sys/syscall.h>

#include "emu/sys/fixed_struct.h"
#include "emu/sys/internal.h"

#define ATTR_MAX 4096            /* the kernel takes sizes up to PAGE_SIZE */
#define ATTR_VER0 48             /* SCHED_ATTR_SIZE_VER0: what size 0 means */

int64_t dm_sys_sched_getattr(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	const struct dm_type *t = abi->types[DM_T_sched_attr];
	uint64_t ua = c->args[1];
	unsigned usize = (unsigned)c->args[2];
	_Alignas(8) uint8_t h[ATTR_MAX];
	/* a size above ATTR_MAX is refused by the host before it writes anything */
	long r = dm_host_syscall(SYS_sched_getattr, (int)c->args[0], ua ? (long)h : 0, usize, (unsigned)c->args[3], 0, 0);
	if (r < 0) return dm_sys_err(abi, r);
	uint32_t n;                  /* what the host wrote: min(usize, its sizeof) */
	memcpy(&n, h, 4);
	if (n > usize || n > ATTR_MAX) n = usize < ATTR_MAX ? usize : ATTR_MAX;
	uint8_t g[ATTR_MAX];
	dm_fixed_to_guest(abi, t, g, h, n);
	if (dm_copy_to_guest(ua, g, n)) return DM_GERR(EFAULT);
	return dm_sys_err(abi, r);
}

int64_t dm_sys_sched_setattr(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	const struct dm_type *t = abi->types[DM_T_sched_attr];
	int pid = (int)c->args[0];
	unsigned flags = (unsigned)c->args[2];
	uint64_t ua = c->args[1];
	/* refused before the kernel reads anything: let the host say so */
	if (!ua || pid < 0 || flags)
		return dm_sys_err(abi, dm_host_syscall(SYS_sched_setattr, pid, 0, flags, 0, 0, 0));
	uint64_t size;
	if (dm_get_guest(abi, ua, 4, &size)) return DM_GERR(EFAULT);
	size_t n = size ? size : ATTR_VER0;
	_Alignas(8) uint8_t h[ATTR_MAX];
	memset(h, 0, sizeof h);
	if (n >= ATTR_VER0 && n <= ATTR_MAX) {
		uint8_t g[ATTR_MAX];
		if (dm_copy_from_guest(g, ua, n)) return DM_GERR(EFAULT);
		dm_fixed_to_host(abi, t, h, g, n);
	} else {
		uint32_t s = (uint32_t)size;  /* out of range: the host answers E2BIG from the size alone */
		memcpy(h, &s, 4);
	}
	long r = dm_host_syscall(SYS_sched_setattr, pid, (long)h, flags, 0, 0, 0);
	if (r == -E2BIG) {
		uint32_t ksize;          /* the kernel tells the caller the size it knows */
		memcpy(&ksize, h, 4);
		dm_put_guest(abi, ua, 4, ksize);
	}
	return dm_sys_err(abi, r);
}
