/* arch/s390x/translate/string.c: the string instructions MVST, CLST, SRST
 * (the ending character in r0's low byte), run to completion in helpers
 * (the CPU may stop early with cc 3; a program loops on that, so finishing
 * at once is one of the allowed outcomes). */
#include "arch/s390x/translate.h"
#include "emu/mm/guest.h"

static uint8_t *H(uint64_t g) { return dm_g2h(g); }

/* returns the cc, or 4 for a specification exception: MVST and SRST
 * require bits 32-55 of r0 to be zero, CLST only reserves them (PoO:
 * each instruction's description of general register 0) */
static uint64_t str(void *cpu, uint64_t kind, uint64_t regs, uint64_t unused)
{
	struct s390x_cpu *c = cpu;
	unsigned r1 = regs & 15, r2 = regs >> 4;
	if (kind != 1 && (c->r[0] & 0xffffff00ull)) return 4;
	uint8_t end = (uint8_t)c->r[0];
	uint64_t a = c->r[r1], b = c->r[r2];
	switch (kind) {
	case 0:   /* MVST: copy b to a through the ending character; r1 = its copy */
		for (;; a++, b++) {
			uint8_t x = *H(b);
			*H(a) = x;
			if (x == end) { c->r[r1] = a; return 1; }
		}
	case 1:   /* CLST */
		for (;; a++, b++) {
			uint8_t x = *H(a), y = *H(b);
			if (x == end && y == end) return 0;
			if (x == end || (y != end && x < y)) { c->r[r1] = a, c->r[r2] = b; return 1; }
			if (y == end || x > y) { c->r[r1] = a, c->r[r2] = b; return 2; }
		}
	default:  /* SRST: from r2 up to (not including) r1 */
		for (; b != a; b++)
			if (*H(b) == end) { c->r[r1] = b; return 1; }
		return 2;
	}
}

static bool s(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp cc = s390x_call(t, str, s390x_const(t, i->arg), s390x_const(t, i->r1 | i->r2 << 4), 0);
	s390x_cc_static(t, s390x_op2i(t, DM_IR_AND, 8, cc, 3));
	s390x_spec_if(t, s390x_rel(t, DM_COND_EQ, 8, cc, s390x_const(t, 4)));
	return true;
}

const struct s390x_row s390x_rows_string[] = {
	S390X_ROW(0xb255, RRE, "MVST", s, 0),
	S390X_ROW(0xb25d, RRE, "CLST", s, 1),
	S390X_ROW(0xb25e, RRE, "SRST", s, 2),
	{ 0 },
};
