/* arch/s390x/fp_helpers.c: the BFP instructions done by CALL helpers that
 * read and write the registers themselves: everything extended (register
 * pairs), MDEBR/MXDBR, the logical and rounding-override conversions with
 * fixed point, load FP integer with m3 3, test data class.  Each gets the
 * instruction's fields packed by S390X_FPF (fp_helpers.h) and, for a
 * storage operand, its value. */
#include "arch/s390x/fp_helpers.h"

#include "arch/s390x/fp_bfp.h"

#define CPU(p) ((struct s390x_cpu *)(p))
#define R1(k) ((unsigned)(k) & 15)
#define R2(k) ((unsigned)((k) >> 4) & 15)
#define M3(k) ((unsigned)((k) >> 8) & 15)
#define M4(k) ((unsigned)((k) >> 12) & 15)
#define FMT(k) ((enum bfp_fmt)(((k) >> 16) & 3))
#define ARG(k) ((unsigned)((k) >> 20) & 15)
#define MEM(k) (((k) >> 24) & 1)

/* operand 2: the register R2 or the storage value */
static u128 op2(struct s390x_cpu *c, enum bfp_fmt f, uint64_t k, uint64_t mem)
{
	return MEM(k) ? (u128)mem : s390x_fpr_get(c, f, R2(k));
}

/* flags into the FPC; a suppressing trap leaves here, before any write */
static unsigned end_op(struct s390x_cpu *c, struct bfp_op *o)
{
	bool suppress;
	uint32_t fpc;
	unsigned dxc = s390x_bfp_finish(o, &fpc, &suppress);
	c->fpc = fpc;
	if (dxc && suppress) s390x_bfp_raise(c, dxc);
	return dxc;
}

/* after the writes: a completing trap */
static void end_writes(struct s390x_cpu *c, unsigned dxc)
{
	if (dxc) s390x_bfp_raise(c, dxc);
}

uint64_t s390x_h_arith(void *cpu, uint64_t k, uint64_t mem, uint64_t unused)
{
	(void)unused;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt f = FMT(k);
	enum bfp_bop op = (enum bfp_bop)ARG(k);
	u128 r = s390x_bfp_arith(c, f, op, s390x_fpr_get(c, f, R1(k)), op2(c, f, k, mem), op <= BOP_SUB);
	s390x_fpr_put(c, f, R1(k), r);
	if (op <= BOP_SUB) s390x_cc_set(c, s390x_bfp_cc(f, r));
	return 0;
}

/* MDEBR MDEB MXDBR MXDB: the product of two values of the shorter format,
 * in the longer one (one rounding; NaNs chosen in the source format) */
uint64_t s390x_h_mul_len(void *cpu, uint64_t k, uint64_t mem, uint64_t unused)
{
	(void)unused;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt to = FMT(k), from = to - 1;
	u128 ops[2] = { s390x_fpr_get(c, from, R1(k)), op2(c, from, k, mem) };
	struct bfp_op o;
	s390x_bfp_begin(&o, c->fpc, 0, 0);
	u128 r;
	struct bfp_ctx exact = { .rm = RM_NE };
	if (s390x_bfp_nan(from, 2, ops, &r, &o.c)) {
		int d = bfp_fmts[to].fbits - bfp_fmts[from].fbits;
		u128 fr = r & (((u128)1 << bfp_fmts[from].fbits) - 1);
		r = bfp_quiet(to, bfp_inf(to, bfp_sign(from, r)) | fr << d);
	} else {
		r = bfp_mul(to, bfp_convert(to, from, ops[0], &exact), bfp_convert(to, from, ops[1], &exact), &o.c);
	}
	unsigned dxc = end_op(c, &o);
	s390x_fpr_put(c, to, R1(k), r);
	end_writes(c, dxc);
	return 0;
}

uint64_t s390x_h_sqrt(void *cpu, uint64_t k, uint64_t mem, uint64_t unused)
{
	(void)unused;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt f = FMT(k);
	s390x_fpr_put(c, f, R1(k), s390x_bfp_sqrt(c, f, op2(c, f, k, mem)));
	return 0;
}

/* CxBR CxB KxBR KxB: the cc (ARG: 1 for the signaling K forms) */
uint64_t s390x_h_compare(void *cpu, uint64_t k, uint64_t mem, uint64_t unused)
{
	(void)unused;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt f = FMT(k);
	return s390x_bfp_compare(c, f, s390x_fpr_get(c, f, R1(k)), op2(c, f, k, mem), ARG(k) != 0);
}

