/* arch/s390x/translate/fp_conv.c: BFP conversions: load lengthened and
 * load rounded, to and from fixed point, load FP integer.  Short <-> long
 * without a rounding override, the signed conversions and load FP integer of
 * short and long values are guarded IR ops; the rest calls fp_helpers.c. */
#include "arch/s390x/translate/fp_ir.h"
#include "emu/mm/guest.h"

static uint64_t slow_ldeb(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	(void)b, (void)c;
	return (uint64_t)s390x_bfp_convert(cpu, BFP_L, BFP_S, a, 0, 0);
}
static uint64_t slow_ledb(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	(void)b, (void)c;
	return (uint64_t)s390x_bfp_convert(cpu, BFP_S, BFP_L, a, 0, 0);
}
static const struct dm_ir_fp d_ldeb = S390X_FP_DESC(slow_ldeb), d_ledb = S390X_FP_DESC(slow_ledb);

/* row argument: target format | source format << 4 | storage << 8 | arg << 12 */
#define C(to, from, mem, arg) ((to) | (from) << 4 | (mem) << 8 | (arg) << 12)
#define TO(i) ((enum bfp_fmt)((i)->arg & 15))
#define FROM(i) ((enum bfp_fmt)(((i)->arg >> 4) & 15))
#define CMEM(i) (((i)->arg >> 8) & 1)
#define CARG(i) ((i)->arg >> 12)

static bool regs_ok(enum bfp_fmt f, unsigned r) { return f != BFP_X || s390x_fpair_ok(r); }

/* LDEBR LXDBR LXEBR LEDBR[A] LDXBR[A] LEXBR[A] LDEB LXDB LXEB */
static bool convert(struct s390x_tr *t, const struct s390x_insn *i)
{
	enum bfp_fmt to = TO(i), from = FROM(i);
	unsigned m3 = CMEM(i) ? 0 : i->m3, m4 = CMEM(i) ? 0 : i->m4;
	if (!regs_ok(to, i->r1) || (!CMEM(i) && !regs_ok(from, i->r2)) || !s390x_bfp_m3_ok(m3)) return s390x_spec(t);
	if (to != BFP_X && from != BFP_X && !m3 && !m4) {
		dm_temp a = CMEM(i) ? s390x_ld(t, from == BFP_S ? 4 : 8, s390x_addr(t, i->x2, i->b2, i->d2)) : s390x_fget(t, from, i->r2);
		s390x_fp_pc(t);
		dm_temp r = s390x_emit(t, DM_IR_FCVT, to == BFP_L ? 0x48 : 0x84, a, 0, 0,
				       (uint64_t)(uintptr_t)(to == BFP_L ? &d_ldeb : &d_ledb));
		s390x_fput(t, to, i->r1, r);
		return true;
	}
	dm_temp mem = CMEM(i) ? s390x_ld(t, from == BFP_S ? 4 : 8, s390x_addr(t, i->x2, i->b2, i->d2)) : 0;
	s390x_fp_call(t, s390x_h_convert, S390X_FPF(i->r1, i->r2, m3, m4, to, from, CMEM(i)), mem);
	return true;
}

/* signed conversions as guarded SITOF (the FPC's rounding) and FTOSI (m3 5:
 * toward zero, what a C cast compiles to); the slow paths are fp_bfp.c's */
#define SLOW_FROM(name, f, wide)                                                                  \
	static uint64_t slow_##name(void *cpu, uint64_t a, uint64_t b, uint64_t c)                \
	{                                                                                         \
		(void)b, (void)c;                                                                 \
		uint64_t v = wide ? a : (uint64_t)(int64_t)(int32_t)a;                            \
		return (uint64_t)s390x_bfp_from_int(cpu, f, v, true, 0, 0);                       \
	}                                                                                         \
	static const struct dm_ir_fp d_##name = S390X_FP_DESC(slow_##name);
SLOW_FROM(cefb, BFP_S, false)
SLOW_FROM(cdfb, BFP_L, false)
SLOW_FROM(cegb, BFP_S, true)
SLOW_FROM(cdgb, BFP_L, true)
#define SLOW_TO(name, f, wide)                                                                    \
	static uint64_t slow_##name(void *cpu, uint64_t a, uint64_t b, uint64_t c)                \
	{                                                                                         \
		(void)b, (void)c;                                                                 \
		unsigned cc;                                                                      \
		return s390x_bfp_to_int(cpu, f, a, true, wide ? 64 : 32, 5, 0, &cc);              \
	}                                                                                         \
	static const struct dm_ir_fp d_##name = { slow_##name, S390X_OFF_FPC, FPC_MASKS, S390X_OFF_FPC, FPC_FLAG_X };
