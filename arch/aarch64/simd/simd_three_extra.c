/* arch/aarch64/simd/simd_three_extra.c: "Advanced SIMD three same (extra)",
 * its scalar twin and the by-element forms of the same operations:
 * SQRDMLAH/SQRDMLSH (FEAT_RDM), SDOT/UDOT (FEAT_DotProd), USDOT/SUDOT and
 * SMMLA/UMMLA/USMMLA (FEAT_I8MM).  From the Arm ARM pseudocode. */
#include "arch/aarch64/simd/simd_tr.h"

#define OPC(i) (((i) >> 11) & 15)

/* SQRDMLAH / SQRDMLSH of one element: (acc << esize) +- 2*n*m + rounding,
 * saturated, high half (Arm ARM SQRDMLAH, "rounding_const"). */
static uint64_t rdml(uint64_t acc, uint64_t n, uint64_t m, unsigned esz, bool sub, bool *sat)
{
	unsigned bits = 8u << esz;
	__int128 prod = (__int128)sxt(n, esz) * sxt(m, esz) * 2;
	__int128 v = ((__int128)sxt(acc, esz) << bits) + (sub ? -prod : prod) + ((__int128)1 << (bits - 1));
	return satq(v >> bits, esz, false, sat);
}

/* one 32-bit lane of a dot product: four byte products, each byte signed
 * or not as the instruction says */
static uint32_t dot4(uint32_t acc, const uint8_t *n, const uint8_t *m, bool n_signed, bool m_signed)
{
	for (int k = 0; k < 4; k++)
		acc += (uint32_t)((n_signed ? (int32_t)(int8_t)n[k] : (int32_t)n[k]) * (m_signed ? (int32_t)(int8_t)m[k] : (int32_t)m[k]));
	return acc;
}

static bool extra_valid(uint32_t insn)
{
	unsigned op = OPC(insn), size = F_SIZE(insn), u = F_U(insn), q = F_Q(insn);
	if (F_SCALAR(insn)) return u && op <= 1 && (size == 1 || size == 2);
	switch (op) {
	case 0: case 1: return u && (size == 1 || size == 2);   /* SQRDMLAH, SQRDMLSH */
	case 2: return size == 2;                                /* SDOT, UDOT */
	case 3: return !u && size == 2;                          /* USDOT */
	case 4: return q && size == 2;                           /* SMMLA, UMMLA */
	case 5: return !u && q && size == 2;                     /* USMMLA */
	default: return false;
	}
}

static uint64_t extra_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = OPC(insn), size = F_SIZE(insn), u = F_U(insn), sc = F_SCALAR(insn);
	unsigned bytes = sc ? 8 : F_Q(insn) ? 16 : 8;
	vreg n = vr(cp, F_RN(insn)), m = vr(cp, F_RM(insn)), d = vr(cp, F_RD(insn)), r = { 0 };
	bool sat = false;
	switch (op) {
	case 0: case 1: {
		unsigned nel = sc ? 1 : bytes >> size;
		for (unsigned i = 0; i < nel; i++)
			vse(&r, size, i, rdml(ve(&d, size, i), ve(&n, size, i), ve(&m, size, i), size, op == 1, &sat));
		if (sc) bytes = 8;   /* the scalar result is one element, the rest zero */
		break;
	}
	case 2: case 3:
		for (unsigned i = 0; i < bytes / 4; i++)
			r.s[i] = dot4(d.s[i], &n.b[4 * i], &m.b[4 * i], op == 2 && !u, op == 3 || !u);
		break;
	default:   /* 2x8 by 8x2 matrix product into a 2x2 matrix of 32-bit lanes */
		for (int i = 0; i < 2; i++)
			for (int j = 0; j < 2; j++) {
				bool ns = op == 4 && !u, ms = op == 5 || !u;
				uint32_t acc = d.s[2 * i + j];
				acc = dot4(acc, &n.b[8 * i], &m.b[8 * j], ns, ms);
				r.s[2 * i + j] = dot4(acc, &n.b[8 * i + 4], &m.b[8 * j + 4], ns, ms);
			}
		break;
	}
	vw(cp, F_RD(insn), r, bytes);
	set_qc(cp, sat);
	return 0;
}

/* by element: opcode bits 15..12 = 1101 SQRDMLAH, 1111 with U=1 SQRDMLSH,
 * 1110 SDOT/UDOT, 1111 with U=0 SUDOT (size 00) / USDOT (size 10) */
#define EOPC(i) (((i) >> 12) & 15)

static bool elem_valid(uint32_t insn)
{
	unsigned op = EOPC(insn), size = F_SIZE(insn), u = F_U(insn);
	if (F_SCALAR(insn)) return u && (op == 13 || op == 15) && (size == 1 || size == 2);
	if (op == 13 || (op == 15 && u)) return u && (size == 1 || size == 2);
	if (op == 14) return size == 2;
	return op == 15 && (size == 0 || size == 2);
}

static uint64_t elem_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = EOPC(insn), size = F_SIZE(insn), u = F_U(insn), sc = F_SCALAR(insn);
	unsigned H = (insn >> 11) & 1, L = (insn >> 21) & 1, M = (insn >> 20) & 1, rm = (insn >> 16) & 15;
	unsigned bytes = sc ? 8 : F_Q(insn) ? 16 : 8;
	vreg n = vr(cp, F_RN(insn)), d = vr(cp, F_RD(insn)), r = { 0 };
	bool sat = false;
	if (op == 13 || (op == 15 && u)) {
		unsigned idx = size == 1 ? (H << 2) | (L << 1) | M : (H << 1) | L;
		if (size != 1) rm |= M << 4;
		vreg m = vr(cp, rm);
		uint64_t y = ve(&m, size, idx);
		unsigned nel = sc ? 1 : bytes >> size;
		for (unsigned i = 0; i < nel; i++)
			vse(&r, size, i, rdml(ve(&d, size, i), ve(&n, size, i), y, size, op == 15, &sat));
	} else {
		vreg m = vr(cp, rm | M << 4);
		const uint8_t *y = &m.b[4 * ((H << 1) | L)];
		bool ns = op == 14 ? !u : size == 0, ms = op == 14 ? !u : size == 2;
		for (unsigned i = 0; i < bytes / 4; i++) r.s[i] = dot4(d.s[i], &n.b[4 * i], y, ns, ms);
	}
	vw(cp, F_RD(insn), r, bytes);
	set_qc(cp, sat);
	return 0;
}

#define ROW(name) SIMD_ROW(name, extra_valid, extra_exec)
ROW(SQRDMLAH_vec) ROW(SQRDMLSH_vec) ROW(SDOT_vec) ROW(UDOT_vec) ROW(USDOT_vec) ROW(SMMLA) ROW(UMMLA) ROW(USMMLA)
ROW(S_SQRDMLAH) ROW(S_SQRDMLSH)
#undef ROW
#define ROW(name) SIMD_ROW(name, elem_valid, elem_exec)
ROW(SQRDMLAH_elt) ROW(SQRDMLSH_elt) ROW(SDOT_elt) ROW(UDOT_elt) ROW(SUDOT_elt) ROW(USDOT_elt)
ROW(S_SQRDMLAH_elt) ROW(S_SQRDMLSH_elt)
