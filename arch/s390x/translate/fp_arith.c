/* arch/s390x/translate/fp_arith.c: BFP arithmetic: add, subtract,
 * multiply, divide, square root, multiply and add/subtract, compare.
 * Short and long operands become the IR's guarded FP ops (the host
 * instruction when the FPC allows, fp_bfp.c's exact code otherwise);
 * extended ones (register pairs) and the multiplications into a longer
 * format call fp_helpers.c. */
#include "arch/s390x/translate/fp_ir.h"

/* ---- slow paths of the guarded ops ----------------------------------------- */
#define SLOW2(name, f, op, cc)                                                              \
	static uint64_t slow_##name(void *cpu, uint64_t a, uint64_t b, uint64_t c)          \
	{                                                                                   \
		(void)c;                                                                    \
		return (uint64_t)s390x_bfp_arith(cpu, f, op, a, b, cc);                     \
	}                                                                                   \
	static const struct dm_ir_fp d_##name = S390X_FP_DESC(slow_##name);
SLOW2(aeb, BFP_S, BOP_ADD, true)
SLOW2(adb, BFP_L, BOP_ADD, true)
SLOW2(seb, BFP_S, BOP_SUB, true)
SLOW2(sdb, BFP_L, BOP_SUB, true)
SLOW2(meeb, BFP_S, BOP_MUL, false)
SLOW2(mdb, BFP_L, BOP_MUL, false)
SLOW2(deb, BFP_S, BOP_DIV, false)
SLOW2(ddb, BFP_L, BOP_DIV, false)

static uint64_t slow_sqeb(void *cpu, uint64_t a, uint64_t b, uint64_t c) { (void)b, (void)c; return (uint64_t)s390x_bfp_sqrt(cpu, BFP_S, a); }
static uint64_t slow_sqdb(void *cpu, uint64_t a, uint64_t b, uint64_t c) { (void)b, (void)c; return (uint64_t)s390x_bfp_sqrt(cpu, BFP_L, a); }
static const struct dm_ir_fp d_sqeb = S390X_FP_DESC(slow_sqeb), d_sqdb = S390X_FP_DESC(slow_sqdb);

/* FMA(a, b, c) = b * c + a; the S forms pass -op1 as a, so the slow path
 * flips it back to see the operand itself (its NaN keeps its sign) */
static uint64_t slow_maeb(void *cpu, uint64_t a, uint64_t b, uint64_t c) { return (uint64_t)s390x_bfp_fma(cpu, BFP_S, a, b, c, false); }
static uint64_t slow_madb(void *cpu, uint64_t a, uint64_t b, uint64_t c) { return (uint64_t)s390x_bfp_fma(cpu, BFP_L, a, b, c, false); }
static uint64_t slow_mseb(void *cpu, uint64_t a, uint64_t b, uint64_t c) { return (uint64_t)s390x_bfp_fma(cpu, BFP_S, a ^ 0x80000000u, b, c, true); }
static uint64_t slow_msdb(void *cpu, uint64_t a, uint64_t b, uint64_t c) { return (uint64_t)s390x_bfp_fma(cpu, BFP_L, a ^ (1ull << 63), b, c, true); }
static const struct dm_ir_fp d_maeb = S390X_FP_DESC(slow_maeb), d_madb = S390X_FP_DESC(slow_madb),
			     d_mseb = S390X_FP_DESC(slow_mseb), d_msdb = S390X_FP_DESC(slow_msdb);

/* Compares ride on FSUB: for operands that are not NaN the difference is
 * zero exactly when they are equal and has the sign of a - b otherwise, in
 * any rounding mode, and comparing raises nothing, so the host's difference
 * may stand whatever the FPC says (no guard); infinities and NaNs make a
 * difference outside the safe range, and the slow path answers with the cc
 * encoded as a value of the same signs: 0, -1, +1 or the default NaN.
 * s390x_fp_cc then reads the cc off either. */
static uint64_t cc_value(enum bfp_fmt f, unsigned cc)
{
	static const uint64_t l[4] = { 0, 0xbff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000 };
	static const uint64_t s[4] = { 0, 0xbf800000, 0x3f800000, 0x7fc00000 };
	return f == BFP_S ? s[cc] : l[cc];
}
#define SLOWCMP(name, f, sig)                                                                    \
	static uint64_t slow_##name(void *cpu, uint64_t a, uint64_t b, uint64_t c)               \
	{                                                                                        \
		(void)c;                                                                         \
		return cc_value(f, s390x_bfp_compare(cpu, f, a, b, sig));                        \
	}                                                                                        \
	static const struct dm_ir_fp d_##name = { slow_##name, S390X_OFF_FPC, 0, S390X_OFF_FPC, 0 };
