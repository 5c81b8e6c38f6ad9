/* emu/dbt/interp.c: the IR interpreter.  It is the executable definition of
 * every IR opcode (docs/ir.md) and the reference the x86_64 JIT will be
 * checked against, so clarity wins over cleverness here. */
#include <string.h>

#include "emu/dbt/exec.h"
#include "emu/dbt/helpers.h"
#include "emu/dbt/ir_fp.h"
#include "emu/dbt/ir_v128.h"
#include "emu/mm/guest.h"

static inline uint64_t mask_of(unsigned size)
{
	return size >= 8 ? ~0ull : (1ull << (8 * size)) - 1;
}

static inline uint64_t sext_bits(uint64_t v, unsigned bits)
{
	if (bits >= 64) return v;
	unsigned sh = 64 - bits;
	return (uint64_t)((int64_t)(v << sh) >> sh);
}

static inline uint64_t nzcv(uint64_t r, unsigned size, int c, int v)
{
	uint64_t m = mask_of(size);
	r &= m;
	uint64_t n = (r >> (8 * size - 1)) & 1;
	return n << 3 | (uint64_t)(r == 0) << 2 | (uint64_t)(c != 0) << 1 | (uint64_t)(v != 0);
}

/* The flags (N Z C V in bits 3..0) of a + b + cin at width size. */
static uint64_t add_flags(uint64_t a, uint64_t b, unsigned cin, unsigned size)
{
	uint64_t m = mask_of(size);
	a &= m; b &= m;
	unsigned __int128 wide = (unsigned __int128)a + b + cin;
	uint64_t r = (uint64_t)wide & m;
	int carry = size >= 8 ? (wide >> 64) != 0 : ((uint64_t)wide >> (8 * size)) != 0;
	uint64_t sign = 1ull << (8 * size - 1);
	int overflow = ((~(a ^ b)) & (a ^ r) & sign) != 0;
	return nzcv(r, size, carry, overflow);
}

static int cond_holds(uint64_t cc, uint64_t f)
{
	return dm_ir_cond_holds((enum dm_cond)cc, (unsigned)f & 15);
}

static uint64_t clz_w(uint64_t v, unsigned size)
{
	unsigned bits = 8 * size;
	v &= mask_of(size);
	if (!v) return bits;
	return (uint64_t)__builtin_clzll(v) - (64 - bits);
}

static uint64_t rbit_w(uint64_t v, unsigned size)
{
	uint64_t r = 0;
	for (unsigned i = 0; i < 8 * size; i++)
		r |= ((v >> i) & 1) << (8 * size - 1 - i);
	return r;
}

static uint64_t bswap_w(uint64_t v, unsigned size)
{
	switch (size) {
	case 2: return __builtin_bswap16((uint16_t)v);
	case 4: return __builtin_bswap32((uint32_t)v);
	case 8: return __builtin_bswap64(v);
	default: return v & 0xff;
	}
}

static inline uint64_t load(uint64_t addr, unsigned size)
{
	const void *p = (const void *)(dm_guest_base + (uintptr_t)addr);
	switch (size) {
	case 1: return *(const uint8_t *)p;
	case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
	case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
	default: { uint64_t v; memcpy(&v, p, 8); return v; }
	}
}

static inline void store(uint64_t addr, unsigned size, uint64_t v)
{
	void *p = (void *)(dm_guest_base + (uintptr_t)addr);
	switch (size) {
	case 1: *(uint8_t *)p = (uint8_t)v; break;
	case 2: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
	case 4: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
	default: memcpy(p, &v, 8); break;
	}
}

/* DM_IR_F_BE: the value in memory has its bytes the other way round. */
static inline uint64_t order(uint64_t v, unsigned size, unsigned flags)
{
	return (flags & DM_IR_F_BE) ? bswap_w(v, size) : v;
}

