/* emu/signal/siginfo.c: siginfo_t between the host and a guest ABI.
 *
 * A host siginfo becomes a struct dm_gsiginfo (guest signal number, the
 * fields of the union member the kernel's siginfo_layout() picks), which is
 * then laid out in guest bytes through the spec type siginfo
 * (specs/types/signal.lua: the field order, widths and padding of every ABI,
 * proven against its asm/siginfo.h), so no offset is written here.  The
 * reverse direction reads what a guest hands rt_sigqueueinfo and friends,
 * and the struct sigevent of timer_create, which sets up a later siginfo. */
#include <errno.h>
#include <signal.h>
#include <string.h>

#include <glib.h>

#include "emu/abi/field.h"
#include "emu/abi/xlat.h"
#include "emu/mm/guest.h"
#include "emu/signal/guest_signal.h"
#include "generated/ids.h"

/* The union member the kernel fills for host signal h with code, as its
 * siginfo_layout() decides: a kernel code (0 < code < SI_KERNEL) of a signal
 * with its own codes, within that signal's count, picks the signal's member;
 * any other signal's code up to NSIGPOLL is a SIGIO-style one (_sigpoll: the
 * band and fd that F_SETSIG's real-time signals and dnotify carry).  The
 * counts are the kernel's NSIG* (asm-generic/siginfo.h; NSIGSEGV is 10 since
 * SEGV_CPERR, newer than some installed headers). */
static int layout_of(int h, int code)
{
	enum { NSIGPOLL_ = 6 };
	static const struct { int sig, limit, layout; } own[] = {
		{ SIGILL, 11, DM_SIL_FAULT }, { SIGFPE, 15, DM_SIL_FAULT }, { SIGSEGV, 10, DM_SIL_FAULT },
		{ SIGBUS, 5, DM_SIL_FAULT }, { SIGTRAP, 6, DM_SIL_FAULT }, { SIGCHLD, 6, DM_SIL_CHLD },
		{ SIGPOLL, NSIGPOLL_, DM_SIL_POLL }, { SIGSYS, 2, DM_SIL_SYS },
	};
	if (code > SI_USER && code < SI_KERNEL) {
		for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
			if (own[i].sig == h && code <= own[i].limit) return own[i].layout;
		return code <= NSIGPOLL_ ? DM_SIL_POLL : DM_SIL_KILL;
	}
	if (code == SI_TIMER) return DM_SIL_TIMER;
	if (code == SI_SIGIO) return DM_SIL_POLL;
	if (code < 0) return DM_SIL_RT;                 /* SI_QUEUE, SI_TKILL, ... */
	return DM_SIL_KILL;                             /* SI_USER, SI_KERNEL */
}

/* The sender codes (< 0) are numbered per ABI: mips has its own SI_TIMER,
 * SI_MESGQ and SI_ASYNCIO.  The kernel's own codes (> 0) are the same everywhere. */
static int code_convert(const struct dm_abi *abi, int code, int to_guest)
{
	const struct dm_constset *set = abi->sets[DM_SET_si_codes];
	uint64_t v;
	if (code >= 0 || !set) return code;
	int r = to_guest ? dm_enum_to_guest(set, (uint64_t)(int64_t)code, &v)
			 : dm_enum_to_host(set, (uint64_t)(int64_t)code, &v);
	return r ? code : (int)(int64_t)v;
}

/* Timers made without a sigevent: the kernel puts the id in sival_int, the
 * low half of the host's word; a 64-bit big-endian guest's sival_int is the
 * high half of its word.  By id, set or cleared by every successful
 * timer_create (sys_timer.c); ids beyond the map are never marked. */
#define ID_MAP 65536
static uint8_t id_is_value[ID_MAP / 8];

void dm_timer_note_value(int id, bool value_is_id)
{
	if (id < 0 || id >= ID_MAP) return;
	uint8_t bit = (uint8_t)(1u << (id % 8));
	if (value_is_id) __atomic_fetch_or(&id_is_value[id / 8], bit, __ATOMIC_RELAXED);
	else __atomic_fetch_and(&id_is_value[id / 8], (uint8_t)~bit, __ATOMIC_RELAXED);
}

