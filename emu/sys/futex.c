/* emu/sys/futex.c: futex, futex_time64, futex_waitv.
 *
 * Guest memory is host memory (dm_g2h), and guest threads are host threads
 * whose tids the guest sees, so every operation runs on the host futex at the
 * same word: waits, wakes, bitsets, requeues, WAKE_OP and the PI operations
 * (whose words hold host tids = guest tids) keep their exact semantics,
 * including EAGAIN, ETIMEDOUT and EINTR.  What is translated:
 *   - op through the futex_ops constant set (the same numbers on every ABI);
 *   - the timeout through the signature's struct (timespec for futex,
 *     timespec64 for futex_time64 on 32-bit ABIs); for REQUEUE, CMP_REQUEUE,
 *     WAKE_OP and CMP_REQUEUE_PI that argument is the integer val2;
 *   - big-endian guests: the word is in guest byte order, so the values the
 *     kernel compares with it (val of the WAITs, val3 of CMP_REQUEUE, the
 *     waitv values) are byte-swapped; WAKE_OP's arithmetic runs here on the
 *     word in guest order (wake_op_be); the PI lock operations' tid protocol
 *     runs in emu/sys/futex_pi.c on the word in guest order (no priority
 *     boosting); requeue-PI is reported, not emulated.
 * docs/threads.md has the list of operations and their tests. */
#include <glib.h>
#include <linux/futex.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>

#include "emu/sys/internal.h"

#ifndef FUTEX_LOCK_PI2
#define FUTEX_LOCK_PI2 13
#endif
#ifndef SYS_futex_waitv
#define SYS_futex_waitv 449
#endif

static int big(const struct dm_abi *abi) { return abi->endian == DM_BIG; }
static uint32_t swap_if(const struct dm_abi *abi, uint32_t v) { return big(abi) ? __builtin_bswap32(v) : v; }

/* FUTEX_WAKE_OP on a big-endian guest: the kernel would do the arithmetic on
 * the word in host order, so the operation runs here, atomically on the word
 * in guest order, and the two wakes go to the kernel.  A waiter on either
 * word compares it atomically with what it expects, so nothing is lost
 * between the update and the wakes. */
