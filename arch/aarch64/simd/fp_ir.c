/* arch/aarch64/simd/fp_ir.c: the guarded FP IR ops for A64 (fp_ir.h): one
 * descriptor per operation and width, whose slow path is the FP core with
 * the guest's FPCR/FPSR (exactly what the old helper calls did).
 *
 * The guards: arithmetic and FCVT need round-to-nearest and FZ clear (no
 * directed rounding, no input flush) and FPSR.IXC already set (inexact is the
 * only flag a result in the safe range can raise); FCMP, FMAX/FMIN and the
 * fixed-mode FRINTs need FZ clear only (they raise nothing on non-NaNs),
 * FRINTX/FRINTI round to nearest and FZ clear, FRINTX IXC set too;
 * float->int conversions (always toward zero) FZ clear and IXC set;
 * int->float conversions round to nearest and IXC set, except the exact ones
 * (32-bit integer to double, single to double) which need no flag.  FPCR.DN
 * and AHP never matter: NaNs and half precision always take the slow path. */
#include "arch/aarch64/simd/fp_ir.h"

#include "arch/aarch64/simd/vec.h"
#include "emu/dbt/ir_fp.h"

#define RN_NOFZ (FPCR_FZ | 3u << FPCR_RMODE_SHIFT)

#define SLOW(name, expr)                                                              \
	static uint64_t name(void *cpu, uint64_t a, uint64_t b, uint64_t c)           \
	{                                                                             \
		struct a64_cpu *cp = CPU(cpu);                                        \
		struct fpst s = fpst_of(cp);                                          \
		uint64_t r = (expr);                                                  \
		fpst_done(cp, &s);                                                    \
		return r;                                                             \
	}
#define DESC(name, slow, ctl, st) \
	static const struct dm_ir_fp name = { slow, A64_OFF_FPCR, ctl, A64_OFF_FPSR, st };
