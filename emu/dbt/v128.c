/* emu/dbt/v128.c: the V128 op's definition (ir_v128.h): the host's AES-NI,
 * PCLMULQDQ and SHA-NI instructions when CPUID reports them, else the
 * portable C (v128_portable.c).  DM_HOST_NO_CRYPTO=1 forces the portable
 * path (the tests run both).
 *
 * Lane layouts: AES-NI's state is FIPS-197's column-major byte order, the
 * same as the slot's bytes, so AESE(a, b) = aesenclast(a ^ b, 0), AESD =
 * aesdeclast(a ^ b, 0), MixColumns(x) = aesenc(aesdeclast(x, 0), 0) and
 * InvMixColumns = aesimc.  SHA-NI keeps SHA-256 state as ABEF / CDGH with A
 * in the top lane and runs 2 rounds per sha256rnds2; SHA-1 as A..D with A in
 * the top lane, and sha1rnds4 adds the round constant K itself (the slot's W
 * already holds W + K, so K is subtracted first). */
#include <cpuid.h>
#include <immintrin.h>
#include <stdlib.h>
#include <string.h>

#include "emu/dbt/ir_v128.h"

static struct dm_host_crypto host;

__attribute__((constructor)) static void host_probe(void)
{
	unsigned a, b, c = 0, d;
	const char *e = getenv("DM_HOST_NO_CRYPTO");
	if (e && *e && *e != '0') return;
	if (__get_cpuid(1, &a, &b, &c, &d)) {
		host.aes = (c >> 25) & 1;
		host.pclmul = (c >> 1) & 1;
		host.sse42 = (c >> 20) & 1;
	}
	/* SHA-NI needs SSSE3 (pshufb) and SSE4.1 too, which every SHA-NI CPU has */
	if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) host.sha = (b >> 29) & 1;
}

const struct dm_host_crypto *dm_host_crypto(void) { return &host; }

bool dm_v128_host_has(unsigned k)
{
	switch ((enum dm_v128_kind)k) {
	case DM_V128_AESE: case DM_V128_AESD: case DM_V128_AESMC: case DM_V128_AESIMC: return host.aes;
	case DM_V128_CLMUL_LO: case DM_V128_CLMUL_HI: return host.pclmul;
	case DM_V128_SHA1C: case DM_V128_SHA1P: case DM_V128_SHA1M: case DM_V128_SHA1SU1:
	case DM_V128_SHA256H: case DM_V128_SHA256H2: case DM_V128_SHA256SU0: case DM_V128_SHA256SU1: return host.sha;
	default: return false;
	}
}

#define HOST __attribute__((target("aes,pclmul,sha,sse4.1,ssse3")))

HOST static __m128i sha1_rounds(__m128i abcd, __m128i e, __m128i wk, unsigned f)
{
	static const uint32_t K[3] = { 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc };
	__m128i w = _mm_sub_epi32(_mm_add_epi32(wk, _mm_cvtsi32_si128(_mm_cvtsi128_si32(e))), _mm_set1_epi32((int)K[f]));
	__m128i x = _mm_shuffle_epi32(abcd, 0x1b), y = _mm_shuffle_epi32(w, 0x1b);
	switch (f) {
	case 0: x = _mm_sha1rnds4_epu32(x, y, 0); break;
	case 1: x = _mm_sha1rnds4_epu32(x, y, 1); break;
	default: x = _mm_sha1rnds4_epu32(x, y, 2); break;
	}
	return _mm_shuffle_epi32(x, 0x1b);
}

/* 4 SHA-256 rounds; *abcd, *efgh in lane order A..D, E..H */
HOST static void sha256_rounds(__m128i *abcd, __m128i *efgh, __m128i wk)
{
	__m128i x = _mm_shuffle_epi32(*abcd, 0xb1), y = _mm_shuffle_epi32(*efgh, 0xb1);   /* B A D C, F E H G */
	__m128i abef = _mm_unpacklo_epi64(y, x), cdgh = _mm_unpackhi_epi64(y, x);         /* F E B A, H G D C */
	__m128i s1 = _mm_sha256rnds2_epu32(cdgh, abef, wk);
	__m128i s2 = _mm_sha256rnds2_epu32(abef, s1, _mm_unpackhi_epi64(wk, wk));
	/* s2 = new ABEF, s1 = new CDGH */
	*abcd = _mm_shuffle_epi32(_mm_unpackhi_epi64(s2, s1), 0xb1);
	*efgh = _mm_shuffle_epi32(_mm_unpacklo_epi64(s2, s1), 0xb1);
}

HOST static __m128i host_kind(unsigned k, __m128i d, __m128i a, __m128i b)
{
	const __m128i z = _mm_setzero_si128();
	switch ((enum dm_v128_kind)k) {
	case DM_V128_AESE: return _mm_aesenclast_si128(_mm_xor_si128(a, b), z);
	case DM_V128_AESD: return _mm_aesdeclast_si128(_mm_xor_si128(a, b), z);
	case DM_V128_AESMC: return _mm_aesenc_si128(_mm_aesdeclast_si128(a, z), z);
	case DM_V128_AESIMC: return _mm_aesimc_si128(a);
	case DM_V128_CLMUL_LO: return _mm_clmulepi64_si128(a, b, 0x00);
	case DM_V128_CLMUL_HI: return _mm_clmulepi64_si128(a, b, 0x11);
	case DM_V128_SHA1C: return sha1_rounds(d, a, b, 0);
	case DM_V128_SHA1P: return sha1_rounds(d, a, b, 1);
	case DM_V128_SHA1M: return sha1_rounds(d, a, b, 2);
	case DM_V128_SHA1SU1:   /* sha1msg2 works on lanes in reverse order */
		return _mm_shuffle_epi32(_mm_sha1msg2_epu32(_mm_shuffle_epi32(d, 0x1b), _mm_shuffle_epi32(a, 0x1b)), 0x1b);
	case DM_V128_SHA256H: sha256_rounds(&d, &a, b); return d;
	case DM_V128_SHA256H2: sha256_rounds(&a, &d, b); return d;
	case DM_V128_SHA256SU0: return _mm_sha256msg1_epu32(d, a);
	case DM_V128_SHA256SU1: return _mm_sha256msg2_epu32(_mm_add_epi32(d, _mm_alignr_epi8(b, a, 4)), b);
	default: return d;
	}
}

HOST static void exec_host(void *cpu, uint64_t imm)
{
	uint8_t *st = cpu;
	__m128i d = _mm_loadu_si128((const __m128i *)(st + dm_v128_d(imm)));
	__m128i a = _mm_loadu_si128((const __m128i *)(st + dm_v128_a(imm)));
	__m128i b = _mm_loadu_si128((const __m128i *)(st + dm_v128_b(imm)));
	_mm_storeu_si128((__m128i *)(st + dm_v128_d(imm)), host_kind(dm_v128_kind(imm), d, a, b));
}

void dm_v128_exec(void *cpu, uint64_t imm)
{
	if (dm_v128_host_has(dm_v128_kind(imm))) exec_host(cpu, imm);
	else dm_v128_exec_portable(cpu, imm);
}
