/* arch/aarch64/simd/simd_three_diff.c: "Advanced SIMD three different"
 * and its scalar twin: [SU]ADDL, [SU]ADDW, [SU]SUBL, [SU]SUBW, [R]ADDHN,
 * [R]SUBHN, [SU]ABAL, [SU]ABDL, [SU]MLAL, [SU]MLSL, [SU]MULL, SQDMLAL,
 * SQDMLSL, SQDMULL.  PMULL is crypto_pmull.c. */
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_int.h"

#define OPC(i) (((i) >> 12) & 15)

/* the widening multiply(-accumulate) ops, shared with "by element" */
uint64_t vi_long_mul(unsigned op, bool u, unsigned esz, uint64_t x, uint64_t y, uint64_t acc, bool *sat)
{
	__int128 X = u ? (__int128)x : sxt(x, esz), Y = u ? (__int128)y : sxt(y, esz), p = X * Y;
	unsigned w = esz + 1;
	__int128 A = sxt(acc, w);
	switch (op) {
	case 8: return (uint64_t)(acc + (uint64_t)p) & emask(w);
	case 10: return (uint64_t)(acc - (uint64_t)p) & emask(w);
	case 12: return (uint64_t)p & emask(w);
	case 13: return satq(2 * p, w, false, sat);
	case 9: return satq(A + sxt(satq(2 * p, w, false, sat), w), w, false, sat);
	default: return satq(A - sxt(satq(2 * p, w, false, sat), w), w, false, sat);  /* 11 */
	}
}

static bool diff_valid(uint32_t insn)
{
	unsigned op = OPC(insn), size = F_SIZE(insn), u = F_U(insn);
	if (F_SCALAR(insn)) return !u && (op == 9 || op == 11 || op == 13) && (size == 1 || size == 2);
	if (op == 14 || op == 15) return false;
	if (op == 9 || op == 11 || op == 13) return !u && (size == 1 || size == 2);
	return size != 3;
}

static uint64_t diff_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = OPC(insn), esz = F_SIZE(insn), sc = F_SCALAR(insn), part = sc ? 0 : F_Q(insn);
	bool u = F_U(insn), sat = false;
	vreg a = vr(cp, F_RN(insn)), b = vr(cp, F_RM(insn)), d = vr(cp, F_RD(insn)), r = { 0 };
	unsigned half = sc ? 1 : 8 >> esz, w = esz + 1;
	if (op == 4 || op == 6) {  /* [R]ADDHN, [R]SUBHN: wide in, high halves out */
		if (part) r = d;
		for (unsigned i = 0; i < half; i++) {
			uint64_t x = ve(&a, w, i), y = ve(&b, w, i);
			unsigned __int128 v = op == 4 ? (unsigned __int128)x + y : (unsigned __int128)x - y;
			if (u) v += (uint64_t)1 << ((8u << esz) - 1);
			vse(&r, esz, part * half + i, (uint64_t)(v >> (8u << esz)) & emask(esz));
		}
		vw(cp, F_RD(insn), r, part ? 16 : 8);
		return 0;
	}
	for (unsigned i = 0; i < half; i++) {
		uint64_t x = (op == 1 || op == 3) ? ve(&a, w, i) : ve(&a, esz, part * half + i);
		uint64_t y = ve(&b, esz, part * half + i), acc = ve(&d, w, i), v;
		__int128 X = (op == 1 || op == 3) ? (u ? (__int128)x : sxt(x, w)) : (u ? (__int128)x : sxt(x, esz));
		__int128 Y = u ? (__int128)y : sxt(y, esz), ad = X > Y ? X - Y : Y - X;
		switch (op) {
		case 0: case 1: v = (uint64_t)(X + Y); break;
		case 2: case 3: v = (uint64_t)(X - Y); break;
		case 5: v = acc + (uint64_t)ad; break;
		case 7: v = (uint64_t)ad; break;
		default: v = vi_long_mul(op, u, esz, x, y, acc, &sat); break;
		}
		vse(&r, w, i, v & emask(w));
	}
	vw(cp, F_RD(insn), r, sc ? 8 : 16);
	set_qc(cp, sat);
	return 0;
}

#define ROW(name) SIMD_ROW(name, diff_valid, diff_exec)
ROW(SADDL) ROW(UADDL) ROW(SADDW) ROW(UADDW) ROW(SSUBL) ROW(USUBL) ROW(SSUBW) ROW(USUBW)
ROW(ADDHN) ROW(RADDHN) ROW(SABAL) ROW(UABAL) ROW(SUBHN) ROW(RSUBHN) ROW(SABDL) ROW(UABDL)
ROW(SMLAL_vec) ROW(UMLAL_vec) ROW(SQDMLAL_vec) ROW(SMLSL_vec) ROW(UMLSL_vec) ROW(SQDMLSL_vec)
ROW(SMULL_vec) ROW(UMULL_vec) ROW(SQDMULL_vec)
ROW(S_SQDMLAL) ROW(S_SQDMLSL) ROW(S_SQDMULL)
