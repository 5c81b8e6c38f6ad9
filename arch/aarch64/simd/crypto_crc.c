/* arch/aarch64/simd/crypto_crc.c: the helpers of CRC32B/H/W/X and
 * CRC32CB/H/W/X (translate/dp_misc.c): the bit-reflected CRC of n bytes of
 * data into acc, no inversion before or after (the Arm ARM's definition).
 * CRC-32C is the x86 crc32 instruction when the host has SSE4.2 (and
 * DM_HOST_NO_CRYPTO is not set), which computes exactly that; CRC-32 (IEEE)
 * and the fallback are one table lookup per byte. */
#include <nmmintrin.h>

#include "emu/dbt/ir_v128.h"
#include "arch/aarch64/simd/crypto_crc.h"

static uint32_t table[2][256];   /* [0] CRC-32 0xedb88320, [1] CRC-32C 0x82f63b78 (reflected) */

__attribute__((constructor)) static void crc_tables(void)
{
	static const uint32_t poly[2] = { 0xedb88320u, 0x82f63b78u };
	for (int p = 0; p < 2; p++)
		for (uint32_t v = 0; v < 256; v++) {
			uint32_t c = v;
			for (int k = 0; k < 8; k++) c = (c >> 1) ^ ((c & 1) ? poly[p] : 0);
			table[p][v] = c;
		}
}

static uint32_t crc_table(const uint32_t *t, uint32_t crc, uint64_t data, unsigned n)
{
	for (unsigned i = 0; i < n; i++, data >>= 8) crc = (crc >> 8) ^ t[(crc ^ data) & 0xff];
	return crc;
}

__attribute__((target("sse4.2"))) static uint32_t crc32c_host(uint32_t crc, uint64_t data, unsigned n)
{
	switch (n) {
	case 1: return _mm_crc32_u8(crc, (uint8_t)data);
	case 2: return _mm_crc32_u16(crc, (uint16_t)data);
	case 4: return _mm_crc32_u32(crc, (uint32_t)data);
	default: return (uint32_t)_mm_crc32_u64(crc, data);
	}
}

uint64_t a64_crc32_helper(void *cpu, uint64_t acc, uint64_t val, uint64_t n)
{
	return crc_table(table[0], (uint32_t)acc, val, (unsigned)n);
}

uint64_t a64_crc32c_helper(void *cpu, uint64_t acc, uint64_t val, uint64_t n)
{
	if (dm_host_crypto()->sse42) return crc32c_host((uint32_t)acc, val, (unsigned)n);
	return crc_table(table[1], (uint32_t)acc, val, (unsigned)n);
}
