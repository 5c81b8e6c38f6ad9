/* emu/signal/sys_signal.c: the signal syscalls.  Guest dispositions and masks
 * are kept in guest numbering; the host is told only what it must act on
 * (ignore, default, or "queue it for the guest"). */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "arch/arch.h"
#include "emu/abi/field.h"
#include "emu/abi/xlat.h"
#include "emu/mm/mm.h"
#include "emu/process.h"
#include "emu/signal/guest_signal.h"
#include "emu/sys/internal.h"
#include "emu/sys/sys.h"
#include "generated/ids.h"

static struct dm_gsigaction process_gsig[DM_NSIG];
__thread struct dm_gsigaction *dm_gsig = process_gsig;
static pthread_mutex_t gsig_lock = PTHREAD_MUTEX_INITIALIZER;

void dm_gsig_lock(void)
{
	pthread_mutex_lock(&gsig_lock);
}

void dm_gsig_unlock(void) { pthread_mutex_unlock(&gsig_lock); }
void dm_gsig_fork_child(void) { pthread_mutex_init(&gsig_lock, NULL); }
__thread uint64_t dm_gblocked[2];

static int64_t err(const struct dm_sys_call *c, int e) { return -dm_errno_to_guest(c->abi, e); }

/* A guest sigset is an array of words of the ABI's long size, in guest byte order;
 * bit (sig - 1) stands for guest signal sig. */
void dm_sigset_from_guest(const struct dm_abi *abi, const uint8_t *p, size_t bytes, uint64_t set[2])
{
	unsigned w = abi->bits / 8;
	set[0] = set[1] = 0;
	for (size_t off = 0; off + w <= bytes && off < 16; off += w) {
		uint64_t v = dm_gload(abi, p + off, w);
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
		dm_gstore(abi, p + off, w, w == 8 ? v : v & 0xffffffffu);
	}
}

static size_t sigset_size(const struct dm_abi *abi)
{
	const struct dm_type *t = abi->types[DM_T_sigset];
	return t ? t->gsize : 8;
}

static int nsig(const struct dm_abi *abi) { return (int)sigset_size(abi) * 8; }

/* What the host should do for guest signal gsig now: ignore, default, or
 * catch it for the guest (SA_RESTART as the guest asked: the host kernel then
 * rewinds an interrupted restartable call, which the safe-syscall stub turns
 * into DM_SYS_RESTART; see docs/signals.md). */
void dm_signal_host_apply(const struct dm_abi *abi, int gsig)
{
	int hs = dm_signal_to_host(abi, gsig);
	if (!hs || hs == SIGKILL || hs == SIGSTOP || dm_signal_is_internal(hs)) return;
	struct { void *h; unsigned long flags; void *restorer; uint64_t mask; } k = { 0 };
	extern void dm_host_sigrestorer(void);
	k.flags = 0x04000000;  /* SA_RESTORER */
	k.restorer = (void *)dm_host_sigrestorer;
	uint64_t handler = dm_gsig[gsig].handler;
	/* -strace: a deadly default goes through the queue too, so that the
	 * delivery prints "--- SIG... ---" and "+++ killed by ... +++"; so it
	 * does where only the emulator can walk the robust futex lists of the
	 * dying threads (a big-endian guest's, emu/sys/proc.c) */
	bool traced_death = handler == 0 && dm_signal_emulated_deaths(abi) && dm_signal_default_kills(hs);
	if (handler == 1) k.h = SIG_IGN;
	else if (handler == 0 && !traced_death) k.h = SIG_DFL;
	else {
		k.h = (void *)dm_signal_queue;
		k.flags |= SA_SIGINFO | SA_ONSTACK;
		k.mask = ~0ull & ~(1ull << (SIGSEGV - 1)) & ~(1ull << (SIGBUS - 1)) & ~(1ull << (SIGFPE - 1));
		if (traced_death || (dm_gsig[gsig].host_flags & SA_RESTART)) k.flags |= SA_RESTART;
	}
	syscall(SYS_rt_sigaction, hs, &k, NULL, 8);
}