SLOWCMP(ceb, BFP_S, false)
SLOWCMP(cdb, BFP_L, false)
SLOWCMP(keb, BFP_S, true)
SLOWCMP(kdb, BFP_L, true)

static const struct dm_ir_fp *const arith_desc[4][2] = {
	{ &d_aeb, &d_adb }, { &d_seb, &d_sdb }, { &d_meeb, &d_mdb }, { &d_deb, &d_ddb },
};
static const enum dm_ir_op arith_op[4] = { DM_IR_FADD, DM_IR_FSUB, DM_IR_FMUL, DM_IR_FDIV };

/* ---- shared pieces ------------------------------------------------------------ */
void s390x_fp_cc(struct s390x_tr *t, enum bfp_fmt f, dm_temp v)
{
	unsigned w = f == BFP_S ? 4 : 8;
	uint64_t sign = 1ull << (8 * w - 1), inf = f == BFP_S ? 0x7f800000u : 0x7ff0000000000000ull;
	dm_temp abs = s390x_op2i(t, DM_IR_AND, 8, v, sign - 1);
	dm_temp cc = s390x_op2(t, DM_IR_SUB, 8, s390x_const(t, 2), s390x_op2i(t, DM_IR_SHR, 8, v, 8 * w - 1));
	cc = s390x_select(t, s390x_rel(t, DM_COND_EQ, 8, abs, s390x_const(t, 0)), s390x_const(t, 0), cc);
	cc = s390x_select(t, s390x_rel(t, DM_COND_UGT, 8, abs, s390x_const(t, inf)), s390x_const(t, 3), cc);
	s390x_cc_static(t, cc);
}

dm_temp s390x_fp_call(struct s390x_tr *t, dm_helper_fn fn, uint64_t fields, dm_temp mem)
{
	dm_temp r = s390x_call(t, fn, s390x_const(t, fields), mem ? mem : s390x_const(t, 0), 0);
	s390x_cc_forget(t);
	return r;
}

/* row argument: format | op << 4 | storage << 8 */
#define A(f, op, mem) ((f) | (op) << 4 | (mem) << 8)
#define AF(i) ((enum bfp_fmt)((i)->arg & 15))
#define AOP(i) (((i)->arg >> 4) & 15)
#define AMEM(i) (((i)->arg >> 8) & 1)

static dm_temp operand2(struct s390x_tr *t, const struct s390x_insn *i, enum bfp_fmt f)
{
	if (AMEM(i)) return s390x_ld(t, f == BFP_S ? 4 : 8, s390x_addr(t, i->x2, i->b2, i->d2));
	return s390x_fget(t, f, i->r2);
}

/* AxBR SxBR MxxBR DxBR and their storage forms */
static bool arith(struct s390x_tr *t, const struct s390x_insn *i)
{
	enum bfp_fmt f = AF(i);
	unsigned op = AOP(i);
	if (f == BFP_X) {
		if (!s390x_fpair_ok(i->r1) || !s390x_fpair_ok(i->r2)) return s390x_spec(t);
		s390x_fp_call(t, s390x_h_arith, S390X_FPF(i->r1, i->r2, 0, 0, f, op, 0), 0);
		return true;
	}
	dm_temp b = operand2(t, i, f), a = s390x_fget(t, f, i->r1);
	s390x_fp_pc(t);
	dm_temp r = s390x_emit(t, arith_op[op], f == BFP_S ? 4 : 8, a, b, 0, (uint64_t)(uintptr_t)arith_desc[op][f]);
	s390x_fput(t, f, i->r1, r);
	if (op <= BOP_SUB) s390x_fp_cc(t, f, r);
	return true;
}

/* MDEBR MDEB MXDBR MXDB: the product in the longer format */
static bool mul_len(struct s390x_tr *t, const struct s390x_insn *i)
{
	enum bfp_fmt to = AF(i);
	if (to == BFP_X && !s390x_fpair_ok(i->r1)) return s390x_spec(t);
	dm_temp mem = AMEM(i) ? operand2(t, i, to - 1) : 0;
	s390x_fp_call(t, s390x_h_mul_len, S390X_FPF(i->r1, i->r2, 0, 0, to, 0, AMEM(i)), mem);
	return true;
}

