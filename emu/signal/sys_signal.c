/* emu/signal/sys_signal.c: the signal syscalls.  Guest dispositions and masks
 * are kept in guest numbering; the host is told only what it must act on
 * (ignore, default, or "queue it for the guest"). */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "arch/arch.h"
#include "emu/abi/xlat.h"
#include "emu/mm/mm.h"
#include "emu/process.h"
#include "emu/signal/guest_signal.h"
#include "emu/sys/sys.h"
#include "generated/ids.h"

struct dm_gsigaction dm_gsig[DM_NSIG];
__thread uint64_t dm_gblocked[2];
__thread volatile uint64_t dm_gpending[2];

static int64_t err(const struct dm_sys_call *c, int e) { return -dm_errno_to_guest(c->abi, e); }

const struct dm_field *dm_field_find(const struct dm_type *t, const char *name)
{
	for (unsigned i = 0; t && i < t->nfields; i++)
		if (!strcmp(t->fields[i].name, name)) return &t->fields[i];
	return NULL;
}

uint64_t dm_guest_uint(const struct dm_abi *abi, const uint8_t *p, unsigned size)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < size; i++)
		v |= (uint64_t)p[abi->endian == DM_BIG ? size - 1 - i : i] << (8 * i);
	return v;
}

void dm_guest_put_uint(const struct dm_abi *abi, uint8_t *p, unsigned size, uint64_t v)
{
	for (unsigned i = 0; i < size; i++)
		p[abi->endian == DM_BIG ? size - 1 - i : i] = (uint8_t)(v >> (8 * i));
}

/* A guest sigset is an array of words of the ABI's long size, in guest byte order;
 * bit (sig - 1) stands for guest signal sig. */
void dm_sigset_from_guest(const struct dm_abi *abi, const uint8_t *p, size_t bytes, uint64_t set[2])
{
	unsigned w = abi->bits / 8;
	set[0] = set[1] = 0;
	for (size_t off = 0; off + w <= bytes && off < 16; off += w) {
		uint64_t v = dm_guest_uint(abi, p + off, w);
		unsigned bit = (unsigned)off * 8;
		set[bit / 64] |= v << (bit % 64);
	}
}

void dm_sigset_to_guest(const struct dm_abi *abi, uint8_t *p, size_t bytes, const uint64_t set[2])
{
	unsigned w = abi->bits / 8;
	memset(p, 0, bytes);
	for (size_t off = 0; off + w <= bytes && off < 16; off += w) {
		unsigned bit = (unsigned)off * 8;
		uint64_t v = set[bit / 64] >> (bit % 64);
		dm_guest_put_uint(abi, p + off, w, w == 8 ? v : v & 0xffffffffu);
	}
}

static size_t sigset_size(const struct dm_abi *abi)
{
	const struct dm_type *t = abi->types[DM_T_sigset];
	return t ? t->gsize : 8;
}

static int nsig(const struct dm_abi *abi) { return (int)sigset_size(abi) * 8; }

/* What the host should do for guest signal gsig now. */
static void host_apply(const struct dm_abi *abi, int gsig)
{
	int hs = dm_signal_to_host(abi, gsig);
	if (!hs || hs == SIGKILL || hs == SIGSTOP || dm_signal_is_internal(hs)) return;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigfillset(&sa.sa_mask);
	if (dm_gsig[gsig].handler == 1) sa.sa_handler = SIG_IGN;
	else if (dm_gsig[gsig].handler == 0) sa.sa_handler = SIG_DFL;
	else {
		sa.sa_sigaction = dm_signal_queue;
		sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
		/* SA_RESTART is decided per delivery by the guest's flags: restart in the
		 * host kernel when the guest asked for it. */
		if (dm_gsig[gsig].host_flags & SA_RESTART) sa.sa_flags |= SA_RESTART;
	}
	sigaction(hs, &sa, NULL);
}

