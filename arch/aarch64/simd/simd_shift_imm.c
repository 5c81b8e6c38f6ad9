/* arch/aarch64/simd/simd_shift_imm.c: "Advanced SIMD shift by immediate"
 * and its scalar twin: [SU]SHR, [SU]SRA, [SU]RSHR, [SU]RSRA, SRI, SHL, SLI,
 * SQSHLU, [SU]QSHL, SHRN, RSHRN, [SU]Q[R]SHRN, SQ[R]SHRUN, [SU]SHLL, and the
 * fixed-point SCVTF/UCVTF/FCVTZS/FCVTZU.  immh's top set bit is the
 * element size; immh:immb encodes the shift relative to it. */
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_int.h"
#include "arch/aarch64/simd/vec_ir.h"

#define OPC(i) (((i) >> 11) & 31)
#define IMMH(i) (((i) >> 19) & 15)
#define IMMHB(i) (((i) >> 16) & 127)

static bool shift_valid(uint32_t insn)
{
	unsigned op = OPC(insn), immh = IMMH(insn), u = F_U(insn), q = F_Q(insn), sc = F_SCALAR(insn);
	if (!immh) return false;
	bool d = immh >> 3;
	if (op == 28 || op == 31) return (immh >> 2) && !(d && !q && !sc);  /* S or D only */
	if (op >= 16 && op <= 19) return !d && (op >= 18 || u || !sc);
	if (op == 20) return !d && !sc;
	if (op == 12) return u;
	if (op == 14) return !(d && !q && !sc);
	if (op == 8 && !u) return false;
	if (op > 10 || (op & 1)) return false;
	return sc ? d : !(d && !q);
}

static uint64_t shift_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = OPC(insn), immhb = IMMHB(insn), q = F_Q(insn), sc = F_SCALAR(insn);
	unsigned esz = 31 - __builtin_clz(IMMH(insn)), n = 8u << esz;
	int rsh = 2 * n - immhb, lsh = immhb - n;
	bool u = F_U(insn), sat = false;
	vreg a = vr(cp, F_RN(insn)), d = vr(cp, F_RD(insn)), r = { 0 };
	unsigned bytes = sc ? 8 : q ? 16 : 8, nel = sc ? 1 : bytes >> esz;
	uint64_t m = emask(esz);
	struct fpst s = fpst_of(cp);
	if (op >= 16 && op <= 20) {  /* narrowing (source 2*esize) and widening */
		unsigned part = sc ? 0 : q, half = sc ? 1 : 8 >> esz;
		if (op == 20) {
			for (unsigned i = 0; i < half; i++) {
				uint64_t x = ve(&a, esz, part * half + i);
				__int128 v = u ? (__int128)x : sxt(x, esz);
				vse(&r, esz + 1, i, (uint64_t)(v * ((__int128)1 << lsh)) & emask(esz + 1));
			}
			vw(cp, F_RD(insn), r, 16);
			return 0;
		}
		if (part) r = d;
		__int128 rc = (op & 1) ? (__int128)1 << (rsh - 1) : 0;
		for (unsigned i = 0; i < half; i++) {
			uint64_t x = ve(&a, esz + 1, i), v;
			if (op < 18 && !u) {  /* SHRN, RSHRN: plain truncation */
				v = (uint64_t)(((__int128)x + rc) >> rsh) & m;
			} else {              /* SQSHRUN/SQRSHRUN take a signed source */
				__int128 X = (op >= 18 && u) ? (__int128)x : sxt(x, esz + 1);
				v = satq((X + rc) >> rsh, esz, u, &sat);
			}
			vse(&r, esz, part * half + i, v);
		}
		vw(cp, F_RD(insn), r, sc ? 8 : part ? 16 : 8);
		set_qc(cp, sat);
		return 0;
	}
	for (unsigned i = 0; i < nel; i++) {
		uint64_t x = ve(&a, esz, i), acc = ve(&d, esz, i), v;
		__int128 X = u ? (__int128)x : sxt(x, esz);
		switch (op) {
		case 0: case 2: case 4: case 6:  /* [SU][R]SHR, [SU][R]SRA */
			v = vi_shift(X, -rsh, op & 4, false, u, esz, &sat);
			if (op & 2) v = (v + acc) & m;
			break;
		case 8: {  /* SRI */
			uint64_t keep = rsh >= (int)n ? m : ~(m >> rsh) & m;
			v = (acc & keep) | (rsh >= (int)n ? 0 : x >> rsh);
			break;
		}
		case 10:  /* SHL, SLI */
			v = (x << lsh) & m;
			if (u) v |= acc & ~(m << lsh) & m;
			break;
		case 12: v = vi_shift(sxt(x, esz), lsh, false, true, true, esz, &sat); break;  /* SQSHLU */
		case 14: v = vi_shift(X, lsh, false, true, u, esz, &sat); break;              /* [SU]QSHL */
		case 28: v = fp_from_fixed(esz, x, n, rsh, u, fpst_rmode(&s), &s); break;
		default: v = fp_to_fixed(esz, x, rsh, u, n, FPR_ZERO, &s); break;             /* 31 */
		}
		vse(&r, esz, i, v);
	}
	vw(cp, F_RD(insn), r, bytes);
	set_qc(cp, sat);
	fpst_done(cp, &s);
	return 0;
}

