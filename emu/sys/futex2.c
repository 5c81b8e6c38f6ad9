/* emu/sys/futex2.c: the futex2 calls of Linux 6.7 (futex_wake, futex_wait,
 * futex_requeue) on the host's, at the same words (guest memory is host
 * memory: see futex.c).  The word must be guest memory of the size the
 * flags give (FUTEX2_SIZE_*), else EFAULT, except that a private wake
 * touches no memory (nobody can wait on an unmapped word: 0); on big-endian
 * guests a 32-bit word is in guest byte order, so the value compared with it
 * is swapped.  futex_requeue's two struct futex_waitv (one layout on every
 * ABI: u64 val, u64 uaddr, u32 flags, u32 reserved) get host addresses. */
#include <glib.h>
#include <string.h>

#include "emu/sys/internal.h"

#define FUTEX2_SIZE_MASK 3u
#define FUTEX2_SIZE_U32 2u
#define FUTEX2_PRIVATE 128u

static unsigned word_size(uint32_t flags) { return 1u << (flags & FUTEX2_SIZE_MASK); }

static uint64_t swap_val(const struct dm_abi *abi, uint32_t flags, uint64_t v)
{
	if (abi->endian != DM_BIG) return v;
	switch (word_size(flags)) {
	case 2: return __builtin_bswap16((uint16_t)v);
	case 4: return __builtin_bswap32((uint32_t)v);
	case 8: return __builtin_bswap64(v);
	}
	return v;
}

/* The host address of the futex word, or a faulting one. */
static long word(uint64_t g, uint32_t flags, int prot)
{
	return dm_mm_access_ok(g, word_size(flags), prot) ? (long)(uintptr_t)dm_g2h(g) : (long)DM_FAULTING_HOST_PTR;
}

int64_t dm_sys_futex_wake(struct dm_sys_call *c)
{
	uint64_t ua = dm_call_arg(c, 0), mask = dm_call_arg(c, 1);
	int nr = (int)dm_call_arg(c, 2);
	uint32_t flags = (uint32_t)dm_call_arg(c, 3);
	long h = word(ua, flags, DM_PROT_READ);
	if (h == (long)DM_FAULTING_HOST_PTR && (flags & FUTEX2_PRIVATE) && !(ua & (word_size(flags) - 1)) &&
	    nr >= 0 && mask)
		h = (long)(uintptr_t)dm_g2h(ua);   /* a private wake only hashes the address */
	return dm_sys_err(c->abi, dm_host_syscall(dm_host_nr("futex_wake"), h, (long)mask, nr, flags, 0, 0));
}

int64_t dm_sys_futex_wait(struct dm_sys_call *c)
{
	uint64_t ua = dm_call_arg(c, 0), val = dm_call_arg(c, 1), mask = dm_call_arg(c, 2), gt = dm_call_arg(c, 4);
	uint32_t flags = (uint32_t)dm_call_arg(c, 3);
	int clk = (int)dm_set_to_host(c->abi->sets[DM_SET_clock_ids], (uint32_t)dm_call_arg(c, 5));
	void *ts = NULL;
	if (gt) {
		const struct dm_sig *s = c->entry ? c->entry->sig : NULL;
		int k = dm_sig_arg(s, "timeout");
		const struct dm_type *tt = k >= 0 && s->args[k].type ? s->args[k].type : c->abi->types[DM_T_timespec64];
		if (!tt) return DM_GERR(ENOSYS);
		if (dm_struct_in(tt, gt, 1, &ts)) ts = (void *)(uintptr_t)DM_FAULTING_HOST_PTR;
	}
	long r = dm_host_syscall(dm_host_nr("futex_wait"), word(ua, flags, DM_PROT_READ), (long)swap_val(c->abi, flags, val),
				 (long)mask, flags, (long)ts, clk);
	if (ts != (void *)(uintptr_t)DM_FAULTING_HOST_PTR) g_free(ts);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_futex_requeue(struct dm_sys_call *c)
{
	uint64_t gw = dm_call_arg(c, 0);
	uint32_t flags = (uint32_t)dm_call_arg(c, 1);
	int nr_wake = (int)dm_call_arg(c, 2), nr_requeue = (int)dm_call_arg(c, 3);
	struct { uint64_t val, uaddr; uint32_t flags, reserved; } h[2];
	uint8_t g[48];
	long hp = (long)(uintptr_t)h;
	if (dm_copy_from_guest(g, gw, sizeof g)) {
		hp = (long)DM_FAULTING_HOST_PTR;
	} else {
		for (int i = 0; i < 2; i++) {
			h[i].flags = (uint32_t)dm_gload(c->abi, g + 24 * i + 16, 4);
			h[i].reserved = (uint32_t)dm_gload(c->abi, g + 24 * i + 20, 4);
			h[i].val = swap_val(c->abi, h[i].flags, dm_gload(c->abi, g + 24 * i, 8));
			h[i].uaddr = (uint64_t)word(dm_gload(c->abi, g + 24 * i + 8, 8), h[i].flags, DM_PROT_READ);
		}
	}
	return dm_sys_err(c->abi, dm_host_syscall(dm_host_nr("futex_requeue"), hp, flags, nr_wake, nr_requeue, 0, 0));
}