SLOW_TO(cfeb, BFP_S, false)
SLOW_TO(cfdb, BFP_L, false)
SLOW_TO(cgeb, BFP_S, true)
SLOW_TO(cgdb, BFP_L, true)

/* the cc of a conversion to a signed integer toward zero, from the source:
 * 3 when it is a NaN or out of range, i.e. |x| >= 2^(n-1) for positive x,
 * or |x| at least the first value >= 2^(n-1) + 1 for negative x */
static void to_int_cc(struct s390x_tr *t, enum bfp_fmt f, bool wide, dm_temp v)
{
	static const uint64_t lim[2][2][2] = {   /* [format][wide][negative] */
		{ { 0x4f000000, 0x4f000001 }, { 0x5f000000, 0x5f000001 } },
		{ { 0x41e0000000000000, 0x41e0000000200000 }, { 0x43e0000000000000, 0x43e0000000000001 } },
	};
	unsigned bits = f == BFP_S ? 32 : 64;
	uint64_t sign = 1ull << (bits - 1);
	const uint64_t *l = lim[f == BFP_L][wide];
	dm_temp abs = s390x_op2i(t, DM_IR_AND, 8, v, sign - 1), neg = s390x_op2i(t, DM_IR_SHR, 8, v, bits - 1);
	dm_temp limit = s390x_select(t, neg, s390x_const(t, l[1]), s390x_const(t, l[0]));
	dm_temp cc = s390x_op2(t, DM_IR_SUB, 8, s390x_const(t, 2), neg);
	cc = s390x_select(t, s390x_rel(t, DM_COND_EQ, 8, abs, s390x_const(t, 0)), s390x_const(t, 0), cc);
	cc = s390x_select(t, s390x_rel(t, DM_COND_UGE, 8, abs, limit), s390x_const(t, 3), cc);
	s390x_cc_static(t, cc);
}

/* CxFBR[A] CxGBR[A] CxLFBR CxLGBR: TO the format, CARG 1 64-bit, 2 logical */
static bool from_int(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (!regs_ok(TO(i), i->r1) || !s390x_bfp_m3_ok(i->m3)) return s390x_spec(t);
	if (TO(i) != BFP_X && !(CARG(i) & 2) && !i->m3 && !i->m4) {
		bool wide = CARG(i) & 1;
		static const struct dm_ir_fp *const d[2][2] = { { &d_cefb, &d_cegb }, { &d_cdfb, &d_cdgb } };
		dm_temp v = wide ? s390x_get(t, i->r2) : s390x_get32(t, i->r2);
		unsigned w = TO(i) == BFP_S ? 4 : 8;
		s390x_fp_pc(t);
		s390x_fput(t, TO(i), i->r1, s390x_emit(t, DM_IR_SITOF, w | (wide ? 8 : 4) << 4, v, 0, 0,
						      (uint64_t)(uintptr_t)d[TO(i) == BFP_L][wide]));
		return true;
	}
	s390x_fp_call(t, s390x_h_from_int, S390X_FPF(i->r1, i->r2, i->m3, i->m4, TO(i), CARG(i), 0), 0);
	return true;
}

/* CFxBR[A] CGxBR[A] CLFxBR CLGxBR: FROM the format */
static bool to_int(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (!regs_ok(FROM(i), i->r2) || !s390x_bfp_m3_ok(i->m3)) return s390x_spec(t);
	if (FROM(i) != BFP_X && !(CARG(i) & 2) && i->m3 == 5 && !i->m4) {
		bool wide = CARG(i) & 1;
		static const struct dm_ir_fp *const d[2][2] = { { &d_cfeb, &d_cgeb }, { &d_cfdb, &d_cgdb } };
		unsigned w = FROM(i) == BFP_S ? 4 : 8;
		dm_temp v = s390x_fget(t, FROM(i), i->r2);
		s390x_fp_pc(t);
		dm_temp r = s390x_emit(t, DM_IR_FTOSI, (wide ? 8 : 4) | w << 4, v, 0, 0, (uint64_t)(uintptr_t)d[FROM(i) == BFP_L][wide]);
		s390x_setw(t, i->r1, wide ? 8 : 4, r);
		to_int_cc(t, FROM(i), wide, v);
		return true;
	}
	s390x_fp_call(t, s390x_h_to_int, S390X_FPF(i->r1, i->r2, i->m3, i->m4, FROM(i), CARG(i), 0), 0);
	return true;
}

