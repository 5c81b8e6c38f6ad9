/* arch/s390x/translate/atomic.c: compare and swap (single, double, 16-byte),
 * the z196 interlocked-access loads (LAA, LAAL, LAN, LAO, LAX and their G
 * forms), LOAD PAIR DISJOINT and the quadword LPQ/STPQ.
 * Their storage operands must be aligned to their size (PoO: each
 * instruction's "Program Exceptions": specification): a misaligned operand
 * is a specification exception with storage and registers unchanged.  The
 * check ends the block (s390x_spec_if), so the access goes first, at the
 * aligned-down address (the same page) and made a no-op: swapping in what
 * is expected, adding or ORing zero; the registers keep their values. */
#include "arch/s390x/translate.h"

static dm_temp align_down(struct s390x_tr *t, dm_temp a, unsigned w) { return s390x_op2i(t, DM_IR_AND, 8, a, ~(uint64_t)(w - 1)); }

/* CS CSY CSG: cc 0 swapped, 1 not (r1 = the current value); as NZ of the
 * difference, so the branch that follows is one compare */
static bool cs(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned w = i->arg;
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2), bad = s390x_misaligned(t, a, w);
	dm_temp expect = s390x_getw(t, i->r1, w);
	dm_temp old = s390x_cas(t, w, align_down(t, a, w), expect, s390x_select(t, bad, expect, s390x_getw(t, i->r3, w)));
	old = s390x_select(t, bad, expect, old);
	s390x_setw(t, i->r1, w, old);
	s390x_cc_op(t, S390X_CC_NZ, s390x_op2(t, DM_IR_XOR, 8, old, expect), 0, 0);
	s390x_spec_if(t, bad);
	return true;
}

/* CDS CDSY: the even/odd pairs' low words as one doubleword */
static bool cds(struct s390x_tr *t, const struct s390x_insn *i)
{
	if ((i->r1 | i->r3) & 1) return s390x_spec(t);
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2), bad = s390x_misaligned(t, a, 8);
	dm_temp e = s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_SHL, 8, s390x_get32(t, i->r1), 32), s390x_get32(t, i->r1 + 1));
	dm_temp n = s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_SHL, 8, s390x_get32(t, i->r3), 32), s390x_get32(t, i->r3 + 1));
	dm_temp old = s390x_cas(t, 8, align_down(t, a, 8), e, s390x_select(t, bad, e, n));
	old = s390x_select(t, bad, e, old);
	s390x_set32(t, i->r1, s390x_op2i(t, DM_IR_SHR, 8, old, 32));
	s390x_set32(t, i->r1 + 1, old);
	s390x_cc_op(t, S390X_CC_NZ, s390x_op2(t, DM_IR_XOR, 8, old, e), 0, 0);
	s390x_spec_if(t, bad);
	return true;
}

/* CDSG: r1, r3 even; a = address, b = r1 | r3 << 8; returns the cc, or 4
 * (nothing done) when the operand is not on a quadword boundary */
static uint64_t cdsg(void *cpu, uint64_t addr, uint64_t regs, uint64_t unused)
{
	struct s390x_cpu *c = cpu;
	unsigned r1 = regs & 15, r3 = regs >> 8;
	if (addr & 15) return 4;
	uint64_t e[2] = { c->r[r1], c->r[r1 + 1] }, n[2] = { c->r[r3], c->r[r3 + 1] }, old[2];
	s390x_cas16(addr, e, n, old);
	c->r[r1] = old[0], c->r[r1 + 1] = old[1];
	return old[0] != e[0] || old[1] != e[1];
}
static bool cdsg_h(struct s390x_tr *t, const struct s390x_insn *i)
{
	if ((i->r1 | i->r3) & 1) return s390x_spec(t);
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2);
	dm_temp cc = s390x_call(t, cdsg, a, s390x_const(t, i->r1 | i->r3 << 8), 0);
	dm_temp bad = s390x_rel(t, DM_COND_EQ, 8, cc, s390x_const(t, 4));
	s390x_cc_static(t, s390x_select(t, bad, s390x_cc_get(t), cc));
	s390x_spec_if(t, bad);
	return true;
}

/* LPQ: an atomic 16-byte read (a compare-and-swap that stores what it finds) */
static uint64_t lpq(void *cpu, uint64_t addr, uint64_t r1, uint64_t unused)
{
	struct s390x_cpu *c = cpu;
	if (addr & 15) return 4;
	uint64_t z[2] = { 0, 0 }, old[2];
	s390x_cas16(addr, z, z, old);
	c->r[r1] = old[0], c->r[r1 + 1] = old[1];
	return 0;
}
/* STPQ: an atomic 16-byte write */
static uint64_t stpq(void *cpu, uint64_t addr, uint64_t r1, uint64_t unused)
{
	struct s390x_cpu *c = cpu;
	uint64_t want[2] = { c->r[r1], c->r[r1 + 1] }, cur[2] = { 0, 0 }, seen[2];
	if (addr & 15) return 4;
	for (;;) {
		s390x_cas16(addr, cur, want, seen);
		if (seen[0] == cur[0] && seen[1] == cur[1]) return 0;
		cur[0] = seen[0], cur[1] = seen[1];
	}
}
static bool pq(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (i->r1 & 1) return s390x_spec(t);
	dm_temp a = s390x_addr(t, i->x2, i->b2, i->d2);
	dm_temp r = s390x_call(t, i->arg ? stpq : lpq, a, s390x_const(t, i->r1), 0);
	s390x_spec_if(t, s390x_rel(t, DM_COND_EQ, 8, r, s390x_const(t, 4)));
	return true;
}

