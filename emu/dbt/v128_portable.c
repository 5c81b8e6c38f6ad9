/* emu/dbt/v128_portable.c: the V128 kinds (ir_v128.h) in portable C, from
 * FIPS-197 (AES) and FIPS-180-4 (SHA-1, SHA-256).  Used when the host lacks
 * the instructions or DM_HOST_NO_CRYPTO=1; the definition the host paths
 * are tested against.  AES multiplies by table, not bit by bit. */
#include <string.h>

#include "emu/dbt/ir_v128.h"

typedef union { uint8_t b[16]; uint16_t h[8]; uint32_t s[4]; uint64_t d[2]; } v128;

static uint8_t sbox[256], inv_sbox[256];
static uint8_t mul[6][256];   /* GF(2^8) products by 2, 3, 9, 11, 13, 14 */
static const uint8_t mul_by[6] = { 2, 3, 9, 11, 13, 14 };

/* exp/log over the generator 3 give inverses and products without loops over bits */
__attribute__((constructor)) static void aes_tables(void)
{
	uint8_t exp[255], log[256] = { 0 };
	uint8_t x = 1;
	for (int i = 0; i < 255; i++) {
		exp[i] = x;
		log[x] = (uint8_t)i;
		x ^= (uint8_t)((x << 1) ^ ((x & 0x80) ? 0x1b : 0));   /* x * 3 */
	}
	for (int v = 0; v < 256; v++) {
		uint8_t inv = v ? exp[(255 - log[v]) % 255] : 0;
		uint8_t s = inv;
		for (int k = 1; k < 5; k++) s ^= (uint8_t)((inv << k) | (inv >> (8 - k)));
		s ^= 0x63;
		sbox[v] = s;
		inv_sbox[s] = (uint8_t)v;
		for (int m = 0; m < 6; m++) mul[m][v] = v ? exp[(log[v] + log[mul_by[m]]) % 255] : 0;
	}
}

static void aes_sub_shift(v128 *r, const v128 *s, bool inv)
{
	/* byte i is row i % 4, column i / 4; row r rotates left by r columns */
	for (int c = 0; c < 4; c++)
		for (int row = 0; row < 4; row++) {
			if (!inv) r->b[row + 4 * c] = sbox[s->b[row + 4 * ((c + row) & 3)]];
			else r->b[row + 4 * ((c + row) & 3)] = inv_sbox[s->b[row + 4 * c]];
		}
}

static void aes_mix(v128 *r, const v128 *s, bool inv)
{
	const uint8_t *m2 = mul[0], *m3 = mul[1], *m9 = mul[2], *mb = mul[3], *md = mul[4], *me = mul[5];
	for (int c = 0; c < 4; c++) {
		const uint8_t *x = &s->b[4 * c];
		uint8_t *y = &r->b[4 * c];
		if (!inv) {
			y[0] = m2[x[0]] ^ m3[x[1]] ^ x[2] ^ x[3];
			y[1] = x[0] ^ m2[x[1]] ^ m3[x[2]] ^ x[3];
			y[2] = x[0] ^ x[1] ^ m2[x[2]] ^ m3[x[3]];
			y[3] = m3[x[0]] ^ x[1] ^ x[2] ^ m2[x[3]];
		} else {
			y[0] = me[x[0]] ^ mb[x[1]] ^ md[x[2]] ^ m9[x[3]];
			y[1] = m9[x[0]] ^ me[x[1]] ^ mb[x[2]] ^ md[x[3]];
			y[2] = md[x[0]] ^ m9[x[1]] ^ me[x[2]] ^ mb[x[3]];
			y[3] = mb[x[0]] ^ md[x[1]] ^ m9[x[2]] ^ me[x[3]];
		}
	}
}

static unsigned __int128 clmul64(uint64_t a, uint64_t b)
{
	unsigned __int128 r = 0;
	for (int i = 0; i < 64; i++)
		if ((b >> i) & 1) r ^= (unsigned __int128)a << i;
	return r;
}

static uint16_t clmul8(uint8_t a, uint8_t b)
{
	uint16_t r = 0;
	for (int i = 0; i < 8; i++)
		if ((b >> i) & 1) r ^= (uint16_t)(a << i);
	return r;
}

static uint32_t rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void sha1_rounds(v128 *x, uint32_t e, const v128 *w, unsigned f)
{
	for (int i = 0; i < 4; i++) {
		uint32_t a = x->s[0], b = x->s[1], c = x->s[2], d = x->s[3];
		uint32_t t = f == 0 ? (b & c) | (~b & d) : f == 1 ? b ^ c ^ d : (b & c) | (b & d) | (c & d);
		uint32_t na = e + rol(a, 5) + t + w->s[i];
		e = d;
		x->s[3] = c; x->s[2] = rol(b, 30); x->s[1] = a; x->s[0] = na;
	}
}

