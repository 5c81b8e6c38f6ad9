/* arch/s390x/translate/mem.c: every guest memory access of the s390x
 * front-end.  Guest memory is big-endian; the IR's LD/ST are in host order,
 * so each access swaps here (and only here: when the IR grows a big-endian
 * memory flag, this file is the one to change). */
#include "arch/s390x/translate.h"
#include "emu/mm/guest.h"

dm_temp s390x_addr(struct s390x_tr *t, unsigned x, unsigned b, int64_t d)
{
	dm_temp a = 0;
	if (b) a = s390x_get(t, b);
	if (x) a = a ? s390x_op2(t, DM_IR_ADD, 8, a, s390x_get(t, x)) : s390x_get(t, x);
	if (!a) return s390x_const(t, (uint64_t)d);
	return d ? s390x_op2i(t, DM_IR_ADD, 8, a, (uint64_t)d) : a;
}

static dm_temp swap(struct s390x_tr *t, unsigned size, dm_temp v)
{
	return size == 1 ? v : s390x_op1(t, DM_IR_BSWAP, size, v);
}

dm_temp s390x_ld(struct s390x_tr *t, unsigned size, dm_temp addr)
{
	return swap(t, size, s390x_emit(t, DM_IR_LD, size, addr, 0, 0, 0));
}

dm_temp s390x_lds(struct s390x_tr *t, unsigned size, dm_temp addr)
{
	if (size == 1) return s390x_emit(t, DM_IR_LDS, 1, addr, 0, 0, 0);
	return s390x_sextt(t, s390x_ld(t, size, addr), 8 * size);
}

void s390x_st(struct s390x_tr *t, unsigned size, dm_temp addr, dm_temp v)
{
	s390x_emit(t, DM_IR_ST, size, addr, swap(t, size, v), 0, 0);
}

dm_temp s390x_cas(struct s390x_tr *t, unsigned size, dm_temp addr, dm_temp expect, dm_temp v)
{
	dm_temp old = s390x_emit(t, DM_IR_CAS, size, addr, swap(t, size, expect), swap(t, size, v), 0);
	return swap(t, size, old);
}

/* An interlocked add on big-endian memory: the host's atomic add works on
 * host order, so a compare-and-swap loop. */
static uint64_t add_be(void *cpu, uint64_t addr, uint64_t v, uint64_t size)
{
	if (size == 4) {
		uint32_t *p = dm_g2h(addr), old = __atomic_load_n(p, __ATOMIC_RELAXED), nw;
		do nw = __builtin_bswap32(__builtin_bswap32(old) + (uint32_t)v);
		while (!__atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
		return __builtin_bswap32(old);
	}
	uint64_t *p = dm_g2h(addr), old = __atomic_load_n(p, __ATOMIC_RELAXED), nw;
	do nw = __builtin_bswap64(__builtin_bswap64(old) + v);
	while (!__atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
	return __builtin_bswap64(old);
}

dm_temp s390x_rmw(struct s390x_tr *t, unsigned size, dm_temp addr, dm_temp v, enum dm_ir_rmw op)
{
	if (op == DM_RMW_ADD) return s390x_call(t, add_be, addr, v, s390x_const(t, size));
	/* bitwise operations do not care about byte order once both sides are swapped */
	dm_temp old = s390x_emit(t, DM_IR_RMW, size, addr, swap(t, size, v), 0, op);
	return swap(t, size, old);
}

/* 16 bytes at once: the host's cmpxchg16b (x86-64) on the big-endian pair */
void s390x_cas16(uint64_t addr, const uint64_t expect[2], const uint64_t nw[2], uint64_t old[2])
{
	uint64_t lo = __builtin_bswap64(expect[0]), hi = __builtin_bswap64(expect[1]);
	__asm__ volatile("lock cmpxchg16b %2"
			 : "+a"(lo), "+d"(hi), "+m"(*(unsigned __int128 *)dm_g2h(addr))
			 : "b"(__builtin_bswap64(nw[0])), "c"(__builtin_bswap64(nw[1]))
			 : "memory", "cc");
	old[0] = __builtin_bswap64(lo), old[1] = __builtin_bswap64(hi);
}
