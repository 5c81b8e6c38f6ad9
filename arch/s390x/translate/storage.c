/* arch/s390x/translate/storage.c: storage-to-storage instructions (MVC, NC,
 * OC, XC, CLC, TR, TRT, MVCIN, MVN, MVZ) and the long moves and compares
 * (MVCL, MVCLE, CLCL, CLCLE).  Their operands are byte strings processed
 * left to right one byte at a time (MVC 1(n,r),0(r) propagates a byte: that
 * is how memset is written), so byte order does not enter; they run in
 * helpers, except short MVCs whose operands cannot overlap, done inline. */
#include "arch/s390x/translate.h"
#include <string.h>

#include "emu/mm/guest.h"

enum { SS_MVC, SS_NC, SS_OC, SS_XC, SS_CLC, SS_TR, SS_TRT, SS_MVCIN, SS_MVN, SS_MVZ };

static uint8_t *H(uint64_t g) { return dm_g2h(g); }

/* a = dst, b = src, c = kind << 8 | length - 1; returns the cc (or 0).
 * Host pointers are taken once: guest memory is one linear mapping, and a
 * byte store through a pointer would otherwise reload the base every byte. */
static uint64_t ss(void *cpu, uint64_t dst, uint64_t src, uint64_t kl)
{
	struct s390x_cpu *c = cpu;
	unsigned kind = kl >> 8, n = (kl & 0xff) + 1;
	uint8_t *d = H(dst);
	const uint8_t *s = H(src);
	unsigned any = 0;
	switch (kind) {
	case SS_MVC:
		/* apart, or the target below the source: a forward copy is what the
		 * byte-at-a-time definition gives; one byte above the source
		 * propagates the first byte (memset written as MVC 1(n,r),0(r)) */
		if (dst + n <= src || src + n <= dst || dst < src) memmove(d, s, n);
		else if (dst == src + 1) memset(d, *s, n);
		else for (unsigned k = 0; k < n; k++) d[k] = s[k];
		return 0;
	case SS_NC: for (unsigned k = 0; k < n; k++) any |= d[k] &= s[k]; return any != 0;
	case SS_OC: for (unsigned k = 0; k < n; k++) any |= d[k] |= s[k]; return any != 0;
	case SS_XC:
		if (dst == src) { memset(d, 0, n); return 0; }
		for (unsigned k = 0; k < n; k++) any |= d[k] ^= s[k];
		return any != 0;
	case SS_CLC:
		for (unsigned k = 0; k < n; k++) {
			uint8_t x = d[k], y = s[k];
			if (x != y) return x < y ? 1 : 2;
		}
		return 0;
	case SS_TR: for (unsigned k = 0; k < n; k++) d[k] = s[d[k]]; return 0;
	case SS_TRT:
		for (unsigned k = 0; k < n; k++) {
			uint8_t f = s[d[k]];
			if (f) {
				c->r[1] = dst + k;
				c->r[2] = (c->r[2] & ~0xffull) | f;
				return k == n - 1 ? 2 : 1;
			}
		}
		return 0;
	case SS_MVCIN: for (unsigned k = 0; k < n; k++) d[k] = *(s - k); return 0;
	case SS_MVN: for (unsigned k = 0; k < n; k++) d[k] = (d[k] & 0xf0) | (s[k] & 0x0f); return 0;
	default: for (unsigned k = 0; k < n; k++) d[k] = (d[k] & 0x0f) | (s[k] & 0xf0); return 0;
	}
}

static bool ssi(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned kind = i->arg, l = (unsigned)s390x_field(i, 8, 8);
	/* an MVC of up to 8 bytes between distinct bases or non-overlapping
	 * displacements of one base: one load and one store (gcc's structure
	 * copies); the helper keeps byte-at-a-time semantics for the rest */
	bool inline_mvc = kind == SS_MVC && l < 8 && (l + 1) != 3 && (l + 1) != 5 && (l + 1) != 6 && (l + 1) != 7 &&
			  (i->b1 != i->b2 || i->d1 >= i->d2 + l + 1 || i->d2 >= i->d1 + l + 1) && i->b1 && i->b2;
	dm_temp d = s390x_addr(t, 0, i->b1, i->d1), s = s390x_addr(t, 0, i->b2, i->d2);
	if (inline_mvc) {
		s390x_st(t, l + 1, d, s390x_ld(t, l + 1, s));
		return true;
	}
	if (kind == SS_CLC && (l == 0 || l == 1 || l == 3 || l == 7)) {
		/* 1, 2, 4 or 8 bytes: big-endian numbers compare as the byte strings do
		 * (gcc compares single bytes with CLC), cc 0 equal, 1 low, 2 high */
		dm_temp a = s390x_ld(t, l + 1, d), b = s390x_ld(t, l + 1, s);
		s390x_cc_op(t, l == 7 ? S390X_CC_CMP_U64 : S390X_CC_CMP_U32, a, b, 0);
		return true;
	}
	dm_temp r = s390x_call(t, ss, d, s, s390x_const(t, kind << 8 | l));
	if (kind == SS_NC || kind == SS_OC || kind == SS_XC || kind == SS_CLC || kind == SS_TRT) s390x_cc_static(t, r);
	return true;
}

