/* emu/jit/x86_64/emit.h: an x86_64 instruction encoder, just the forms the
 * IR lowering (lower.c) and the runtime stubs (runtime.c) use.  Operands are
 * registers, [base + disp32] or [base + index + disp32]; sizes are 1, 2, 4
 * or 8 bytes.  Writing past
 * the end of the buffer sets `overflow` (the caller retries in a new region)
 * instead of overrunning. */
#ifndef DM_JIT_X86_EMIT_H
#define DM_JIT_X86_EMIT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

enum { RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };

/* x86 condition codes (the low nibble of jcc / setcc / cmovcc) */
enum { CC_O, CC_NO, CC_B, CC_AE, CC_E, CC_NE, CC_BE, CC_A, CC_S, CC_NS, CC_P, CC_NP, CC_L, CC_GE, CC_LE, CC_G };

/* ALU group-1 operations (the /n of 81 and 83, and opcode n*8+1) */
enum { ALU_ADD, ALU_OR, ALU_ADC, ALU_SBB, ALU_AND, ALU_SUB, ALU_XOR, ALU_CMP };

/* shift group-2 operations (the /n of C1 and D3) */
enum { SH_ROL = 0, SH_ROR = 1, SH_SHL = 4, SH_SHR = 5, SH_SAR = 7 };

/* F7 group-3 operations */
enum { G3_NOT = 2, G3_NEG = 3, G3_MUL = 4, G3_IMUL = 5, G3_DIV = 6, G3_IDIV = 7 };

struct xbuf {
	uint8_t *p, *end;
	bool overflow;
};

static inline void x_b(struct xbuf *x, uint8_t v)
{
	if (x->p < x->end) *x->p++ = v;
	else x->overflow = true;
}
static inline void x_d(struct xbuf *x, uint32_t v)
{
	for (int i = 0; i < 4; i++) x_b(x, (uint8_t)(v >> (8 * i)));
}
static inline void x_q(struct xbuf *x, uint64_t v)
{
	x_d(x, (uint32_t)v);
	x_d(x, (uint32_t)(v >> 32));
}
static inline bool fits_s8(int64_t v) { return v >= -128 && v <= 127; }
static inline bool fits_s32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

#define XMEM 0x100  /* flag in `rm`: a memory operand [rm & 15 + disp] */
#define XB 0x200    /* flag in `sz`: byte registers involved (force REX for sil..spl) */
/* in a memory `rm`: add index register r (scale 1; not rsp), e.g. the guest
 * window's base: `base | XIDX(r)` passes through every [base + disp] form */
#define XIDX(r) (0x10000 | ((r) & 15) << 12)

/* One instruction: [66] [REX] opcode modrm [sib] [disp].  sz 1/2/4/8 (| XB);
 * reg: register or /n extension; rm: register, or base | XMEM. */
static inline void x_op(struct xbuf *x, int sz, const char *opc, int nopc, int reg, int rm, int32_t disp)
{
	bool mem = rm & XMEM, byteregs = sz & XB;
	int size = sz & 0xff;
	int idx = mem && (rm & 0x10000) ? (rm >> 12) & 15 : -1;
	rm &= 15;
	if (size == 2) x_b(x, 0x66);
	uint8_t rex = 0x40 | (size == 8 ? 8 : 0) | ((reg & 8) ? 4 : 0) | (idx >= 8 ? 2 : 0) | ((rm & 8) ? 1 : 0);
	if (rex != 0x40 || (byteregs && ((reg >= 4 && reg < 8) || (!mem && rm >= 4 && rm < 8)))) x_b(x, rex);
	for (int i = 0; i < nopc; i++) x_b(x, (uint8_t)opc[i]);
	if (!mem) {
		x_b(x, (uint8_t)(0xc0 | (reg & 7) << 3 | (rm & 7)));
		return;
	}
	int base = rm & 7;
	int mod = (disp == 0 && base != 5) ? 0 : fits_s8(disp) ? 1 : 2;
	if (idx >= 0) {   /* SIB: scale 1, index, base */
		x_b(x, (uint8_t)(mod << 6 | (reg & 7) << 3 | 4));
		x_b(x, (uint8_t)((idx & 7) << 3 | base));
	} else {
		x_b(x, (uint8_t)(mod << 6 | (reg & 7) << 3 | base));
		if (base == 4) x_b(x, 0x24);
	}
	if (mod == 1) x_b(x, (uint8_t)disp);
	else if (mod == 2) x_d(x, (uint32_t)disp);
}
#define OP(x, sz, s, reg, rm, disp) x_op(x, sz, s, sizeof(s) - 1, reg, rm, disp)

