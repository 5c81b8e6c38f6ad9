/* emu/sys/timex.c: adjtimex, clock_adjtime, clock_adjtime64.  struct timex is
 * longs around a timeval (spec type timex; __kernel_timex is timex64), so a
 * 32-bit or big-endian guest's differs from the host's.  The host kernel
 * decides everything: a read (modes 0, ADJ_OFFSET_SS_READ) works for anyone,
 * a write needs CAP_SYS_TIME on the host, exactly as the guest's kernel would
 * want it.  As the kernel does, adjtimex writes the struct back even when it
 * fails, clock_adjtime only when it succeeds. */
#include <string.h>
#include <sys/syscall.h>

#include "emu/sys/internal.h"

static int64_t adjust(struct dm_sys_call *c, int with_clock, uint64_t addr, int type_id)
{
	const struct dm_abi *abi = c->abi;
	const struct dm_type *t = abi->types[type_id];
	uint8_t g[256];
	_Alignas(8) uint8_t h[256];
	if (!t || t->gsize > sizeof g || t->hsize > sizeof h) return DM_GERR(ENOSYS);
	if (dm_copy_from_guest(g, addr, t->gsize)) return DM_GERR(EFAULT);
	t->to_host(h, g);
	long r;
	if (with_clock) {
		/* dynamic (negative) clock ids pass through the set untouched */
		const struct dm_constset *set = c->entry && c->entry->sig ? c->entry->sig->args[0].set : NULL;
		uint64_t gclk = (uint64_t)(int64_t)(int)c->args[0];
		long clk = (long)(int)(set ? dm_set_to_host(set, gclk) : gclk);
		r = dm_host_syscall(SYS_clock_adjtime, clk, (long)h, 0, 0, 0, 0);
	} else {
		r = dm_host_syscall(SYS_adjtimex, (long)h, 0, 0, 0, 0, 0);
	}
	if (with_clock && r < 0) return dm_sys_err(abi, r);
	t->to_guest(g, h);
	if (dm_copy_to_guest(addr, g, t->gsize)) return DM_GERR(EFAULT);
	return dm_sys_err(abi, r);
}

int64_t dm_sys_adjtimex(struct dm_sys_call *c) { return adjust(c, 0, c->args[0], DM_T_timex); }
int64_t dm_sys_clock_adjtime(struct dm_sys_call *c) { return adjust(c, 1, c->args[1], DM_T_timex); }
int64_t dm_sys_clock_adjtime64(struct dm_sys_call *c) { return adjust(c, 1, c->args[1], DM_T_timex64); }