int64_t dm_sys_rt_sigaction(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int sig = (int)c->args[0];
	uint64_t act = c->args[1], oact = c->args[2], setsize = c->args[3];
	const struct dm_type *t = abi->types[DM_T_sigaction];
	if (setsize != sigset_size(abi)) return err(c, EINVAL);
	if (sig < 1 || sig > nsig(abi) || sig >= DM_NSIG) return err(c, EINVAL);
	int hs = dm_signal_to_host(abi, sig);
	if (act && (hs == SIGKILL || hs == SIGSTOP)) return err(c, EINVAL);
	const struct dm_field *fh = dm_field_find(t, "sa_handler"), *ff = dm_field_find(t, "sa_flags");
	const struct dm_field *fr = dm_field_find(t, "sa_restorer"), *fm = dm_field_find(t, "sa_mask");
	uint8_t buf[256];
	struct dm_gsigaction old = dm_gsig[sig];
	if (act) {
		if (t->gsize > sizeof buf || dm_copy_from_guest(buf, act, t->gsize)) return err(c, EFAULT);
		struct dm_gsigaction n = { 0 };
		n.handler = dm_guest_uint(abi, buf + fh->goff, fh->gsize);
		n.flags = dm_guest_uint(abi, buf + ff->goff, ff->gsize);
		n.restorer = fr ? dm_guest_uint(abi, buf + fr->goff, fr->gsize) : 0;
		dm_sigset_from_guest(abi, buf + fm->goff, fm->gsize, n.mask);
		n.host_flags = dm_flags_to_host(abi->sets[DM_SET_sigaction_flags], n.flags, NULL);
		dm_gsig[sig] = n;
		host_apply(abi, sig);
	}
	if (oact) {
		memset(buf, 0, sizeof buf);
		dm_guest_put_uint(abi, buf + fh->goff, fh->gsize, old.handler);
		dm_guest_put_uint(abi, buf + ff->goff, ff->gsize, old.flags);
		if (fr) dm_guest_put_uint(abi, buf + fr->goff, fr->gsize, old.restorer);
		dm_sigset_to_guest(abi, buf + fm->goff, fm->gsize, old.mask);
		if (dm_copy_to_guest(oact, buf, t->gsize)) return err(c, EFAULT);
	}
	return 0;
}

/* The host thread mask mirrors the guest's for signals the host acts on by
 * itself (ignored, default); the emulator's own fault signals stay open. */
void dm_signal_sync_host_mask(const struct dm_abi *abi)
{
	sigset_t hs;
	sigemptyset(&hs);
	for (int g = 1; g < DM_NSIG && g <= 128; g++)
		if (dm_gblocked[(g - 1) / 64] >> ((g - 1) % 64) & 1) {
			int h = dm_signal_to_host(abi, g);
			if (h && !dm_signal_is_internal(h) && h != SIGKILL && h != SIGSTOP) sigaddset(&hs, h);
		}
	pthread_sigmask(SIG_SETMASK, &hs, NULL);
}

int64_t dm_sys_rt_sigprocmask(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int how = (int)c->args[0];
	uint64_t nset = c->args[1], oset = c->args[2], setsize = c->args[3];
	size_t n = sigset_size(abi);
	if (setsize != n) return err(c, EINVAL);
	uint64_t old[2] = { dm_gblocked[0], dm_gblocked[1] };
	if (nset) {
		uint8_t buf[16];
		uint64_t s[2];
		if (dm_copy_from_guest(buf, nset, n)) return err(c, EFAULT);
		dm_sigset_from_guest(abi, buf, n, s);
		uint64_t h;
		if (dm_enum_to_host(abi->sets[DM_SET_sigprocmask_how], (uint64_t)how, &h)) return err(c, EINVAL);
		for (int k = 0; k < 2; k++) {
			if (h == SIG_BLOCK) dm_gblocked[k] |= s[k];
			else if (h == SIG_UNBLOCK) dm_gblocked[k] &= ~s[k];
			else if (h == SIG_SETMASK) dm_gblocked[k] = s[k];
			else return err(c, EINVAL);
		}
		/* SIGKILL and SIGSTOP cannot be blocked */
		for (int g = 1; g <= 128 && g < DM_NSIG; g++) {
			int hs = dm_signal_to_host(abi, g);
			if (hs == SIGKILL || hs == SIGSTOP) dm_gblocked[(g - 1) / 64] &= ~(1ull << ((g - 1) % 64));
		}
		dm_signal_sync_host_mask(abi);
		dm_signal_pending = 1;  /* something just unblocked may be waiting */
	}
	if (oset) {
		uint8_t buf[16];
		dm_sigset_to_guest(abi, buf, n, old);
		if (dm_copy_to_guest(oset, buf, n)) return err(c, EFAULT);
	}
	return 0;
}