/* SHRN, RSHRN (vector; "2" when Q): each source half gives 32 bits of the
 * narrow result, which goes to the low half (upper half zeroed) or, for the
 * "2" forms, to the high half (low half kept).  RSHRN's rounding add may
 * wrap within the wide lane: the kept bits sh..sh+bits-1 lie below its top. */
static void emit_shrn(struct a64_tr *t, uint32_t insn, unsigned esz, unsigned sh)
{
	dm_temp a[2], r[2];
	vir_get(t, F_RN(insn), true, a);
	for (unsigned h = 0; h < 2; h++) {
		if (OPC(insn) & 1) a[h] = vir_add(t, esz + 1, a[h], a64_const(t, (1ull << (sh - 1)) * vir_unit(esz + 1)));
		r[h] = vir_narrow_half(t, esz, a[h], sh);
	}
	vir_put_narrow(t, F_RD(insn), F_Q(insn), r);
}

/* SSHR, USHR, SHL (vector, and the scalar .1D forms), SHRN and RSHRN as
 * SWAR IR (vec_ir.h); false: leave it to shift_exec */
static bool emit_shift_inline(struct a64_tr *t, uint32_t insn)
{
	unsigned op = OPC(insn), immhb = IMMHB(insn), u = F_U(insn);
	unsigned esz = 31 - __builtin_clz(IMMH(insn)), n = 8u << esz;
	bool q = F_Q(insn) && !F_SCALAR(insn);
	if ((op == 16 || op == 17) && !u && !F_SCALAR(insn)) {
		emit_shrn(t, insn, esz, 2 * n - immhb);
		return true;
	}
	if (op != 0 && !(op == 10 && !u)) return false;
	dm_temp a[2], r[2] = { 0, 0 };
	vir_get(t, F_RN(insn), q, a);
	for (unsigned h = 0; h <= q; h++)
		r[h] = op ? vir_shl(t, esz, a[h], immhb - n) : vir_shr(t, esz, !u, a[h], 2 * n - immhb);
	vir_put(t, F_RD(insn), q, r);
	return true;
}

#define IROW(name) SIMD_ROW_IR(name, shift_valid, emit_shift_inline, shift_exec)
IROW(SSHR) IROW(USHR) IROW(SHL) IROW(SHRN) IROW(RSHRN) IROW(S_SSHR) IROW(S_USHR) IROW(S_SHL)

#define ROW(name) SIMD_ROW(name, shift_valid, shift_exec)
ROW(SSRA) ROW(USRA) ROW(SRSHR) ROW(URSHR) ROW(SRSRA) ROW(URSRA) ROW(SRI)
ROW(SLI) ROW(SQSHLU) ROW(SQSHL_imm) ROW(UQSHL_imm) ROW(SQSHRUN) ROW(SQRSHRUN)
ROW(SQSHRN) ROW(UQSHRN) ROW(SQRSHRN) ROW(UQRSHRN) ROW(SSHLL) ROW(USHLL) ROW(SCVTF_fix_vec)
ROW(UCVTF_fix_vec) ROW(FCVTZS_fix_vec) ROW(FCVTZU_fix_vec)
ROW(S_SSRA) ROW(S_USRA) ROW(S_SRSHR) ROW(S_URSHR) ROW(S_SRSRA) ROW(S_URSRA)
ROW(S_SRI) ROW(S_SLI) ROW(S_SQSHLU) ROW(S_SQSHL_imm) ROW(S_UQSHL_imm) ROW(S_SQSHRUN)
ROW(S_SQRSHRUN) ROW(S_SQSHRN) ROW(S_UQSHRN) ROW(S_SQRSHRN) ROW(S_UQRSHRN) ROW(S_SCVTF_fix)
ROW(S_UCVTF_fix) ROW(S_FCVTZS_fix) ROW(S_FCVTZU_fix)
