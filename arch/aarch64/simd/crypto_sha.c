/* arch/aarch64/simd/crypto_sha.c: "Cryptographic three-register SHA" and
 * "two-register SHA": SHA1C/P/M/H/SU0/SU1, SHA256H/H2/SU0/SU1 (FEAT_SHA1,
 * FEAT_SHA256), written from the Arm ARM pseudocode. */
#include "arch/aarch64/simd/simd_tr.h"

static uint32_t rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void sha1_rounds(vreg *x, uint32_t y, const vreg *w, int kind)
{
	for (int e = 0; e < 4; e++) {
		uint32_t b = x->s[1], c = x->s[2], d = x->s[3];
		uint32_t t = kind == 0 ? (b & c) | (~b & d) : kind == 1 ? b ^ c ^ d : (b & c) | (b & d) | (c & d);
		y = y + rol(x->s[0], 5) + t + w->s[e];
		x->s[1] = rol(x->s[1], 30);
		uint32_t top = x->s[3];  /* <Y, X> = ROL(Y:X, 32) */
		x->s[3] = x->s[2]; x->s[2] = x->s[1]; x->s[1] = x->s[0]; x->s[0] = y;
		y = top;
	}
}

static void sha256_rounds(vreg *x, vreg *y, const vreg *w)
{
	for (int e = 0; e < 4; e++) {
		uint32_t chs = (y->s[0] & y->s[1]) | (~y->s[0] & y->s[2]);
		uint32_t maj = (x->s[0] & x->s[1]) | (x->s[0] & x->s[2]) | (x->s[1] & x->s[2]);
		uint32_t t1 = y->s[3] + (ror(y->s[0], 6) ^ ror(y->s[0], 11) ^ ror(y->s[0], 25)) + chs + w->s[e];
		x->s[3] += t1;
		y->s[3] = t1 + (ror(x->s[0], 2) ^ ror(x->s[0], 13) ^ ror(x->s[0], 22)) + maj;
		uint32_t xt = x->s[3], yt = y->s[3];  /* <Y, X> = ROL(Y:X, 32) */
		memmove(&x->s[1], &x->s[0], 12); x->s[0] = yt;
		memmove(&y->s[1], &y->s[0], 12); y->s[0] = xt;
	}
}

static uint32_t s0(uint32_t v) { return ror(v, 7) ^ ror(v, 18) ^ (v >> 3); }
static uint32_t s1(uint32_t v) { return ror(v, 17) ^ ror(v, 19) ^ (v >> 10); }

static uint64_t sha3_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = (insn >> 12) & 7;
	vreg d = vr(cp, F_RD(insn)), n = vr(cp, F_RN(insn)), m = vr(cp, F_RM(insn)), r = d;
	switch (op) {
	case 0: case 1: case 2: sha1_rounds(&r, n.s[0], &m, op); break;
	case 3:  /* SHA1SU0 */
		r.d[0] = d.d[1] ^ d.d[0] ^ m.d[0];
		r.d[1] = n.d[0] ^ d.d[1] ^ m.d[1];
		break;
	case 4: sha256_rounds(&r, &n, &m); break;
	case 5: { vreg x = n; sha256_rounds(&x, &r, &m); break; }
	default: {  /* SHA256SU1 */
		uint32_t t0[4] = { n.s[1], n.s[2], n.s[3], m.s[0] };
		for (int e = 0; e < 2; e++) r.s[e] = s1(m.s[2 + e]) + d.s[e] + t0[e];
		for (int e = 2; e < 4; e++) r.s[e] = s1(r.s[e - 2]) + d.s[e] + t0[e];
		break;
	}
	}
	vw(cp, F_RD(insn), r, 16);
	return 0;
}

static uint64_t sha2_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = (insn >> 12) & 31;
	vreg d = vr(cp, F_RD(insn)), n = vr(cp, F_RN(insn)), r = { 0 };
	if (op == 0) {  /* SHA1H */
		r.s[0] = rol(n.s[0], 30);
	} else if (op == 1) {  /* SHA1SU1 */
		uint32_t t[4] = { d.s[0] ^ n.s[1], d.s[1] ^ n.s[2], d.s[2] ^ n.s[3], d.s[3] };
		for (int e = 0; e < 4; e++) r.s[e] = rol(t[e], 1);
		r.s[3] ^= rol(t[0], 2);
	} else {  /* SHA256SU0 */
		uint32_t t[4] = { d.s[1], d.s[2], d.s[3], n.s[0] };
		for (int e = 0; e < 4; e++) r.s[e] = s0(t[e]) + d.s[e];
	}
	vw(cp, F_RD(insn), r, 16);
	return 0;
}

static bool sha_valid(uint32_t insn) { return true; }

SIMD_ROW(SHA1C, sha_valid, sha3_exec)
SIMD_ROW(SHA1P, sha_valid, sha3_exec)
SIMD_ROW(SHA1M, sha_valid, sha3_exec)
SIMD_ROW(SHA1SU0, sha_valid, sha3_exec)
SIMD_ROW(SHA256H, sha_valid, sha3_exec)
SIMD_ROW(SHA256H2, sha_valid, sha3_exec)
SIMD_ROW(SHA256SU1, sha_valid, sha3_exec)
SIMD_ROW(SHA1H, sha_valid, sha2_exec)
SIMD_ROW(SHA1SU1, sha_valid, sha2_exec)
SIMD_ROW(SHA256SU0, sha_valid, sha2_exec)