/* Install n (NULL: only read) as guest signal sig's action; the previous one
 * in *old.  Shared by rt_sigaction and the old-style sigaction and signal. */
int64_t dm_sigaction_swap(struct dm_sys_call *c, int sig, const struct dm_gsigaction *n, struct dm_gsigaction *old)
{
	const struct dm_abi *abi = c->abi;
	if (sig < 1 || sig > nsig(abi) || sig >= DM_NSIG) return err(c, EINVAL);
	int hs = dm_signal_to_host(abi, sig);
	if (n && (hs == SIGKILL || hs == SIGSTOP)) return err(c, EINVAL);
	uint64_t mask;
	dm_host_sigmask(SIG_SETMASK, ~0ull & ~(1ull << (SIGSEGV - 1)) & ~(1ull << (SIGBUS - 1)) & ~(1ull << (SIGFPE - 1)),
			&mask);
	dm_gsig_lock();
	*old = dm_gsig[sig];
	if (n) {
		struct dm_gsigaction k = *n;
		dm_signal_unblockable(abi, k.mask);
		k.host_flags = dm_flags_to_host(abi->sets[DM_SET_sigaction_flags], k.flags, NULL);
		dm_gsig[sig] = k;
		dm_signal_host_apply(abi, sig);
	}
	dm_gsig_unlock();
	dm_host_sigmask(SIG_SETMASK, mask, NULL);
	return 0;
}

int64_t dm_sys_rt_sigaction(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int sig = (int)c->args[0];
	uint64_t act = c->args[1], oact = c->args[2], setsize = c->args[3];
	const struct dm_type *t = abi->types[DM_T_sigaction];
	if (setsize != sigset_size(abi)) return err(c, EINVAL);
	const struct dm_field *fh = dm_field_find(t, "sa_handler", NULL), *ff = dm_field_find(t, "sa_flags", NULL);
	const struct dm_field *fr = dm_field_find(t, "sa_restorer", NULL), *fm = dm_field_find(t, "sa_mask", NULL);
	uint8_t buf[256];
	struct dm_gsigaction old, n = { 0 };
	if (act) {
		if (t->gsize > sizeof buf || dm_copy_from_guest(buf, act, t->gsize)) return err(c, EFAULT);
		n.handler = dm_gload(abi, buf + fh->goff, fh->gsize);
		n.flags = dm_gload(abi, buf + ff->goff, ff->gsize);
		n.restorer = fr ? dm_gload(abi, buf + fr->goff, fr->gsize) : 0;
		dm_sigset_from_guest(abi, buf + fm->goff, fm->gsize, n.mask);
	}
	int64_t r = dm_sigaction_swap(c, sig, act ? &n : NULL, &old);
	if (r) return r;
	if (oact) {
		memset(buf, 0, sizeof buf);
		dm_gstore(abi, buf + fh->goff, fh->gsize, old.handler);
		dm_gstore(abi, buf + ff->goff, ff->gsize, old.flags);
		if (fr) dm_gstore(abi, buf + fr->goff, fr->gsize, old.restorer);
		dm_sigset_to_guest(abi, buf + fm->goff, fm->gsize, old.mask);
		if (dm_copy_to_guest(oact, buf, t->gsize)) return err(c, EFAULT);
	}
	return 0;
}

/* a queued signal the guest no longer blocks: look at the next boundary */
static void recheck_queued(void)
{
	uint64_t q[2];
	dm_signal_queued_set(q);
	if ((q[0] & ~dm_gblocked[0]) || (q[1] & ~dm_gblocked[1])) dm_signal_pending = 1;
}

/* Change the blocked mask as `how` (guest numbering) says with set s (NULL:
 * only read); the previous mask in old.  low_word: the old sigprocmask, whose
 * SIG_SETMASK replaces only the first word of the mask (the kernel's). */
