/* emu/signal/sys_signal_old.c: the signal calls of the old one-word mask
 * (old_sigset_t, one guest long: signals 1..32 or 1..64), which the older
 * ABIs (i386, m68k, s390x, ...) still number: sigaction, signal,
 * sigprocmask, sigpending, sigsuspend.  Each is its rt_* twin on the low word
 * of the mask (emu/signal/sys_signal.c holds the shared cores).
 *
 * struct old_sigaction is kernel-internal (no uapi header to prove it
 * against): handler, mask, flags, restorer, each one guest long, on the ABIs
 * that take this generic layout (alpha, mips and sparc have their own and no
 * front-end yet). */
#include <signal.h>
#include <string.h>

#include "emu/abi/xlat.h"
#include "emu/signal/guest_signal.h"
#include "emu/sys/internal.h"
#include "emu/sys/sys.h"
#include "generated/ids.h"

static uint64_t low_word(const struct dm_abi *abi, const uint64_t s[2])
{
	return abi->bits == 32 ? s[0] & 0xffffffffu : s[0];
}

int64_t dm_sys_sigaction(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	unsigned w = dm_gword(abi);
	uint64_t act = c->args[1], oact = c->args[2];
	struct dm_gsigaction n = { 0 }, old;
	if (act) {
		uint64_t v[4];
		for (int i = 0; i < 4; i++)
			if (dm_get_guest(abi, act + (uint64_t)i * w, w, &v[i])) return DM_GERR(EFAULT);
		n.handler = v[0];
		n.mask[0] = v[1];
		n.flags = v[2];
		n.restorer = v[3];
	}
	int64_t r = dm_sigaction_swap(c, (int)c->args[0], act ? &n : NULL, &old);
	if (r) return r;
	if (oact) {
		uint64_t v[4] = { old.handler, low_word(abi, old.mask), old.flags, old.restorer };
		for (int i = 0; i < 4; i++)
			if (dm_put_guest(abi, oact + (uint64_t)i * w, w, v[i])) return DM_GERR(EFAULT);
	}
	return 0;
}

/* signal(2): the handler with SA_RESETHAND | SA_NODEFER and an empty mask;
 * returns the previous handler (the kernel's sys_signal). */
int64_t dm_sys_signal(struct dm_sys_call *c)
{
	uint64_t fl = dm_flags_to_guest(c->abi->sets[DM_SET_sigaction_flags], SA_RESETHAND | SA_NODEFER, NULL);
	struct dm_gsigaction n = { .handler = c->args[1], .flags = fl }, old;
	int64_t r = dm_sigaction_swap(c, (int)c->args[0], &n, &old);
	return r ? r : (int64_t)old.handler;
}

int64_t dm_sys_sigprocmask(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	unsigned w = dm_gword(abi);
	uint64_t nset = c->args[1], oset = c->args[2], s[2] = { 0, 0 }, old[2];
	if (nset && dm_get_guest(abi, nset, w, &s[0])) return DM_GERR(EFAULT);
	int64_t r = dm_sigprocmask_apply(c, (int)c->args[0], nset ? s : NULL, old, true);
	if (r) return r;
	if (oset && dm_put_guest(abi, oset, w, low_word(abi, old))) return DM_GERR(EFAULT);
	return 0;
}

int64_t dm_sys_sigpending(struct dm_sys_call *c)
{
	uint64_t s[2];
	dm_sigpending_set(c->abi, s);
	return dm_put_guest(c->abi, c->args[0], dm_gword(c->abi), low_word(c->abi, s)) ? DM_GERR(EFAULT) : 0;
}

/* The mask is passed by value: the only argument, or the third after two
 * unused ones on CONFIG_OLD_SIGSUSPEND3 ABIs (specs/abi: sigsuspend3). */
int64_t dm_sys_sigsuspend(struct dm_sys_call *c)
{
	uint64_t s[2] = { c->args[c->abi->sigsuspend3 ? 2 : 0], 0 };
	s[0] = low_word(c->abi, s);
	return dm_sigsuspend_with(c, s);
}
