/* arch/aarch64/simd/simd_two_reg_misc.c: "Advanced SIMD two-register
 * miscellaneous" and its scalar twin: REV*, [SU]ADDLP, [SU]ADALP, CLS, CLZ,
 * CNT, NOT, RBIT, SQABS, SQNEG, compares with zero, ABS, NEG, XTN, SQXTN,
 * UQXTN, SQXTUN, SHLL, and the FP ones (FRINT*, FCVT*, SCVTF, UCVTF,
 * FRECPE, FRSQRTE, URECPE, URSQRTE, FRECPX, FABS, FNEG, FSQRT, FCM*#0,
 * FCVTN, FCVTL, FCVTXN). */
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_int.h"
#include "arch/aarch64/simd/vec_ir.h"

#define OPC(i) (((i) >> 12) & 31)
#define KEY(u, a, op) (((u) << 6) | ((a) << 5) | (op))

static bool fp_misc_valid(unsigned key, bool scalar)
{
	switch (key) {
	case KEY(0, 0, 26): case KEY(0, 0, 27): case KEY(0, 0, 28): case KEY(0, 0, 29):
	case KEY(0, 1, 26): case KEY(0, 1, 27): case KEY(0, 1, 29):
	case KEY(1, 0, 26): case KEY(1, 0, 27): case KEY(1, 0, 28): case KEY(1, 0, 29):
	case KEY(1, 1, 26): case KEY(1, 1, 27): case KEY(1, 1, 29):
	case KEY(0, 1, 12): case KEY(0, 1, 13): case KEY(0, 1, 14): case KEY(1, 1, 12): case KEY(1, 1, 13):
		return true;
	case KEY(0, 0, 24): case KEY(0, 0, 25): case KEY(0, 1, 24): case KEY(0, 1, 25):
	case KEY(1, 0, 24): case KEY(1, 0, 25): case KEY(1, 1, 25): case KEY(1, 1, 31):
	case KEY(0, 1, 15): case KEY(1, 1, 15):
		return !scalar;
	case KEY(0, 1, 28): case KEY(1, 1, 28): return !scalar;  /* URECPE, URSQRTE */
	case KEY(0, 1, 31): return scalar;  /* FRECPX */
	default: return false;
	}
}

static bool misc_valid(uint32_t insn)
{
	unsigned op = OPC(insn), size = F_SIZE(insn), u = F_U(insn), q = F_Q(insn), sc = F_SCALAR(insn);
	if (op >= 24 || (op >= 12 && op <= 15)) {
		if (!fp_misc_valid(KEY(u, size >> 1, op), sc)) return false;
		if ((op == 28) && (size >> 1)) return sc ? false : !(size & 1);  /* URECPE/URSQRTE: 32-bit only */
		return sc || !((size & 1) && !q);
	}
	if (op == 22) return u ? (size == 1) : (!sc && !(size >> 1));  /* FCVTXN / FCVTN */
	if (op == 23) return !u && !sc && !(size >> 1);                 /* FCVTL */
	if (sc) {
		switch (op) {
		case 3: case 7: return true;
		case 8: case 9: case 11: return size == 3;
		case 10: return !u && size == 3;
		case 18: return u && size != 3;
		case 20: return size != 3;
		default: return false;
		}
	}
	switch (op) {
	case 0: return u ? size < 2 : size < 3;
	case 1: return !u && size == 0;
	case 2: case 4: case 6: case 19: return size != 3 && (op != 19 || u);
	case 5: return u ? size < 2 : size == 0;
	case 3: case 7: case 8: case 9: case 11: return !(size == 3 && !q);
	case 10: return !u && !(size == 3 && !q);
	case 18: case 20: return size != 3;
	default: return false;
	}
}