/* moves */
static inline void x_mov_rr(struct xbuf *x, int sz, int d, int s)
{
	if (d == s && sz == 8) return;
	OP(x, sz, "\x89", s, d, 0);
}
static inline void x_mov_imm(struct xbuf *x, int d, uint64_t v)
{
	if (v <= 0xffffffffu) {
		if (d & 8) x_b(x, 0x41);
		x_b(x, (uint8_t)(0xb8 + (d & 7)));
		x_d(x, (uint32_t)v);
	} else if (fits_s32((int64_t)v)) {
		OP(x, 8, "\xc7", 0, d, 0);
		x_d(x, (uint32_t)v);
	} else {
		x_b(x, (uint8_t)(0x48 | ((d & 8) ? 1 : 0)));
		x_b(x, (uint8_t)(0xb8 + (d & 7)));
		x_q(x, v);
	}
}
/* zero-extending load of sz bytes */
static inline void x_load(struct xbuf *x, int sz, int d, int base, int32_t disp)
{
	switch (sz) {
	case 1: OP(x, 4, "\x0f\xb6", d, base | XMEM, disp); break;
	case 2: OP(x, 4, "\x0f\xb7", d, base | XMEM, disp); break;
	case 4: OP(x, 4, "\x8b", d, base | XMEM, disp); break;
	default: OP(x, 8, "\x8b", d, base | XMEM, disp); break;
	}
}
/* sign-extending load to 64 bits */
static inline void x_loads(struct xbuf *x, int sz, int d, int base, int32_t disp)
{
	switch (sz) {
	case 1: OP(x, 8, "\x0f\xbe", d, base | XMEM, disp); break;
	case 2: OP(x, 8, "\x0f\xbf", d, base | XMEM, disp); break;
	case 4: OP(x, 8, "\x63", d, base | XMEM, disp); break;
	default: OP(x, 8, "\x8b", d, base | XMEM, disp); break;
	}
}
static inline void x_store(struct xbuf *x, int sz, int s, int base, int32_t disp)
{
	if (sz == 1) OP(x, 1 | XB, "\x88", s, base | XMEM, disp);
	else OP(x, sz, "\x89", s, base | XMEM, disp);
}
/* store an immediate (sign-extended to 8 bytes for sz 8) */
static inline void x_store_imm(struct xbuf *x, int sz, int base, int32_t disp, int32_t imm)
{
	switch (sz) {
	case 1: OP(x, 1, "\xc6", 0, base | XMEM, disp); x_b(x, (uint8_t)imm); break;
	case 2: OP(x, 2, "\xc7", 0, base | XMEM, disp); x_b(x, (uint8_t)imm); x_b(x, (uint8_t)(imm >> 8)); break;
	default: OP(x, sz, "\xc7", 0, base | XMEM, disp); x_d(x, (uint32_t)imm); break;
	}
}
static inline void x_lea(struct xbuf *x, int d, int base, int32_t disp) { OP(x, 8, "\x8d", d, base | XMEM, disp); }

