/* arch/aarch64/simd/simd_three_same.c: "Advanced SIMD three same" and
 * "Advanced SIMD scalar three same" (integer, logical and FP). */
#include "arch/aarch64/simd/fp_ir.h"
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_int.h"
#include "arch/aarch64/simd/vec_ir.h"

#define OPC(i) (((i) >> 11) & 31)

/* valid FP (U, a) opcode sets, bit (opcode - 24) */
static const uint8_t fp_ops[4] = { 0xdf, 0xc7, 0xfd, 0x75 };        /* vector */
static const uint8_t fp_scalar_ops[4] = { 0x98, 0x80, 0x30, 0x34 }; /* scalar */

static bool ts_valid(uint32_t insn)
{
	unsigned op = OPC(insn), size = F_SIZE(insn), u = F_U(insn), q = F_Q(insn);
	if (op >= 24) {
		unsigned k = u * 2 + (size >> 1), bit = 1u << (op - 24);
		if (F_SCALAR(insn)) return fp_scalar_ops[k] & bit;
		return (fp_ops[k] & bit) && !((size & 1) && !q);
	}
	if (F_SCALAR(insn)) {
		switch (op) {
		case 1: case 5: case 9: case 11: return true;
		case 6: case 7: case 8: case 10: case 16: case 17: return size == 3;
		case 22: return size == 1 || size == 2;
		default: return false;
		}
	}
	if (op == 3) return true;
	if (op == 19 && u) return size == 0;
	if (op == 22) return size == 1 || size == 2;
	if (op == 23 && u) return false;
	if (size == 3 && !q) return false;
	switch (op) {
	case 1: case 5: case 6: case 7: case 8: case 9: case 10: case 11: case 16: case 17: case 23: return true;
	default: return size != 3;
	}
}

static bool pairwise(unsigned op, bool u, unsigned size)
{
	if (op == 20 || op == 21 || op == 23) return true;
	return u && op >= 24 && (op == 24 || op == 30 || (op == 26 && !(size >> 1)));
}

static uint64_t ts_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = OPC(insn), size = F_SIZE(insn), q = F_Q(insn), scalar = F_SCALAR(insn);
	bool u = F_U(insn);
	vreg a = vr(cp, F_RN(insn)), b = vr(cp, F_RM(insn)), d = vr(cp, F_RD(insn)), r = { 0 };
	unsigned bytes = scalar ? 8 : q ? 16 : 8;
	if (op == 3) {  /* logical: size picks the operation */
		for (int k = 0; k < 2; k++) {
			uint64_t x = a.d[k], y = b.d[k], z = d.d[k];
			uint64_t v;
			switch (u * 4 + size) {
			case 0: v = x & y; break;
			case 1: v = x & ~y; break;
			case 2: v = x | y; break;
			case 3: v = x | ~y; break;
			case 4: v = x ^ y; break;
			case 5: v = (x & z) | (y & ~z); break;   /* BSL */
			case 6: v = (x & y) | (z & ~y); break;   /* BIT */
			default: v = (z & y) | (x & ~y); break;  /* BIF */
			}
			r.d[k] = v;
		}
		vw(cp, F_RD(insn), r, bytes);
		return 0;
	}
	bool fp = op >= 24, sat = false;
	unsigned esz = fp ? 2 + (size & 1) : size;
	unsigned nel = scalar ? 1 : bytes >> esz;
	struct fpst s = fpst_of(cp);
	for (unsigned i = 0; i < nel; i++) {
		uint64_t x, y, acc = ve(&d, esz, i), v;
		if (!scalar && pairwise(op, u, size)) {
			const vreg *src = 2 * i < nel ? &a : &b;
			unsigned j = (2 * i) % nel;
			x = ve(src, esz, j);
			y = ve(src, esz, j + 1);
		} else {
			x = ve(&a, esz, i);
			y = ve(&b, esz, i);
		}
		if (fp) v = vf_three(op, u, size >> 1, esz, x, y, acc, &s);
		else v = vi_three(op, u, esz, x, y, acc, &sat);
		vse(&r, esz, i, v);
	}
	vw(cp, F_RD(insn), r, bytes);
	set_qc(cp, sat);
	fpst_done(cp, &s);
	return 0;
}

/* FADD FSUB FMUL FDIV FMLA FMLS (vector): guarded IR ops per 64-bit half
 * (fp_ir.h): a double lane is the scalar op, two single lanes one pair op;
 * lanes are independent and the flags accumulate, so half by half is exact.
 * FMLS negates n before the fused multiply-add, as vf_three does. */