/* LPD LPDG (SSF: r3 even, the operands at b1+d1 and b2+d2): r3 and r3 + 1
 * (their low words for LPD) = the two operands, fetched interlocked: cc 0.
 * dragoman's two loads are not one interlocked fetch, but the PoO's cc 3
 * ("not interlocked") is for a CPU that could not; a program that retries
 * on cc 3 reads the same pair, so cc 0 is what it sees as on hardware. */
static bool lpd(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned w = i->arg;
	if (i->r1 & 1) return s390x_spec(t);
	dm_temp a1 = s390x_addr(t, 0, i->b1, i->d1), a2 = s390x_addr(t, 0, i->b2, i->d2);
	dm_temp bad = s390x_op2(t, DM_IR_OR, 8, s390x_misaligned(t, a1, w), s390x_misaligned(t, a2, w));
	dm_temp v1 = s390x_ld(t, w, align_down(t, a1, w)), v2 = s390x_ld(t, w, align_down(t, a2, w));
	s390x_setw(t, i->r1, w, s390x_select(t, bad, s390x_getw(t, i->r1, w), v1));
	s390x_setw(t, i->r1 + 1, w, s390x_select(t, bad, s390x_getw(t, i->r1 + 1, w), v2));
	s390x_cc_static(t, s390x_select(t, bad, s390x_cc_get(t), s390x_const(t, 0)));
	s390x_spec_if(t, bad);
	return true;
}

/* LAA LAAL LAN LAO LAX (and G): r1 = the old value, storage = old op r3 */
enum { LA_ADD, LA_ADDL, LA_AND, LA_OR, LA_XOR };
static bool laop(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned op = i->arg & 15, w = i->arg >> 4;
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2), v = s390x_getw(t, i->r3, w), old;
	dm_temp bad = s390x_misaligned(t, a, w), zero = s390x_const(t, 0), am = align_down(t, a, w);
	switch (op) {   /* misaligned: an operand that changes nothing */
	case LA_ADD: case LA_ADDL: old = s390x_rmw(t, w, am, s390x_select(t, bad, zero, v), DM_RMW_ADD); break;
	case LA_AND: old = s390x_rmw(t, w, am, s390x_select(t, bad, zero, s390x_op1(t, DM_IR_NOT, 8, v)), DM_RMW_CLR); break;
	case LA_OR: old = s390x_rmw(t, w, am, s390x_select(t, bad, zero, v), DM_RMW_SET); break;
	default: old = s390x_rmw(t, w, am, s390x_select(t, bad, zero, v), DM_RMW_EOR); break;
	}
	s390x_setw(t, i->r1, w, s390x_select(t, bad, s390x_getw(t, i->r1, w), old));
	switch (op) {
	case LA_ADD: s390x_cc_op(t, S390X_CC_W(S390X_CC_ADD_S32, w), old, v, 0); break;
	case LA_ADDL: s390x_cc_op(t, S390X_CC_W(S390X_CC_ADD_U32, w), old, v, 0); break;
	case LA_AND: s390x_cc_op(t, S390X_CC_NZ, s390x_op2(t, DM_IR_AND, 8, old, v), 0, 0); break;
	case LA_OR: s390x_cc_op(t, S390X_CC_NZ, s390x_op2(t, DM_IR_OR, 8, old, v), 0, 0); break;
	default: s390x_cc_op(t, S390X_CC_NZ, s390x_op2(t, DM_IR_XOR, 8, old, v), 0, 0); break;
	}
	s390x_spec_if(t, bad);
	return true;
}

const struct s390x_row s390x_rows_atomic[] = {
	S390X_ROW(0xba00, RS, "CS", cs, 4),
	S390X_ROW(0xeb14, RSY, "CSY", cs, 4),
	S390X_ROW(0xeb30, RSY, "CSG", cs, 8),
	S390X_ROW(0xbb00, RS, "CDS", cds, 0),
	S390X_ROW(0xeb31, RSY, "CDSY", cds, 0),
	S390X_ROW(0xeb3e, RSY, "CDSG", cdsg_h, 0),
	S390X_ROW(0xe38f, RXY, "LPQ", pq, 0),
	S390X_ROW(0xe38e, RXY, "STPQ", pq, 1),
	S390X_ROW(0xc804, SS, "LPD", lpd, 4),
	S390X_ROW(0xc805, SS, "LPDG", lpd, 8),
	S390X_ROW(0xebf8, RSY, "LAA", laop, LA_ADD | 4 << 4),
	S390X_ROW(0xebe8, RSY, "LAAG", laop, LA_ADD | 8 << 4),
	S390X_ROW(0xebfa, RSY, "LAAL", laop, LA_ADDL | 4 << 4),
	S390X_ROW(0xebea, RSY, "LAALG", laop, LA_ADDL | 8 << 4),
	S390X_ROW(0xebf4, RSY, "LAN", laop, LA_AND | 4 << 4),
	S390X_ROW(0xebe4, RSY, "LANG", laop, LA_AND | 8 << 4),
	S390X_ROW(0xebf6, RSY, "LAO", laop, LA_OR | 4 << 4),
	S390X_ROW(0xebe6, RSY, "LAOG", laop, LA_OR | 8 << 4),
	S390X_ROW(0xebf7, RSY, "LAX", laop, LA_XOR | 4 << 4),
	S390X_ROW(0xebe7, RSY, "LAXG", laop, LA_XOR | 8 << 4),
	{ 0 },
};