/* FIEBR[A] FIDBR[A] as guarded FRINT: the host rounds to an integral value
 * exactly in every mode but "prepare for shorter precision"; the slow path
 * reads m3 and m4 from the instruction at cpu->pc (stored before the op).
 * Guards: the FPC's mode must be nearest when m3 is 0; with inexact
 * recognized (m4's XxC 0) no mask may be enabled and the flag must be set. */
static uint64_t rint_slow(void *cpu, enum bfp_fmt f, uint64_t a)
{
	struct s390x_cpu *c = cpu;
	const uint8_t *p = dm_g2h(c->common.pc);
	struct bfp_op o;
	s390x_bfp_begin(&o, c->fpc, p[2] >> 4, p[2] & 15);
	u128 r;
	if (!s390x_bfp_nan(f, 1, &(u128){ a }, &r, &o.c)) r = bfp_rint(f, a, &o.c);
	bool suppress;
	uint32_t fpc;
	unsigned dxc = s390x_bfp_finish(&o, &fpc, &suppress);
	c->fpc = fpc;
	if (dxc) {
		if (!suppress) s390x_fpr_put(c, f, p[3] >> 4, r);
		s390x_bfp_raise(c, dxc);
	}
	return (uint64_t)r;
}
static uint64_t slow_fieb(void *cpu, uint64_t a, uint64_t b, uint64_t c) { (void)b, (void)c; return rint_slow(cpu, BFP_S, a); }
static uint64_t slow_fidb(void *cpu, uint64_t a, uint64_t b, uint64_t c) { (void)b, (void)c; return rint_slow(cpu, BFP_L, a); }
#define RINT_DESC(slow, fpc_mode, xxc)                                                                   \
	{ slow, S390X_OFF_FPC, ((fpc_mode) ? FPC_RM : 0) | ((xxc) ? 0 : FPC_MASKS), S390X_OFF_FPC, (xxc) ? 0 : FPC_FLAG_X }
static const struct dm_ir_fp d_rint[2][2][2] = {   /* [format][m3 == 0][XxC] */
	{ { RINT_DESC(slow_fieb, 0, 0), RINT_DESC(slow_fieb, 0, 1) }, { RINT_DESC(slow_fieb, 1, 0), RINT_DESC(slow_fieb, 1, 1) } },
	{ { RINT_DESC(slow_fidb, 0, 0), RINT_DESC(slow_fidb, 0, 1) }, { RINT_DESC(slow_fidb, 1, 0), RINT_DESC(slow_fidb, 1, 1) } },
};

/* FIxBR[A] */
static bool rint_(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (!regs_ok(TO(i), i->r1) || !regs_ok(TO(i), i->r2) || !s390x_bfp_m3_ok(i->m3)) return s390x_spec(t);
	/* FRINT's modes: 0 nearest even, 1 up, 2 down, 3 toward zero, 4 nearest away; -1: none */
	static const int8_t frint_mode[8] = { 0, 4, -1, -1, 0, 3, 1, 2 };
	if (TO(i) != BFP_X && frint_mode[i->m3] >= 0) {
		enum bfp_fmt f = TO(i);
		const struct dm_ir_fp *d = &d_rint[f == BFP_L][i->m3 == 0][(i->m4 & 4) != 0];
		dm_temp v = s390x_fget(t, f, i->r2);
		s390x_fp_pc(t);
		s390x_fput(t, f, i->r1, s390x_emit(t, DM_IR_FRINT, (f == BFP_S ? 4 : 8) | frint_mode[i->m3] << 4, v, 0, 0,
						   (uint64_t)(uintptr_t)d));
		return true;
	}
	s390x_fp_call(t, s390x_h_rint, S390X_FPF(i->r1, i->r2, i->m3, i->m4, TO(i), 0, 0), 0);
	return true;
}