/* one slow path and descriptor per width: name##_s, name##_d */
#define BOTH(name, expr, ctl, st)                                   \
	SLOW(slow_##name##_s, ({ const int sz = 2; (void)sz; expr; })) \
	SLOW(slow_##name##_d, ({ const int sz = 3; (void)sz; expr; })) \
	DESC(name##_s, slow_##name##_s, ctl, st)                     \
	DESC(name##_d, slow_##name##_d, ctl, st)

BOTH(add, fp_add(sz, a, b, &s), RN_NOFZ, FPSR_IXC)
BOTH(sub, fp_sub(sz, a, b, &s), RN_NOFZ, FPSR_IXC)
BOTH(mul, fp_mul(sz, a, b, &s), RN_NOFZ, FPSR_IXC)
BOTH(div, fp_div(sz, a, b, &s), RN_NOFZ, FPSR_IXC)
BOTH(sqrt, fp_sqrt(sz, a, &s), RN_NOFZ, FPSR_IXC)
BOTH(fma, fp_muladd(sz, a, b, c, &s), RN_NOFZ, FPSR_IXC)
/* FCMP's result is a relation (enum dm_fcmp_rel), not NZCV */
static uint64_t relation(unsigned nzcv) { return nzcv == 6 ? DM_FCMP_EQ : nzcv == 8 ? DM_FCMP_LT : nzcv == 2 ? DM_FCMP_GT : DM_FCMP_UN; }
BOTH(cmp, relation(fp_compare(sz, a, b, false, &s)), FPCR_FZ, 0)
BOTH(cmpe, relation(fp_compare(sz, a, b, true, &s)), FPCR_FZ, 0)
/* FMAX FMIN FMAXNM FMINNM: one IR op each for max and min (they differ only
 * on NaNs, which take the slow path); no flags without FZ */
BOTH(max, fp_max(sz, a, b, &s), FPCR_FZ, 0)
BOTH(min, fp_min(sz, a, b, &s), FPCR_FZ, 0)
BOTH(maxnm, fp_maxnm(sz, a, b, &s), FPCR_FZ, 0)
BOTH(minnm, fp_minnm(sz, a, b, &s), FPCR_FZ, 0)
/* FRINTN/P/M/Z/A (fixed mode, never inexact), FRINTX (FPCR mode, inexact
 * when not integral), FRINTI (FPCR mode, never inexact) */
BOTH(rintn, fp_round_int(sz, a, 0, false, &s), FPCR_FZ, 0)
BOTH(rintp, fp_round_int(sz, a, 1, false, &s), FPCR_FZ, 0)
BOTH(rintm, fp_round_int(sz, a, 2, false, &s), FPCR_FZ, 0)
BOTH(rintz, fp_round_int(sz, a, 3, false, &s), FPCR_FZ, 0)
BOTH(rinta, fp_round_int(sz, a, 4, false, &s), FPCR_FZ, 0)
BOTH(rintx, fp_round_int(sz, a, fpst_rmode(&s), true, &s), RN_NOFZ, FPSR_IXC)
BOTH(rinti, fp_round_int(sz, a, fpst_rmode(&s), false, &s), RN_NOFZ, 0)
/* pairs of singles (AdvSIMD .2S/.4S halves), lane 0 then lane 1, flags accumulated */
#define PAIR(name, expr)                                                                 \
	static uint64_t lane_##name(uint64_t a, uint64_t b, uint64_t c, struct fpst *sp) \
	{                                                                                \
		struct fpst s = *sp;                                                     \
		(void)b; (void)c;                                                        \
		uint64_t r = (uint32_t)(expr);                                           \
		*sp = s;                                                                 \
		return r;                                                                \
	}                                                                                \
	SLOW(slow_##name##_p, lane_##name((uint32_t)a, (uint32_t)b, (uint32_t)c, &s) |   \
				      lane_##name(a >> 32, b >> 32, c >> 32, &s) << 32)  \
	DESC(name##_p, slow_##name##_p, RN_NOFZ, FPSR_IXC)
PAIR(add, fp_add(2, a, b, &s))
PAIR(sub, fp_sub(2, a, b, &s))
PAIR(mul, fp_mul(2, a, b, &s))
PAIR(div, fp_div(2, a, b, &s))
PAIR(fma, fp_muladd(2, a, b, c, &s))

/* FCVT: _s converts to single (from double), _d to double (from single) */
SLOW(slow_cvt_s, fp_convert(2, 3, a, &s, fpst_rmode(&s)))
SLOW(slow_cvt_d, fp_convert(3, 2, a, &s, fpst_rmode(&s)))
DESC(cvt_s, slow_cvt_s, RN_NOFZ, FPSR_IXC)
DESC(cvt_d, slow_cvt_d, FPCR_FZ, 0)

/* conversions by [sz - 2][sf]: float -> int */
#define TOI(name, uns, isz)                                                                      \
	SLOW(slow_##name##_s, fp_to_fixed(2, a, 0, uns, isz, FPR_ZERO, &s))                       \
	SLOW(slow_##name##_d, fp_to_fixed(3, a, 0, uns, isz, FPR_ZERO, &s))                       \
	DESC(name##_s, slow_##name##_s, FPCR_FZ, FPSR_IXC)                                        \
	DESC(name##_d, slow_##name##_d, FPCR_FZ, FPSR_IXC)
TOI(ftosi_w, false, 32)
TOI(ftosi_x, false, 64)
TOI(ftoui_w, true, 32)
TOI(ftoui_x, true, 64)
/* int -> float */
#define TOF(name, uns, isz, st_s, st_d)                                                          \
	SLOW(slow_##name##_s, fp_from_fixed(2, a, isz, 0, uns, fpst_rmode(&s), &s))               \
	SLOW(slow_##name##_d, fp_from_fixed(3, a, isz, 0, uns, fpst_rmode(&s), &s))               \
	DESC(name##_s, slow_##name##_s, 3u << FPCR_RMODE_SHIFT, st_s)                             \
	DESC(name##_d, slow_##name##_d, 3u << FPCR_RMODE_SHIFT, st_d)
TOF(sitof_w, false, 32, FPSR_IXC, 0)
TOF(sitof_x, false, 64, FPSR_IXC, FPSR_IXC)
TOF(uitof_w, true, 32, FPSR_IXC, 0)
TOF(uitof_x, true, 64, FPSR_IXC, FPSR_IXC)

static dm_temp emit(struct a64_tr *t, enum dm_ir_op op, unsigned size, const struct dm_ir_fp *d, dm_temp a, dm_temp b, dm_temp c)
{
	return a64_emit(t, op, size, a, b, c, (uint64_t)(uintptr_t)d);
}

static unsigned bytes(int sz) { return 1u << sz; }

dm_temp a64_fp_arith(struct a64_tr *t, enum dm_ir_op op, int sz, dm_temp a, dm_temp b)
{
	const struct dm_ir_fp *d;
	switch (op) {
	case DM_IR_FADD: d = sz == 3 ? &add_d : &add_s; break;
	case DM_IR_FSUB: d = sz == 3 ? &sub_d : &sub_s; break;
	case DM_IR_FMUL: d = sz == 3 ? &mul_d : &mul_s; break;
	default: d = sz == 3 ? &div_d : &div_s; break;
	}
	return emit(t, op, bytes(sz), d, a, b, 0);
}

dm_temp a64_fp_arith_pair(struct a64_tr *t, enum dm_ir_op op, dm_temp a, dm_temp b)
{
	const struct dm_ir_fp *d = op == DM_IR_FADD ? &add_p : op == DM_IR_FSUB ? &sub_p : op == DM_IR_FMUL ? &mul_p : &div_p;
	return emit(t, op, DM_IR_FP_PAIR | 8, d, a, b, 0);
}

dm_temp a64_fp_muladd_pair(struct a64_tr *t, dm_temp addend, dm_temp n, dm_temp m)
{
	return emit(t, DM_IR_FMA, DM_IR_FP_PAIR | 8, &fma_p, addend, n, m);
}

dm_temp a64_fp_sqrt(struct a64_tr *t, int sz, dm_temp a) { return emit(t, DM_IR_FSQRT, bytes(sz), sz == 3 ? &sqrt_d : &sqrt_s, a, 0, 0); }

dm_temp a64_fp_muladd(struct a64_tr *t, int sz, dm_temp addend, dm_temp n, dm_temp m)
{
	return emit(t, DM_IR_FMA, bytes(sz), sz == 3 ? &fma_d : &fma_s, addend, n, m);
}

dm_temp a64_fp_cmp(struct a64_tr *t, int sz, dm_temp a, dm_temp b, bool signal)
{
	const struct dm_ir_fp *d = signal ? (sz == 3 ? &cmpe_d : &cmpe_s) : (sz == 3 ? &cmp_d : &cmp_s);
	dm_temp rel = emit(t, DM_IR_FCMP, bytes(sz), d, a, b, 0);
	/* relation -> NZCV in PSTATE's bits 31..28 from a table of nibbles
	 * (0x3286: equal 0110, less 1000, greater 0010, unordered 0011) */
	dm_temp nib = a64_op2(t, DM_IR_SHR, 8, a64_const(t, 0x3286ull << 28), a64_op2i(t, DM_IR_SHL, 8, rel, 2));
	return a64_op2i(t, DM_IR_AND, 4, nib, 0xf0000000u);   /* 4: and r32, imm32 */
}

dm_temp a64_fp_minmax(struct a64_tr *t, int sz, bool max, bool nm, dm_temp a, dm_temp b)
{
	static const struct dm_ir_fp *const d[2][2][2] = {   /* [max][nm][double] */
		{ { &min_s, &min_d }, { &minnm_s, &minnm_d } },
		{ { &max_s, &max_d }, { &maxnm_s, &maxnm_d } },
	};
	return emit(t, max ? DM_IR_FMAX : DM_IR_FMIN, bytes(sz), d[max][nm][sz == 3], a, b, 0);
}

dm_temp a64_fp_round_int(struct a64_tr *t, int sz, int kind, dm_temp a)
{
	static const struct dm_ir_fp *const d[7][2] = {
		{ &rintn_s, &rintn_d }, { &rintp_s, &rintp_d }, { &rintm_s, &rintm_d }, { &rintz_s, &rintz_d },
		{ &rinta_s, &rinta_d }, { &rintx_s, &rintx_d }, { &rinti_s, &rinti_d },
	};
	unsigned mode = kind <= 4 ? (unsigned)kind : 0;   /* X, I: the FPCR mode, nearest under the guard */
	return emit(t, DM_IR_FRINT, bytes(sz) | mode << 4, d[kind][sz == 3], a, 0, 0);
}

dm_temp a64_fp_cvt(struct a64_tr *t, int to, int from, dm_temp a)
{
	return emit(t, DM_IR_FCVT, bytes(to) | bytes(from) << 4, to == 3 ? &cvt_d : &cvt_s, a, 0, 0);
}

dm_temp a64_fp_to_int(struct a64_tr *t, int sz, bool sf, bool is_unsigned, dm_temp a)
{
	static const struct dm_ir_fp *const d[2][2][2] = {   /* [unsigned][sf][double] */
		{ { &ftosi_w_s, &ftosi_w_d }, { &ftosi_x_s, &ftosi_x_d } },
		{ { &ftoui_w_s, &ftoui_w_d }, { &ftoui_x_s, &ftoui_x_d } },
	};
	unsigned isize = sf ? 8 : 4;
	return emit(t, is_unsigned ? DM_IR_FTOUI : DM_IR_FTOSI, isize | bytes(sz) << 4, d[is_unsigned][sf][sz == 3], a, 0, 0);
}

dm_temp a64_fp_from_int(struct a64_tr *t, int sz, bool sf, bool is_unsigned, dm_temp a)
{
	static const struct dm_ir_fp *const d[2][2][2] = {
		{ { &sitof_w_s, &sitof_w_d }, { &sitof_x_s, &sitof_x_d } },
		{ { &uitof_w_s, &uitof_w_d }, { &uitof_x_s, &uitof_x_d } },
	};
	unsigned isize = sf ? 8 : 4;
	return emit(t, is_unsigned ? DM_IR_UITOF : DM_IR_SITOF, bytes(sz) | isize << 4, d[is_unsigned][sf][sz == 3], a, 0, 0);
}
