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

#include "emu/abi/field.h"
#include "emu/abi/xlat.h"
#include "emu/mm/mm.h"
#include "emu/signal/guest_signal.h"
#include "emu/sys/internal.h"
#include "generated/ids.h"

#ifndef SIGEV_THREAD_ID
#define SIGEV_THREAD_ID 4
#endif

/* Guest struct sigevent -> host.  SIGEV_* and the thread id need no
 * translation (the numbers are the same on every Linux ABI; guest tids are
 * host tids).  sigev_value is read as the guest's sival_ptr in its byte order,
 * so delivery, which writes it back the same way, returns the guest's union
 * bit for bit.  A signal the host cannot represent becomes 0, which the host
 * kernel rejects with EINVAL at the point the guest's would (after the clock
 * check; SIGEV_NONE ignores it). */
static int sigevent_in(const struct dm_abi *abi, uint64_t addr, struct sigevent *h)
{
	const struct dm_type *t = abi->types[DM_T_sigevent];
	uint8_t g[128];
	if (!t || t->gsize > sizeof g) return -ENOSYS;
	if (dm_copy_from_guest(g, addr, t->gsize)) return -EFAULT;
	int64_t val = 0, signo = 0, notify = 0, tid = 0;
	dm_field_get(abi, t, g, "sigev_value.sival_ptr", &val);
	dm_field_get(abi, t, g, "sigev_signo", &signo);
	dm_field_get(abi, t, g, "sigev_notify", &notify);
	dm_field_get(abi, t, g, "_sigev_un._tid", &tid);
	memset(h, 0, sizeof *h);
	h->sigev_value.sival_ptr = (void *)(uintptr_t)(uint64_t)val;
	h->sigev_signo = signo > 0 && signo < DM_NSIG ? dm_signal_to_host(abi, (int)signo) : 0;
	h->sigev_notify = (int)notify;
	h->_sigev_un._tid = (int)tid;
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
	/* the kernel creates the timer, then fails to store its id: it is deleted again */
	if (dm_put_guest(abi, c->args[2], 4, (uint32_t)id)) {
		dm_host_syscall(SYS_timer_delete, id, 0, 0, 0, 0, 0);
		return DM_GERR(EFAULT);
	}
	return 0;
}