static uint64_t fp_elem(unsigned key, int sz, uint64_t x, struct fpst *s)
{
	int rm = fpst_rmode(s), cvt_rm[2][3] = { { FPR_TIEEVEN, FPR_NEGINF, FPR_TIEAWAY }, { FPR_POSINF, FPR_ZERO, -1 } };
	unsigned op = key & 31, a = (key >> 5) & 1, u = key >> 6, bits = 8u << sz;
	switch (key) {
	case KEY(0, 0, 24): return fp_round_int(sz, x, FPR_TIEEVEN, false, s);
	case KEY(0, 0, 25): return fp_round_int(sz, x, FPR_NEGINF, false, s);
	case KEY(0, 1, 24): return fp_round_int(sz, x, FPR_POSINF, false, s);
	case KEY(0, 1, 25): return fp_round_int(sz, x, FPR_ZERO, false, s);
	case KEY(1, 0, 24): return fp_round_int(sz, x, FPR_TIEAWAY, false, s);
	case KEY(1, 0, 25): return fp_round_int(sz, x, rm, true, s);
	case KEY(1, 1, 25): return fp_round_int(sz, x, rm, false, s);
	case KEY(0, 0, 29): case KEY(1, 0, 29): return fp_from_fixed(sz, x, bits, 0, u, rm, s);
	case KEY(0, 1, 28): return fp_urecpe(x);
	case KEY(1, 1, 28): return fp_ursqrte(x);
	case KEY(0, 1, 29): return fp_recpe(sz, x, s);
	case KEY(1, 1, 29): return fp_rsqrte(sz, x, s);
	case KEY(0, 1, 31): return fp_recpx(sz, x, s);
	case KEY(1, 1, 31): return fp_sqrt(sz, x, s);
	case KEY(0, 1, 15): return fp_abs(sz, x);
	case KEY(1, 1, 15): return fp_neg(sz, x);
	case KEY(0, 1, 12): return fp_cmp_mask(sz, 2, x, 0, s);   /* FCMGT #0 */
	case KEY(1, 1, 12): return fp_cmp_mask(sz, 1, x, 0, s);   /* FCMGE #0 */
	case KEY(0, 1, 13): return fp_cmp_mask(sz, 0, x, 0, s);   /* FCMEQ #0 */
	case KEY(1, 1, 13): return fp_cmp_mask(sz, 1, 0, x, s);   /* FCMLE #0 */
	case KEY(0, 1, 14): return fp_cmp_mask(sz, 2, 0, x, s);   /* FCMLT #0 */
	default:  /* FCVT{N,P,M,Z,A}{S,U} */
		return fp_to_fixed(sz, x, 0, u, bits, cvt_rm[a][op - 26], s);
	}
}

static uint64_t int_elem(unsigned op, bool u, unsigned esz, uint64_t x, uint64_t acc, bool *sat)
{
	uint64_t m = emask(esz);
	int64_t sx = sxt(x, esz);
	unsigned n = 8u << esz;
	switch (op) {
	case 3: return u ? satq((__int128)acc + sx, esz, true, sat) : satq((__int128)sxt(acc, esz) + x, esz, false, sat);
	case 4: return u ? (x ? __builtin_clzll(x) - (64 - n) : n) : (__builtin_clrsbll(sx) - (64 - n));
	case 5: return u ? ~x & m : __builtin_popcountll(x);
	case 7: return satq(u ? -(__int128)sx : (sx < 0 ? -(__int128)sx : sx), esz, false, sat);
	case 8: return (u ? sx >= 0 : sx > 0) ? m : 0;
	case 9: return (u ? sx <= 0 : sx == 0) ? m : 0;
	case 10: return sx < 0 ? m : 0;
	default: return (u ? -x : (sx < 0 ? -x : x)) & m;  /* 11: NEG / ABS */
	}
}