int64_t dm_sigprocmask_apply(struct dm_sys_call *c, int how, const uint64_t s_in[2], uint64_t old[2], bool low_word)
{
	const struct dm_abi *abi = c->abi;
	old[0] = dm_gblocked[0];
	old[1] = dm_gblocked[1];
	if (!s_in) return 0;
	uint64_t h, nb[2], s[2] = { s_in[0], s_in[1] };
	if (dm_enum_to_host(abi->sets[DM_SET_sigprocmask_how], (uint64_t)how, &h)) return err(c, EINVAL);
	uint64_t keep = low_word ? ~(abi->bits == 32 ? 0xffffffffull : ~0ull) : 0;
	for (int k = 0; k < 2; k++) {
		if (h == SIG_BLOCK) nb[k] = dm_gblocked[k] | s[k];
		else if (h == SIG_UNBLOCK) nb[k] = dm_gblocked[k] & ~s[k];
		else if (h == SIG_SETMASK) nb[k] = k == 0 ? (s[0] & ~keep) | (dm_gblocked[0] & keep) : (low_word ? dm_gblocked[1] : s[1]);
		else return err(c, EINVAL);
	}
	dm_signal_unblockable(abi, nb);
	dm_gblocked[0] = nb[0];
	dm_gblocked[1] = nb[1];
	dm_signal_sync_host_mask(abi);   /* pending ones now unblocked are caught right here */
	recheck_queued();
	return 0;
}

int64_t dm_sys_rt_sigprocmask(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int how = (int)c->args[0];
	uint64_t nset = c->args[1], oset = c->args[2], setsize = c->args[3];
	size_t n = sigset_size(abi);
	if (setsize != n) return err(c, EINVAL);
	uint64_t s[2], old[2];
	if (nset) {
		uint8_t buf[16];
		if (dm_copy_from_guest(buf, nset, n)) return err(c, EFAULT);
		dm_sigset_from_guest(abi, buf, n, s);
	}
	int64_t r = dm_sigprocmask_apply(c, how, nset ? s : NULL, old, false);
	if (r) return r;
	if (oset) {
		uint8_t buf[16];
		dm_sigset_to_guest(abi, buf, n, old);
		if (dm_copy_to_guest(oset, buf, n)) return err(c, EFAULT);
	}
	return 0;
}

/* The guest signals pending and blocked for this thread. */
void dm_sigpending_set(const struct dm_abi *abi, uint64_t s[2])
{
	/* the host's pending & blocked is the guest's (the masks mirror), plus what
	 * this thread caught and holds */
	uint64_t hp = 0, q[2];
	syscall(SYS_rt_sigpending, &hp, 8);
	dm_signal_host_to_gset(abi, hp, s);
	dm_signal_queued_set(q);
	s[0] |= q[0] & dm_gblocked[0];
	s[1] |= q[1] & dm_gblocked[1];
	s[0] &= dm_gblocked[0];
	s[1] &= dm_gblocked[1];
}

int64_t dm_sys_rt_sigpending(struct dm_sys_call *c)
{
	size_t n = sigset_size(c->abi);
	if (c->args[1] != n) return err(c, EINVAL);
	uint64_t s[2];
	dm_sigpending_set(c->abi, s);
	uint8_t buf[16];
	dm_sigset_to_guest(c->abi, buf, n, s);
	if (dm_copy_to_guest(c->args[0], buf, n)) return err(c, EFAULT);
	return 0;
}

/* the mask a sigreturn restores */
static void restore_mask(struct dm_sys_call *c, uint64_t mask[2])
{
	dm_signal_unblockable(c->abi, mask);
	dm_gblocked[0] = mask[0];
	dm_gblocked[1] = mask[1];
}

/* The old-style frame's return (s390x's sigreturn): registers and mask, no
 * alternate stack (the frame has no uc_stack). */