static bool timer_value_is_id(int id)
{
	return id >= 0 && id < ID_MAP && (__atomic_load_n(&id_is_value[id / 8], __ATOMIC_RELAXED) >> (id % 8) & 1);
}

void dm_siginfo_from_host(const struct dm_abi *abi, const siginfo_t *si, struct dm_gsiginfo *o)
{
	memset(o, 0, sizeof *o);
	int h = si->si_signo;
	o->signo = dm_signal_to_guest(abi, h);
	o->code = code_convert(abi, si->si_code, 1);
	o->err = si->si_errno;
	o->kind = layout_of(h, si->si_code);
	switch (o->kind) {
	case DM_SIL_TIMER:
		o->timerid = si->si_timerid;
		o->overrun = si->si_overrun;
		o->value = (uint64_t)(uintptr_t)si->si_value.sival_ptr;
		/* the kernel's own value (no sigevent) is a sival_int: the word's
		 * high half on a 64-bit big-endian guest */
		if (abi->endian == DM_BIG && abi->bits == 64 && timer_value_is_id(si->si_timerid))
			o->value = (uint64_t)(uint32_t)si->si_int << 32;
		break;
	case DM_SIL_POLL: o->band = si->si_band; o->fd = si->si_fd; break;
	case DM_SIL_FAULT: o->addr = dm_h2g(si->si_addr); break;
	case DM_SIL_CHLD:
		o->pid = si->si_pid; o->uid = (int)si->si_uid; o->status = si->si_status;
		o->utime = si->si_utime; o->stime = si->si_stime;
		if (si->si_code == CLD_KILLED || si->si_code == CLD_DUMPED || si->si_code == CLD_STOPPED ||
		    si->si_code == CLD_TRAPPED || si->si_code == CLD_CONTINUED)
			o->status = dm_signal_to_guest(abi, si->si_status);
		break;
	case DM_SIL_SYS:
		o->addr = (uint64_t)(uintptr_t)si->si_call_addr; o->syscall = si->si_syscall; o->arch = si->si_arch;
		break;
	case DM_SIL_RT:
		o->value = (uint64_t)(uintptr_t)si->si_value.sival_ptr;
		/* fall through */
	default:
		o->pid = si->si_pid; o->uid = (int)si->si_uid;
		break;
	}
}

/* One field of the guest siginfo_t; every ABI's spec has all of them, so a
 * missing one is a spec error, caught by tests/unit_signal. */
static void put(const struct dm_abi *abi, uint8_t *o, const char *path, uint64_t v)
{
	bool ok = dm_field_put(abi, abi->types[DM_T_siginfo], o, path, v);
	g_assert(ok);
}

static int64_t get(const struct dm_abi *abi, const uint8_t *in, const char *path)
{
	int64_t v = 0;
	bool ok = dm_field_get(abi, abi->types[DM_T_siginfo], in, path, &v);
	g_assert(ok);
	return v;
}

int dm_siginfo_guest_signo(const struct dm_abi *abi, const uint8_t in[128])
{
	return (int)get(abi, in, "si_signo");
}

void dm_siginfo_to_guest(const struct dm_abi *abi, const struct dm_gsiginfo *i, uint8_t o[128])
{
	memset(o, 0, 128);
	put(abi, o, "si_signo", (uint32_t)i->signo);
	put(abi, o, "si_errno", (uint32_t)i->err);
	put(abi, o, "si_code", (uint32_t)i->code);
	switch (i->kind) {
	case DM_SIL_TIMER:
		put(abi, o, "_sifields._timer._tid", (uint32_t)i->timerid);
		put(abi, o, "_sifields._timer._overrun", (uint32_t)i->overrun);
		put(abi, o, "_sifields._timer._sigval.sival_ptr", i->value);
		break;
	case DM_SIL_POLL:
		put(abi, o, "_sifields._sigpoll._band", (uint64_t)i->band);
		put(abi, o, "_sifields._sigpoll._fd", (uint32_t)i->fd);
		break;
	case DM_SIL_FAULT: put(abi, o, "_sifields._sigfault._addr", i->addr); break;
	case DM_SIL_CHLD:
		put(abi, o, "_sifields._sigchld._pid", (uint32_t)i->pid);
		put(abi, o, "_sifields._sigchld._uid", (uint32_t)i->uid);
		put(abi, o, "_sifields._sigchld._status", (uint32_t)i->status);
		put(abi, o, "_sifields._sigchld._utime", (uint64_t)i->utime);
		put(abi, o, "_sifields._sigchld._stime", (uint64_t)i->stime);
		break;
	case DM_SIL_SYS:
		put(abi, o, "_sifields._sigsys._call_addr", i->addr);
		put(abi, o, "_sifields._sigsys._syscall", (uint32_t)i->syscall);
		put(abi, o, "_sifields._sigsys._arch", i->arch);
		break;
	case DM_SIL_RT:
		put(abi, o, "_sifields._rt._pid", (uint32_t)i->pid);
		put(abi, o, "_sifields._rt._uid", (uint32_t)i->uid);
		put(abi, o, "_sifields._rt._sigval.sival_ptr", i->value);
		break;
	default:
		put(abi, o, "_sifields._kill._pid", (uint32_t)i->pid);
		put(abi, o, "_sifields._kill._uid", (uint32_t)i->uid);
		break;
	}
}

