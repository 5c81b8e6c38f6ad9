/* arch/aarch64/simd/crypto_crc.h: CRC32* and CRC32C* helpers (crypto_crc.c):
 * dm_helper_fn(cpu, acc, data, nbytes) -> the new 32-bit CRC. */
#ifndef DM_A64_CRYPTO_CRC_H
#define DM_A64_CRYPTO_CRC_H

#include <stdint.h>

uint64_t a64_crc32_helper(void *cpu, uint64_t acc, uint64_t val, uint64_t n);
uint64_t a64_crc32c_helper(void *cpu, uint64_t acc, uint64_t val, uint64_t n);

#endif
