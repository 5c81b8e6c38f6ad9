/* emu/jit/x86_64/emit_sse.h: the SSE2/SSE4.1/FMA3 forms the FP lowering
 * (lower_fp.c) uses, register to register only, xmm0-xmm7.  Same buffer and
 * conventions as emit.h. */
#ifndef DM_JIT_X86_EMIT_SSE_H
#define DM_JIT_X86_EMIT_SSE_H

#include "emu/jit/x86_64/emit.h"

enum { XMM0, XMM1, XMM2 };

/* [pfx] [REX] 0F op modrm: reg and rm are xmm or general registers as the
 * opcode wants; w: REX.W (64-bit general operand) */
static inline void x_sse(struct xbuf *x, uint8_t pfx, bool w, uint8_t op, int reg, int rm)
{
	if (pfx) x_b(x, pfx);
	uint8_t rex = (uint8_t)(0x40 | (w ? 8 : 0) | ((reg & 8) ? 4 : 0) | ((rm & 8) ? 1 : 0));
	if (rex != 0x40) x_b(x, rex);
	x_b(x, 0x0f);
	x_b(x, op);
	x_b(x, (uint8_t)(0xc0 | (reg & 7) << 3 | (rm & 7)));
}

/* scalar arithmetic: sz 8 = double (F2), 4 = single (F3) */
enum { SSE_SQRT = 0x51, SSE_ADD = 0x58, SSE_MUL = 0x59, SSE_CVT = 0x5a, SSE_SUB = 0x5c, SSE_DIV = 0x5e };
static inline void x_sse_arith(struct xbuf *x, int op, int sz, int d, int s) { x_sse(x, sz == 8 ? 0xf2 : 0xf3, false, (uint8_t)op, d, s); }
/* packed single arithmetic: addps subps mulps divps (SSE_ADD ...) */
static inline void x_sse_ps(struct xbuf *x, int op, int d, int s) { x_sse(x, 0, false, (uint8_t)op, d, s); }
/* movq xmm, r64 / movd xmm, r32 */
static inline void x_movq_xr(struct xbuf *x, int sz, int xmm, int r) { x_sse(x, 0x66, sz == 8, 0x6e, xmm, r); }
/* movq r64, xmm / movd r32, xmm (zero-extends) */
static inline void x_movq_rx(struct xbuf *x, int sz, int r, int xmm) { x_sse(x, 0x66, sz == 8, 0x7e, xmm, r); }
/* ucomisd / ucomiss a, b */
static inline void x_ucomis(struct xbuf *x, int sz, int a, int b) { x_sse(x, sz == 8 ? 0x66 : 0, false, 0x2e, a, b); }
/* cvttsd2si / cvttss2si r64, xmm (fsz: the float's width) */
static inline void x_cvtt2si(struct xbuf *x, int fsz, int r, int xmm) { x_sse(x, fsz == 8 ? 0xf2 : 0xf3, true, 0x2c, r, xmm); }
/* cvtsi2sd / cvtsi2ss xmm, r32 or r64 (isz) */
static inline void x_cvtsi2f(struct xbuf *x, int fsz, int isz, int xmm, int r) { x_sse(x, fsz == 8 ? 0xf2 : 0xf3, isz == 8, 0x2a, xmm, r); }
static inline void x_xorps(struct xbuf *x, int d, int s) { x_sse(x, 0, false, 0x57, d, s); }
/* roundsd / roundss d, s, imm (SSE4.1: 66 0F 3A 0B / 0A) */
static inline void x_round(struct xbuf *x, int sz, int d, int s, uint8_t imm)
{
	x_b(x, 0x66);
	x_b(x, 0x0f);
	x_b(x, 0x3a);
	x_b(x, sz == 8 ? 0x0b : 0x0a);
	x_b(x, (uint8_t)(0xc0 | (d & 7) << 3 | (s & 7)));
	x_b(x, imm);
}
/* vfmadd231sd / ss d, a, b: d += a * b, one rounding (xmm0-7) */
static inline void x_vfmadd231(struct xbuf *x, int sz, int d, int a, int b)
{
	x_b(x, 0xc4);
	x_b(x, 0xe2);                                              /* ~R ~X ~B, map 0F38 */
	x_b(x, (uint8_t)((sz == 8 ? 0x80 : 0) | (~a & 15) << 3 | 1));   /* W, ~vvvv, L0, pp 66 */
	x_b(x, 0xb9);
	x_b(x, (uint8_t)(0xc0 | (d & 7) << 3 | (b & 7)));
}

/* vfmadd231ps d, a, b (128-bit, all four lanes) */
static inline void x_vfmadd231ps(struct xbuf *x, int d, int a, int b)
{
	x_b(x, 0xc4);
	x_b(x, 0xe2);
	x_b(x, (uint8_t)((~a & 15) << 3 | 1));   /* W0, ~vvvv, L0, pp 66 */
	x_b(x, 0xb8);
	x_b(x, (uint8_t)(0xc0 | (d & 7) << 3 | (b & 7)));
}

#endif