const struct s390x_row s390x_rows_fp_conv[] = {
	S390X_ROW(0xb304, RRE, "LDEBR", convert, C(BFP_L, BFP_S, 0, 0)),
	S390X_ROW(0xb305, RRE, "LXDBR", convert, C(BFP_X, BFP_L, 0, 0)),
	S390X_ROW(0xb306, RRE, "LXEBR", convert, C(BFP_X, BFP_S, 0, 0)),
	S390X_ROW(0xed04, RXE, "LDEB", convert, C(BFP_L, BFP_S, 1, 0)),
	S390X_ROW(0xed05, RXE, "LXDB", convert, C(BFP_X, BFP_L, 1, 0)),
	S390X_ROW(0xed06, RXE, "LXEB", convert, C(BFP_X, BFP_S, 1, 0)),
	S390X_ROW(0xb344, RRF, "LEDBR", convert, C(BFP_S, BFP_L, 0, 0)),
	S390X_ROW(0xb345, RRF, "LDXBR", convert, C(BFP_L, BFP_X, 0, 0)),
	S390X_ROW(0xb346, RRF, "LEXBR", convert, C(BFP_S, BFP_X, 0, 0)),
	S390X_ROW(0xb394, RRF, "CEFBR", from_int, C(BFP_S, 0, 0, 0)),
	S390X_ROW(0xb395, RRF, "CDFBR", from_int, C(BFP_L, 0, 0, 0)),
	S390X_ROW(0xb396, RRF, "CXFBR", from_int, C(BFP_X, 0, 0, 0)),
	S390X_ROW(0xb3a4, RRF, "CEGBR", from_int, C(BFP_S, 0, 0, 1)),
	S390X_ROW(0xb3a5, RRF, "CDGBR", from_int, C(BFP_L, 0, 0, 1)),
	S390X_ROW(0xb3a6, RRF, "CXGBR", from_int, C(BFP_X, 0, 0, 1)),
	S390X_ROW(0xb390, RRF, "CELFBR", from_int, C(BFP_S, 0, 0, 2)),
	S390X_ROW(0xb391, RRF, "CDLFBR", from_int, C(BFP_L, 0, 0, 2)),
	S390X_ROW(0xb392, RRF, "CXLFBR", from_int, C(BFP_X, 0, 0, 2)),
	S390X_ROW(0xb3a0, RRF, "CELGBR", from_int, C(BFP_S, 0, 0, 3)),
	S390X_ROW(0xb3a1, RRF, "CDLGBR", from_int, C(BFP_L, 0, 0, 3)),
	S390X_ROW(0xb3a2, RRF, "CXLGBR", from_int, C(BFP_X, 0, 0, 3)),
	S390X_ROW(0xb398, RRF, "CFEBR", to_int, C(0, BFP_S, 0, 0)),
	S390X_ROW(0xb399, RRF, "CFDBR", to_int, C(0, BFP_L, 0, 0)),
	S390X_ROW(0xb39a, RRF, "CFXBR", to_int, C(0, BFP_X, 0, 0)),
	S390X_ROW(0xb3a8, RRF, "CGEBR", to_int, C(0, BFP_S, 0, 1)),
	S390X_ROW(0xb3a9, RRF, "CGDBR", to_int, C(0, BFP_L, 0, 1)),
	S390X_ROW(0xb3aa, RRF, "CGXBR", to_int, C(0, BFP_X, 0, 1)),
	S390X_ROW(0xb39c, RRF, "CLFEBR", to_int, C(0, BFP_S, 0, 2)),
	S390X_ROW(0xb39d, RRF, "CLFDBR", to_int, C(0, BFP_L, 0, 2)),
	S390X_ROW(0xb39e, RRF, "CLFXBR", to_int, C(0, BFP_X, 0, 2)),
	S390X_ROW(0xb3ac, RRF, "CLGEBR", to_int, C(0, BFP_S, 0, 3)),
	S390X_ROW(0xb3ad, RRF, "CLGDBR", to_int, C(0, BFP_L, 0, 3)),
	S390X_ROW(0xb3ae, RRF, "CLGXBR", to_int, C(0, BFP_X, 0, 3)),
	S390X_ROW(0xb357, RRF, "FIEBR", rint_, C(BFP_S, 0, 0, 0)),
	S390X_ROW(0xb35f, RRF, "FIDBR", rint_, C(BFP_L, 0, 0, 0)),
	S390X_ROW(0xb347, RRF, "FIXBR", rint_, C(BFP_X, 0, 0, 0)),
	{ 0 },
};