/* LTxBR LCxBR LNxBR LPxBR (ARG: enum s390x_fp_load); sets the cc */
uint64_t s390x_h_load(void *cpu, uint64_t k, uint64_t unused1, uint64_t unused2)
{
	(void)unused1, (void)unused2;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt f = FMT(k);
	u128 a = s390x_fpr_get(c, f, R2(k)), r = a, sb = bfp_signbit(f);
	switch ((enum s390x_fp_load)ARG(k)) {
	case FPL_TEST: r = s390x_bfp_load_test(c, f, a); break;
	case FPL_COMPLEMENT: r = a ^ sb; break;
	case FPL_NEGATIVE: r = a | sb; break;
	case FPL_POSITIVE: r = a & ~sb; break;
	}
	s390x_fpr_put(c, f, R1(k), r);
	s390x_cc_set(c, s390x_bfp_cc(f, r));
	return 0;
}

/* LxxBR[A] LxxB: load lengthened or rounded, FMT the target, ARG the source */
uint64_t s390x_h_convert(void *cpu, uint64_t k, uint64_t mem, uint64_t unused)
{
	(void)unused;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt to = FMT(k), from = (enum bfp_fmt)ARG(k);
	u128 r = s390x_bfp_convert(c, to, from, op2(c, from, k, mem), M3(k), M4(k));
	s390x_fpr_put(c, to, R1(k), r);
	return 0;
}

/* CxFBR CxGBR CxLFBR CxLGBR: ARG bit 0 a 64-bit source, bit 1 unsigned */
uint64_t s390x_h_from_int(void *cpu, uint64_t k, uint64_t unused1, uint64_t unused2)
{
	(void)unused1, (void)unused2;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt f = FMT(k);
	bool wide = ARG(k) & 1, is_signed = !(ARG(k) & 2);
	uint64_t v = c->r[R2(k)];
	if (!wide) v = is_signed ? (uint64_t)(int64_t)(int32_t)v : (uint32_t)v;
	s390x_fpr_put(c, f, R1(k), s390x_bfp_from_int(c, f, v, is_signed, M3(k), M4(k)));
	return 0;
}

/* CFxBR CGxBR CLFxBR CLGxBR: the same ARG bits for the target; sets the cc */
uint64_t s390x_h_to_int(void *cpu, uint64_t k, uint64_t unused1, uint64_t unused2)
{
	(void)unused1, (void)unused2;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt f = FMT(k);
	bool wide = ARG(k) & 1, is_signed = !(ARG(k) & 2);
	unsigned cc;
	uint64_t v = s390x_bfp_to_int(c, f, s390x_fpr_get(c, f, R2(k)), is_signed, wide ? 64 : 32, M3(k), M4(k), &cc);
	if (wide) c->r[R1(k)] = v;
	else c->r[R1(k)] = (c->r[R1(k)] & ~0xffffffffull) | (uint32_t)v;
	s390x_cc_set(c, cc);
	return 0;
}

/* FIxBR[A]: round to an integral value */
uint64_t s390x_h_rint(void *cpu, uint64_t k, uint64_t unused1, uint64_t unused2)
{
	(void)unused1, (void)unused2;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt f = FMT(k);
	u128 a = s390x_fpr_get(c, f, R2(k)), r;
	struct bfp_op o;
	s390x_bfp_begin(&o, c->fpc, M3(k), M4(k));
	if (!s390x_bfp_nan(f, 1, &a, &r, &o.c)) r = bfp_rint(f, a, &o.c);
	unsigned dxc = end_op(c, &o);
	s390x_fpr_put(c, f, R1(k), r);
	end_writes(c, dxc);
	return 0;
}

/* TCxB: cc 1 when the mask (the second-operand address) selects the class */
uint64_t s390x_h_tdc(void *cpu, uint64_t k, uint64_t mask, uint64_t unused)
{
	(void)unused;
	struct s390x_cpu *c = CPU(cpu);
	enum bfp_fmt f = FMT(k);
	u128 a = s390x_fpr_get(c, f, R1(k));
	static const unsigned group[] = { [BC_ZERO] = 0, [BC_NORM] = 1, [BC_SUB] = 2, [BC_INF] = 3, [BC_QNAN] = 4, [BC_SNAN] = 5 };
	unsigned idx = 2 * group[bfp_class(f, a)] + bfp_sign(f, a);
	return (mask >> (11 - idx)) & 1;
}
