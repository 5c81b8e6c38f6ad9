/* arch/s390x/translate/shift.c: shifts (single and double, logical and
 * arithmetic), rotates, and rotate-then-<op>-selected-bits (RISBG family).
 * The shift amount is the low 6 bits of the second-operand address. */
#include "arch/s390x/translate.h"

enum { SH_LL, SH_RL, SH_RA, SH_LA };

static dm_temp amount(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (!i->b2) return s390x_const(t, (uint64_t)i->d2 & 63);
	return s390x_op2i(t, DM_IR_AND, 8, s390x_addr(t, 0, i->b2, i->d2), 63);
}

/* arith left shift of v (width w, sign-extended to 64 in v) by n (0..63):
 * the sign stays, the rest shifts; overflow when a bit unlike the sign
 * leaves.  Computed in a helper (rare, and its cc is unlike the others'). */
static uint64_t sla_helper(void *cpu, uint64_t v, uint64_t n, uint64_t w)
{
	struct s390x_cpu *c = cpu;
	unsigned bits = 8 * (unsigned)w;
	int64_t x = w == 4 ? (int32_t)v : (int64_t)v;
	uint64_t sign = (uint64_t)x & (1ull << (bits - 1));
	bool ov = false;
	int64_t r = x;
	for (unsigned k = 0; k < n; k++) {
		r = (int64_t)((uint64_t)r << 1);
		if (((uint64_t)r & (1ull << (bits - 1))) != sign) ov = true;
	}
	uint64_t m = bits == 64 ? ~0ull : (1ull << bits) - 1;
	uint64_t res = (((uint64_t)r & (m >> 1)) | sign) & m;
	int64_t sres = bits == 64 ? (int64_t)res : (int32_t)res;
	s390x_cc_set(c, ov ? 3 : sres == 0 ? 0 : sres < 0 ? 1 : 2);
	return res;
}

/* arg = kind | width << 4 | (8: the RSY form, r1 = r3 shifted) << 8 */
static bool shift(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned kind = i->arg & 15, w = (i->arg >> 4) & 15;
	unsigned src = (i->arg >> 8) ? i->r3 : i->r1;
	dm_temp n = amount(t, i), v = s390x_getw(t, src, w), r;
	switch (kind) {
	case SH_LL: r = s390x_op2(t, DM_IR_SHL, 8, v, n); break;   /* 64-bit: amounts 32..63 empty a word */
	case SH_RL: r = s390x_op2(t, DM_IR_SHR, 8, v, n); break;
	case SH_RA:
		if (w == 4) v = s390x_sextt(t, v, 32);
		r = s390x_op2(t, DM_IR_SAR, 8, v, n);
		if (w == 4) r = s390x_zextt(t, r, 32);
		s390x_cc_op(t, S390X_CC_W(S390X_CC_CMP_S32, w), r, s390x_const(t, 0), 0);
		break;
	default:
		r = s390x_call(t, sla_helper, v, n, s390x_const(t, w));
		s390x_cc_forget(t);
		break;
	}
	s390x_setw(t, i->r1, w, r);
	return true;
}

/* SLDL SRDL SLDA SRDA: the even/odd pair's low words as one 64-bit value */
static bool dshift(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (i->r1 & 1) return s390x_spec(t);
	unsigned kind = i->arg;
	dm_temp n = amount(t, i);
	dm_temp v = s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_SHL, 8, s390x_get32(t, i->r1), 32), s390x_get32(t, i->r1 + 1));
	dm_temp r;
	switch (kind) {
	case SH_LL: r = s390x_op2(t, DM_IR_SHL, 8, v, n); break;
	case SH_RL: r = s390x_op2(t, DM_IR_SHR, 8, v, n); break;
	case SH_RA:
		r = s390x_op2(t, DM_IR_SAR, 8, v, n);
		s390x_cc_op(t, S390X_CC_CMP_S64, r, s390x_const(t, 0), 0);
		break;
	default:
		r = s390x_call(t, sla_helper, v, n, s390x_const(t, 8));
		s390x_cc_forget(t);
		break;
	}
	s390x_set32(t, i->r1, s390x_op2i(t, DM_IR_SHR, 8, r, 32));
	s390x_set32(t, i->r1 + 1, r);
	return true;
}

