/* arch/aarch64/simd/crypto_aes.c: "Cryptographic AES": AESE, AESD, AESMC,
 * AESIMC (FEAT_AES), each one V128 op (crypto_v128.h).  The state's byte
 * order matches FIPS-197's (byte i of V is row i % 4, column i / 4), which
 * is V128's and AES-NI's. */
#include "arch/aarch64/simd/crypto_v128.h"

A64_INSN(AESE) { a64_v128(t, DM_V128_AESE, F_RD(insn), F_RD(insn), F_RN(insn)); return true; }
A64_INSN(AESD) { a64_v128(t, DM_V128_AESD, F_RD(insn), F_RD(insn), F_RN(insn)); return true; }
A64_INSN(AESMC) { a64_v128(t, DM_V128_AESMC, F_RD(insn), F_RN(insn), 0); return true; }
A64_INSN(AESIMC) { a64_v128(t, DM_V128_AESIMC, F_RD(insn), F_RN(insn), 0); return true; }
