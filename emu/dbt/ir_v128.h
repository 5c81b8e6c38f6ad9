/* emu/dbt/ir_v128.h: the V128 IR op: one 128-bit cryptographic primitive on
 * 16-byte slots of guest state (AES rounds, carry-less multiply, SHA-1 and
 * SHA-256 rounds and message schedule).  Each kind is defined by its
 * standard (FIPS-197, FIPS-180-4) on a slot's bytes and its four 32-bit
 * lanes, lane 0 in bytes 0..3 (little-endian, the host's order), so a
 * front-end whose vector registers hold lanes that way maps its crypto
 * instructions here; the x86_64 JIT lowers the kinds the host CPU has to
 * single instructions (AES-NI, PCLMULQDQ, SHA-NI).
 *
 * imm = kind | d << 8 | a << 24 | b << 40: the state offsets of the
 * destination and the operand slots (each < 65536).  Kinds marked "d:" read
 * the destination too.  An unused offset field is 0. */
#ifndef DM_IR_V128_H
#define DM_IR_V128_H

#include <stdbool.h>
#include <stdint.h>

enum dm_v128_kind {
	DM_V128_AESE,      /* d = SubBytes(ShiftRows(a ^ b)) */
	DM_V128_AESD,      /* d = InvSubBytes(InvShiftRows(a ^ b)) */
	DM_V128_AESMC,     /* d = MixColumns(a) */
	DM_V128_AESIMC,    /* d = InvMixColumns(a) */
	DM_V128_CLMUL_LO,  /* d = carry-less product of the low 64 bits of a and b (128 bits) */
	DM_V128_CLMUL_HI,  /* ... of their high 64 bits */
	DM_V128_PMUL8_LO,  /* d.16-bit lane i = carry-less product of bytes i of a and b, i < 8 */
	DM_V128_PMUL8_HI,  /* ... of bytes 8 + i */
	DM_V128_SHA1C,     /* d: 4 SHA-1 rounds with Ch: state d (lane 0 = A .. 3 = D), E = a lane 0,
			    * b = W + K of the 4 rounds; d = the new A..D */
	DM_V128_SHA1P,     /* ... with Parity */
	DM_V128_SHA1M,     /* ... with Maj */
	DM_V128_SHA1H,     /* d = { ROL(a lane 0, 30), 0, 0, 0 } */
	DM_V128_SHA1SU0,   /* d: d = { d2, d3, a0, a1 } ^ d ^ b (lanes) */
	DM_V128_SHA1SU1,   /* d: the SHA-1 schedule W[t] = ROL(W[t-3] ^ ..., 1) for 4 words:
			    * T = d ^ { a1, a2, a3, 0 }; d = ROL(T, 1), lane 3 ^= ROL(T0, 2) */
	DM_V128_SHA256H,   /* d: 4 SHA-256 rounds: d = A..D (lane 0 = A), a = E..H, b = W + K; d = new A..D */
	DM_V128_SHA256H2,  /* d: the same 4 rounds: d = E..H, a = A..D; d = new E..H */
	DM_V128_SHA256SU0, /* d: d[i] += sigma0({ d1, d2, d3, a0 }[i]) */
	DM_V128_SHA256SU1, /* d: T = d + { a1, a2, a3, b0 }; d0,1 = T0,1 + sigma1(b2, b3);
			    * d2,3 = T2,3 + sigma1(new d0, d1) */
	DM_V128_NKINDS
};

static inline uint64_t dm_v128_imm(enum dm_v128_kind k, unsigned d, unsigned a, unsigned b)
{
	return (uint64_t)k | (uint64_t)d << 8 | (uint64_t)a << 24 | (uint64_t)b << 40;
}
static inline unsigned dm_v128_kind(uint64_t imm) { return imm & 0xff; }
static inline unsigned dm_v128_d(uint64_t imm) { return (imm >> 8) & 0xffff; }
static inline unsigned dm_v128_a(uint64_t imm) { return (imm >> 24) & 0xffff; }
static inline unsigned dm_v128_b(uint64_t imm) { return (imm >> 40) & 0xffff; }
static inline bool dm_v128_imm_ok(uint64_t imm) { return dm_v128_kind(imm) < DM_V128_NKINDS && !(imm >> 56); }

/* Host CPU features the kinds can use (CPUID, read once; all false with
 * DM_HOST_NO_CRYPTO=1 in the environment: the portable C is then used
 * everywhere, by the interpreter and the JIT alike). */
struct dm_host_crypto { bool aes, pclmul, sha, sse42; };
const struct dm_host_crypto *dm_host_crypto(void);
/* Does the host have the instructions for kind k (and are they allowed)? */
bool dm_v128_host_has(unsigned k);

/* The op's definition: run it on the state at cpu (the interpreter; the JIT
 * calls it for kinds it does not inline).  Uses the host's instructions
 * where dm_v128_host_has, else portable C. */
void dm_v128_exec(void *cpu, uint64_t imm);
/* The portable C alone (tests compare the two paths). */
void dm_v128_exec_portable(void *cpu, uint64_t imm);

#endif
