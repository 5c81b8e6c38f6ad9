/* arch/arm/syscalls.c: the ARM-private system calls (__ARM_NR_*), as custom
 * handlers dm_sys_<name> (emu/sys/custom.c reaches them through weak
 * references): set_tls and get_tls (TPIDRURO), cacheflush (drops the
 * translations of the range, as the kernel's cache maintenance makes the
 * new code visible to instruction fetch). */
#include <errno.h>

#include "arch/arm/cpu.h"
#include "emu/dbt/exec.h"
#include "emu/sys/internal.h"

int64_t dm_sys_ARM_set_tls(struct dm_sys_call *c)
{
	((struct arm_cpu *)c->cpu)->tpidruro = (uint32_t)dm_call_arg(c, 0);
	return 0;
}

int64_t dm_sys_ARM_get_tls(struct dm_sys_call *c) { return ((struct arm_cpu *)c->cpu)->tpidruro; }

/* cacheflush(start, end, flags): flags must be 0 and end not below start
 * (arch/arm/kernel/traps.c do_cache_op) */
int64_t dm_sys_ARM_cacheflush(struct dm_sys_call *c)
{
	uint64_t start = dm_call_arg(c, 0), end = dm_call_arg(c, 1);
	if (dm_call_arg(c, 2) != 0 || end < start) return DM_GERR(EINVAL);
	if (end > start) dm_exec_invalidate_icache(start, end - start);
	return 0;
}
