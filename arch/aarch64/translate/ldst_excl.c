/* arch/aarch64/translate/ldst_excl.c: Load/store exclusive (LDXR, STXR,
 * LDAXR, STLXR, LDXP, STXP, ...), load-acquire/store-release (LDAR, STLR,
 * LDLAR, STLLR) and the FEAT_LRCPC2 unscaled forms (LDAPUR*, STLUR*).
 *
 * Ordering on an x86-64 host (TSO): every load is already an acquire and
 * every store a release, so LDAR/LDAPR are plain loads.  The one reordering
 * TSO allows is a later load passing an earlier store, which A64 forbids for
 * STLR followed by LDAR: so STLR is a store followed by FENCE.
 *
 * Exclusive monitor: IR LDX/STX keep (addr, value, size) in struct dm_cpu.
 * The 64-bit pairs use the same fields with excl_size = 16 and
 * excl_val[0..1] = the two doublewords: LDXP is two plain loads that arm the
 * monitor, STXP a 16-byte compare-and-swap against the values seen (a torn
 * LDXP read makes that CAS fail and the guest loop retry). */
#include <stddef.h>

#include "arch/aarch64/translate.h"
#include "emu/mm/guest.h"

static dm_temp base(struct a64_tr *t, uint32_t insn) { return a64_get_xsp(t, A64_RN(insn), true); }

static bool ldxr(struct a64_tr *t, uint32_t insn)
{
	unsigned size = a64_bits(insn, 31, 30);
	a64_set_x(t, A64_RT(insn), true, dm_ir_ldx(t->b, 1u << size, base(t, insn), A64_MEM));
	return true;
}

static bool stxr(struct a64_tr *t, uint32_t insn)
{
	unsigned size = a64_bits(insn, 31, 30);
	dm_temp st = dm_ir_stx(t->b, 1u << size, base(t, insn), a64_get_x(t, A64_RT(insn), true), A64_MEM);
	a64_set_x(t, A64_RS(insn), false, st);
	return true;
}

A64_INSN(LDXR) { return ldxr(t, insn); }
A64_INSN(LDAXR) { return ldxr(t, insn); }
A64_INSN(STXR) { return stxr(t, insn); }
A64_INSN(STLXR) { return stxr(t, insn); }   /* STX is a locked host operation: already a full barrier */

#define EXCL_OFF(field) offsetof(struct dm_cpu, field)

static bool ldxp(struct a64_tr *t, uint32_t insn)
{
	dm_temp a = base(t, insn);
	if (!a64_bits(insn, 30, 30)) {   /* two words: one 8-byte exclusive */
		dm_temp v = dm_ir_ldx(t->b, 8, a, A64_MEM);
		dm_temp hi = a64_op2i(t, DM_IR_SHR, 8, v, 32);
		a64_set_x(t, A64_RT(insn), false, v);
		a64_set_x(t, A64_RT2(insn), false, hi);
		return true;
	}
	dm_temp lo = a64_ld(t, 8, a), hi = a64_ld(t, 8, a64_addi(t, a, 8));
	dm_ir_put(t->b, 8, EXCL_OFF(excl_addr), a);
	dm_ir_put(t->b, 8, EXCL_OFF(excl_val[0]), lo);
	dm_ir_put(t->b, 8, EXCL_OFF(excl_val[1]), hi);
	dm_ir_put(t->b, 4, EXCL_OFF(excl_size), a64_const(t, 16));
	a64_set_x(t, A64_RT(insn), true, lo);
	a64_set_x(t, A64_RT2(insn), true, hi);
	return true;
}

/* 16-byte compare-and-swap; lo and hi receive the old value. */
static bool cas16(uint64_t *p, uint64_t *lo, uint64_t *hi, uint64_t nlo, uint64_t nhi)
{
	bool ok;
	__asm__ volatile("lock cmpxchg16b %1\n\tsete %0"
			 : "=q"(ok), "+m"(*(volatile unsigned __int128 *)p), "+a"(*lo), "+d"(*hi)
			 : "b"(nlo), "c"(nhi)
			 : "memory", "cc");
	return ok;
}

static uint64_t helper_stxp128(void *cpu, uint64_t addr, uint64_t lo, uint64_t hi)
{
	struct dm_cpu *c = cpu;
	bool armed = c->excl_size == 16 && c->excl_addr == addr;
	c->excl_size = 0;
	if (!armed) return 1;
	uint64_t olo = c->excl_val[0], ohi = c->excl_val[1];
	return cas16((uint64_t *)dm_g2h(addr), &olo, &ohi, lo, hi) ? 0 : 1;
}

static bool stxp(struct a64_tr *t, uint32_t insn)
{
	dm_temp a = base(t, insn), st;
	if (!a64_bits(insn, 30, 30)) {
		dm_temp lo = a64_get_x(t, A64_RT(insn), false), hi = a64_get_x(t, A64_RT2(insn), false);
		dm_temp v = a64_op2(t, DM_IR_OR, 8, lo, a64_op2i(t, DM_IR_SHL, 8, hi, 32));
		st = dm_ir_stx(t->b, 8, a, v, A64_MEM);
	} else {
		st = a64_call(t, helper_stxp128, a, a64_get_x(t, A64_RT(insn), true), a64_get_x(t, A64_RT2(insn), true));
	}
	a64_set_x(t, A64_RS(insn), false, st);
	return true;
}

A64_INSN(LDXP) { return ldxp(t, insn); }
A64_INSN(LDAXP) { return ldxp(t, insn); }
A64_INSN(STXP) { return stxp(t, insn); }
A64_INSN(STLXP) { return stxp(t, insn); }

/* ---- load-acquire / store-release ---- */
static bool ldar(struct a64_tr *t, uint32_t insn, dm_temp addr, unsigned size)
{
	a64_set_x(t, A64_RT(insn), true, a64_ld(t, 1u << size, addr));
	return true;
}

static bool stlr(struct a64_tr *t, uint32_t insn, dm_temp addr, unsigned size)
{
	a64_st(t, 1u << size, addr, a64_get_x(t, A64_RT(insn), true));
	a64_emit(t, DM_IR_FENCE, 8, 0, 0, 0, 0);
	return true;
}

A64_INSN(LDAR) { return ldar(t, insn, base(t, insn), a64_bits(insn, 31, 30)); }
A64_INSN(LDLAR) { return ldar(t, insn, base(t, insn), a64_bits(insn, 31, 30)); }
A64_INSN(STLR) { return stlr(t, insn, base(t, insn), a64_bits(insn, 31, 30)); }
A64_INSN(STLLR) { return stlr(t, insn, base(t, insn), a64_bits(insn, 31, 30)); }

static dm_temp imm9(struct a64_tr *t, uint32_t insn) { return a64_addr_imm(t, A64_RN(insn), a64_sbits(insn, 20, 12)); }

A64_INSN(LDAPUR) { return ldar(t, insn, imm9(t, insn), a64_bits(insn, 31, 30)); }
A64_INSN(STLUR) { return stlr(t, insn, imm9(t, insn), a64_bits(insn, 31, 30)); }

A64_INSN(LDAPURS_x)
{
	unsigned size = a64_bits(insn, 31, 30);
	if (size == 3) return false;
	a64_set_x(t, A64_RT(insn), true, a64_lds(t, 1u << size, imm9(t, insn)));
	return true;
}

A64_INSN(LDAPURS_w)
{
	unsigned size = a64_bits(insn, 31, 30);
	if (size >= 2) return false;
	a64_set_x(t, A64_RT(insn), false, a64_lds(t, 1u << size, imm9(t, insn)));
	return true;
}
