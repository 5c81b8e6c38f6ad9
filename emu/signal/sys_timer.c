/* emu/signal/sys_timer.c: timer_create, the one POSIX-timer call that carries
 * a signal number (the others take a timer id and a time, and are marshalled).
 *
 * The timer is the host kernel's: the guest gets the host's timer id, which is
 * also what the host puts in si_timerid, so timer_settime & co. and the
 * delivered siginfo agree without a table.  Its signal reaches the guest like
 * any other host signal (emu/signal/signal.c), with the host's SI_TIMER
 * siginfo (si_timerid, si_overrun) laid out for the guest by siginfo.c. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <sys/syscall.h>

#include "emu/mm/mm.h"
#include "emu/signal/guest_signal.h"
#include "emu/sys/internal.h"
#include "generated/ids.h"

/* The guest's struct sigevent at addr -> host (dm_sigevent_to_host). */
static int sigevent_in(const struct dm_abi *abi, uint64_t addr, struct sigevent *h)
{
	const struct dm_type *t = abi->types[DM_T_sigevent];
	uint8_t g[128];
	if (!t || t->gsize > sizeof g) return -ENOSYS;
	if (dm_copy_from_guest(g, addr, t->gsize)) return -EFAULT;
	dm_sigevent_to_host(abi, g, h);
	return 0;
}

int64_t dm_sys_timer_create(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	/* negative ids (CPU-time clocks) are dynamic: they pass through the set untouched */
	const struct dm_constset *set = c->entry && c->entry->sig ? c->entry->sig->args[0].set : NULL;
	uint64_t gclk = (uint64_t)(int64_t)(int)c->args[0];
	long clk = (long)(int)(set ? dm_set_to_host(set, gclk) : gclk);
	struct sigevent ev, *evp = NULL;
	if (c->args[1]) {
		int e = sigevent_in(abi, c->args[1], &ev);
		if (e) return DM_GERR(-e);
		evp = &ev;
	}
	int id = -1;
	long r = dm_host_syscall(SYS_timer_create, clk, (long)evp, (long)&id, 0, 0, 0);
	if (r < 0) return dm_sys_err(abi, r);
	dm_timer_note_value(id, !evp);
	/* the kernel creates the timer, then fails to store its id: it is deleted again */
	if (dm_put_guest(abi, c->args[2], 4, (uint32_t)id)) {
		dm_host_syscall(SYS_timer_delete, id, 0, 0, 0, 0, 0);
		return DM_GERR(EFAULT);
	}
	return 0;
}
