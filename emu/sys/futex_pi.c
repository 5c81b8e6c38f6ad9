/* emu/sys/futex_pi.c: FUTEX_LOCK_PI, LOCK_PI2, TRYLOCK_PI and UNLOCK_PI for a
 * big-endian guest.  The PI protocol's word holds the owner's tid, which
 * the host kernel would read and write in host byte order; the guest reads it
 * in its own.  So the protocol runs here, on the word in guest order:
 *   - lock: a free word (tid bits 0) becomes our tid (FUTEX_OWNER_DIED kept,
 *     as the kernel does); our own tid is EDEADLK; otherwise FUTEX_WAITERS is
 *     set and the thread sleeps with FUTEX_WAIT_BITSET on that exact value
 *     (the absolute timeout: CLOCK_REALTIME for LOCK_PI, the op's clock for
 *     LOCK_PI2), then tries again; a thread that slept takes the word with
 *     FUTEX_WAITERS set, since others may still sleep (a spare wake later is
 *     harmless); TRYLOCK_PI never sleeps (EAGAIN);
 *   - unlock: only the owner (else EPERM); the word becomes 0 and, with
 *     FUTEX_WAITERS, one sleeper is woken to take it.
 * Not done here: priority inheritance (no boosting of the owner), the
 * kernel's ESRCH/owner-died checks of a tid that no longer exists, and the
 * requeue-PI operations (reported by futex.c). */
#include <errno.h>
#include <linux/futex.h>
#include <stdbool.h>
#include <sys/syscall.h>
#include <time.h>

#include "emu/sys/internal.h"

#ifndef FUTEX_LOCK_PI2
#define FUTEX_LOCK_PI2 13
#endif

static uint32_t ld(volatile uint32_t *w) { return __builtin_bswap32(__atomic_load_n(w, __ATOMIC_ACQUIRE)); }

/* compare-and-swap in guest (big-endian) order */
static bool cas(volatile uint32_t *w, uint32_t old, uint32_t nv)
{
	uint32_t o = __builtin_bswap32(old);
	return __atomic_compare_exchange_n(w, &o, __builtin_bswap32(nv), false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

long dm_futex_pi_be(volatile uint32_t *w, int op, const struct timespec *abs)
{
	int cmd = op & FUTEX_CMD_MASK, priv = op & FUTEX_PRIVATE_FLAG;
	uint32_t tid = (uint32_t)dm_host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);
	if (cmd == FUTEX_UNLOCK_PI) {
		for (;;) {
			uint32_t old = ld(w);
			if ((old & FUTEX_TID_MASK) != tid) return -EPERM;
			if (!cas(w, old, 0)) continue;
			if (old & FUTEX_WAITERS) dm_host_syscall(SYS_futex, (long)w, FUTEX_WAKE | priv, 1, 0, 0, 0);
			return 0;
		}
	}
	/* LOCK_PI's timeout is CLOCK_REALTIME; LOCK_PI2's is the op's clock */
	int clock = cmd == FUTEX_LOCK_PI || (op & FUTEX_CLOCK_REALTIME) ? FUTEX_CLOCK_REALTIME : 0;
	bool slept = false;
	for (;;) {
		uint32_t old = ld(w);
		if (!(old & FUTEX_TID_MASK)) {
			uint32_t nv = (old & FUTEX_OWNER_DIED) | tid | (slept ? FUTEX_WAITERS : 0);
			if (cas(w, old, nv)) return 0;
			continue;
		}
		if ((old & FUTEX_TID_MASK) == tid) return -EDEADLK;
		if (cmd == FUTEX_TRYLOCK_PI) return -EAGAIN;
		if (!(old & FUTEX_WAITERS)) {
			if (!cas(w, old, old | FUTEX_WAITERS)) continue;
			old |= FUTEX_WAITERS;
		}
		long r = dm_host_syscall(SYS_futex, (long)w, FUTEX_WAIT_BITSET | priv | clock, __builtin_bswap32(old),
					 (long)abs, 0, (long)FUTEX_BITSET_MATCH_ANY);
		if (r == -ETIMEDOUT || r == -EFAULT || r == -EINVAL) return r;
		/* woken, the word changed (EAGAIN) or a signal (the kernel restarts LOCK_PI) */
		slept = true;
	}
}
