/* arch/s390x/translate/mem.c: every guest memory access of the s390x
 * front-end.  Guest memory is big-endian: each access carries the IR's
 * DM_IR_F_BE flag (here and only here), which the interpreter and the JIT
 * lower to MOVBE or BSWAP (docs/ir.md, byte order). */
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

dm_temp s390x_ld(struct s390x_tr *t, unsigned size, dm_temp addr) { return dm_ir_ld(t->b, size, addr, DM_IR_F_BE); }

dm_temp s390x_lds(struct s390x_tr *t, unsigned size, dm_temp addr) { return dm_ir_lds(t->b, size, addr, DM_IR_F_BE); }

void s390x_st(struct s390x_tr *t, unsigned size, dm_temp addr, dm_temp v) { dm_ir_st(t->b, size, addr, v, DM_IR_F_BE); }

dm_temp s390x_cas(struct s390x_tr *t, unsigned size, dm_temp addr, dm_temp expect, dm_temp v)
{
	return dm_ir_cas(t->b, size, addr, expect, v, DM_IR_F_BE);
}

dm_temp s390x_rmw(struct s390x_tr *t, unsigned size, dm_temp addr, dm_temp v, enum dm_ir_rmw op)
{
	return dm_ir_rmw(t->b, size, op, addr, v, DM_IR_F_BE);
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
