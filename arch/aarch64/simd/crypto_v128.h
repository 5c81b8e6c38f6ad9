/* arch/aarch64/simd/crypto_v128.h: the crypto rows as one V128 IR op each
 * (emu/dbt/ir_v128.h).  A64 keeps V registers as 16 little-endian bytes
 * with lane 0 lowest, the layout V128 is defined on, so each instruction is
 * one kind on its registers' slots: the interpreter runs it with the host's
 * AES-NI/PCLMULQDQ/SHA-NI when present (else portable C) and the JIT
 * inlines those instructions. */
#ifndef DM_A64_CRYPTO_V128_H
#define DM_A64_CRYPTO_V128_H

#include "emu/dbt/ir_v128.h"
#include "arch/aarch64/simd/simd_tr.h"

static inline void a64_v128(struct a64_tr *t, enum dm_v128_kind k, unsigned d, unsigned a, unsigned b)
{
	a64_emit(t, DM_IR_V128, 8, 0, 0, 0, dm_v128_imm(k, a64_voff(d, 0), a64_voff(a, 0), a64_voff(b, 0)));
}

#endif