/* ALU */
static inline void x_alu_rr(struct xbuf *x, int op, int sz, int d, int s)
{
	char o[1] = { (char)(op * 8 + (sz == 1 ? 0 : 1)) };
	x_op(x, sz == 1 ? (1 | XB) : sz, o, 1, s, d, 0);
}
static inline void x_alu_ri(struct xbuf *x, int op, int sz, int d, int32_t imm)
{
	if (fits_s8(imm)) { OP(x, sz, "\x83", op, d, 0); x_b(x, (uint8_t)imm); }
	else { OP(x, sz, "\x81", op, d, 0); x_d(x, (uint32_t)imm); }
}
static inline void x_alu_mi(struct xbuf *x, int op, int sz, int base, int32_t disp, int32_t imm)
{
	if (fits_s8(imm)) { OP(x, sz, "\x83", op, base | XMEM, disp); x_b(x, (uint8_t)imm); }
	else { OP(x, sz, "\x81", op, base | XMEM, disp); x_d(x, (uint32_t)imm); }
}
static inline void x_alu_rm(struct xbuf *x, int op, int sz, int r, int base, int32_t disp)
{
	char o[1] = { (char)(op * 8 + 3) };   /* op r, [m] */
	x_op(x, sz, o, 1, r, base | XMEM, disp);
}
static inline void x_test_rr(struct xbuf *x, int sz, int a, int b)
{
	if (sz == 1) OP(x, 1 | XB, "\x84", b, a, 0);
	else OP(x, sz, "\x85", b, a, 0);
}
static inline void x_shift_cl(struct xbuf *x, int op, int sz, int d) { OP(x, sz, "\xd3", op, d, 0); }
static inline void x_shift_imm(struct xbuf *x, int op, int sz, int d, int n)
{
	OP(x, sz, "\xc1", op, d, 0);
	x_b(x, (uint8_t)n);
}
static inline void x_g3(struct xbuf *x, int op, int sz, int r) { OP(x, sz, "\xf7", op, r, 0); }
static inline void x_imul_rr(struct xbuf *x, int sz, int d, int s) { OP(x, sz, "\x0f\xaf", d, s, 0); }
static inline void x_imul_rri(struct xbuf *x, int sz, int d, int s, int32_t imm) { OP(x, sz, "\x69", d, s, 0); x_d(x, (uint32_t)imm); }
static inline void x_bsr(struct xbuf *x, int sz, int d, int s) { OP(x, sz, "\x0f\xbd", d, s, 0); }
static inline void x_cmov(struct xbuf *x, int cc, int sz, int d, int s)
{
	char o[2] = { 0x0f, (char)(0x40 + cc) };
	x_op(x, sz, o, 2, d, s, 0);
}
static inline void x_setcc(struct xbuf *x, int cc, int r)
{
	char o[2] = { 0x0f, (char)(0x90 + cc) };
	x_op(x, 1 | XB, o, 2, 0, r, 0);
}
static inline void x_movzx8(struct xbuf *x, int d, int s) { OP(x, 4 | XB, "\x0f\xb6", d, s, 0); }
static inline void x_movzx16(struct xbuf *x, int d, int s) { OP(x, 4, "\x0f\xb7", d, s, 0); }
static inline void x_movsx8(struct xbuf *x, int d, int s) { OP(x, 8 | XB, "\x0f\xbe", d, s, 0); }
static inline void x_movsx16(struct xbuf *x, int d, int s) { OP(x, 8, "\x0f\xbf", d, s, 0); }
static inline void x_movsx32(struct xbuf *x, int d, int s) { OP(x, 8, "\x63", d, s, 0); }
static inline void x_bswap(struct xbuf *x, int sz, int r)
{
	x_b(x, (uint8_t)(0x40 | (sz == 8 ? 8 : 0) | ((r & 8) ? 1 : 0)));
	x_b(x, 0x0f);
	x_b(x, (uint8_t)(0xc8 + (r & 7)));
}
/* MOVBE (sz 2, 4, 8): a load or store that swaps bytes; a 2-byte load writes
 * only the low 16 bits of d */
