/* arch/aarch64/simd/simd_across.c: "Advanced SIMD across lanes" (ADDV,
 * [SU]ADDLV, [SU]MAXV, [SU]MINV, FMAXV, FMINV, FMAXNMV, FMINNMV) and
 * "Advanced SIMD scalar pairwise" (ADDP, FADDP, FMAXP, FMINP, FMAXNMP,
 * FMINNMP on a register's two elements). */
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_int.h"
#include "arch/aarch64/simd/vec_ir.h"

#define OPC(i) (((i) >> 12) & 31)

static bool across_valid(uint32_t insn)
{
	unsigned op = OPC(insn), size = F_SIZE(insn), u = F_U(insn), q = F_Q(insn);
	if (F_SCALAR(insn)) {  /* scalar pairwise */
		if (!u) return op == 27 && size == 3;
		return op == 12 || op == 15 || (op == 13 && !(size >> 1));
	}
	if (op == 12 || op == 15) return u && (size & 1) == 0 && q;  /* FP: 4S only */
	if (size == 3 || (size == 2 && !q)) return false;
	return op == 3 || op == 10 || op == 26 || (op == 27 && !u);
}

static uint64_t fp_reduce2(unsigned op, bool minf, int sz, uint64_t x, uint64_t y, struct fpst *s)
{
	if (op == 13) return fp_add(sz, x, y, s);
	if (op == 12) return minf ? fp_minnm(sz, x, y, s) : fp_maxnm(sz, x, y, s);
	return minf ? fp_min(sz, x, y, s) : fp_max(sz, x, y, s);
}

/* Arm reduces pairwise as a tree (Reduce()), which matters for FP. */
static uint64_t fp_reduce(unsigned op, bool minf, int sz, const uint64_t *e, unsigned n, struct fpst *s)
{
	if (n == 1) return e[0];
	uint64_t lo = fp_reduce(op, minf, sz, e, n / 2, s), hi = fp_reduce(op, minf, sz, e + n / 2, n / 2, s);
	return fp_reduce2(op, minf, sz, lo, hi, s);
}

static uint64_t across_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = OPC(insn), size = F_SIZE(insn), q = F_Q(insn);
	bool u = F_U(insn);
	vreg a = vr(cp, F_RN(insn)), r = { 0 };
	struct fpst s = fpst_of(cp);
	if (F_SCALAR(insn) || op == 12 || op == 15) {
		bool fp = !(op == 27), minf = size >> 1;
		int sz = F_SCALAR(insn) ? (fp ? 2 + (size & 1) : 3) : 2;
		unsigned n = F_SCALAR(insn) ? 2 : 4;
		uint64_t e[4];
		for (unsigned i = 0; i < n; i++) e[i] = ve(&a, sz, i);
		uint64_t v = fp ? fp_reduce(op, minf, sz, e, n, &s) : e[0] + e[1];
		vse(&r, sz, 0, v);
		vw(cp, F_RD(insn), r, 8);
		fpst_done(cp, &s);
		return 0;
	}
	unsigned nel = (q ? 16 : 8) >> size, rsz = size;
	__int128 acc = u ? (__int128)ve(&a, size, 0) : sxt(ve(&a, size, 0), size);
	for (unsigned i = 1; i < nel; i++) {
		__int128 x = u ? (__int128)ve(&a, size, i) : sxt(ve(&a, size, i), size);
		if (op == 3 || op == 27) acc += x;
		else if (op == 10) acc = x > acc ? x : acc;
		else acc = x < acc ? x : acc;
	}
	if (op == 3) rsz = size + 1;
	vse(&r, rsz, 0, (uint64_t)acc & emask(rsz));
	vw(cp, F_RD(insn), r, 8);
	return 0;
}

/* ADDP (scalar): D[d] = V[n].D[0] + V[n].D[1], plain IR */
A64_INSN(S_ADDP)
{
	if (!across_valid(insn)) return false;
	dm_temp s = a64_op2(t, DM_IR_ADD, 8, a64_vget(t, F_RN(insn), 0, 8), a64_vget(t, F_RN(insn), 8, 8));
	a64_vput(t, F_RD(insn), 0, 8, s);
	a64_vput(t, F_RD(insn), 8, 8, a64_const(t, 0));
	return true;
}

/* ADDV, [SU]MAXV, [SU]MINV as SWAR IR: the halves combined lane-wise, then
 * the 64-bit half with itself shifted down by 32, 16, ... bits until lane 0
 * holds the whole reduction (the upper lanes turn into junk, then dropped) */
static void emit_reduce(struct a64_tr *t, uint32_t insn)
{
	unsigned op = OPC(insn), esz = F_SIZE(insn), bits = 8u << esz;
	bool q = F_Q(insn), sign = !F_U(insn);
	dm_temp h[2];
	vir_get(t, F_RN(insn), q, h);
	dm_temp x = h[0];
	for (unsigned sh = q ? 64 : 32; sh >= bits; sh >>= 1) {
		dm_temp y = sh == 64 ? h[1] : a64_op2i(t, DM_IR_SHR, 8, x, sh);
		x = op == 27 ? vir_add(t, esz, x, y) : vir_max(t, esz, sign, op == 26, x, y);
	}
	a64_vput(t, F_RD(insn), 0, 8, a64_op2i(t, DM_IR_AND, 8, x, (1ull << bits) - 1));
	a64_vput(t, F_RD(insn), 8, 8, a64_const(t, 0));
}

#define VROW(name) A64_INSN(name) { if (!across_valid(insn)) return false; emit_reduce(t, insn); return true; }
VROW(SMAXV) VROW(UMAXV) VROW(SMINV) VROW(UMINV) VROW(ADDV)

#define ROW(name) SIMD_ROW(name, across_valid, across_exec)
ROW(SADDLV) ROW(UADDLV)
ROW(FMAXNMV) ROW(FMINNMV) ROW(FMAXV) ROW(FMINV)
ROW(S_FMAXNMP) ROW(S_FADDP) ROW(S_FMAXP) ROW(S_FMINNMP) ROW(S_FMINP)
