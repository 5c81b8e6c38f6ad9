/* arch/aarch64/simd/simd_permute.c: "Advanced SIMD permute" (UZP1/2,
 * TRN1/2, ZIP1/2: plain IR), "extract" (EXT) and "table lookup" (TBL, TBX
 * with one to four table registers). */
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_ir.h"

static bool perm_valid(uint32_t insn) { return !(F_SIZE(insn) == 3 && !F_Q(insn)) && ((insn >> 12) & 3); }

/* the 32-bit chunk c (0..3) of a register's halves h[] */
static dm_temp chunk(struct a64_tr *t, const dm_temp h[2], unsigned c)
{
	return (c & 1) ? a64_op2i(t, DM_IR_SHR, 8, h[c >> 1], 32) : h[c >> 1];
}

/* UZP, TRN, ZIP as SWAR IR on 64-bit halves (part p: 1 for the "2" forms).
 * .2D: all three give n[p] : m[p].  UZP packs the even (p: odd) lanes of
 * n:m two halves at a time; TRN merges the even lanes of one operand with
 * the other's shifted by a lane; ZIP interleaves a 32-bit chunk of n with
 * the same chunk of m (chunk p for 64-bit vectors, 2p and 2p+1 for 128). */
static void emit_perm(struct a64_tr *t, uint32_t insn)
{
	unsigned esz = F_SIZE(insn), op = (insn >> 12) & 7, p = op >> 2, bits = 8u << esz;
	bool q = F_Q(insn);
	dm_temp n[2], m[2], r[2] = { 0, 0 };
	vir_get(t, F_RN(insn), q, n);
	vir_get(t, F_RM(insn), q, m);
	if (esz == 3) {
		r[0] = n[p];
		r[1] = m[p];
	} else if ((op & 3) == 1) {
		dm_temp src[4] = { n[0], q ? n[1] : m[0], m[0], m[1] };
		for (unsigned k = 0; k <= q; k++) {
			dm_temp lo = src[2 * k], hi = src[2 * k + 1];
			if (p) { lo = a64_op2i(t, DM_IR_SHR, 8, lo, bits); hi = a64_op2i(t, DM_IR_SHR, 8, hi, bits); }
			r[k] = a64_op2(t, DM_IR_OR, 8, vir_pack_even(t, esz, lo), a64_op2i(t, DM_IR_SHL, 8, vir_pack_even(t, esz, hi), 32));
		}
	} else if ((op & 3) == 2) {
		uint64_t even = ((1ull << bits) - 1) * vir_unit(esz + 1);
		for (unsigned k = 0; k <= q; k++) {
			dm_temp x = p ? a64_op2i(t, DM_IR_SHR, 8, n[k], bits) : n[k];
			dm_temp y = p ? m[k] : a64_op2i(t, DM_IR_SHL, 8, m[k], bits);
			r[k] = a64_op2(t, DM_IR_OR, 8, a64_op2i(t, DM_IR_AND, 8, x, even), a64_op2i(t, DM_IR_AND, 8, y, ~even));
		}
	} else {
		for (unsigned k = 0; k <= q; k++) {
			unsigned c = q ? 2 * p + k : p;
			dm_temp y = a64_op2i(t, DM_IR_SHL, 8, vir_unpack_even(t, esz, chunk(t, m, c)), bits);
			r[k] = a64_op2(t, DM_IR_OR, 8, vir_unpack_even(t, esz, chunk(t, n, c)), y);
		}
	}
	vir_put(t, F_RD(insn), q, r);
}

#define PROW(name) A64_INSN(name) { if (!perm_valid(insn)) return false; emit_perm(t, insn); return true; }
PROW(UZP1) PROW(TRN1) PROW(ZIP1) PROW(UZP2) PROW(TRN2) PROW(ZIP2)

static bool ext_valid(uint32_t insn) { return F_Q(insn) || !((insn >> 14) & 1); }

static uint64_t ext_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned bytes = F_Q(insn) ? 16 : 8, pos = (insn >> 11) & 15;
	vreg n = vr(cp, F_RN(insn)), m = vr(cp, F_RM(insn)), r = { 0 };
	for (unsigned i = 0; i < bytes; i++) {
		unsigned k = pos + i;
		r.b[i] = k < bytes ? n.b[k] : m.b[k - bytes];
	}
	vw(cp, F_RD(insn), r, bytes);
	return 0;
}

SIMD_ROW(EXT, ext_valid, ext_exec)

static bool tbl_valid(uint32_t insn) { return true; }

static uint64_t tbl_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned bytes = F_Q(insn) ? 16 : 8, len = ((insn >> 13) & 3) + 1, rn = F_RN(insn);
	bool tbx = (insn >> 12) & 1;
	uint8_t table[64];
	for (unsigned k = 0; k < len; k++) memcpy(table + 16 * k, cp->v[(rn + k) & 31], 16);
	vreg idx = vr(cp, F_RM(insn)), r = tbx ? vr(cp, F_RD(insn)) : (vreg){ 0 };
	for (unsigned i = 0; i < bytes; i++)
		if (idx.b[i] < 16 * len) r.b[i] = table[idx.b[i]];
	vw(cp, F_RD(insn), r, bytes);
	return 0;
}

SIMD_ROW(TBL, tbl_valid, tbl_exec)
SIMD_ROW(TBX, tbl_valid, tbl_exec)