/* RLL RLLG: r1 = r3 rotated left */
static bool rll(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned w = i->arg;
	dm_temp n = amount(t, i);
	dm_temp left = s390x_op2(t, DM_IR_SUB, 8, s390x_const(t, 64), n);   /* ROR by -n, modulo the width */
	s390x_setw(t, i->r1, w, s390x_op2(t, DM_IR_ROR, w, s390x_getw(t, i->r3, w), left));
	return true;
}

/* the mask of bits start..end (bit 0 leftmost), wrapping past 63 */
static uint64_t range_mask(unsigned start, unsigned end)
{
	uint64_t from = ~0ull >> start, to = ~0ull << (63 - end);
	return start <= end ? from & to : from | to;
}

/* src rotated left by k, then ANDed with m: a plain shift when m takes
 * nothing from the other end (gcc's x << 13 and x >> 7 are RISBG/RXSBG
 * masks like that), and no AND when m is all the shift leaves */
static dm_temp rot_masked(struct s390x_tr *t, dm_temp src, unsigned k, uint64_t m)
{
	uint64_t low = (1ull << k) - 1;   /* where a left rotate puts the bits it wraps */
	dm_temp v;
	if (!k) v = src;
	else if (!(m & low)) {
		v = s390x_op2i(t, DM_IR_SHL, 8, src, k);
		m = m == ~low ? ~0ull : m;
	} else if (!(m & ~low)) {
		v = s390x_op2i(t, DM_IR_SHR, 8, src, 64 - k);
		m = m == low ? ~0ull : m;
	} else v = s390x_op2i(t, DM_IR_ROR, 8, src, 64 - k);
	return m == ~0ull ? v : s390x_op2i(t, DM_IR_AND, 8, v, m);
}

/* RISBG RISBGN RNSBG ROSBG RXSBG RISBHG RISBLG (RIE-f): rotate r2 left by
 * I5, then insert / AND / OR / XOR the bits I3..I4 into r1.  arg: 0 insert,
 * ALU-like 1 and, 2 or, 3 xor; | 4: set the cc; | 8: the high word (I3, I4
 * taken in 0-31), | 16: the low word (in 32-63).  The cc's value (the
 * selected bits of the result) is computed apart from r1's so that the JIT
 * drops it when a later cc setter makes it dead. */
static bool rsbg(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned op = i->arg & 3;
	bool cc = i->arg & 4;
	unsigned i3 = (unsigned)s390x_field(i, 16, 8), i4 = (unsigned)s390x_field(i, 24, 8), i5 = (unsigned)s390x_field(i, 32, 8);
	unsigned start = i3 & 63, end = i4 & 63;
	bool flag3 = i3 & 0x80, zero = i4 & 0x80;   /* I3 bit 0: test only (AND/OR/XOR); I4 bit 0: zero the rest (insert) */
	uint64_t keep = ~0ull;                      /* the bits outside the mask that "zero" may clear */
	if (i->arg & 8) { start = (i3 & 31); end = (i4 & 31); keep = 0xffffffff00000000ull; }
	if (i->arg & 16) { start = 32 + (i3 & 31); end = 32 + (i4 & 31); keep = 0x00000000ffffffffull; }
	uint64_t m = range_mask(start, end);
	if (i->arg & 24) m &= keep;
	dm_temp rot = rot_masked(t, s390x_get(t, i->r2), i5 & 63, m);   /* the selected bits of r2 rotated */
	dm_temp old = s390x_get(t, i->r1), r, sel;
	if (op == 0) {
		uint64_t k = zero ? ~keep : ~m;   /* bits of r1 kept */
		if (!(i->arg & 24) && zero) k = 0;
		r = k ? s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_AND, 8, old, k), rot) : rot;
		s390x_set(t, i->r1, r);
		if (cc) s390x_cc_op(t, S390X_CC_CMP_S64, r, s390x_const(t, 0), 0);
		return true;
	}
	switch (op) {
	case 1:   /* AND: the bits outside m stay */
		sel = s390x_op2(t, DM_IR_AND, 8, old, rot);
		r = m == ~0ull ? sel : s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_AND, 8, old, ~m), sel);
		break;
	case 2:   /* OR */
		r = s390x_op2(t, DM_IR_OR, 8, old, rot);
		sel = m == ~0ull ? r : s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_AND, 8, old, m), rot);
		break;
	default:  /* XOR */
		r = s390x_op2(t, DM_IR_XOR, 8, old, rot);
		sel = m == ~0ull ? r : s390x_op2i(t, DM_IR_AND, 8, r, m);
		break;
	}
	if (!flag3) s390x_set(t, i->r1, r);
	s390x_cc_op(t, S390X_CC_NZ, sel, 0, 0);
	return true;
}