/* SQxBR SQxB */
static bool sqrt_(struct s390x_tr *t, const struct s390x_insn *i)
{
	enum bfp_fmt f = AF(i);
	if (f == BFP_X) {
		if (!s390x_fpair_ok(i->r1) || !s390x_fpair_ok(i->r2)) return s390x_spec(t);
		s390x_fp_call(t, s390x_h_sqrt, S390X_FPF(i->r1, i->r2, 0, 0, f, 0, 0), 0);
		return true;
	}
	dm_temp a = operand2(t, i, f);
	s390x_fp_pc(t);
	dm_temp r = s390x_emit(t, DM_IR_FSQRT, f == BFP_S ? 4 : 8, a, 0, 0, (uint64_t)(uintptr_t)(f == BFP_S ? &d_sqeb : &d_sqdb));
	s390x_fput(t, f, i->r1, r);
	return true;
}

/* MAxBR MSxBR (RRF-d: R1 in bits 16-19, R3 in 24-27) and MAxB MSxB (RXF:
 * R3 in bits 8-11, R1 in 32-35); the rows parse them as RRF and RXE */
static bool fma_(struct s390x_tr *t, const struct s390x_insn *i)
{
	enum bfp_fmt f = AF(i);
	bool sub = AOP(i);
	unsigned r1 = AMEM(i) ? i->m3 : i->r3, r3 = i->r1;
	unsigned w = f == BFP_S ? 4 : 8;
	dm_temp op2 = operand2(t, i, f), op3 = s390x_fget(t, f, r3), op1 = s390x_fget(t, f, r1);
	if (sub) op1 = s390x_op2i(t, DM_IR_XOR, 8, op1, 1ull << (8 * w - 1));
	const struct dm_ir_fp *d = f == BFP_S ? (sub ? &d_mseb : &d_maeb) : (sub ? &d_msdb : &d_madb);
	s390x_fp_pc(t);
	dm_temp r = s390x_emit(t, DM_IR_FMA, w, op1, op3, op2, (uint64_t)(uintptr_t)d);
	s390x_fput(t, f, r1, r);
	return true;
}

/* CxBR KxBR CxB KxB (op: 1 signaling): short and long through FSUB (above),
 * extended through the helper */
static bool compare(struct s390x_tr *t, const struct s390x_insn *i)
{
	enum bfp_fmt f = AF(i);
	if (f == BFP_X) {
		if (!s390x_fpair_ok(i->r1) || !s390x_fpair_ok(i->r2)) return s390x_spec(t);
		s390x_cc_static(t, s390x_fp_call(t, s390x_h_compare, S390X_FPF(i->r1, i->r2, 0, 0, f, AOP(i), 0), 0));
		return true;
	}
	dm_temp b = operand2(t, i, f), a = s390x_fget(t, f, i->r1);
	const struct dm_ir_fp *d = f == BFP_S ? (AOP(i) ? &d_keb : &d_ceb) : (AOP(i) ? &d_kdb : &d_cdb);
	s390x_fp_pc(t);
	s390x_fp_cc(t, f, s390x_emit(t, DM_IR_FSUB, f == BFP_S ? 4 : 8, a, b, 0, (uint64_t)(uintptr_t)d));
	return true;
}