int64_t dm_sys_rt_sigpending(struct dm_sys_call *c)
{
	size_t n = sigset_size(c->abi);
	if (c->args[1] > 16 || c->args[1] < 1) return err(c, EINVAL);
	sigset_t hp;
	sigpending(&hp);
	uint64_t s[2] = { dm_gpending[0] & dm_gblocked[0], dm_gpending[1] & dm_gblocked[1] };
	for (int h = 1; h < 65; h++)
		if (sigismember(&hp, h) == 1) {
			int g = dm_signal_to_guest(c->abi, h);
			if (g) s[(g - 1) / 64] |= 1ull << ((g - 1) % 64);
		}
	uint8_t buf[16];
	dm_sigset_to_guest(c->abi, buf, n, s);
	if (dm_copy_to_guest(c->args[0], buf, c->args[1] < n ? c->args[1] : n)) return err(c, EFAULT);
	return 0;
}

int64_t dm_sys_rt_sigreturn(struct dm_sys_call *c)
{
	uint64_t mask[2];
	if (!c->cpu->arch->signal_return || !c->cpu->arch->signal_return(c->cpu, mask)) {
		dm_signal_sync(c->cpu, SIGSEGV, SI_KERNEL, 0);
		return DM_SYS_KEEP_REGS;
	}
	for (int g = 1; g <= 128 && g < DM_NSIG; g++) {
		int hs = dm_signal_to_host(c->abi, g);
		if (hs == SIGKILL || hs == SIGSTOP) mask[(g - 1) / 64] &= ~(1ull << ((g - 1) % 64));
	}
	dm_gblocked[0] = mask[0];
	dm_gblocked[1] = mask[1];
	dm_signal_sync_host_mask(c->abi);
	dm_signal_pending = 1;
	return DM_SYS_KEEP_REGS;
}

int64_t dm_sys_sigaltstack(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	const struct dm_type *t = abi->types[DM_T_stack_t];
	const struct dm_field *fsp = dm_field_find(t, "ss_sp"), *ffl = dm_field_find(t, "ss_flags");
	const struct dm_field *fsz = dm_field_find(t, "ss_size");
	uint64_t ss = c->args[0], old = c->args[1];
	uint8_t buf[64];
	uint64_t sp = c->cpu->arch->get_sp(c->cpu);
	int on = !(dm_altstack[1] & SS_DISABLE) && dm_altstack[2] && sp - dm_altstack[0] < dm_altstack[2];
	if (old) {
		memset(buf, 0, sizeof buf);
		dm_guest_put_uint(abi, buf + fsp->goff, fsp->gsize, dm_altstack[0]);
		dm_guest_put_uint(abi, buf + ffl->goff, ffl->gsize, on ? SS_ONSTACK : dm_altstack[1]);
		dm_guest_put_uint(abi, buf + fsz->goff, fsz->gsize, dm_altstack[2]);
		if (dm_copy_to_guest(old, buf, t->gsize)) return err(c, EFAULT);
	}
	if (ss) {
		if (dm_copy_from_guest(buf, ss, t->gsize)) return err(c, EFAULT);
		if (on) return err(c, EPERM);
		uint64_t nsp = dm_guest_uint(abi, buf + fsp->goff, fsp->gsize);
		uint64_t nfl = dm_guest_uint(abi, buf + ffl->goff, ffl->gsize);
		uint64_t nsz = dm_guest_uint(abi, buf + fsz->goff, fsz->gsize);
		if (nfl & ~(uint64_t)(SS_DISABLE | SS_ONSTACK | (1u << 31) /* SS_AUTODISARM */)) return err(c, EINVAL);
		if (nfl & SS_DISABLE) { dm_altstack[0] = 0; dm_altstack[1] = SS_DISABLE; dm_altstack[2] = 0; }
		else {
			if (nsz < c->cpu->arch->minsigstksz) return err(c, ENOMEM);
			dm_altstack[0] = nsp; dm_altstack[1] = 0; dm_altstack[2] = nsz;
		}
	}
	return 0;
}

