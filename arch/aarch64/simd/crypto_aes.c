/* arch/aarch64/simd/crypto_aes.c: "Cryptographic AES": AESE, AESD, AESMC,
 * AESIMC (FEAT_AES).  Plain C from FIPS-197; the byte order of the state
 * matches (byte i of V is state row i%4, column i/4).  A JIT can lower these
 * to AES-NI (aesenclast/aesdeclast with a zero key). */
#include "arch/aarch64/simd/simd_tr.h"

static uint8_t sbox[256], inv_sbox[256];

static uint8_t xt(uint8_t a) { return (uint8_t)((a << 1) ^ ((a & 0x80) ? 0x1b : 0)); }

static uint8_t gmul(uint8_t a, uint8_t b)
{
	uint8_t r = 0;
	for (; b; b >>= 1, a = xt(a))
		if (b & 1) r ^= a;
	return r;
}

/* the S-box from its definition: multiplicative inverse, then the affine map */
__attribute__((constructor)) static void aes_tables(void)
{
	for (int x = 0; x < 256; x++) {
		uint8_t inv = 0;
		for (int y = 1; y < 256 && x; y++)
			if (gmul((uint8_t)x, (uint8_t)y) == 1) { inv = (uint8_t)y; break; }
		uint8_t s = inv;
		for (int k = 1; k < 5; k++) s ^= (uint8_t)((inv << k) | (inv >> (8 - k)));
		s ^= 0x63;
		sbox[x] = s;
		inv_sbox[s] = (uint8_t)x;
	}
}

static uint64_t aes_exec(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct a64_cpu *cp = CPU(cpu);
	unsigned op = (insn >> 12) & 3;
	vreg n = vr(cp, F_RN(insn)), d = vr(cp, F_RD(insn)), r;
	switch (op) {
	case 0: case 1:  /* AESE / AESD: AddRoundKey, (Inv)ShiftRows, (Inv)SubBytes */
		for (int i = 0; i < 16; i++) d.b[i] ^= n.b[i];
		for (int c = 0; c < 4; c++)
			for (int row = 0; row < 4; row++) {
				if (op == 0) r.b[row + 4 * c] = sbox[d.b[row + 4 * ((c + row) & 3)]];
				else r.b[row + 4 * ((c + row) & 3)] = inv_sbox[d.b[row + 4 * c]];
			}
		break;
	default: {       /* AESMC / AESIMC */
		static const uint8_t mc[2][4] = { { 2, 3, 1, 1 }, { 14, 11, 13, 9 } };
		const uint8_t *k = mc[op - 2];
		for (int c = 0; c < 4; c++)
			for (int row = 0; row < 4; row++) {
				uint8_t v = 0;
				for (int j = 0; j < 4; j++) v ^= gmul(n.b[4 * c + j], k[(j - row) & 3]);
				r.b[4 * c + row] = v;
			}
		break;
	}
	}
	vw(cp, F_RD(insn), r, 16);
	return 0;
}

static bool aes_valid(uint32_t insn) { return true; }

SIMD_ROW(AESE, aes_valid, aes_exec)
SIMD_ROW(AESD, aes_valid, aes_exec)
SIMD_ROW(AESMC, aes_valid, aes_exec)
SIMD_ROW(AESIMC, aes_valid, aes_exec)