static bool emit_fp_vec(struct a64_tr *t, uint32_t insn)
{
	if (!ts_valid(insn)) return false;
	unsigned op = OPC(insn), sub = F_SIZE(insn) >> 1, u = F_U(insn), q = F_Q(insn);
	int sz = 2 + (F_SIZE(insn) & 1);
	enum dm_ir_op irop;
	bool fma = false;
	if (!u && op == 26) irop = sub ? DM_IR_FSUB : DM_IR_FADD;
	else if (u && !sub && op == 27) irop = DM_IR_FMUL;
	else if (u && !sub && op == 31) irop = DM_IR_FDIV;
	else if (!u && op == 25) { irop = DM_IR_FMA; fma = true; }
	else { simd_call(t, ts_exec, insn, 0, 0); return true; }
	uint64_t sign = sz == 3 ? 0x8000000000000000ull : 0x8000000080000000ull;
	dm_temp r[2];
	for (unsigned h = 0; h <= q; h++) {
		dm_temp a = a64_vget(t, F_RN(insn), 8 * h, 8), b = a64_vget(t, F_RM(insn), 8 * h, 8);
		if (fma) {
			dm_temp acc = a64_vget(t, F_RD(insn), 8 * h, 8);
			if (sub) a = a64_op2i(t, DM_IR_XOR, 8, a, sign);
			r[h] = sz == 3 ? a64_fp_muladd(t, 3, acc, a, b) : a64_fp_muladd_pair(t, acc, a, b);
		} else {
			r[h] = sz == 3 ? a64_fp_arith(t, irop, 3, a, b) : a64_fp_arith_pair(t, irop, a, b);
		}
	}
	a64_vput(t, F_RD(insn), 0, 8, r[0]);
	a64_vput(t, F_RD(insn), 8, 8, q ? r[1] : a64_const(t, 0));
	return true;
}
#define FPROW(name) A64_INSN(name) { return emit_fp_vec(t, insn); }
FPROW(FADD_vec) FPROW(FSUB_vec) FPROW(FMUL_vec) FPROW(FDIV_vec) FPROW(FMLA_vec) FPROW(FMLS_vec)

/* AND BIC ORR ORN EOR BSL BIT BIF on one half: x = n, y = m, z = d;
 * the bit selects are written as one XOR-AND-XOR */
static dm_temp logic_half(struct a64_tr *t, unsigned key, dm_temp x, dm_temp y, dm_temp z)
{
	static const enum dm_ir_op plain[5] = { DM_IR_AND, DM_IR_ANDN, DM_IR_OR, DM_IR_ORN, DM_IR_XOR };
	if (key < 5) return a64_op2(t, plain[key], 8, x, y);
	switch (key) {
	case 5: return a64_op2(t, DM_IR_XOR, 8, y, a64_op2(t, DM_IR_AND, 8, a64_op2(t, DM_IR_XOR, 8, x, y), z));  /* BSL: z ? x : y */
	case 6: return a64_op2(t, DM_IR_XOR, 8, z, a64_op2(t, DM_IR_AND, 8, a64_op2(t, DM_IR_XOR, 8, x, z), y));  /* BIT: y ? x : z */
	default: return a64_op2(t, DM_IR_XOR, 8, z, a64_op2(t, DM_IR_ANDN, 8, a64_op2(t, DM_IR_XOR, 8, x, z), y)); /* BIF: y ? z : x */
	}
}

/* ADDP, [SU]MAXP, [SU]MINP (vector): the pair results of n fill the low
 * half of the result, those of m the high half; for .8B/.4H/.2S each source
 * is one half.  Only ADDP has a .2D form. */
static void emit_pairwise(struct a64_tr *t, enum vir_pair op, unsigned esz, bool q, const dm_temp a[2], const dm_temp b[2], dm_temp r[2])
{
	if (esz == 3) {
		r[0] = a64_op2(t, DM_IR_ADD, 8, a[0], a[1]);
		r[1] = a64_op2(t, DM_IR_ADD, 8, b[0], b[1]);
		return;
	}
	const dm_temp *lo = q ? a : (const dm_temp[2]){ a[0], b[0] };
	r[0] = a64_op2(t, DM_IR_OR, 8, vir_pair_half(t, esz, op, lo[0]), a64_op2i(t, DM_IR_SHL, 8, vir_pair_half(t, esz, op, lo[1]), 32));
	if (q) r[1] = a64_op2(t, DM_IR_OR, 8, vir_pair_half(t, esz, op, b[0]), a64_op2i(t, DM_IR_SHL, 8, vir_pair_half(t, esz, op, b[1]), 32));
}

/* one half of a lane-wise op: x = n, y = m, z = d */
static dm_temp int_half(struct a64_tr *t, unsigned op, bool u, unsigned size, dm_temp x, dm_temp y, dm_temp z)
{
	switch (op) {
	case 3: return logic_half(t, u * 4 + size, x, y, z);
	case 6: return vir_cmgt(t, size, !u, x, y);                     /* CMGT, CMHI */
	case 7: return vir_cmge(t, size, !u, x, y);                     /* CMGE, CMHS */
	case 12: case 13: return vir_max(t, size, !u, op == 13, x, y);  /* [SU]MAX, [SU]MIN */
	case 16: return u ? vir_sub(t, size, x, y) : vir_add(t, size, x, y);
	default: return u ? vir_cmeq(t, size, x, y) : vir_cmtst(t, size, x, y);  /* 17 */
	}
}