static uint64_t misc_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = OPC(insn), size = F_SIZE(insn), q = F_Q(insn), sc = F_SCALAR(insn);
	bool u = F_U(insn), sat = false;
	vreg a = vr(cp, F_RN(insn)), d = vr(cp, F_RD(insn)), r = { 0 };
	unsigned bytes = (q && !sc) ? 16 : 8, esz = size, nel;
	struct fpst s = fpst_of(cp);
	if (op == 22 || op == 23 || op == 18 || op == 19 || op == 20) {
		/* narrowing / widening: the narrow side is 64 bits, Q picks its half */
		unsigned part = sc ? 0 : q, wide = esz + 1;
		nel = sc ? 1 : 8 >> esz;
		if (op == 22 || op == 23) { wide = (size & 1) ? 3 : 2; esz = wide - 1; nel = sc ? 1 : 8 >> esz; }
		if (op == 23 || op == 19) {  /* FCVTL, SHLL: widen the chosen half */
			for (unsigned i = 0; i < nel; i++) {
				uint64_t x = ve(&a, esz, part * nel + i);
				vse(&r, wide, i, op == 19 ? x << (8u << esz) : fp_convert(wide, esz, x, &s, fpst_rmode(&s)));
			}
			vw(cp, F_RD(insn), r, 16);
		} else {
			if (part) r = d;  /* the "2" forms keep the low half */
			for (unsigned i = 0; i < nel; i++) {
				uint64_t x = ve(&a, wide, i), v;
				if (op == 22) v = fp_convert(esz, wide, x, &s, u ? FPR_ODD : fpst_rmode(&s));
				else if (op == 18 && !u) v = x & emask(esz);                          /* XTN */
				else if (op == 18) v = satq(sxt(x, wide), esz, true, &sat);           /* SQXTUN */
				else v = u ? satq(x, esz, true, &sat) : satq(sxt(x, wide), esz, false, &sat);
				vse(&r, esz, part * nel + i, v);
			}
			vw(cp, F_RD(insn), r, part ? 16 : 8);
		}
		set_qc(cp, sat);
		fpst_done(cp, &s);
		return 0;
	}
	if (op >= 24 || (op >= 12 && op <= 15)) {
		int sz = 2 + (size & 1);
		nel = sc ? 1 : bytes >> sz;
		for (unsigned i = 0; i < nel; i++) vse(&r, sz, i, fp_elem(KEY(u, size >> 1, op), sz, ve(&a, sz, i), &s));
		vw(cp, F_RD(insn), r, bytes);
		fpst_done(cp, &s);
		return 0;
	}
	nel = sc ? 1 : bytes >> esz;
	switch (op) {
	case 0: case 1: {  /* REV64 / REV32 / REV16: reverse elements within containers */
		unsigned cont = op == 1 ? 1 : u ? 2 : 3, per = 1u << (cont - esz);
		for (unsigned i = 0; i < nel; i++) vse(&r, esz, i, ve(&a, esz, (i / per) * per + (per - 1 - i % per)));
		break;
	}
	case 2: case 6:  /* [SU]ADDLP, [SU]ADALP */
		for (unsigned i = 0; i < nel / 2; i++) {
			uint64_t x = ve(&a, esz, 2 * i), y = ve(&a, esz, 2 * i + 1);
			uint64_t v = u ? x + y : (uint64_t)(sxt(x, esz) + sxt(y, esz));
			if (op == 6) v += ve(&d, esz + 1, i);
			vse(&r, esz + 1, i, v & emask(esz + 1));
		}
		break;
	case 5:
		if (u && size == 1) {  /* RBIT */
			for (unsigned i = 0; i < bytes; i++) {
				uint8_t x = a.b[i], y = 0;
				for (int k = 0; k < 8; k++) y |= ((x >> k) & 1) << (7 - k);
				r.b[i] = y;
			}
			break;
		}
		__attribute__((fallthrough));  /* CNT, NOT */
	default:
		for (unsigned i = 0; i < nel; i++) vse(&r, esz, i, int_elem(op, u, esz, ve(&a, esz, i), ve(&d, esz, i), &sat));
		break;
	}
	vw(cp, F_RD(insn), r, bytes);
	set_qc(cp, sat);
	return 0;
}

/* compares with zero, NEG, NOT and XTN as SWAR IR on 64-bit halves (vec_ir.h);
 * false: leave it to misc_exec.  Scalar forms are one .1D lane. */
static bool emit_misc_inline(struct a64_tr *t, uint32_t insn)
{
	static const enum vir_cmpz cmpz[2][3] = { { VIR_GT0, VIR_EQ0, VIR_LT0 }, { VIR_GE0, VIR_LE0, VIR_LT0 } };
	unsigned op = OPC(insn), esz = F_SIZE(insn), u = F_U(insn);
	bool q = F_Q(insn) && !F_SCALAR(insn);
	bool not = op == 5 && u && esz == 0 && !F_SCALAR(insn), neg = op == 11 && u;
	dm_temp a[2], r[2] = { 0, 0 };
	if (op == 18 && !u && !F_SCALAR(insn)) {  /* XTN, XTN2: the whole source, Q picks the destination half */
		vir_get(t, F_RN(insn), true, a);
		for (unsigned h = 0; h < 2; h++) r[h] = vir_narrow_half(t, esz, a[h], 0);
		vir_put_narrow(t, F_RD(insn), F_Q(insn), r);
		return true;
	}
	if ((op == 0 || (op == 1 && !u)) && !F_SCALAR(insn)) {  /* REV64 REV32 REV16: crypto byte order, ChaCha rotations */
		unsigned cbits = op == 1 ? 16 : u ? 32 : 64, ebits = 8u << esz;
		if (ebits >= cbits) return false;
		vir_get(t, F_RN(insn), q, a);
		for (unsigned h = 0; h <= q; h++) {
			/* swap neighbouring units of s bits, for s = ebits .. cbits / 2 */
			r[h] = a[h];
			for (unsigned sh = ebits; sh < cbits; sh *= 2) {
				if (sh == 32) { r[h] = a64_op2(t, DM_IR_ROR, 8, r[h], a64_const(t, 32)); continue; }
				uint64_t m = 0;
				for (unsigned k = 0; k < 64; k += 2 * sh) m |= ((1ull << sh) - 1) << k;
				dm_temp lo = a64_op2(t, DM_IR_AND, 8, a64_op2(t, DM_IR_SHR, 8, r[h], a64_const(t, sh)), a64_const(t, m));
				dm_temp hi = a64_op2(t, DM_IR_AND, 8, a64_op2(t, DM_IR_SHL, 8, r[h], a64_const(t, sh)), a64_const(t, ~m));
				r[h] = a64_op2(t, DM_IR_OR, 8, lo, hi);
			}
		}
		vir_put(t, F_RD(insn), q, r);
		return true;
	}
	if (!(op >= 8 && op <= 10) && !not && !neg) return false;
	vir_get(t, F_RN(insn), q, a);
	for (unsigned h = 0; h <= q; h++) {
		if (not) r[h] = a64_op1(t, DM_IR_NOT, 8, a[h]);
		else if (neg) r[h] = vir_sub(t, esz, a64_const(t, 0), a[h]);
		else r[h] = vir_cmp_zero(t, esz, cmpz[u][op - 8], a[h]);
	}
	vir_put(t, F_RD(insn), q, r);
	return true;
}