int dm_siginfo_guest_to_host(const struct dm_abi *abi, const uint8_t in[128], int g, siginfo_t *si)
{
	const struct dm_type *t = abi->types[DM_T_siginfo];
	memset(si, 0, sizeof *si);
	int h = g ? dm_signal_to_host(abi, g) : 0;
	if (g && !h) return -EINVAL;
	if (t->identity) {
		/* the host's layout: the union as it is */
		memcpy(si, in, sizeof *si < 128 ? sizeof *si : 128);
		si->si_signo = h;
		si->si_code = code_convert(abi, si->si_code, 0);
		return 0;
	}
	si->si_signo = h;
	si->si_errno = (int)get(abi, in, "si_errno");
	si->si_code = code_convert(abi, (int)get(abi, in, "si_code"), 0);
	switch (layout_of(h, si->si_code)) {
	case DM_SIL_TIMER:
		si->si_timerid = (int)get(abi, in, "_sifields._timer._tid");
		si->si_overrun = (int)get(abi, in, "_sifields._timer._overrun");
		si->si_value.sival_ptr = (void *)(uintptr_t)get(abi, in, "_sifields._timer._sigval.sival_ptr");
		break;
	case DM_SIL_FAULT: si->si_addr = dm_g2h((uint64_t)get(abi, in, "_sifields._sigfault._addr")); break;
	case DM_SIL_POLL:
		si->si_band = (long)get(abi, in, "_sifields._sigpoll._band");
		si->si_fd = (int)get(abi, in, "_sifields._sigpoll._fd");
		break;
	case DM_SIL_CHLD:
		si->si_pid = (pid_t)get(abi, in, "_sifields._sigchld._pid");
		si->si_uid = (uid_t)get(abi, in, "_sifields._sigchld._uid");
		si->si_status = (int)get(abi, in, "_sifields._sigchld._status");
		si->si_utime = (clock_t)get(abi, in, "_sifields._sigchld._utime");
		si->si_stime = (clock_t)get(abi, in, "_sifields._sigchld._stime");
		break;
	default:
		/* _kill and _rt share pid and uid; a sender's value travels as the guest wrote it */
		si->si_pid = (pid_t)get(abi, in, "_sifields._rt._pid");
		si->si_uid = (uid_t)get(abi, in, "_sifields._rt._uid");
		si->si_value.sival_ptr = (void *)(uintptr_t)(uint64_t)get(abi, in, "_sifields._rt._sigval.sival_ptr");
		break;
	}
	return 0;
}

/* SIGEV_* and the thread id need no translation (the same numbers on every
 * Linux ABI; guest tids are host tids).  sigev_value is read as the guest's
 * sival_ptr in its byte order, so the SI_TIMER siginfo, which writes it back
 * the same way (dm_siginfo_to_guest), returns the guest's union bit for bit.
 * A signal the host cannot represent becomes 0, which the host kernel rejects
 * with EINVAL where the guest's would (after the clock check; SIGEV_NONE
 * never looks at it). */
void dm_sigevent_to_host(const struct dm_abi *abi, const uint8_t *g, struct sigevent *h)
{
	const struct dm_type *t = abi->types[DM_T_sigevent];
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
}
