/* arch/aarch64/simd/crypto_sha512.c: FEAT_SHA512 (SHA512H, SHA512H2,
 * SHA512SU0, SHA512SU1) and FEAT_SHA3 (EOR3, RAX1, XAR, BCAX), written from
 * the Arm ARM pseudocode.  All work on whole 128-bit registers. */
#include "arch/aarch64/simd/simd_tr.h"

static uint64_t ror64(uint64_t x, unsigned n) { return n ? (x >> n) | (x << (64 - n)) : x; }
static uint64_t sigma1_big(uint64_t x) { return ror64(x, 14) ^ ror64(x, 18) ^ ror64(x, 41); }
static uint64_t sigma0_big(uint64_t x) { return ror64(x, 28) ^ ror64(x, 34) ^ ror64(x, 39); }
static uint64_t sigma0_small(uint64_t x) { return ror64(x, 1) ^ ror64(x, 8) ^ (x >> 7); }
static uint64_t sigma1_small(uint64_t x) { return ror64(x, 19) ^ ror64(x, 61) ^ (x >> 6); }

/* "Cryptographic three-register SHA512": opcode bits 11..10 pick SHA512H,
 * SHA512H2, SHA512SU1, RAX1 */
static uint64_t sha512_3_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	vreg x = vr(cp, F_RN(insn)), y = vr(cp, F_RM(insn)), w = vr(cp, F_RD(insn)), r;
	switch ((insn >> 10) & 3) {
	case 0: {   /* SHA512H */
		uint64_t hi = ((y.d[1] & x.d[0]) ^ (~y.d[1] & x.d[1])) + sigma1_big(y.d[1]) + w.d[1];
		uint64_t tmp = hi + y.d[0];
		r.d[1] = hi;
		r.d[0] = ((tmp & y.d[1]) ^ (~tmp & x.d[0])) + sigma1_big(tmp) + w.d[0];
		break;
	}
	case 1: {   /* SHA512H2 */
		uint64_t hi = ((x.d[0] & y.d[1]) ^ (x.d[0] & y.d[0]) ^ (y.d[1] & y.d[0])) + sigma0_big(y.d[0]) + w.d[1];
		r.d[1] = hi;
		r.d[0] = ((hi & y.d[0]) ^ (hi & y.d[1]) ^ (y.d[1] & y.d[0])) + sigma0_big(hi) + w.d[0];
		break;
	}
	case 2:     /* SHA512SU1 */
		for (int e = 0; e < 2; e++) r.d[e] = w.d[e] + sigma1_small(x.d[e]) + y.d[e];
		break;
	default:    /* RAX1 */
		for (int e = 0; e < 2; e++) r.d[e] = x.d[e] ^ ror64(y.d[e], 63);
		break;
	}
	vw(cp, F_RD(insn), r, 16);
	return 0;
}

static uint64_t sha512su0_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	vreg w = vr(cp, F_RD(insn)), x = vr(cp, F_RN(insn)), r;
	r.d[0] = w.d[0] + sigma0_small(w.d[1]);
	r.d[1] = w.d[1] + sigma0_small(x.d[0]);
	vw(cp, F_RD(insn), r, 16);
	return 0;
}

/* "Cryptographic four-register": EOR3 (bits 22..21 = 00), BCAX (01) */
static uint64_t four_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	vreg n = vr(cp, F_RN(insn)), m = vr(cp, F_RM(insn)), a = vr(cp, (insn >> 10) & 31), r;
	bool bcax = (insn >> 21) & 1;
	for (int e = 0; e < 2; e++) r.d[e] = bcax ? n.d[e] ^ (m.d[e] & ~a.d[e]) : n.d[e] ^ m.d[e] ^ a.d[e];
	vw(cp, F_RD(insn), r, 16);
	return 0;
}

static uint64_t xar_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	vreg n = vr(cp, F_RN(insn)), m = vr(cp, F_RM(insn)), r;
	for (int e = 0; e < 2; e++) r.d[e] = ror64(n.d[e] ^ m.d[e], (insn >> 10) & 63);
	vw(cp, F_RD(insn), r, 16);
	return 0;
}

static bool any(uint32_t insn) { return true; }

SIMD_ROW(SHA512H, any, sha512_3_exec)
SIMD_ROW(SHA512H2, any, sha512_3_exec)
SIMD_ROW(SHA512SU1, any, sha512_3_exec)
SIMD_ROW(RAX1, any, sha512_3_exec)
SIMD_ROW(SHA512SU0, any, sha512su0_exec)
SIMD_ROW(EOR3, any, four_exec)
SIMD_ROW(BCAX, any, four_exec)
SIMD_ROW(XAR, any, xar_exec)