/* The integer ops worth inlining (logical, ADD, SUB, compares, MAX/MIN,
 * ADDP, MAXP/MINP) as SWAR IR on 64-bit halves; false: leave it to ts_exec.
 * Scalar forms (ADD/SUB/CMEQ/CMTST/CM{GT,GE,HI,HS}) are 64-bit only, i.e.
 * one .1D lane with the rest zeroed. */
static bool emit_int_inline(struct a64_tr *t, uint32_t insn)
{
	static const enum vir_pair pair[2][2] = { { VIR_PSMAX, VIR_PSMIN }, { VIR_PUMAX, VIR_PUMIN } };
	unsigned op = OPC(insn), size = F_SIZE(insn), u = F_U(insn);
	bool q = F_Q(insn) && !F_SCALAR(insn);
	bool pw = (op == 23 && !u) || op == 20 || op == 21;
	if (F_SCALAR(insn) && !(op == 6 || op == 7 || op == 16 || op == 17)) return false;
	if (!pw && op != 3 && op != 6 && op != 7 && op != 12 && op != 13 && op != 16 && op != 17) return false;
	dm_temp a[2], b[2], d[2] = { 0, 0 }, r[2] = { 0, 0 };
	vir_get(t, F_RN(insn), q, a);
	vir_get(t, F_RM(insn), q, b);
	if (op == 3 && u && size) vir_get(t, F_RD(insn), q, d);
	if (pw) {
		emit_pairwise(t, op == 23 ? VIR_PADD : pair[u][op & 1], size, q, a, b, r);
	} else {
		for (unsigned h = 0; h <= q; h++) r[h] = int_half(t, op, u, size, a[h], b[h], d[h]);
	}
	vir_put(t, F_RD(insn), q, r);
	return true;
}

#define IROW(name) SIMD_ROW_IR(name, ts_valid, emit_int_inline, ts_exec)
IROW(ADD_vec) IROW(SUB_vec) IROW(CMTST) IROW(CMEQ_reg) IROW(ADDP_vec)
IROW(AND_vec) IROW(BIC_vec) IROW(ORR_vec) IROW(ORN_vec) IROW(EOR_vec) IROW(BSL) IROW(BIT) IROW(BIF)
IROW(CMGT_reg) IROW(CMHI_reg) IROW(CMGE_reg) IROW(CMHS_reg)
IROW(SMAX) IROW(UMAX) IROW(SMIN) IROW(UMIN) IROW(SMAXP) IROW(UMAXP) IROW(SMINP) IROW(UMINP)
IROW(S_ADD) IROW(S_SUB) IROW(S_CMTST) IROW(S_CMEQ_reg)
IROW(S_CMGT_reg) IROW(S_CMHI_reg) IROW(S_CMGE_reg) IROW(S_CMHS_reg)

#define ROW(name) SIMD_ROW(name, ts_valid, ts_exec)
ROW(SHADD) ROW(UHADD) ROW(SQADD) ROW(UQADD) ROW(SRHADD) ROW(URHADD) ROW(SHSUB) ROW(UHSUB)
ROW(SQSUB) ROW(UQSUB) ROW(SSHL) ROW(USHL)
ROW(SQSHL_reg) ROW(UQSHL_reg) ROW(SRSHL) ROW(URSHL) ROW(SQRSHL) ROW(UQRSHL)
ROW(SABD) ROW(UABD) ROW(SABA) ROW(UABA) ROW(MLA_vec) ROW(MLS_vec) ROW(MUL_vec) ROW(PMUL)
ROW(SQDMULH_vec) ROW(SQRDMULH_vec)
ROW(FMAXNM_vec) ROW(FMULX_vec) ROW(FCMEQ_reg) ROW(FMAX_vec) ROW(FRECPS)
ROW(FMINNM_vec) ROW(FMIN_vec) ROW(FRSQRTS) ROW(FMAXNMP_vec) ROW(FADDP_vec)
ROW(FCMGE_reg) ROW(FACGE) ROW(FMAXP_vec) ROW(FMINNMP_vec) ROW(FABD)
ROW(FCMGT_reg) ROW(FACGT) ROW(FMINP_vec)
/* scalar forms share the helper; the S_ prefix keeps row names unique */
ROW(S_SQADD) ROW(S_UQADD) ROW(S_SQSUB) ROW(S_UQSUB) ROW(S_SSHL) ROW(S_USHL) ROW(S_SQSHL_reg) ROW(S_UQSHL_reg) ROW(S_SRSHL) ROW(S_URSHL)
ROW(S_SQRSHL) ROW(S_UQRSHL) ROW(S_SQDMULH)
ROW(S_SQRDMULH) ROW(S_FMULX) ROW(S_FCMEQ_reg) ROW(S_FRECPS) ROW(S_FRSQRTS) ROW(S_FCMGE_reg)
ROW(S_FACGE) ROW(S_FABD) ROW(S_FCMGT_reg) ROW(S_FACGT)