#define RS(kind, w) ((kind) | (w) << 4)
#define RSY(kind, w) ((kind) | (w) << 4 | 8 << 8)

const struct s390x_row s390x_rows_shift[] = {
	S390X_ROW(0x8900, RS, "SLL", shift, RS(SH_LL, 4)),
	S390X_ROW(0x8800, RS, "SRL", shift, RS(SH_RL, 4)),
	S390X_ROW(0x8a00, RS, "SRA", shift, RS(SH_RA, 4)),
	S390X_ROW(0x8b00, RS, "SLA", shift, RS(SH_LA, 4)),
	S390X_ROW(0xebdf, RSY, "SLLK", shift, RSY(SH_LL, 4)),
	S390X_ROW(0xebde, RSY, "SRLK", shift, RSY(SH_RL, 4)),
	S390X_ROW(0xebdc, RSY, "SRAK", shift, RSY(SH_RA, 4)),
	S390X_ROW(0xebdd, RSY, "SLAK", shift, RSY(SH_LA, 4)),
	S390X_ROW(0xeb0d, RSY, "SLLG", shift, RSY(SH_LL, 8)),
	S390X_ROW(0xeb0c, RSY, "SRLG", shift, RSY(SH_RL, 8)),
	S390X_ROW(0xeb0a, RSY, "SRAG", shift, RSY(SH_RA, 8)),
	S390X_ROW(0xeb0b, RSY, "SLAG", shift, RSY(SH_LA, 8)),
	S390X_ROW(0x8d00, RS, "SLDL", dshift, SH_LL),
	S390X_ROW(0x8c00, RS, "SRDL", dshift, SH_RL),
	S390X_ROW(0x8e00, RS, "SRDA", dshift, SH_RA),
	S390X_ROW(0x8f00, RS, "SLDA", dshift, SH_LA),
	S390X_ROW(0xeb1d, RSY, "RLL", rll, 4),
	S390X_ROW(0xeb1c, RSY, "RLLG", rll, 8),
	S390X_ROW(0xec55, RIE, "RISBG", rsbg, 0 | 4),
	S390X_ROW(0xec59, RIE, "RISBGN", rsbg, 0),
	S390X_ROW(0xec5d, RIE, "RISBHG", rsbg, 0 | 8),
	S390X_ROW(0xec51, RIE, "RISBLG", rsbg, 0 | 16),
	S390X_ROW(0xec54, RIE, "RNSBG", rsbg, 1 | 4),
	S390X_ROW(0xec56, RIE, "ROSBG", rsbg, 2 | 4),
	S390X_ROW(0xec57, RIE, "RXSBG", rsbg, 3 | 4),
	{ 0 },
};
