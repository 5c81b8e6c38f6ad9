/* arch/aarch64/simd/crypto_pmull.c: PMULL/PMULL2, the polynomial multiply
 * long of "Advanced SIMD three different": the 64-bit form (FEAT_PMULL,
 * 1Q <- 1D x 1D, GHASH's workhorse) and the 8-bit form (8H <- 8B x 8B).
 * Q selects the upper halves (PMULL2).  One V128 op each (crypto_v128.h);
 * the 64-bit form is pclmulqdq on hosts that have it. */
#include "arch/aarch64/simd/crypto_v128.h"

A64_INSN(PMULL)
{
	unsigned size = F_SIZE(insn);
	bool hi = F_Q(insn);
	if (size != 0 && size != 3) return false;
	enum dm_v128_kind k = size == 3 ? (hi ? DM_V128_CLMUL_HI : DM_V128_CLMUL_LO) : (hi ? DM_V128_PMUL8_HI : DM_V128_PMUL8_LO);
	a64_v128(t, k, F_RD(insn), F_RN(insn), F_RM(insn));
	return true;
}