/* Atomic compare-and-swap at width size; returns the old value. */
static uint64_t cas(uint64_t addr, unsigned size, uint64_t expect, uint64_t desired)
{
	void *p = (void *)(dm_guest_base + (uintptr_t)addr);
	switch (size) {
	case 1: { uint8_t e = (uint8_t)expect; __atomic_compare_exchange_n((uint8_t *)p, &e, (uint8_t)desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
	case 2: { uint16_t e = (uint16_t)expect; __atomic_compare_exchange_n((uint16_t *)p, &e, (uint16_t)desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
	case 4: { uint32_t e = (uint32_t)expect; __atomic_compare_exchange_n((uint32_t *)p, &e, (uint32_t)desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
	default: { uint64_t e = expect; __atomic_compare_exchange_n((uint64_t *)p, &e, desired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
	}
}

static uint64_t rmw_apply(enum dm_ir_rmw op, uint64_t old, uint64_t v, unsigned size)
{
	uint64_t m = mask_of(size);
	unsigned bits = 8 * size;
	switch (op) {
	case DM_RMW_ADD: return (old + v) & m;
	case DM_RMW_CLR: return old & ~v & m;
	case DM_RMW_EOR: return (old ^ v) & m;
	case DM_RMW_SET: return (old | v) & m;
	case DM_RMW_SMAX: return (int64_t)sext_bits(old, bits) >= (int64_t)sext_bits(v, bits) ? old : v & m;
	case DM_RMW_SMIN: return (int64_t)sext_bits(old, bits) <= (int64_t)sext_bits(v, bits) ? old : v & m;
	case DM_RMW_UMAX: return old >= (v & m) ? old : v & m;
	case DM_RMW_UMIN: return old <= (v & m) ? old : v & m;
	default: return v & m;  /* SWP */
	}
}

/* Atomic read-modify-write by CAS loop: one host primitive for every op,
 * width and byte order (old and seen are memory's bytes). */
static uint64_t rmw(uint64_t addr, unsigned size, unsigned flags, enum dm_ir_rmw op, uint64_t v)
{
	uint64_t old = load(addr, size);
	for (;;) {
		uint64_t val = order(old, size, flags);
		uint64_t seen = cas(addr, size, old, order(rmw_apply(op, val, v, size), size, flags));
		if (seen == old) return val;
		old = seen;
	}
}

enum dm_exit dm_interp_block(struct dm_cpu *cpu, const struct dm_ir_block *b, uint64_t *trap)
{
	uint64_t tbuf[512];
	uint64_t *t = b->ntemps <= 512 ? tbuf : __builtin_alloca(sizeof(uint64_t) * b->ntemps);
	uint8_t *state = (uint8_t *)cpu;
	t[0] = 0;
	for (uint32_t i = 0; i < b->n; i++) {
		const struct dm_ir_insn *x = &b->insn[i];
		const unsigned size = x->size;
		const uint64_t m = mask_of(size);
		const uint64_t A = t[x->a], B = t[x->b], C = t[x->c];
		uint64_t r = 0;
		switch ((enum dm_ir_op)x->op) {
		case DM_IR_CONST: r = x->imm; break;
		case DM_IR_GET:
			switch (size) {
			case 1: r = state[x->imm]; break;
			case 2: { uint16_t v; memcpy(&v, state + x->imm, 2); r = v; break; }
			case 4: { uint32_t v; memcpy(&v, state + x->imm, 4); r = v; break; }
			default: memcpy(&r, state + x->imm, 8); break;
			}
			break;
		case DM_IR_PUT:
			switch (size) {
			case 1: state[x->imm] = (uint8_t)A; break;
			case 2: { uint16_t v = (uint16_t)A; memcpy(state + x->imm, &v, 2); break; }
			case 4: { uint32_t v = (uint32_t)A; memcpy(state + x->imm, &v, 4); break; }
			default: memcpy(state + x->imm, &A, 8); break;
			}
			continue;
		case DM_IR_ADD: r = (A + B) & m; break;
		case DM_IR_SUB: r = (A - B) & m; break;
		case DM_IR_ADC: r = (A + B + (C & 1)) & m; break;
		case DM_IR_SBC: r = (A + ~B + (C & 1)) & m; break;
		case DM_IR_MUL: r = (A * B) & m; break;
		case DM_IR_UMULH: r = (uint64_t)(((unsigned __int128)A * B) >> 64); break;
		case DM_IR_SMULH: r = (uint64_t)(((__int128)(int64_t)A * (int64_t)B) >> 64); break;
		case DM_IR_UDIV: r = (B & m) ? ((A & m) / (B & m)) : 0; break;
		case DM_IR_UREM: r = (B & m) ? ((A & m) % (B & m)) : A & m; break;
		case DM_IR_SREM: {
			int64_t a = (int64_t)sext_bits(A, 8 * size), d = (int64_t)sext_bits(B, 8 * size);
			if (d == 0) r = A & m;
			else if (d == -1) r = 0;   /* MIN % -1 would trap in C */
			else r = (uint64_t)(a % d) & m;
			break;
		}
		case DM_IR_SDIV: {
			int64_t a = (int64_t)sext_bits(A, 8 * size), d = (int64_t)sext_bits(B, 8 * size);
			if (d == 0) r = 0;
			else if (d == -1) r = (uint64_t)(-(uint64_t)a) & m;  /* MIN / -1 wraps to MIN */
			else r = (uint64_t)(a / d) & m;
			break;
		}
		case DM_IR_AND: r = A & B & m; break;
		case DM_IR_OR: r = (A | B) & m; break;
		case DM_IR_XOR: r = (A ^ B) & m; break;
		case DM_IR_ANDN: r = A & ~B & m; break;
		case DM_IR_ORN: r = (A | ~B) & m; break;
		case DM_IR_XORN: r = (A ^ ~B) & m; break;
		case DM_IR_NOT: r = ~A & m; break;
		case DM_IR_NEG: r = (0 - A) & m; break;
		case DM_IR_SHL: r = ((A & m) << (B % (8 * size))) & m; break;
		case DM_IR_SHR: r = (A & m) >> (B % (8 * size)); break;
		case DM_IR_SAR: r = (uint64_t)((int64_t)sext_bits(A, 8 * size) >> (B % (8 * size))) & m; break;
		case DM_IR_ROR: {
			unsigned bits = 8 * size, s = B % bits;
			uint64_t v = A & m;
			r = s ? ((v >> s) | (v << (bits - s))) & m : v;
			break;
		}
		case DM_IR_CLZ: r = clz_w(A, size); break;
		case DM_IR_CLS: {
			/* A64 CLS: CountLeadingZeroBits(x<N-1:1> EOR x<N-2:0>) */
			uint64_t v = A & m;
			r = clz_w(((v >> 1) ^ v) & (m >> 1), size) - 1;
			break;
		}
		case DM_IR_RBIT: r = rbit_w(A, size); break;
		case DM_IR_BSWAP: r = bswap_w(A, size); break;
		case DM_IR_SEXT: r = sext_bits(A, (unsigned)x->imm) & m; break;
		case DM_IR_ZEXT: r = (x->imm >= 64 ? A : A & ((1ull << x->imm) - 1)) & m; break;
		case DM_IR_EXTR: {
			unsigned bits = 8 * size, s = (unsigned)x->imm % bits;
			uint64_t hi = A & m, lo = B & m;
			r = s ? ((lo >> s) | (hi << (bits - s))) & m : lo;
			break;
		}
		case DM_IR_ADDF: r = add_flags(A, B, 0, size); break;
		case DM_IR_SUBF: r = add_flags(A, ~B, 1, size); break;
		case DM_IR_ADCF: r = add_flags(A, B, (unsigned)(C & 1), size); break;
		case DM_IR_SBCF: r = add_flags(A, ~B, (unsigned)(C & 1), size); break;
		case DM_IR_LOGICF: r = nzcv(A, size, 0, 0); break;
		case DM_IR_COND: r = (uint64_t)cond_holds(x->imm, A); break;
		case DM_IR_SELECT: r = A ? B : C; break;
		case DM_IR_LD: r = order(load(A, size), size, x->flags); break;
		case DM_IR_LDS: r = sext_bits(order(load(A, size), size, x->flags), 8 * size); break;
		case DM_IR_ST: store(A, size, order(B & m, size, x->flags)); continue;
		case DM_IR_LDX:
			/* the monitor keeps the value, as LDX returned it */
			r = order(load(A, size), size, x->flags);
			cpu->excl_addr = A;
			cpu->excl_val[0] = r;
			cpu->excl_size = size;
			break;
		case DM_IR_STX:
			/* Succeeds when the monitor covers this address and size and memory still
			 * holds the value the load-exclusive saw (CAS approximation: see docs/ir.md). */
			if (cpu->excl_size == size && cpu->excl_addr == A &&
			    cas(A, size, order(cpu->excl_val[0], size, x->flags), order(B & m, size, x->flags)) ==
				    order(cpu->excl_val[0], size, x->flags))
				r = 0;
			else
				r = 1;
			cpu->excl_size = 0;
			break;
		case DM_IR_CLREX: cpu->excl_size = 0; continue;
		case DM_IR_CAS: r = order(cas(A, size, order(B & m, size, x->flags), order(C & m, size, x->flags)), size, x->flags); break;
		case DM_IR_RMW: r = rmw(A, size, x->flags, (enum dm_ir_rmw)x->imm, B); break;
		case DM_IR_FENCE: __atomic_thread_fence(__ATOMIC_SEQ_CST); continue;
		case DM_IR_FADD: case DM_IR_FSUB: case DM_IR_FMUL: case DM_IR_FDIV: case DM_IR_FSQRT: case DM_IR_FMA:
		case DM_IR_FCMP: case DM_IR_FMAX: case DM_IR_FMIN: case DM_IR_FRINT: case DM_IR_FCVT: case DM_IR_FTOSI: case DM_IR_FTOUI: case DM_IR_SITOF: case DM_IR_UITOF:
			r = dm_ir_fp_eval(cpu, x, A, B, C);
			break;
		case DM_IR_CALL: r = ((dm_helper_fn)(uintptr_t)x->imm)(cpu, A, B, C); break;
		case DM_IR_V128: dm_v128_exec(cpu, x->imm); continue;
		case DM_IR_INSN: cpu->pc = x->imm; cpu->insns++; continue;
		case DM_IR_BRCOND:
			if (A) { cpu->pc = x->imm; return DM_EXIT_JUMP; }
			continue;
		case DM_IR_EXIT: cpu->pc = x->imm; return DM_EXIT_JUMP;
		case DM_IR_EXITR: cpu->pc = A; return DM_EXIT_JUMP;
		case DM_IR_SYSCALL: cpu->pc = x->imm; return DM_EXIT_SYSCALL;
		case DM_IR_TRAP: *trap = x->imm; return DM_EXIT_TRAP;  /* cpu->pc: the trapping insn */
		case DM_IR_NOPS: break;
		}
		t[x->dst] = r;
	}
	cpu->pc = b->end_pc;  /* a block that falls off its end continues after it */
	return DM_EXIT_JUMP;
}