/* MVCL CLCL (lengths in 24 bits) and MVCLE CLCLE (64-bit lengths, pad from
 * the second-operand address): r1/r1+1 address and length of the first
 * operand, r2/r2+1 (r3/r3+1 for the E forms) of the second.  Done in one go
 * (cc 3, "partial", never happens); the registers end as the CPU leaves them. */
static uint64_t mvcl(void *cpu, uint64_t regs, uint64_t pad_e, uint64_t cmp)
{
	struct s390x_cpu *c = cpu;
	unsigned r1 = regs & 15, r2 = regs >> 4;
	bool e = pad_e >> 8;
	uint8_t pad = e ? (uint8_t)pad_e : (uint8_t)(c->r[r2 + 1] >> 24);
	uint64_t lm = e ? ~0ull : 0xffffff;
	uint64_t d = c->r[r1], dl = c->r[r1 + 1] & lm, s = c->r[r2], sl = c->r[r2 + 1] & lm;
	uint64_t cc = dl == sl ? 0 : dl < sl ? 1 : 2;
	if (cmp) {
		cc = 0;
		while (dl || sl) {
			uint8_t x = dl ? *H(d) : pad, y = sl ? *H(s) : pad;
			if (x != y) { cc = x < y ? 1 : 2; break; }
			if (dl) d++, dl--;
			if (sl) s++, sl--;
		}
	} else {
		/* destructive overlap (the source starts inside the target) moves nothing */
		if (!e && sl && d > s && d < s + (dl < sl ? dl : sl)) return 3;
		while (dl) {
			*H(d) = sl ? *H(s) : pad;
			d++, dl--;
			if (sl) s++, sl--;
		}
	}
	c->r[r1] = d, c->r[r2] = s;
	if (e) c->r[r1 + 1] = dl, c->r[r2 + 1] = sl;
	else {
		c->r[r1 + 1] = (c->r[r1 + 1] & ~0xffffffull) | dl;
		c->r[r2 + 1] = (c->r[r2 + 1] & ~0xffffffull) | sl;
	}
	return cc;
}

/* arg: 1 compare | 2 the E form */
static bool longop(struct s390x_tr *t, const struct s390x_insn *i)
{
	bool e = i->arg & 2;
	unsigned r1 = e ? (unsigned)s390x_field(i, 8, 4) : i->r1, r2 = e ? (unsigned)s390x_field(i, 12, 4) : i->r2;
	if ((r1 | r2) & 1) return s390x_spec(t);
	dm_temp pad = e ? s390x_op2i(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_AND, 8, s390x_addr(t, 0, i->b2, i->d2), 0xff), 0x100)
			: s390x_const(t, 0);
	s390x_cc_static(t, s390x_call(t, mvcl, s390x_const(t, r1 | r2 << 4), pad, s390x_const(t, i->arg & 1)));
	return true;
}

const struct s390x_row s390x_rows_storage[] = {
	S390X_ROW(0xd200, SS, "MVC", ssi, SS_MVC),
	S390X_ROW(0xd400, SS, "NC", ssi, SS_NC),
	S390X_ROW(0xd600, SS, "OC", ssi, SS_OC),
	S390X_ROW(0xd700, SS, "XC", ssi, SS_XC),
	S390X_ROW(0xd500, SS, "CLC", ssi, SS_CLC),
	S390X_ROW(0xdc00, SS, "TR", ssi, SS_TR),
	S390X_ROW(0xdd00, SS, "TRT", ssi, SS_TRT),
	S390X_ROW(0xe800, SS, "MVCIN", ssi, SS_MVCIN),
	S390X_ROW(0xd100, SS, "MVN", ssi, SS_MVN),
	S390X_ROW(0xd300, SS, "MVZ", ssi, SS_MVZ),
	S390X_ROW(0x0e00, RR, "MVCL", longop, 0),
	S390X_ROW(0x0f00, RR, "CLCL", longop, 1),
	S390X_ROW(0xa800, RS, "MVCLE", longop, 2),
	S390X_ROW(0xa900, RS, "CLCLE", longop, 3),
	{ 0 },
};