static void sha256_rounds(v128 *abcd, v128 *efgh, const v128 *w)
{
	for (int i = 0; i < 4; i++) {
		uint32_t a = abcd->s[0], b = abcd->s[1], c = abcd->s[2], d = abcd->s[3];
		uint32_t e = efgh->s[0], f = efgh->s[1], g = efgh->s[2], h = efgh->s[3];
		uint32_t t1 = h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + w->s[i];
		uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		*efgh = (v128){ .s = { d + t1, e, f, g } };
		*abcd = (v128){ .s = { t1 + t2, a, b, c } };
	}
}

static uint32_t sig0(uint32_t v) { return ror(v, 7) ^ ror(v, 18) ^ (v >> 3); }
static uint32_t sig1(uint32_t v) { return ror(v, 17) ^ ror(v, 19) ^ (v >> 10); }

void dm_v128_exec_portable(void *cpu, uint64_t imm)
{
	uint8_t *st = cpu;
	v128 d, a, b, r;
	memcpy(&d, st + dm_v128_d(imm), 16);
	memcpy(&a, st + dm_v128_a(imm), 16);
	memcpy(&b, st + dm_v128_b(imm), 16);
	r = d;
	switch ((enum dm_v128_kind)dm_v128_kind(imm)) {
	case DM_V128_AESE: case DM_V128_AESD:
		a.d[0] ^= b.d[0];
		a.d[1] ^= b.d[1];
		aes_sub_shift(&r, &a, dm_v128_kind(imm) == DM_V128_AESD);
		break;
	case DM_V128_AESMC: aes_mix(&r, &a, false); break;
	case DM_V128_AESIMC: aes_mix(&r, &a, true); break;
	case DM_V128_CLMUL_LO: case DM_V128_CLMUL_HI: {
		unsigned h = dm_v128_kind(imm) == DM_V128_CLMUL_HI;
		unsigned __int128 p = clmul64(a.d[h], b.d[h]);
		r.d[0] = (uint64_t)p;
		r.d[1] = (uint64_t)(p >> 64);
		break;
	}
	case DM_V128_PMUL8_LO: case DM_V128_PMUL8_HI: {
		unsigned h = dm_v128_kind(imm) == DM_V128_PMUL8_HI ? 8 : 0;
		for (int i = 0; i < 8; i++) r.h[i] = clmul8(a.b[h + i], b.b[h + i]);
		break;
	}
	case DM_V128_SHA1C: case DM_V128_SHA1P: case DM_V128_SHA1M:
		sha1_rounds(&r, a.s[0], &b, dm_v128_kind(imm) - DM_V128_SHA1C);
		break;
	case DM_V128_SHA1H: r = (v128){ .s = { rol(a.s[0], 30), 0, 0, 0 } }; break;
	case DM_V128_SHA1SU0:
		r.d[0] = d.d[1] ^ d.d[0] ^ b.d[0];
		r.d[1] = a.d[0] ^ d.d[1] ^ b.d[1];
		break;
	case DM_V128_SHA1SU1: {
		uint32_t t[4] = { d.s[0] ^ a.s[1], d.s[1] ^ a.s[2], d.s[2] ^ a.s[3], d.s[3] };
		for (int i = 0; i < 4; i++) r.s[i] = rol(t[i], 1);
		r.s[3] ^= rol(t[0], 2);
		break;
	}
	case DM_V128_SHA256H: sha256_rounds(&r, &a, &b); break;
	case DM_V128_SHA256H2: sha256_rounds(&a, &r, &b); break;
	case DM_V128_SHA256SU0: {
		uint32_t t[4] = { d.s[1], d.s[2], d.s[3], a.s[0] };
		for (int i = 0; i < 4; i++) r.s[i] = d.s[i] + sig0(t[i]);
		break;
	}
	case DM_V128_SHA256SU1: {
		uint32_t t[4] = { a.s[1], a.s[2], a.s[3], b.s[0] };
		for (int i = 0; i < 2; i++) r.s[i] = d.s[i] + t[i] + sig1(b.s[2 + i]);
		for (int i = 2; i < 4; i++) r.s[i] = d.s[i] + t[i] + sig1(r.s[i - 2]);
		break;
	}
	case DM_V128_NKINDS: break;
	}
	memcpy(st + dm_v128_d(imm), &r, 16);
}