int64_t dm_sys_sigreturn(struct dm_sys_call *c)
{
	uint64_t mask[2];
	if (!c->cpu->arch->signal_return_old || !c->cpu->arch->signal_return_old(c->cpu, mask)) {
		dm_signal_sync(c->cpu, SIGSEGV, SI_KERNEL, 0);
		return DM_SYS_KEEP_REGS;
	}
	restore_mask(c, mask);
	dm_signal_sync_host_mask(c->abi);
	recheck_queued();
	return DM_SYS_KEEP_REGS;
}

int64_t dm_sys_rt_sigreturn(struct dm_sys_call *c)
{
	uint64_t mask[2], dm_sigreturn_stack[3] = { 0, SS_DISABLE, 0 };
	if (!c->cpu->arch->signal_return || !c->cpu->arch->signal_return(c->cpu, mask, dm_sigreturn_stack)) {
		dm_signal_sync(c->cpu, SIGSEGV, SI_KERNEL, 0);
		return DM_SYS_KEEP_REGS;
	}
	restore_mask(c, mask);
	/* restore_altstack: errors (on the stack now) are ignored */
	uint64_t sp = c->cpu->arch->get_sp(c->cpu);
	int on = !(dm_altstack[1] & SS_DISABLE) && dm_altstack[2] && sp - dm_altstack[0] < dm_altstack[2];
	uint64_t fl = dm_sigreturn_stack[1];
	if (!on && !(fl & ~(uint64_t)(SS_DISABLE | SS_ONSTACK | (1u << 31)))) {
		if (fl & SS_DISABLE) { dm_altstack[0] = 0; dm_altstack[1] = SS_DISABLE; dm_altstack[2] = 0; }
		else if (dm_sigreturn_stack[2] >= c->cpu->arch->minsigstksz) {
			dm_altstack[0] = dm_sigreturn_stack[0];
			dm_altstack[1] = fl & (1u << 31);
			dm_altstack[2] = dm_sigreturn_stack[2];
		}
	}
	dm_signal_sync_host_mask(c->abi);
	recheck_queued();
	return DM_SYS_KEEP_REGS;
}

int64_t dm_sys_sigaltstack(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	const struct dm_type *t = abi->types[DM_T_stack_t];
	const struct dm_field *fsp = dm_field_find(t, "ss_sp", NULL), *ffl = dm_field_find(t, "ss_flags", NULL);
	const struct dm_field *fsz = dm_field_find(t, "ss_size", NULL);
	uint64_t ss = c->args[0], old = c->args[1];
	uint8_t buf[64];
	uint64_t sp = c->cpu->arch->get_sp(c->cpu);
	int on = !(dm_altstack[1] & SS_DISABLE) && dm_altstack[2] && sp - dm_altstack[0] < dm_altstack[2];
	uint8_t obuf[64];
	if (old) {
		memset(obuf, 0, sizeof obuf);
		dm_gstore(abi, obuf + fsp->goff, fsp->gsize, dm_altstack[0]);
		uint64_t fl = on ? SS_ONSTACK : (dm_altstack[2] ? dm_altstack[1] & ~(uint64_t)SS_DISABLE : SS_DISABLE);
		dm_gstore(abi, obuf + ffl->goff, ffl->gsize, fl | (dm_altstack[1] & (1u << 31)));
		dm_gstore(abi, obuf + fsz->goff, fsz->gsize, dm_altstack[2]);
	}
	if (ss) {
		if (dm_copy_from_guest(buf, ss, t->gsize)) return err(c, EFAULT);
		uint64_t nsp = dm_gload(abi, buf + fsp->goff, fsp->gsize);
		uint64_t nfl = dm_gload(abi, buf + ffl->goff, ffl->gsize);
		uint64_t nsz = dm_gload(abi, buf + fsz->goff, fsz->gsize);
		if (on) return err(c, EPERM);
		uint64_t mode = nfl & ~(uint64_t)(1u << 31);
		if (mode != SS_DISABLE && mode != SS_ONSTACK && mode != 0) return err(c, EINVAL);
		if (mode == SS_DISABLE) { dm_altstack[0] = 0; dm_altstack[1] = SS_DISABLE; dm_altstack[2] = 0; }
		else {
			if (nsz < c->cpu->arch->minsigstksz) return err(c, ENOMEM);
			dm_altstack[0] = nsp; dm_altstack[1] = nfl & (1u << 31); dm_altstack[2] = nsz;
		}
	}
	if (old && dm_copy_to_guest(old, obuf, t->gsize)) return err(c, EFAULT);
	return 0;
}

