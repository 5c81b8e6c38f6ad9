/* arch/aarch64/translate/ldst_atomic.c: FEAT_LSE atomics: compare and swap
 * (CAS, CASP), atomic memory operations (LDADD ... LDUMIN, SWP; the ST<op>
 * aliases are Rt = XZR) and LDAPR (FEAT_LRCPC).  The IR's CAS and RMW are
 * sequentially consistent host atomics, so the A/L/AL ordering variants all
 * translate alike. */
#include "arch/aarch64/translate.h"
#include "emu/mm/guest.h"

static dm_temp base(struct a64_tr *t, uint32_t insn) { return a64_get_xsp(t, A64_RN(insn), true); }

static bool rmw(struct a64_tr *t, uint32_t insn, enum dm_ir_rmw op)
{
	unsigned size = a64_bits(insn, 31, 30);
	dm_temp v = a64_get_x(t, A64_RS(insn), size == 3);
	dm_temp old = dm_ir_rmw(t->b, 1u << size, op, base(t, insn), v, A64_MEM);
	a64_set_x(t, A64_RT(insn), true, old);   /* old is zero-extended from the access size */
	return true;
}

A64_INSN(LDADD) { return rmw(t, insn, DM_RMW_ADD); }
A64_INSN(LDCLR) { return rmw(t, insn, DM_RMW_CLR); }
A64_INSN(LDEOR) { return rmw(t, insn, DM_RMW_EOR); }
A64_INSN(LDSET) { return rmw(t, insn, DM_RMW_SET); }
A64_INSN(LDSMAX) { return rmw(t, insn, DM_RMW_SMAX); }
A64_INSN(LDSMIN) { return rmw(t, insn, DM_RMW_SMIN); }
A64_INSN(LDUMAX) { return rmw(t, insn, DM_RMW_UMAX); }
A64_INSN(LDUMIN) { return rmw(t, insn, DM_RMW_UMIN); }
A64_INSN(SWP) { return rmw(t, insn, DM_RMW_SWP); }

A64_INSN(LDAPR)
{
	unsigned size = a64_bits(insn, 31, 30);
	a64_set_x(t, A64_RT(insn), true, a64_ld(t, 1u << size, base(t, insn)));
	return true;
}

/* CAS: Rs = compare value and receives the old memory value; Rt = new value. */
A64_INSN(CAS)
{
	unsigned size = a64_bits(insn, 31, 30);
	bool sf = size == 3;
	dm_temp cmp = a64_get_x(t, A64_RS(insn), sf), nv = a64_get_x(t, A64_RT(insn), sf);
	dm_temp old = dm_ir_cas(t->b, 1u << size, base(t, insn), cmp, nv, A64_MEM);
	a64_set_x(t, A64_RS(insn), true, old);
	return true;
}

/* CASP with 64-bit registers: a 16-byte host CAS.  The helper reads the four
 * registers and writes the old pair back itself (IR CALL returns one value);
 * XZR (register 31 of an odd pair) reads 0 and is not written. */
static uint64_t xreg(struct a64_cpu *c, unsigned r) { return r == 31 ? 0 : c->x[r]; }

static uint64_t helper_casp128(void *cpu, uint64_t addr, uint64_t regs, uint64_t unused)
{
	struct a64_cpu *c = cpu;
	unsigned rs = regs & 31, rt = (regs >> 8) & 31;
	uint64_t lo = xreg(c, rs), hi = xreg(c, rs + 1), nlo = xreg(c, rt), nhi = xreg(c, rt + 1);
	__asm__ volatile("lock cmpxchg16b %0"
			 : "+m"(*(volatile unsigned __int128 *)dm_g2h(addr)), "+a"(lo), "+d"(hi)
			 : "b"(nlo), "c"(nhi)
			 : "memory", "cc");
	if (rs != 31) c->x[rs] = lo;
	if (rs + 1 != 31) c->x[rs + 1] = hi;
	return 0;
}

A64_INSN(CASP)
{
	unsigned rs = A64_RS(insn), rt = A64_RT(insn);
	if ((rs | rt) & 1) return false;
	if (a64_bits(insn, 30, 30)) {
		a64_call(t, helper_casp128, base(t, insn), a64_const(t, rs | rt << 8), 0);
		return true;
	}
	/* two words: one 8-byte CAS, Rs/Rt the low word (little-endian) */
	dm_temp cmp = a64_op2(t, DM_IR_OR, 8, a64_get_x(t, rs, false), a64_op2i(t, DM_IR_SHL, 8, a64_get_x(t, rs + 1, false), 32));
	dm_temp nv = a64_op2(t, DM_IR_OR, 8, a64_get_x(t, rt, false), a64_op2i(t, DM_IR_SHL, 8, a64_get_x(t, rt + 1, false), 32));
	dm_temp old = dm_ir_cas(t->b, 8, base(t, insn), cmp, nv, A64_MEM);
	a64_set_x(t, rs, false, old);
	a64_set_x(t, rs + 1, false, a64_op2i(t, DM_IR_SHR, 8, old, 32));
	return true;
}