const struct s390x_row s390x_rows_fp_arith[] = {
	S390X_ROW(0xb30a, RRE, "AEBR", arith, A(BFP_S, BOP_ADD, 0)),
	S390X_ROW(0xb31a, RRE, "ADBR", arith, A(BFP_L, BOP_ADD, 0)),
	S390X_ROW(0xb34a, RRE, "AXBR", arith, A(BFP_X, BOP_ADD, 0)),
	S390X_ROW(0xed0a, RXE, "AEB", arith, A(BFP_S, BOP_ADD, 1)),
	S390X_ROW(0xed1a, RXE, "ADB", arith, A(BFP_L, BOP_ADD, 1)),
	S390X_ROW(0xb30b, RRE, "SEBR", arith, A(BFP_S, BOP_SUB, 0)),
	S390X_ROW(0xb31b, RRE, "SDBR", arith, A(BFP_L, BOP_SUB, 0)),
	S390X_ROW(0xb34b, RRE, "SXBR", arith, A(BFP_X, BOP_SUB, 0)),
	S390X_ROW(0xed0b, RXE, "SEB", arith, A(BFP_S, BOP_SUB, 1)),
	S390X_ROW(0xed1b, RXE, "SDB", arith, A(BFP_L, BOP_SUB, 1)),
	S390X_ROW(0xb317, RRE, "MEEBR", arith, A(BFP_S, BOP_MUL, 0)),
	S390X_ROW(0xb31c, RRE, "MDBR", arith, A(BFP_L, BOP_MUL, 0)),
	S390X_ROW(0xb34c, RRE, "MXBR", arith, A(BFP_X, BOP_MUL, 0)),
	S390X_ROW(0xed17, RXE, "MEEB", arith, A(BFP_S, BOP_MUL, 1)),
	S390X_ROW(0xed1c, RXE, "MDB", arith, A(BFP_L, BOP_MUL, 1)),
	S390X_ROW(0xb30d, RRE, "DEBR", arith, A(BFP_S, BOP_DIV, 0)),
	S390X_ROW(0xb31d, RRE, "DDBR", arith, A(BFP_L, BOP_DIV, 0)),
	S390X_ROW(0xb34d, RRE, "DXBR", arith, A(BFP_X, BOP_DIV, 0)),
	S390X_ROW(0xed0d, RXE, "DEB", arith, A(BFP_S, BOP_DIV, 1)),
	S390X_ROW(0xed1d, RXE, "DDB", arith, A(BFP_L, BOP_DIV, 1)),
	S390X_ROW(0xb30c, RRE, "MDEBR", mul_len, A(BFP_L, 0, 0)),
	S390X_ROW(0xed0c, RXE, "MDEB", mul_len, A(BFP_L, 0, 1)),
	S390X_ROW(0xb307, RRE, "MXDBR", mul_len, A(BFP_X, 0, 0)),
	S390X_ROW(0xed07, RXE, "MXDB", mul_len, A(BFP_X, 0, 1)),
	S390X_ROW(0xb314, RRE, "SQEBR", sqrt_, A(BFP_S, 0, 0)),
	S390X_ROW(0xb315, RRE, "SQDBR", sqrt_, A(BFP_L, 0, 0)),
	S390X_ROW(0xb316, RRE, "SQXBR", sqrt_, A(BFP_X, 0, 0)),
	S390X_ROW(0xed14, RXE, "SQEB", sqrt_, A(BFP_S, 0, 1)),
	S390X_ROW(0xed15, RXE, "SQDB", sqrt_, A(BFP_L, 0, 1)),
	S390X_ROW(0xb30e, RRF, "MAEBR", fma_, A(BFP_S, 0, 0)),
	S390X_ROW(0xb31e, RRF, "MADBR", fma_, A(BFP_L, 0, 0)),
	S390X_ROW(0xb30f, RRF, "MSEBR", fma_, A(BFP_S, 1, 0)),
	S390X_ROW(0xb31f, RRF, "MSDBR", fma_, A(BFP_L, 1, 0)),
	S390X_ROW(0xed0e, RXE, "MAEB", fma_, A(BFP_S, 0, 1)),
	S390X_ROW(0xed1e, RXE, "MADB", fma_, A(BFP_L, 0, 1)),
	S390X_ROW(0xed0f, RXE, "MSEB", fma_, A(BFP_S, 1, 1)),
	S390X_ROW(0xed1f, RXE, "MSDB", fma_, A(BFP_L, 1, 1)),
	S390X_ROW(0xb309, RRE, "CEBR", compare, A(BFP_S, 0, 0)),
	S390X_ROW(0xb319, RRE, "CDBR", compare, A(BFP_L, 0, 0)),
	S390X_ROW(0xb349, RRE, "CXBR", compare, A(BFP_X, 0, 0)),
	S390X_ROW(0xed09, RXE, "CEB", compare, A(BFP_S, 0, 1)),
	S390X_ROW(0xed19, RXE, "CDB", compare, A(BFP_L, 0, 1)),
	S390X_ROW(0xb308, RRE, "KEBR", compare, A(BFP_S, 1, 0)),
	S390X_ROW(0xb318, RRE, "KDBR", compare, A(BFP_L, 1, 0)),
	S390X_ROW(0xb348, RRE, "KXBR", compare, A(BFP_X, 1, 0)),
	S390X_ROW(0xed08, RXE, "KEB", compare, A(BFP_S, 1, 1)),
	S390X_ROW(0xed18, RXE, "KDB", compare, A(BFP_L, 1, 1)),
	{ 0 },
};