#define IROW(name) SIMD_ROW_IR(name, misc_valid, emit_misc_inline, misc_exec)
IROW(CMGT_zero) IROW(CMGE_zero) IROW(CMEQ_zero) IROW(CMLE_zero) IROW(CMLT_zero) IROW(NEG_vec) IROW(NOT) IROW(XTN)
IROW(S_CMGT_zero) IROW(S_CMGE_zero) IROW(S_CMEQ_zero) IROW(S_CMLE_zero) IROW(S_CMLT_zero) IROW(S_NEG)

#define ROW(name) SIMD_ROW(name, misc_valid, misc_exec)
IROW(REV64_vec) IROW(REV32_vec) IROW(REV16_vec)
ROW(SADDLP) ROW(UADDLP) ROW(SUQADD) ROW(USQADD) ROW(CLS_vec) ROW(CLZ_vec)
ROW(CNT) ROW(RBIT_vec) ROW(SADALP) ROW(UADALP) ROW(SQABS) ROW(SQNEG)
ROW(ABS_vec) ROW(SQXTUN) ROW(SHLL)
ROW(SQXTN) ROW(UQXTN) ROW(FCVTN) ROW(FCVTL) ROW(FCVTXN)
ROW(FRINTN_vec) ROW(FRINTM_vec) ROW(FCVTNS_vec) ROW(FCVTMS_vec) ROW(FCVTAS_vec) ROW(SCVTF_vec)
ROW(FRINTP_vec) ROW(FRINTZ_vec) ROW(FCVTPS_vec) ROW(FCVTZS_vec) ROW(URECPE) ROW(FRECPE)
ROW(FRINTA_vec) ROW(FRINTX_vec) ROW(FCVTNU_vec) ROW(FCVTMU_vec) ROW(FCVTAU_vec) ROW(UCVTF_vec)
ROW(FRINTI_vec) ROW(FCVTPU_vec) ROW(FCVTZU_vec) ROW(URSQRTE) ROW(FRSQRTE) ROW(FSQRT_vec)
ROW(FCMGT_zero) ROW(FCMEQ_zero) ROW(FCMLT_zero) ROW(FABS_vec) ROW(FCMGE_zero) ROW(FCMLE_zero) ROW(FNEG_vec)
ROW(S_SUQADD) ROW(S_USQADD) ROW(S_SQABS) ROW(S_SQNEG)
ROW(S_ABS) ROW(S_SQXTUN) ROW(S_SQXTN) ROW(S_UQXTN) ROW(S_FCVTXN)
ROW(S_FCVTNS) ROW(S_FCVTMS) ROW(S_FCVTAS) ROW(S_SCVTF) ROW(S_FCVTPS) ROW(S_FCVTZS) ROW(S_FRECPE) ROW(S_FRECPX)
ROW(S_FCVTNU) ROW(S_FCVTMU) ROW(S_FCVTAU) ROW(S_UCVTF) ROW(S_FCVTPU) ROW(S_FCVTZU) ROW(S_FRSQRTE)
ROW(S_FCMGT_zero) ROW(S_FCMEQ_zero) ROW(S_FCMLT_zero) ROW(S_FCMGE_zero) ROW(S_FCMLE_zero)
