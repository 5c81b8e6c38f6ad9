/* arch/aarch64/simd/simd_permute.c: "Advanced SIMD permute" (UZP1/2,
 * TRN1/2, ZIP1/2), "extract" (EXT) and "table lookup" (TBL, TBX with one to
 * four table registers). */
#include "arch/aarch64/simd/simd_tr.h"

static bool perm_valid(uint32_t insn) { return !(F_SIZE(insn) == 3 && !F_Q(insn)) && ((insn >> 12) & 3); }

static uint64_t perm_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned esz = F_SIZE(insn), op = (insn >> 12) & 7, part = op >> 2, bytes = F_Q(insn) ? 16 : 8;
	unsigned nel = bytes >> esz, half = nel / 2;
	vreg n = vr(cp, F_RN(insn)), m = vr(cp, F_RM(insn)), r = { 0 };
	for (unsigned i = 0; i < nel; i++) {
		uint64_t v;
		switch (op & 3) {
		case 1: {  /* UZP: even (or odd) elements of n:m */
			unsigned k = 2 * i + part;
			v = k < nel ? ve(&n, esz, k) : ve(&m, esz, k - nel);
			break;
		}
		case 2:    /* TRN */
			v = (i & 1) ? ve(&m, esz, (i & ~1u) + part) : ve(&n, esz, i + part);
			break;
		default:   /* ZIP */
			v = (i & 1) ? ve(&m, esz, part * half + i / 2) : ve(&n, esz, part * half + i / 2);
			break;
		}
		vse(&r, esz, i, v);
	}
	vw(cp, F_RD(insn), r, bytes);
	return 0;
}

SIMD_ROW(UZP1, perm_valid, perm_exec)
SIMD_ROW(TRN1, perm_valid, perm_exec)
SIMD_ROW(ZIP1, perm_valid, perm_exec)
SIMD_ROW(UZP2, perm_valid, perm_exec)
SIMD_ROW(TRN2, perm_valid, perm_exec)
SIMD_ROW(ZIP2, perm_valid, perm_exec)

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