static inline void x_movbe_load(struct xbuf *x, int sz, int d, int base, int32_t disp) { OP(x, sz, "\x0f\x38\xf0", d, base | XMEM, disp); }
static inline void x_movbe_store(struct xbuf *x, int sz, int s, int base, int32_t disp) { OP(x, sz, "\x0f\x38\xf1", s, base | XMEM, disp); }
static inline void x_shrd_imm(struct xbuf *x, int sz, int d, int s, int n) { OP(x, sz, "\x0f\xac", s, d, 0); x_b(x, (uint8_t)n); }
static inline void x_bt_imm(struct xbuf *x, int sz, int r, int bit) { OP(x, sz, "\x0f\xba", 4, r, 0); x_b(x, (uint8_t)bit); }
static inline void x_bt_rr(struct xbuf *x, int sz, int r, int bitreg) { OP(x, sz, "\x0f\xa3", bitreg, r, 0); }
static inline void x_btr_imm(struct xbuf *x, int sz, int r, int bit) { OP(x, sz, "\x0f\xba", 6, r, 0); x_b(x, (uint8_t)bit); }
static inline void x_test_mi(struct xbuf *x, int base, int32_t disp, int32_t imm) { OP(x, 4, "\xf7", 0, base | XMEM, disp); x_d(x, (uint32_t)imm); }
static inline void x_push(struct xbuf *x, int r) { if (r & 8) x_b(x, 0x41); x_b(x, (uint8_t)(0x50 + (r & 7))); }
static inline void x_pop(struct xbuf *x, int r) { if (r & 8) x_b(x, 0x41); x_b(x, (uint8_t)(0x58 + (r & 7))); }
static inline void x_lahf(struct xbuf *x) { x_b(x, 0x9f); }
static inline void x_cmc(struct xbuf *x) { x_b(x, 0xf5); }
static inline void x_mfence(struct xbuf *x) { x_b(x, 0x0f); x_b(x, 0xae); x_b(x, 0xf0); }
static inline void x_cqo(struct xbuf *x, int sz) { if (sz == 8) x_b(x, 0x48); x_b(x, 0x99); }
static inline void x_lock(struct xbuf *x) { x_b(x, 0xf0); }
/* atomics on [base + disp] */
static inline void x_cmpxchg(struct xbuf *x, int sz, int base, int32_t disp, int r)
{
	if (sz == 1) OP(x, 1 | XB, "\x0f\xb0", r, base | XMEM, disp);
	else OP(x, sz, "\x0f\xb1", r, base | XMEM, disp);
}
static inline void x_xadd(struct xbuf *x, int sz, int base, int32_t disp, int r)
{
	if (sz == 1) OP(x, 1 | XB, "\x0f\xc0", r, base | XMEM, disp);
	else OP(x, sz, "\x0f\xc1", r, base | XMEM, disp);
}
static inline void x_xchg(struct xbuf *x, int sz, int base, int32_t disp, int r)
{
	if (sz == 1) OP(x, 1 | XB, "\x86", r, base | XMEM, disp);
	else OP(x, sz, "\x87", r, base | XMEM, disp);
}

/* control flow.  Jumps return the address of their rel32 for patching. */
static inline uint8_t *x_jcc(struct xbuf *x, int cc)
{
	x_b(x, 0x0f);
	x_b(x, (uint8_t)(0x80 + cc));
	uint8_t *r = x->p;
	x_d(x, 0);
	return x->overflow ? NULL : r;
}
static inline uint8_t *x_jmp(struct xbuf *x)
{
	x_b(x, 0xe9);
	uint8_t *r = x->p;
	x_d(x, 0);
	return x->overflow ? NULL : r;
}
/* point a rel32 (from x_jcc / x_jmp) at target */
static inline void x_patch(uint8_t *rel, const void *target)
{
	if (!rel) return;
	int32_t d = (int32_t)((const uint8_t *)target - (rel + 4));
	memcpy(rel, &d, 4);
}
static inline void x_jmp_to(struct xbuf *x, const void *target) { x_patch(x_jmp(x), target); }
static inline void x_call_r(struct xbuf *x, int r) { OP(x, 4, "\xff", 2, r, 0); }
static inline void x_jmp_m(struct xbuf *x, int base, int32_t disp) { OP(x, 4, "\xff", 4, base | XMEM, disp); }

#endif