/* Host sigset of the guest signals in set (those the host knows). */
static void host_set(const struct dm_abi *abi, const uint64_t set[2], sigset_t *hs)
{
	sigemptyset(hs);
	for (int g = 1; g <= 128 && g < DM_NSIG; g++)
		if (set[(g - 1) / 64] >> ((g - 1) % 64) & 1) {
			int h = dm_signal_to_host(abi, g);
			if (h) sigaddset(hs, h);
		}
}

int64_t dm_sys_rt_sigsuspend(struct dm_sys_call *c)
{
	size_t n = sigset_size(c->abi);
	uint8_t buf[16];
	uint64_t s[2];
	if (c->args[1] != n) return err(c, EINVAL);
	if (dm_copy_from_guest(buf, c->args[0], n)) return err(c, EFAULT);
	dm_sigset_from_guest(c->abi, buf, n, s);
	/* The handler that ends the wait runs with the suspend mask in force and
	 * returns to the mask from before the call (the frame records it). */
	dm_sigsuspend_saved[0] = dm_gblocked[0];
	dm_sigsuspend_saved[1] = dm_gblocked[1];
	dm_sigsuspend_active = 1;
	dm_gblocked[0] = s[0];
	dm_gblocked[1] = s[1];
	sigset_t hs;
	for (;;) {
		if (dm_gpending[0] & ~dm_gblocked[0] || dm_gpending[1] & ~dm_gblocked[1]) break;
		host_set(c->abi, dm_gblocked, &hs);
		for (int h = 1; h < 65; h++) if (dm_signal_is_internal(h)) sigdelset(&hs, h);
		sigsuspend(&hs);
	}
	dm_signal_sync_host_mask(c->abi);
	dm_signal_pending = 1;
	return err(c, EINTR);
}

int64_t dm_sys_rt_sigtimedwait(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	size_t n = sigset_size(abi);
	uint8_t buf[16];
	uint64_t s[2];
	if (c->args[3] != n) return err(c, EINVAL);
	if (dm_copy_from_guest(buf, c->args[0], n)) return err(c, EFAULT);
	dm_sigset_from_guest(abi, buf, n, s);
	/* queued already (a guest-handled signal the host handler caught)? */
	for (int g = 1; g <= 128 && g < DM_NSIG; g++) {
		uint64_t bit = 1ull << ((g - 1) % 64);
		if ((s[(g - 1) / 64] & bit) && (dm_gpending[(g - 1) / 64] & bit)) {
			__atomic_and_fetch(&dm_gpending[(g - 1) / 64], ~bit, __ATOMIC_SEQ_CST);
			return g;  /* siginfo of queued signals: filled with signo only */
		}
	}
	sigset_t hs;
	host_set(abi, s, &hs);
	struct timespec ts, *tp = NULL;
	if (c->args[2]) {
		const struct dm_type *t = abi->types[DM_T_timespec];
		uint8_t tb[32];
		if (dm_copy_from_guest(tb, c->args[2], t->gsize)) return err(c, EFAULT);
		struct dmh_timespec_view { int64_t s, ns; } v;
		t->to_host(&v, tb);
		ts.tv_sec = v.s; ts.tv_nsec = v.ns;
		tp = &ts;
	}
	siginfo_t si;
	int h = sigtimedwait(&hs, &si, tp);
	if (h < 0) return err(c, errno);
	int g = dm_signal_to_guest(abi, h);
	if (c->args[1]) {
		uint8_t ib[128];
		memset(ib, 0, sizeof ib);
		dm_guest_put_uint(abi, ib + 0, 4, (uint64_t)g);
		dm_guest_put_uint(abi, ib + 4, 4, (uint64_t)si.si_errno);
		dm_guest_put_uint(abi, ib + 8, 4, (uint64_t)si.si_code);
		dm_guest_put_uint(abi, ib + 16, 4, (uint64_t)si.si_pid);
		dm_guest_put_uint(abi, ib + 20, 4, (uint64_t)si.si_uid);
		if (dm_copy_to_guest(c->args[1], ib, sizeof ib)) return err(c, EFAULT);
	}
	return g;
}