static int64_t wake_op_be(struct dm_sys_call *c, int op, uint64_t uaddr, uint32_t nr1, uint64_t uaddr2, uint32_t nr2,
			  uint32_t val3)
{
	unsigned aop = val3 >> 28, cmp = (val3 >> 24) & 15;
	int32_t oparg = ((int32_t)(val3 << 8)) >> 20, cmparg = ((int32_t)(val3 << 20)) >> 20;
	if (aop & 8) {   /* FUTEX_OP_OPARG_SHIFT; the kernel masks a bad shift to 0..31 */
		oparg = (int32_t)(1u << (oparg & 31));
		aop &= 7;
	}
	if (aop > 4 || cmp > 5) return DM_GERR(ENOSYS);
	uint32_t *w = dm_g2h(uaddr2), raw = __atomic_load_n(w, __ATOMIC_RELAXED), old, nv;
	do {
		old = __builtin_bswap32(raw);
		switch (aop) {
		case 0: nv = (uint32_t)oparg; break;          /* SET */
		case 1: nv = old + (uint32_t)oparg; break;    /* ADD */
		case 2: nv = old | (uint32_t)oparg; break;    /* OR */
		case 3: nv = old & ~(uint32_t)oparg; break;   /* ANDN */
		default: nv = old ^ (uint32_t)oparg; break;   /* XOR */
		}
	} while (!__atomic_compare_exchange_n(w, &raw, __builtin_bswap32(nv), false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
	int32_t o = (int32_t)old;
	bool hit = cmp == 0 ? o == cmparg : cmp == 1 ? o != cmparg : cmp == 2 ? o < cmparg
		 : cmp == 3 ? o <= cmparg : cmp == 4 ? o > cmparg : o >= cmparg;
	int wake = FUTEX_WAKE | (op & ~FUTEX_CMD_MASK);
	long r = dm_host_syscall(SYS_futex, (long)dm_g2h(uaddr), wake, nr1, 0, 0, 0);
	if (r >= 0 && hit) {
		long r2 = dm_host_syscall(SYS_futex, (long)w, wake, nr2, 0, 0, 0);
		if (r2 > 0) r += r2;
	}
	return dm_sys_err(c->abi, r);
}

static int64_t do_futex(struct dm_sys_call *c, const struct dm_type *tstype)
{
	uint64_t uaddr = dm_call_arg(c, 0), utime = dm_call_arg(c, 3), uaddr2 = dm_call_arg(c, 4);
	uint32_t gop = (uint32_t)dm_call_arg(c, 1);
	uint32_t val = (uint32_t)dm_call_arg(c, 2), val3 = (uint32_t)dm_call_arg(c, 5);
	const struct dm_constset *set = c->abi->sets[DM_SET_futex_ops];
	int op = set ? (int)dm_set_to_host(set, gop) : (int)gop;
	int cmd = op & FUTEX_CMD_MASK;
	if (uaddr & 3) return DM_GERR(EINVAL);
	long htime = 0;      /* the 4th host argument: timeout pointer or val2 */
	void *ts = NULL;
	int prot = DM_PROT_READ;
	switch (cmd) {
	case FUTEX_WAIT: case FUTEX_WAIT_BITSET: case FUTEX_WAIT_REQUEUE_PI:
		val = swap_if(c->abi, val);
		/* fall through */
	case FUTEX_LOCK_PI: case FUTEX_LOCK_PI2:
		if (utime) {
			int r = tstype ? dm_struct_in(tstype, utime, 1, &ts) : -ENOSYS;
			if (r) return DM_GERR(-r);
		}
		htime = (long)ts;
		if (cmd == FUTEX_WAIT_REQUEUE_PI && !dm_mm_access_ok(uaddr2, 4, DM_PROT_READ | DM_PROT_WRITE)) {
			g_free(ts);
			return DM_GERR(EFAULT);
		}
		if (cmd == FUTEX_LOCK_PI || cmd == FUTEX_LOCK_PI2) prot |= DM_PROT_WRITE;
		break;
	case FUTEX_WAKE: case FUTEX_WAKE_BITSET:
		/* a private wake never touches memory: nobody waits on an unmapped word */
		if (!dm_mm_access_ok(uaddr, 4, DM_PROT_READ))
			return (op & FUTEX_PRIVATE_FLAG) ? 0 : DM_GERR(EFAULT);
		break;
	case FUTEX_UNLOCK_PI: case FUTEX_TRYLOCK_PI:
		prot |= DM_PROT_WRITE;
		break;
	case FUTEX_CMP_REQUEUE: case FUTEX_CMP_REQUEUE_PI:
		val3 = swap_if(c->abi, val3);
		/* fall through */
	case FUTEX_REQUEUE: case FUTEX_WAKE_OP:
		if (!dm_mm_access_ok(uaddr2, 4, DM_PROT_READ | (cmd == FUTEX_WAKE_OP ? DM_PROT_WRITE : 0)))
			return DM_GERR(EFAULT);
		htime = (long)(uint32_t)utime;   /* val2 */
		break;
	default:
		/* FUTEX_FD is gone from the kernel since 2.6.26 */
		return DM_GERR(ENOSYS);
	}
	if (big(c->abi) && cmd == FUTEX_WAKE_OP) {
		if (!dm_mm_access_ok(uaddr, 4, DM_PROT_READ)) return DM_GERR(EFAULT);
		if (uaddr2 & 3) return DM_GERR(EINVAL);
		return wake_op_be(c, op, uaddr, val, uaddr2, (uint32_t)utime, val3);
	}
	if (big(c->abi) && (cmd == FUTEX_CMP_REQUEUE_PI || cmd == FUTEX_WAIT_REQUEUE_PI))
		dm_sys_report("futex op", "requeue-PI on a big-endian guest (word in guest byte order)");
	if (!dm_mm_access_ok(uaddr, 4, prot)) {
		g_free(ts);
		return DM_GERR(EFAULT);
	}
	if (big(c->abi) && (cmd == FUTEX_LOCK_PI || cmd == FUTEX_LOCK_PI2 || cmd == FUTEX_UNLOCK_PI ||
			    cmd == FUTEX_TRYLOCK_PI)) {
		long r = dm_futex_pi_be(dm_g2h(uaddr), op, ts);
		g_free(ts);
		return dm_sys_err(c->abi, r);
	}
	long r = dm_host_syscall(SYS_futex, (long)dm_g2h(uaddr), op, val, htime, uaddr2 ? (long)dm_g2h(uaddr2) : 0,
				 val3);
	g_free(ts);
	return dm_sys_err(c->abi, r);
}

/* The timeout's struct type from the signature (timespec or timespec64). */
static const struct dm_type *timeout_type(struct dm_sys_call *c, int fallback)
{
	const struct dm_sig *s = c->entry ? c->entry->sig : NULL;
	int i = dm_sig_arg(s, "utime");
	if (i >= 0 && s->args[i].type) return s->args[i].type;
	return c->abi->types[fallback];
}

int64_t dm_sys_futex(struct dm_sys_call *c)
{
	return do_futex(c, timeout_type(c, DM_T_timespec));
}

int64_t dm_sys_futex_time64(struct dm_sys_call *c)
{
	return do_futex(c, timeout_type(c, DM_T_timespec64));
}

/* futex_waitv(struct futex_waitv *waiters, nr, flags, timeout, clockid):
 * struct futex_waitv { u64 val; u64 uaddr; u32 flags; u32 reserved; } has one
 * layout everywhere; the guest addresses become host addresses. */
#define FUTEX_WAITV_MAX 128
#define FUTEX2_SIZE_U32 2u
int64_t dm_sys_futex_waitv(struct dm_sys_call *c)
{
	uint64_t gw = dm_call_arg(c, 0), gt = dm_call_arg(c, 3);
	uint32_t nr = (uint32_t)dm_call_arg(c, 1), flags = (uint32_t)dm_call_arg(c, 2);
	int clk = (int)dm_set_to_host(c->abi->sets[DM_SET_clock_ids], (uint32_t)dm_call_arg(c, 4));
	if (flags || !nr || nr > FUTEX_WAITV_MAX || !gw) return DM_GERR(EINVAL);
	uint8_t g[FUTEX_WAITV_MAX * 24];
	struct { uint64_t val, uaddr; uint32_t flags, reserved; } h[FUTEX_WAITV_MAX];
	if (dm_copy_from_guest(g, gw, 24u * nr)) return DM_GERR(EFAULT);
	for (uint32_t i = 0; i < nr; i++) {
		uint64_t ga = dm_gload(c->abi, g + 24 * i + 8, 8);
		h[i].val = dm_gload(c->abi, g + 24 * i, 8);
		h[i].flags = (uint32_t)dm_gload(c->abi, g + 24 * i + 16, 4);
		h[i].reserved = (uint32_t)dm_gload(c->abi, g + 24 * i + 20, 4);
		h[i].uaddr = (uint64_t)(uintptr_t)dm_g2h(ga);
		if ((h[i].flags & 3) == FUTEX2_SIZE_U32) {
			/* the kernel checks every entry (EINVAL: flags, alignment) before it
			 * touches a word: an unaligned one goes as it is, an unmapped one
			 * as a faulting address */
			if (!(ga & 3) && !dm_mm_access_ok(ga, 4, DM_PROT_READ)) h[i].uaddr = DM_FAULTING_HOST_PTR;
			h[i].val = swap_if(c->abi, (uint32_t)h[i].val);
		}
	}
	void *ts = NULL;
	if (gt) {
		const struct dm_sig *s = c->entry ? c->entry->sig : NULL;
		int k = dm_sig_arg(s, "timeout");
		const struct dm_type *tt = k >= 0 && s->args[k].type ? s->args[k].type : c->abi->types[DM_T_timespec64];
		int r = tt ? dm_struct_in(tt, gt, 1, &ts) : -ENOSYS;
		if (r) return DM_GERR(-r);
	}
	long r = dm_host_syscall(SYS_futex_waitv, (long)h, nr, 0, (long)ts, clk, 0);
	g_free(ts);
	return dm_sys_err(c->abi, r);
}