/* Wait for a signal with s as the blocked mask (rt_sigsuspend, sigsuspend). */
int64_t dm_sigsuspend_with(struct dm_sys_call *c, uint64_t s[2])
{
	dm_signal_unblockable(c->abi, s);
	/* Held (caught, blocked) signals the new mask lets through end it at once. */
	uint64_t q[2];
	dm_signal_queued_set(q);
	int now = (q[0] & ~s[0]) || (q[1] & ~s[1]);
	uint64_t hm = dm_signal_mirror(c->abi, s);
	long r = now ? -EINTR : dm_safe_syscall_raw(&dm_signal_pending, SYS_rt_sigsuspend, (long)&hm, 8, 0, 0, 0, 0);
	if (r == -DM_ERESTARTSYS) return DM_SYS_RESTART;   /* a signal came before: deliver it, suspend again */
	/* The handler that ends the wait runs with the suspend mask in force and
	 * returns to the mask from before the call (the frame records it). */
	dm_sigsuspend_saved[0] = dm_gblocked[0];
	dm_sigsuspend_saved[1] = dm_gblocked[1];
	dm_sigsuspend_active = 1;
	dm_gblocked[0] = s[0];
	dm_gblocked[1] = s[1];
	if (now) dm_signal_pending = 1;
	return err(c, EINTR);
}

int64_t dm_sys_rt_sigsuspend(struct dm_sys_call *c)
{
	size_t n = sigset_size(c->abi);
	uint8_t buf[16];
	uint64_t s[2];
	if (c->args[1] != n) return err(c, EINVAL);
	if (dm_copy_from_guest(buf, c->args[0], n)) return err(c, EFAULT);
	dm_sigset_from_guest(c->abi, buf, n, s);
	return dm_sigsuspend_with(c, s);
}

static int64_t put_siginfo(struct dm_sys_call *c, uint64_t addr, const siginfo_t *si)
{
	if (!addr) return 0;
	struct dm_gsiginfo gi;
	uint8_t ib[128];
	dm_siginfo_from_host(c->abi, si, &gi);
	dm_siginfo_to_guest(c->abi, &gi, ib);
	return dm_copy_to_guest(addr, ib, sizeof ib) ? err(c, EFAULT) : 0;
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
	dm_signal_unblockable(abi, s);
	struct timespec ts, *tp = NULL;
	if (c->args[2]) {
		const struct dm_type *t = abi->types[!strcmp(c->entry ? c->entry->name : "", "rt_sigtimedwait_time64") ?
							     DM_T_timespec64 : DM_T_timespec];
		uint8_t tb[32];
		if (dm_copy_from_guest(tb, c->args[2], t->gsize)) return err(c, EFAULT);
		t->to_host(&ts, tb);
		if (ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000 || ts.tv_sec < 0) return err(c, EINVAL);
		tp = &ts;
	}
	siginfo_t si;
	/* caught by this thread and held (blocked since)? */
	int g = dm_signal_take_queued(s, &si);
	if (!g) {
		uint64_t hs = 0;
		for (int k = 1; k <= 128 && k < DM_NSIG; k++)
			if (s[(k - 1) / 64] >> ((k - 1) % 64) & 1) {
				int h = dm_signal_to_host(abi, k);
				if (h > 0 && h <= 64) hs |= 1ull << (h - 1);
			}
		long h = dm_safe_syscall_raw(&dm_signal_pending, SYS_rt_sigtimedwait, (long)&hs, (long)&si, (long)tp, 8, 0, 0);
		if (h == -DM_ERESTARTSYS) return DM_SYS_RESTART;
		if (h < 0) return err(c, (int)-h);
		g = dm_signal_to_guest(abi, (int)h);
	}
	int64_t e = put_siginfo(c, c->args[1], &si);
	return e ? e : g;
}

