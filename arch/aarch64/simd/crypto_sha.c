/* arch/aarch64/simd/crypto_sha.c: "Cryptographic three-register SHA" and
 * "two-register SHA": SHA1C/P/M/H/SU0/SU1, SHA256H/H2/SU0/SU1 (FEAT_SHA1,
 * FEAT_SHA256), each one V128 op (crypto_v128.h) whose kind is defined the
 * way the Arm ARM pseudocode defines the instruction: A64's operand roles
 * map directly (Qd the state or the schedule being updated, Sn / Qn the
 * other state half or words, Vm W + K). */
#include "arch/aarch64/simd/crypto_v128.h"

#define SHA3(name, kind) A64_INSN(name) { a64_v128(t, kind, F_RD(insn), F_RN(insn), F_RM(insn)); return true; }
#define SHA2(name, kind) A64_INSN(name) { a64_v128(t, kind, F_RD(insn), F_RN(insn), 0); return true; }

SHA3(SHA1C, DM_V128_SHA1C)
SHA3(SHA1P, DM_V128_SHA1P)
SHA3(SHA1M, DM_V128_SHA1M)
SHA3(SHA1SU0, DM_V128_SHA1SU0)
SHA3(SHA256H, DM_V128_SHA256H)
SHA3(SHA256H2, DM_V128_SHA256H2)
SHA3(SHA256SU1, DM_V128_SHA256SU1)
SHA2(SHA1H, DM_V128_SHA1H)
SHA2(SHA1SU1, DM_V128_SHA1SU1)
SHA2(SHA256SU0, DM_V128_SHA256SU0)
