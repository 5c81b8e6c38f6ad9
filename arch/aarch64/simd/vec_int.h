/* arch/aarch64/simd/vec_int.h: integer element operations shared by the
 * AdvSIMD classes (three same, by element, shift, two-reg misc). */
#ifndef DM_A64_VEC_INT_H
#define DM_A64_VEC_INT_H

#include "arch/aarch64/simd/vec.h"

/* SSHL/USHL/SRSHL/SQSHL/...: shift v (already sign- or zero-extended) by a
 * signed amount, left if positive; optional rounding and saturation. */
uint64_t vi_shift(__int128 v, int shift, bool round, bool saturate, bool is_unsigned, unsigned esz, bool *sat);
/* the integer "three same" operation `op` (opcode field) on one element */
uint64_t vi_three(unsigned op, bool u, unsigned esz, uint64_t x, uint64_t y, uint64_t acc, bool *sat);
/* the FP "three same" operation (U, size<1>, opcode) on one element */
uint64_t vf_three(unsigned op, bool u, bool a, int sz, uint64_t x, uint64_t y, uint64_t acc, struct fpst *s);
/* SQDMULH / SQRDMULH */
uint64_t vi_sqdmulh(uint64_t x, uint64_t y, unsigned esz, bool round, bool *sat);
/* widening multiply(-accumulate): op is the three-different opcode */
uint64_t vi_long_mul(unsigned op, bool u, unsigned esz, uint64_t x, uint64_t y, uint64_t acc, bool *sat);
/* polynomial (carry-less) multiply of the low `bits` bits, 128-bit result */
unsigned __int128 vi_pmul(uint64_t x, uint64_t y, unsigned bits);
/* the two-source FP data-processing op by its scalar opcode (fp_dp2.c) */
uint64_t fp_binop(int op, int sz, uint64_t a, uint64_t b, struct fpst *s);
/* VFPExpandImm (fp_cmp.c) */
uint64_t fp_expand_imm(int sz, unsigned imm8);

#endif