int64_t dm_sys_rt_sigtimedwait_time64(struct dm_sys_call *c) { return dm_sys_rt_sigtimedwait(c); }

/* rt_sigqueueinfo, rt_tgsigqueueinfo, pidfd_send_signal: the guest's siginfo
 * in the host's layout, signal numbers translated.  The first two take
 * si_signo from the call's signal; pidfd_send_signal keeps the guest's
 * (translated; -1 if it has no host number) and the host kernel refuses a
 * mismatch with EINVAL after its own earlier checks (LTP pidfd_send_signal02). */
static int64_t queue_info(struct dm_sys_call *c, long nr, long a0, long a1, int sig, uint64_t uinfo, long flags,
			  int argpos)
{
	bool own_signo = nr == SYS_pidfd_send_signal;
	int h = sig ? dm_signal_to_host(c->abi, sig) : 0;
	if (sig && !h) return err(c, EINVAL);
	siginfo_t si, *sp = NULL;
	if (uinfo) {
		uint8_t ib[128];
		if (dm_copy_from_guest(ib, uinfo, sizeof ib)) return err(c, EFAULT);
		if (dm_siginfo_guest_to_host(c->abi, ib, sig, &si)) return err(c, EINVAL);
		if (own_signo) {
			int gs = dm_siginfo_guest_signo(c->abi, ib), hs = gs > 0 ? dm_signal_to_host(c->abi, gs) : 0;
			si.si_signo = hs > 0 ? hs : -1;
		}
		sp = &si;
	}
	long a[4] = { a0, a1, 0, 0 };
	a[argpos] = h;
	a[argpos + 1] = (long)sp;
	if (argpos == 1) a[3] = flags;
	return dm_sys_err(c->abi, dm_host_syscall(nr, a[0], a[1], a[2], a[3], 0, 0));
}

int64_t dm_sys_rt_sigqueueinfo(struct dm_sys_call *c)
{
	if (!c->args[2]) return err(c, EFAULT);
	return queue_info(c, SYS_rt_sigqueueinfo, (int)c->args[0], 0, (int)c->args[1], c->args[2], 0, 1);
}

int64_t dm_sys_rt_tgsigqueueinfo(struct dm_sys_call *c)
{
	if (!c->args[3]) return err(c, EFAULT);
	return queue_info(c, SYS_rt_tgsigqueueinfo, (int)c->args[0], (int)c->args[1], (int)c->args[2], c->args[3], 0, 2);
}

int64_t dm_sys_pidfd_send_signal(struct dm_sys_call *c)
{
	return queue_info(c, SYS_pidfd_send_signal, (int)c->args[0], 0, (int)c->args[1], c->args[2], (long)(uint32_t)c->args[3],
			  1);
}

/* signalfd4 / signalfd: the guest mask (and flags) through the generic
 * marshaller.  The host fd reads struct signalfd_siginfo with host signal
 * numbers: the same as the guest's on ABIs with the generic numbering. */
int64_t dm_sys_signalfd4(struct dm_sys_call *c) { return dm_marshal(c); }
int64_t dm_sys_signalfd(struct dm_sys_call *c) { return dm_marshal(c); }

/* Only reached when a guest calls it by hand: nothing to restart. */
int64_t dm_sys_restart_syscall(struct dm_sys_call *c) { return err(c, EINTR); }
