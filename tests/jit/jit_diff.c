/* tests/jit/jit_diff.c: differential test of the x86_64 JIT (emu/jit) against
 * the IR interpreter (emu/dbt/interp.c, the definition of every opcode).
 * Random IR blocks over every opcode, width and edge value run both ways on
 * identical CPU state and guest memory; exits, pc, state bytes and memory
 * must agree.  Plus targeted cases: flag fusion with and without a PUT of
 * NZCV, spills around CALL, exclusives, a faulting load's pc and state,
 * big-endian memory (DM_IR_F_BE) and the IR's definitions with exact values.
 * GLib test (--tap); JIT_DIFF_BLOCKS and JIT_DIFF_SEED set the size. */
#include <glib.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu/dbt/cache.h"
#include "emu/dbt/exec.h"
#include "emu/dbt/helpers.h"
#include "emu/dbt/ir_fp.h"
#include "emu/dbt/ir_v128.h"
#include "emu/jit/jit.h"

#define STATE 1024           /* bytes of fake CPU state (struct dm_cpu first) */
#define SLOT0 128            /* GET/PUT offsets: [SLOT0, STATE) */
#define MEM 4096

static uint8_t state_init[STATE] __attribute__((aligned(16)));
static uint8_t mem_init[MEM] __attribute__((aligned(64)));
static uint8_t mem[MEM] __attribute__((aligned(64)));
static uint8_t st_i[STATE] __attribute__((aligned(16))), st_j[STATE] __attribute__((aligned(16)));
static uint8_t mem_i[MEM];

static const uint64_t edges[] = {
	0, 1, 2, 3, 7, 31, 32, 33, 63, 64, 65, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000,
	0x7fffffff, 0x80000000, 0x80000001, 0xffffffff, 0x100000000ull, 0x7fffffffffffffffull,
	0x8000000000000000ull, 0xffffffffffffffffull, 0xfffffffffffffffeull, 0xffffffff80000000ull,
	0x123456789abcdef0ull, 0xdeadbeefull,
};

static uint64_t helper(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	uint8_t *s = cpu;
	uint64_t v;
	memcpy(&v, s + SLOT0 + 64, 8);
	uint64_t w = a + b;
	memcpy(s + SLOT0 + 72, &w, 8);
	return (a * 31) ^ (b + (c << 3)) ^ v;
}

/* FP ops (emu/dbt/ir_fp.h) with a fake slow path: a hash of the operands
 * that also sets status bits, so any disagreement between the JIT's guard and
 * dm_ir_fp_fast (which path ran) shows in the result or the state. */
#define FP_CTL (SLOT0 + 16)
#define FP_ST (SLOT0 + 24)
static unsigned long fp_ops, fp_slow_calls;   /* generated, and slow paths run (both ways) */
static uint64_t fp_slow(void *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t mask)
{
	uint8_t *s = cpu;
	fp_slow_calls++;
	uint64_t st;
	memcpy(&st, s + FP_ST, 8);
	st |= 0x10 | (a & 0x8f) | (b & 0x300);
	memcpy(s + FP_ST, &st, 8);
	return ((a * 0x9e3779b97f4a7c15ull) ^ (b * 31) ^ (c << 7) ^ 0x5a5a) & mask;
}
static uint64_t fp_slow4(void *cpu, uint64_t a, uint64_t b, uint64_t c) { return fp_slow(cpu, a, b, c, 0xffffffffu); }
static uint64_t fp_slow8(void *cpu, uint64_t a, uint64_t b, uint64_t c) { return fp_slow(cpu, a, b, c, ~0ull); }
static const struct dm_ir_fp fp_desc[2][4] = {   /* [result 8 bytes][guard] */
	{ { fp_slow4, FP_CTL, 0x01c00000, FP_ST, 0x10 }, { fp_slow4, FP_CTL, 0, FP_ST, 0 },
	  { fp_slow4, FP_CTL, 0x01000000, FP_ST, 0 }, { fp_slow4, FP_CTL, 0, FP_ST, 0x9f } },
	{ { fp_slow8, FP_CTL, 0x01c00000, FP_ST, 0x10 }, { fp_slow8, FP_CTL, 0, FP_ST, 0 },
	  { fp_slow8, FP_CTL, 0x01000000, FP_ST, 0 }, { fp_slow8, FP_CTL, 0, FP_ST, 0x9f } },
};
static const uint64_t fedges8[] = {
	0, 0x8000000000000000ull, 0x3ff0000000000000ull, 0xbff8000000000000ull, 0x7ff0000000000000ull,
	0xfff0000000000000ull, 0x7ff8000000000000ull, 0x7ff0000000000001ull, 0xfff4000000dead00ull, 1,
	0x000fffffffffffffull, 0x0010000000000000ull, 0x0020000000000000ull, 0x001fffffffffffffull,
	0x3fefffffffffffffull, 0x7fefffffffffffffull, 0x43e0000000000000ull, 0xc3e0000000000000ull,
	0x43dfffffffffffffull, 0xc3dfffffffffffffull, 0x41e0000000000000ull, 0xc1e0000000000000ull,
	0xc1e0000000200000ull, 0xc1dfffffffc00000ull, 0x41efffffffe00000ull, 0x41f0000000000000ull,
	0xbfefffffffffffffull, 0xbff0000000000000ull, 0x47efffffe0000000ull, 0x47effffff0000000ull,
	0x3810000000000000ull, 0x380fffffffffffffull, 0x36a0000000000000ull,
	/* rounding to integral: halves, just below a half, the last fractional binade */
	0x3fe0000000000000ull, 0xbfe0000000000000ull, 0x4004000000000000ull, 0xc00c000000000000ull,
	0x3fdfffffffffffffull, 0xbfdfffffffffffffull, 0x432fffffffffffffull, 0xc32ffffffffffffdull,
	0x4330000000000001ull, 0x3ff8000000000001ull,
};
static const uint32_t fedges4[] = {
	0, 0x80000000, 0x3f800000, 0xbfc00000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0xffa0dead, 1,
	0x007fffff, 0x00800000, 0x01000000, 0x00ffffff, 0x3f7fffff, 0x7f7fffff, 0x5f000000, 0xdf000000, 0x5effffff,
	0x4f000000, 0xcf000000, 0x4effffff, 0x4f800000, 0xbf7fffff, 0xbf800000,
	0x3f000000, 0xbf000000, 0x40200000, 0xc0600000, 0x3effffff, 0xbeffffff, 0x4affffff, 0xcafffffd,
	0x4b000001, 0x3fc00001,
};

static GRand *rng;
static uint64_t r64(void) { return (uint64_t)g_rand_int(rng) << 32 | g_rand_int(rng); }
static unsigned rn(unsigned n) { return (unsigned)g_rand_int_range(rng, 0, (gint32)n); }
static uint64_t rval(void)
{
	switch (rn(4)) {
	case 0: return r64();
	case 1: return r64() & 0xffff;
	default: return edges[rn(G_N_ELEMENTS(edges))];
	}
}

struct gen {
	struct dm_ir_block *b;
	dm_temp live[4096];
	unsigned nlive;
	uint64_t pc;
};

static dm_temp pick(struct gen *g)
{
	if (!g->nlive || rn(6) == 0) {
		dm_temp t = dm_ir_const(g->b, rval());
		g->live[g->nlive++] = t;
		return t;
	}
	/* favour recent temps, sometimes reach far back (long live ranges, spills) */
	if (rn(3)) return g->live[g->nlive - 1 - rn(g->nlive < 8 ? g->nlive : 8)];
	return g->live[rn(g->nlive)];
}

static void add(struct gen *g, dm_temp t) { if (t && g->nlive < 4096) g->live[g->nlive++] = t; }
static unsigned wsize(void) { static const unsigned s[] = { 4, 8, 8, 4, 1, 2 }; return s[rn(6)]; }
static unsigned w48(void) { return rn(2) ? 4 : 8; }
static unsigned msize(void) { static const unsigned s[] = { 1, 2, 4, 8 }; return s[rn(4)]; }
/* memory ops: half of them on big-endian memory */
static unsigned order(void) { return rn(2) ? DM_IR_F_BE : 0; }
static uint64_t state_off(unsigned size) { return SLOT0 + (uint64_t)size * rn((STATE - SLOT0) / size); }

/* a guest address in mem, aligned to size, as a temp (sometimes base + const) */
static dm_temp addr(struct gen *g, unsigned size, uint64_t *a)
{
	uint64_t off = (uint64_t)size * rn((MEM - 64) / size);
	*a = (uint64_t)(uintptr_t)mem + off;
	if (rn(2)) return dm_ir_const(g->b, *a);
	int64_t k = (int64_t)(rn(64) & ~(size - 1)) - 32;
	dm_temp base = dm_ir_const(g->b, *a - (uint64_t)k);
	if (rn(2)) {   /* a base that is not a constant, so [reg + disp] folding applies */
		dm_temp z = dm_ir_const(g->b, 0);
		base = dm_ir_op2(g->b, DM_IR_OR, 8, base, z);
		base = dm_ir_op2(g->b, DM_IR_XOR, 8, base, z);
	}
	return dm_ir_op2(g->b, DM_IR_ADD, 8, base, dm_ir_const(g->b, (uint64_t)k));
}

/* an FP operand of `size` bytes: edge values, values near one, anything */
static dm_temp fpick(struct gen *g, unsigned size)
{
	uint64_t v;
	switch (rn(6)) {
	case 0: return pick(g);
	case 1: v = size == 8 ? fedges8[rn(G_N_ELEMENTS(fedges8))] : fedges4[rn(G_N_ELEMENTS(fedges4))]; break;
	case 2: v = r64(); break;
	default:   /* modest exponent, random fraction and sign */
		v = size == 8 ? (uint64_t)(0x3e0 + rn(0x40)) << 52 | (r64() & 0x800fffffffffffffull)
			      : (uint64_t)(0x60 + rn(0x40)) << 23 | (r64() & 0x807fffff);
		break;
	}
	dm_temp t = dm_ir_const(g->b, v);
	if (rn(3) == 0) {   /* sometimes in a register rather than an immediate */
		dm_temp z = dm_ir_const(g->b, 0);
		t = dm_ir_op2(g->b, DM_IR_OR, 8, t, z);
		t = dm_ir_op2(g->b, DM_IR_XOR, 8, t, z);
	}
	return t;
}

/* two single operands packed in 64 bits (DM_IR_FP_PAIR): each lane an FP
 * operand as above, or both lanes one constant of two edge values */
static dm_temp fpick2(struct gen *g)
{
	struct dm_ir_block *b = g->b;
	if (rn(3) == 0) {
		uint64_t lo = rn(2) ? fedges4[rn(G_N_ELEMENTS(fedges4))] : (uint64_t)(0x60 + rn(0x40)) << 23 | (r64() & 0x807fffff);
		uint64_t hi = rn(2) ? fedges4[rn(G_N_ELEMENTS(fedges4))] : (uint64_t)(0x60 + rn(0x40)) << 23 | (r64() & 0x807fffff);
		return dm_ir_const(b, lo | hi << 32);
	}
	dm_temp lo = dm_ir_emit(b, DM_IR_ZEXT, 8, fpick(g, 4), 0, 0, 32);
	dm_temp hi = dm_ir_op2(b, DM_IR_SHL, 8, fpick(g, 4), dm_ir_const(b, 32));
	return dm_ir_op2(b, DM_IR_OR, 8, lo, hi);
}

static void gen_fp_pair(struct gen *g)
{
	static const enum dm_ir_op ops[] = { DM_IR_FADD, DM_IR_FSUB, DM_IR_FMUL, DM_IR_FDIV, DM_IR_FMA };
	struct dm_ir_block *b = g->b;
	enum dm_ir_op op = ops[rn(G_N_ELEMENTS(ops))];
	if (rn(4) == 0) dm_ir_put(b, 4, FP_CTL, dm_ir_const(b, rn(2) ? 0 : rval()));
	if (rn(4) == 0) dm_ir_put(b, 8, FP_ST, dm_ir_const(b, rn(2) ? 0x9f : rn(2) ? 0x10 : 0));
	dm_temp x = fpick2(g), y = fpick2(g), z = op == DM_IR_FMA ? fpick2(g) : 0;
	const struct dm_ir_fp *d = &fp_desc[1][rn(4)];
	dm_temp r = dm_ir_emit(b, op, DM_IR_FP_PAIR | 8, x, y, z, (uint64_t)(uintptr_t)d);
	fp_ops++;
	add(g, r);
	if (rn(2)) dm_ir_put(b, 8, state_off(8), r);
	if (rn(4) == 0) add(g, dm_ir_get(b, 8, FP_ST));
}

static void gen_fp(struct gen *g)
{
	if (rn(4) == 0) { gen_fp_pair(g); return; }
	static const enum dm_ir_op ops[] = { DM_IR_FADD, DM_IR_FSUB, DM_IR_FMUL, DM_IR_FDIV, DM_IR_FSQRT, DM_IR_FMA,
		DM_IR_FMA, DM_IR_FCMP, DM_IR_FCVT, DM_IR_FTOSI, DM_IR_FTOUI, DM_IR_SITOF, DM_IR_UITOF,
		DM_IR_FMAX, DM_IR_FMIN, DM_IR_FRINT, DM_IR_FRINT };
	struct dm_ir_block *b = g->b;
	enum dm_ir_op op = ops[rn(G_N_ELEMENTS(ops))];
	unsigned fs = w48(), is = w48(), size = fs, rs = fs;
	dm_temp x, y = 0, z = 0;
	if (rn(4) == 0) dm_ir_put(b, 4, FP_CTL, dm_ir_const(b, rn(2) ? 0 : rval()));
	if (rn(4) == 0) dm_ir_put(b, 8, FP_ST, dm_ir_const(b, rn(2) ? 0x9f : rn(2) ? 0x10 : 0));
	switch (op) {
	case DM_IR_FCVT: size = rs | (12 - fs) << 4; x = fpick(g, 12 - fs); break;
	case DM_IR_FTOSI: case DM_IR_FTOUI: rs = is; size = is | fs << 4; x = fpick(g, fs); break;
	case DM_IR_SITOF: case DM_IR_UITOF: size = fs | is << 4; x = rn(2) ? pick(g) : dm_ir_const(b, rval()); break;
	case DM_IR_FRINT: size = fs | rn(5) << 4; x = fpick(g, fs); break;   /* mode 0..4 */
	case DM_IR_FMAX: case DM_IR_FMIN:
		switch (rn(6)) {
		case 0: x = y = fpick(g, fs); break;   /* equal operands */
		case 1:   /* zeros of either sign */
			x = dm_ir_const(b, rn(2) ? 0 : fs == 8 ? 0x8000000000000000ull : 0x80000000u);
			y = dm_ir_const(b, rn(2) ? 0 : fs == 8 ? 0x8000000000000000ull : 0x80000000u);
			break;
		default: x = fpick(g, fs); y = fpick(g, fs); break;
		}
		break;
	default:
		x = fpick(g, fs);
		if (dm_ir_op_nsrc[op] > 1) y = fpick(g, fs);
		if (dm_ir_op_nsrc[op] > 2) z = fpick(g, fs);
		break;
	}
	const struct dm_ir_fp *d = &fp_desc[rs == 8][rn(4)];
	dm_temp r = dm_ir_emit(b, op, size, x, y, z, (uint64_t)(uintptr_t)d);
	fp_ops++;
	add(g, r);
	if (rn(2)) dm_ir_put(b, 8, state_off(8), r);
	if (rn(4) == 0) add(g, dm_ir_get(b, 8, FP_ST));
}

/* V128 ops on 8 state slots (GET/PUT elsewhere in the block overlap them),
 * alone or in the sequences the JIT treats specially: AESE/AESD then
 * AESMC/AESIMC of the same slot (fused), SHA256H then SHA256H2 of its E..H
 * slot (computed once when H2's A..D slot holds H's old A..D: a copy made
 * with GET/PUT, or not), and a slot read back after a PUT into it or a CALL
 * (the JIT's xmm copy of it is stale then). */
static uint64_t vslot(void) { return SLOT0 + 256 + 16 * (uint64_t)rn(8); }
static void v128(struct gen *g, enum dm_v128_kind k, uint64_t d, uint64_t a, uint64_t b2)
{
	dm_ir_emit(g->b, DM_IR_V128, 8, 0, 0, 0, dm_v128_imm(k, (unsigned)d, (unsigned)a, (unsigned)b2));
}
static void gen_v128(struct gen *g)
{
	struct dm_ir_block *b = g->b;
	uint64_t d = vslot(), a = vslot(), w = vslot(), z = vslot();
	switch (rn(4)) {
	case 0: v128(g, (enum dm_v128_kind)rn(DM_V128_NKINDS), d, a, w); break;
	case 1: {
		bool enc = rn(2);
		v128(g, enc ? DM_V128_AESE : DM_V128_AESD, d, rn(4) ? d : a, w);
		if (rn(2)) { g->pc += 4; dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, g->pc); }
		v128(g, enc ? DM_V128_AESMC : DM_V128_AESIMC, d, d, 0);
		break;
	}
	case 2:
		if (rn(3)) for (unsigned h = 0; h < 16; h += 8) dm_ir_put(b, 8, z + h, dm_ir_get(b, 8, d + h));
		v128(g, DM_V128_SHA256H, d, a, w);
		if (rn(2)) { g->pc += 4; dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, g->pc); }
		v128(g, DM_V128_SHA256H2, a, z, w);
		break;
	default:
		v128(g, (enum dm_v128_kind)rn(DM_V128_NKINDS), d, a, w);
		if (rn(2)) dm_ir_put(b, (unsigned)1 << rn(4), d + 8 * rn(2), pick(g));
		else if (rn(2)) add(g, dm_ir_call(b, DM_HELPER(helper), pick(g), pick(g), pick(g)));
		v128(g, (enum dm_v128_kind)rn(DM_V128_NKINDS), rn(2) ? d : a, d, rn(2) ? d : w);
		break;
	}
}

static void gen_one(struct gen *g)
{
	struct dm_ir_block *b = g->b;
	uint64_t a;
	unsigned s, fl;
	dm_temp t, u;
	switch (rn(30)) {
	case 0: g->pc += 4; dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, g->pc); break;
	case 1: s = msize(); add(g, dm_ir_get(b, s, state_off(s))); break;
	case 2: s = msize(); dm_ir_put(b, s, state_off(s), pick(g)); break;
	case 3: case 4: case 5: {
		static const enum dm_ir_op ops[] = { DM_IR_ADD, DM_IR_SUB, DM_IR_MUL, DM_IR_AND, DM_IR_OR, DM_IR_XOR,
			DM_IR_ANDN, DM_IR_ORN, DM_IR_XORN };
		add(g, dm_ir_op2(b, ops[rn(G_N_ELEMENTS(ops))], wsize(), pick(g), pick(g)));
		break;
	}
	case 6: {
		static const enum dm_ir_op ops[] = { DM_IR_UDIV, DM_IR_SDIV, DM_IR_UREM, DM_IR_SREM, DM_IR_SHL, DM_IR_SHR, DM_IR_SAR, DM_IR_ROR,
			DM_IR_UMULH, DM_IR_SMULH };
		enum dm_ir_op op = ops[rn(G_N_ELEMENTS(ops))];
		dm_temp y = rn(3) ? pick(g) : dm_ir_const(b, rn(2) ? rval() : rn(70));
		add(g, dm_ir_op2(b, op, op == DM_IR_UMULH || op == DM_IR_SMULH ? 8 : w48(), pick(g), y));
		break;
	}
	case 7: {
		static const enum dm_ir_op ops[] = { DM_IR_NOT, DM_IR_NEG, DM_IR_BSWAP };
		add(g, dm_ir_op1(b, ops[rn(3)], wsize(), pick(g)));
		break;
	}
	case 8: {
		static const enum dm_ir_op ops[] = { DM_IR_CLZ, DM_IR_CLS, DM_IR_RBIT };
		add(g, dm_ir_op1(b, ops[rn(3)], w48(), pick(g)));
		break;
	}
	case 9: add(g, dm_ir_emit(b, rn(2) ? DM_IR_SEXT : DM_IR_ZEXT, wsize(), pick(g), 0, 0, 1 + rn(64))); break;
	case 10: add(g, dm_ir_emit(b, DM_IR_EXTR, w48(), pick(g), pick(g), 0, rn(64))); break;
	case 11: add(g, dm_ir_emit(b, rn(2) ? DM_IR_ADC : DM_IR_SBC, wsize(), pick(g), pick(g), pick(g), 0)); break;
	case 12: case 13: {
		/* a flag op, maybe PUT, and CONDs on it (the fusion pattern) */
		static const enum dm_ir_op ops[] = { DM_IR_ADDF, DM_IR_SUBF, DM_IR_SUBF, DM_IR_LOGICF, DM_IR_ADCF, DM_IR_SBCF };
		enum dm_ir_op op = ops[rn(G_N_ELEMENTS(ops))];
		unsigned w = w48();
		dm_temp f = op == DM_IR_LOGICF ? dm_ir_op1(b, op, w, pick(g))
			  : dm_ir_emit(b, op, w, pick(g), rn(3) ? pick(g) : dm_ir_const(b, rval()),
				       dm_ir_op_nsrc[op] > 2 ? pick(g) : 0, 0);
		if (rn(2)) {
			/* as a front-end keeping its own flags layout: stored shifted, maybe read back */
			unsigned sh = rn(3) ? 28 : 1 + rn(60);
			dm_temp sf = dm_ir_op2(b, DM_IR_SHL, 8, f, dm_ir_const(b, sh));
			dm_ir_put(b, 8, SLOT0, sf);
			if (rn(2)) f = dm_ir_op2(b, DM_IR_SHR, 8, dm_ir_get(b, 8, SLOT0), dm_ir_const(b, sh));
		} else if (rn(2)) {
			dm_ir_put(b, 8, SLOT0, f);
		}
		for (unsigned k = rn(3); k-- > 0;) {
			if (rn(3) == 0) { g->pc += 4; dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, g->pc); }
			add(g, dm_ir_emit(b, DM_IR_COND, 8, f, 0, 0, rn(16)));
		}
		if (rn(4) == 0) add(g, f);
		break;
	}
	case 14:
		/* on any value, or on flags read from a front-end's own layout in state */
		t = rn(2) ? pick(g) : dm_ir_op2(b, DM_IR_SHR, 8, dm_ir_get(b, 8, SLOT0), dm_ir_const(b, rn(3) ? 28 : rn(64)));
		add(g, dm_ir_emit(b, DM_IR_COND, 8, t, 0, 0, rn(16)));
		break;
	case 15: add(g, dm_ir_emit(b, DM_IR_SELECT, 8, pick(g), pick(g), pick(g), 0)); break;
	case 16: case 17:
		s = msize();
		t = addr(g, s, &a);
		add(g, dm_ir_emitf(b, rn(2) ? DM_IR_LD : DM_IR_LDS, s, order(), t, 0, 0, 0));
		break;
	case 18: case 19:
		s = msize();
		t = addr(g, s, &a);
		dm_ir_st(b, s, t, pick(g), order());
		break;
	case 20:
		s = msize();
		t = addr(g, s, &a);
		fl = order();
		if (rn(2)) {   /* a CAS that succeeds: compare with what is there */
			u = dm_ir_ld(b, s, t, fl);
			add(g, dm_ir_cas(b, s, t, u, pick(g), fl));
		} else {
			add(g, dm_ir_cas(b, s, t, pick(g), pick(g), fl));
		}
		break;
	case 21:
		s = msize();
		t = addr(g, s, &a);
		add(g, dm_ir_rmw(b, s, (enum dm_ir_rmw)rn(DM_RMW_NOPS), t, pick(g), order()));
		break;
	case 22:
		s = msize();
		t = addr(g, s, &a);
		fl = order();
		add(g, dm_ir_ldx(b, s, t, fl));
		if (rn(4)) {
			unsigned s2 = rn(4) ? s : msize();
			add(g, dm_ir_stx(b, s2, rn(4) ? t : addr(g, s2, &a), pick(g), fl));
		} else if (rn(2)) {
			dm_ir_emit(b, DM_IR_CLREX, 8, 0, 0, 0, 0);
		}
		break;
	case 23: add(g, dm_ir_call(b, DM_HELPER(helper), pick(g), pick(g), pick(g))); break;
	case 24:
		if (rn(4) == 0) {
			t = pick(g);
			/* rarely taken: a COND on a mostly-false flag, or a raw temp */
			dm_ir_emit(b, DM_IR_BRCOND, 8, rn(2) ? t : dm_ir_emit(b, DM_IR_COND, 8, t, 0, 0, 0), 0, 0, 0x9000 + g->pc);
		}
		break;
	case 25: if (rn(4) == 0) dm_ir_emit(b, DM_IR_FENCE, 8, 0, 0, 0, 0); break;
	case 29: gen_v128(g); break;
	default: gen_fp(g); break;   /* 26..28 */
	}
}

static void gen_block(struct dm_ir_block *b, unsigned len)
{
	static struct gen g;
	memset(&g, 0, sizeof g);
	g.b = b;
	g.pc = 0x400000;
	dm_ir_init(b, g.pc);
	dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, g.pc);
	for (unsigned i = 0; i < len; i++) gen_one(&g);
	b->end_pc = g.pc + 4;
	switch (rn(6)) {
	case 0: dm_ir_emit(b, DM_IR_EXIT, 8, 0, 0, 0, 0x500000); break;
	case 1: dm_ir_emit(b, DM_IR_EXITR, 8, pick(&g), 0, 0, 0); break;
	case 2: dm_ir_emit(b, DM_IR_SYSCALL, 8, 0, 0, 0, g.pc + 4); break;
	case 3: dm_ir_emit(b, DM_IR_TRAP, 8, 0, 0, 0, DM_TRAP_BRK | 5 << 8); break;
	default: dm_ir_emit(b, DM_IR_EXIT, 8, 0, 0, 0, b->end_pc); break;
	}
	char why[200];
	if (!dm_ir_verify(b, why, sizeof why)) {   /* the generator must build valid IR */
		printf("# %s\n", why);
		g_assert_not_reached();
	}
}

static void fill_state(void)
{
	for (size_t i = 0; i < STATE; i += 8) {
		uint64_t v = rval();
		memcpy(state_init + i, &v, 8);
	}
	memset(state_init, 0, sizeof(struct dm_cpu));
	((struct dm_cpu *)state_init)->excl_size = 0;
	for (size_t i = 0; i < MEM; i += 8) {
		uint64_t v = rval();
		memcpy(mem_init + i, &v, 8);
	}
}

static const char *exit_name(int e) { return e == 0 ? "jump" : e == 1 ? "syscall" : "trap"; }

/* Run b both ways; returns false (after reporting) on a difference, and
 * whether the JIT took the block at all in *compiled. */
static bool differ_check(struct dm_ir_block *b, unsigned id, bool *compiled)
{
	struct dm_tb tb = { .pc = b->pc, .end = b->end_pc, .ir = *b };
	*compiled = dm_jit_compile(&tb);
	if (!*compiled && dm_jit_full()) {   /* the code region filled up: start a new one, as the dispatcher does */
		dm_jit_flush();
		*compiled = dm_jit_compile(&tb);
	}
	if (!*compiled) return true;

	memcpy(st_i, state_init, STATE);
	memcpy(mem, mem_init, MEM);
	uint64_t trap = 0;
	enum dm_exit ei = dm_interp_block((struct dm_cpu *)st_i, b, &trap);
	memcpy(mem_i, mem, MEM);

	memcpy(st_j, state_init, STATE);
	memcpy(mem, mem_init, MEM);
	uintptr_t r = dm_jit_run((struct dm_cpu *)st_j, &tb);
	int ej;
	uint64_t trap_j = 0;
	if (r == DM_JIT_RET_JUMP) ej = DM_EXIT_JUMP;
	else if (r == DM_JIT_RET_SYSCALL) ej = DM_EXIT_SYSCALL;
	else if (((struct dm_jit_exit *)r)->kind == DM_JIT_EXIT_TRAP) { ej = DM_EXIT_TRAP; trap_j = ((struct dm_jit_exit *)r)->value; }
	else ej = DM_EXIT_JUMP;

	bool ok = (int)ei == ej && trap == trap_j && !memcmp(st_i, st_j, STATE) && !memcmp(mem_i, mem, MEM);
	if (!ok) {
		printf("# block %u differs: exit interp %s jit %s, trap %#llx/%#llx\n", id, exit_name(ei), exit_name(ej),
		       (unsigned long long)trap, (unsigned long long)trap_j);
		for (size_t i = 0; i < STATE; i += 8)
			if (memcmp(st_i + i, st_j + i, 8)) {
				uint64_t x, y;
				memcpy(&x, st_i + i, 8);
				memcpy(&y, st_j + i, 8);
				printf("#   state +%zu: interp %#llx jit %#llx\n", i, (unsigned long long)x, (unsigned long long)y);
			}
		for (size_t i = 0; i < MEM; i += 8)
			if (memcmp(mem_i + i, mem + i, 8)) printf("#   mem +%zu differs\n", i);
		if (getenv("JIT_DIFF_DUMP")) {
			FILE *f = stdout;
			void out(const char *line, void *ctx) { fprintf(ctx, "# %s\n", line); }
			dm_ir_dump(b, out, f);
		}
	}
	return ok;
}

static void test_random(void)
{
	const char *n = getenv("JIT_DIFF_BLOCKS");
	unsigned blocks = n ? (unsigned)atoi(n) : 3000, bad = 0, declined = 0;
	for (unsigned i = 0; i < blocks; i++) {
		struct dm_ir_block b;
		fill_state();
		gen_block(&b, 4 + rn(i % 10 == 0 ? 600 : 60));
		bool compiled;
		if (!differ_check(&b, i, &compiled)) {
			bad++;
			if (getenv("JIT_DIFF_REDUCE")) {   /* the shortest prefix that still differs */
				struct dm_ir_block p = b;
				p.insn = g_new(struct dm_ir_insn, b.n + 1);
				for (uint32_t k = 1; k <= b.n; k++) {
					memcpy(p.insn, b.insn, sizeof *p.insn * k);
					p.n = k;
					p.cap = k + 1;
					if (!differ_check(&p, 100000 + k, &compiled)) {
						FILE *f = stdout;
						void out(const char *line, void *ctx) { fprintf(ctx, "# %s\n", line); }
						dm_ir_dump(&p, out, f);
						break;
					}
				}
				g_free(p.insn);
			}
		}
		if (!compiled) declined++;
		/* the code stays in the cache (tb is gone, nothing links to it) */
		dm_ir_free(&b);
		if (bad >= 5) break;
	}
	printf("# %u blocks, %u differ, %u declined by the JIT\n", blocks, bad, declined);
	printf("# %lu FP ops generated, %lu slow paths run (interpreter and JIT)\n", fp_ops, fp_slow_calls);
	g_assert_cmpuint(bad, ==, 0);
	g_assert_cmpuint(declined, ==, 0);
}

/* hand-made: SUBF + PUT nzcv + COND + BRCOND, the cmp; b.cond pattern */
static void test_fusion(void)
{
	for (int put = 0; put < 2; put++)
		for (unsigned cc = 0; cc < 16; cc++)
			for (unsigned k = 0; k < G_N_ELEMENTS(edges); k++) {
				struct dm_ir_block b;
				dm_ir_init(&b, 0x1000);
				dm_ir_emit(&b, DM_IR_INSN, 8, 0, 0, 0, 0x1000);
				dm_temp x = dm_ir_get(&b, 8, SLOT0 + 8);
				dm_temp y = dm_ir_const(&b, edges[k]);
				dm_temp f = dm_ir_op2(&b, k & 1 ? DM_IR_SUBF : k & 2 ? DM_IR_ADDF : DM_IR_LOGICF, k & 4 ? 4 : 8, x, y);
				if (put) dm_ir_put(&b, 8, SLOT0, f);
				dm_ir_emit(&b, DM_IR_INSN, 8, 0, 0, 0, 0x1004);
				dm_temp c = dm_ir_emit(&b, DM_IR_COND, 8, f, 0, 0, cc);
				dm_ir_emit(&b, DM_IR_BRCOND, 8, c, 0, 0, 0x2000);
				dm_ir_emit(&b, DM_IR_EXIT, 8, 0, 0, 0, 0x1008);
				b.end_pc = 0x1008;
				fill_state();
				uint64_t v = edges[(k * 7 + cc) % G_N_ELEMENTS(edges)];
				memcpy(state_init + SLOT0 + 8, &v, 8);
				bool compiled;
				g_assert_true(differ_check(&b, cc, &compiled));
				g_assert_true(compiled);
				dm_ir_free(&b);
			}
}

/* Big-endian memory (DM_IR_F_BE) with exact values, every width: loads and
 * sign extension, stores from a register and a constant, CAS, RMW (ADD
 * carrying across bytes, signed max, SWP, SET) and the exclusives; both ways,
 * in agreement (differ_check) and right (the interpreter's result checked). */
static void test_big_endian(void)
{
	static const uint8_t pattern[8] = { 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88 };
	const uint64_t m = (uint64_t)(uintptr_t)mem;
	struct dm_ir_block b;
	dm_ir_init(&b, 0x1000);
	dm_ir_emit(&b, DM_IR_INSN, 8, 0, 0, 0, 0x1000);
	dm_temp base = dm_ir_op2(&b, DM_IR_OR, 8, dm_ir_const(&b, m), dm_ir_get(&b, 8, SLOT0 + 8));   /* not a constant */
	unsigned slot = 0;
#define OUT(t) dm_ir_put(&b, 8, SLOT0 + 16 + 8 * slot++, (t))
#define AT(off) dm_ir_op2(&b, DM_IR_ADD, 8, base, dm_ir_const(&b, (off)))
	for (unsigned sz = 1; sz <= 8; sz *= 2) {
		OUT(dm_ir_ld(&b, sz, base, DM_IR_F_BE));
		OUT(dm_ir_lds(&b, sz, base, DM_IR_F_BE));
	}
	dm_ir_st(&b, 2, AT(16), dm_ir_get(&b, 8, SLOT0 + 200), DM_IR_F_BE);   /* 0x...1122 */
	dm_ir_st(&b, 4, AT(24), dm_ir_const(&b, 0x11223344), DM_IR_F_BE);
	dm_ir_st(&b, 8, AT(32), dm_ir_const(&b, 0x1122334455667788ull), DM_IR_F_BE);
	dm_ir_st(&b, 8, AT(40), dm_ir_const(&b, 0x80ull << 56), DM_IR_F_BE);      /* swapped: 0x80, fits an imm32 */
	dm_ir_st(&b, 4, AT(48), dm_ir_get(&b, 8, SLOT0 + 200), DM_IR_F_BE);
	OUT(dm_ir_cas(&b, 4, AT(56), dm_ir_const(&b, 5), dm_ir_const(&b, 0x01020304), DM_IR_F_BE));
	OUT(dm_ir_rmw(&b, 2, DM_RMW_ADD, AT(64), dm_ir_const(&b, 1), DM_IR_F_BE));
	OUT(dm_ir_rmw(&b, 2, DM_RMW_SMAX, AT(66), dm_ir_const(&b, 5), DM_IR_F_BE));
	OUT(dm_ir_rmw(&b, 4, DM_RMW_SWP, AT(68), dm_ir_const(&b, 0xa1b2c3d4), DM_IR_F_BE));
	OUT(dm_ir_rmw(&b, 8, DM_RMW_SET, AT(72), dm_ir_const(&b, 0x100), DM_IR_F_BE));
	OUT(dm_ir_rmw(&b, 8, DM_RMW_ADD, AT(80), dm_ir_const(&b, 0x101), DM_IR_F_BE));
	dm_temp x = dm_ir_ldx(&b, 4, AT(88), DM_IR_F_BE);
	OUT(x);
	OUT(dm_ir_stx(&b, 4, AT(88), dm_ir_op2(&b, DM_IR_ADD, 4, x, dm_ir_const(&b, 1)), DM_IR_F_BE));
#undef AT
	dm_ir_emit(&b, DM_IR_EXIT, 8, 0, 0, 0, 0x1004);
	b.end_pc = 0x1004;

	fill_state();
	memset(state_init + SLOT0 + 8, 0, 8);
	uint64_t v = 0xdeadbeef00001122ull;
	memcpy(state_init + SLOT0 + 200, &v, 8);
	memcpy(mem_init, pattern, 8);
	static const uint8_t cas_old[4] = { 0, 0, 0, 5 }, add_old[2] = { 0x00, 0xff }, max_old[2] = { 0x80, 0x00 };
	static const uint8_t swp_old[4] = { 1, 2, 3, 4 }, set_old[8] = { 0, 0, 0, 0, 0, 0, 0x0e, 0x01 };
	static const uint8_t add8_old[8] = { 0, 0, 0, 0, 0, 0, 0xff, 0xff }, excl_old[4] = { 0x7f, 0xff, 0xff, 0xff };
	memcpy(mem_init + 56, cas_old, 4);
	memcpy(mem_init + 64, add_old, 2);
	memcpy(mem_init + 66, max_old, 2);
	memcpy(mem_init + 68, swp_old, 4);
	memcpy(mem_init + 72, set_old, 8);
	memcpy(mem_init + 80, add8_old, 8);
	memcpy(mem_init + 88, excl_old, 4);
	bool compiled;
	g_assert_true(differ_check(&b, 0, &compiled));
	g_assert_true(compiled);

	static const uint64_t want[] = {
		0x81, 0xffffffffffffff81ull, 0x8182, 0xffffffffffff8182ull, 0x81828384, 0xffffffff81828384ull,
		0x8182838485868788ull, 0x8182838485868788ull,
		5, 0x00ff, 0x8000, 0x01020304, 0x0e01, 0xffff, 0x7fffffff, 0,
	};
	g_assert_cmpuint(slot, ==, G_N_ELEMENTS(want));
	for (unsigned k = 0; k < G_N_ELEMENTS(want); k++) {
		uint64_t got;
		memcpy(&got, st_i + SLOT0 + 16 + 8 * k, 8);
		if (got != want[k]) printf("# result %u: %#llx, want %#llx\n", k, (unsigned long long)got, (unsigned long long)want[k]);
		g_assert_cmphex(got, ==, want[k]);
	}
	static const struct { unsigned off, n; uint8_t bytes[8]; } mem_want[] = {
		{ 16, 2, { 0x11, 0x22 } }, { 24, 4, { 0x11, 0x22, 0x33, 0x44 } },
		{ 32, 8, { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88 } }, { 40, 8, { 0x80, 0, 0, 0, 0, 0, 0, 0 } },
		{ 48, 4, { 0, 0, 0x11, 0x22 } }, { 56, 4, { 1, 2, 3, 4 } }, { 64, 2, { 0x01, 0x00 } },
		{ 66, 2, { 0x00, 0x05 } }, { 68, 4, { 0xa1, 0xb2, 0xc3, 0xd4 } }, { 72, 8, { 0, 0, 0, 0, 0, 0, 0x0f, 0x01 } },
		{ 80, 8, { 0, 0, 0, 0, 0, 0x01, 0x01, 0x00 } }, { 88, 4, { 0x80, 0, 0, 0 } },
	};
	for (unsigned k = 0; k < G_N_ELEMENTS(mem_want); k++)
		g_assert_cmpmem(mem_i + mem_want[k].off, mem_want[k].n, mem_want[k].bytes, mem_want[k].n);
	dm_ir_free(&b);
#undef OUT
}

/* The IR's own definitions, exact: total division (x / 0 = 0, MIN / -1 =
 * MIN, x % 0 = x, MIN % -1 = 0, remainders take the dividend's sign), the
 * flags layout (N Z C V in bits 3..0; SUBF's C: no borrow) and FCMP's
 * relations (the fake slow path answers for the unordered case). */
static void test_definitions(void)
{
	static const struct { enum dm_ir_op op; unsigned size; uint64_t a, b, want; } c[] = {
		{ DM_IR_UDIV, 8, 7, 0, 0 }, { DM_IR_UREM, 8, 7, 0, 7 }, { DM_IR_UDIV, 4, 0x1ffffffffull, 0, 0 },
		{ DM_IR_UREM, 4, 0x1ffffffffull, 0, 0xffffffff }, { DM_IR_SDIV, 8, 1ull << 63, ~0ull, 1ull << 63 },
		{ DM_IR_SREM, 8, 1ull << 63, ~0ull, 0 }, { DM_IR_SDIV, 4, 0x80000000, 0xffffffff, 0x80000000 },
		{ DM_IR_SREM, 4, 0x80000000, 0xffffffff, 0 }, { DM_IR_SREM, 8, -7ull, 2, -1ull },
		{ DM_IR_SREM, 4, -7ull, 2, 0xffffffff }, { DM_IR_SDIV, 4, -7ull, 2, 0xfffffffd }, { DM_IR_UREM, 4, 100, 7, 2 },
		{ DM_IR_SREM, 8, 7, 0, 7 }, { DM_IR_SDIV, 8, 7, 0, 0 },
		{ DM_IR_SUBF, 8, 5, 5, DM_FLAG_Z | DM_FLAG_C }, { DM_IR_SUBF, 8, 4, 5, DM_FLAG_N },
		{ DM_IR_SUBF, 4, 0x80000000, 1, DM_FLAG_C | DM_FLAG_V }, { DM_IR_ADDF, 8, ~0ull, 1, DM_FLAG_Z | DM_FLAG_C },
		{ DM_IR_ADDF, 4, 0x7fffffff, 1, DM_FLAG_N | DM_FLAG_V }, { DM_IR_LOGICF, 8, 1ull << 63, 0, DM_FLAG_N },
	};
	for (unsigned k = 0; k < G_N_ELEMENTS(c); k++) {
		struct dm_ir_block b;
		dm_ir_init(&b, 0x1000);
		dm_ir_emit(&b, DM_IR_INSN, 8, 0, 0, 0, 0x1000);
		dm_temp x = dm_ir_get(&b, 8, SLOT0 + 8), y = dm_ir_get(&b, 8, SLOT0 + 16);
		dm_temp r = c[k].op == DM_IR_LOGICF ? dm_ir_op1(&b, c[k].op, c[k].size, x) : dm_ir_op2(&b, c[k].op, c[k].size, x, y);
		dm_ir_put(&b, 8, SLOT0, r);
		dm_ir_put(&b, 8, SLOT0 + 24, dm_ir_op2(&b, c[k].op == DM_IR_LOGICF ? DM_IR_ADD : c[k].op, c[k].size,
							dm_ir_const(&b, c[k].a), dm_ir_const(&b, c[k].b)));   /* constant operands */
		dm_ir_emit(&b, DM_IR_EXIT, 8, 0, 0, 0, 0x1004);
		fill_state();
		memcpy(state_init + SLOT0 + 8, &c[k].a, 8);
		memcpy(state_init + SLOT0 + 16, &c[k].b, 8);
		bool compiled;
		g_assert_true(differ_check(&b, k, &compiled));
		g_assert_true(compiled);
		uint64_t got;
		memcpy(&got, st_i + SLOT0, 8);
		if (got != c[k].want) printf("# case %u: %s.%u %#llx %#llx = %#llx\n", k, dm_ir_op_names[c[k].op], c[k].size,
					      (unsigned long long)c[k].a, (unsigned long long)c[k].b, (unsigned long long)got);
		g_assert_cmphex(got, ==, c[k].want);
		dm_ir_free(&b);
	}
	/* FCMP: 1.0 vs 2.0, 2.0 vs 1.0, equal, -0 vs +0 */
	static const struct { uint64_t a, b, rel; } f[] = {
		{ 0x3ff0000000000000ull, 0x4000000000000000ull, DM_FCMP_LT }, { 0x4000000000000000ull, 0x3ff0000000000000ull, DM_FCMP_GT },
		{ 0x4000000000000000ull, 0x4000000000000000ull, DM_FCMP_EQ }, { 0x8000000000000000ull, 0, DM_FCMP_EQ },
	};
	for (unsigned k = 0; k < G_N_ELEMENTS(f); k++) {
		struct dm_ir_block b;
		dm_ir_init(&b, 0x1000);
		dm_ir_emit(&b, DM_IR_INSN, 8, 0, 0, 0, 0x1000);
		dm_temp x = dm_ir_get(&b, 8, SLOT0 + 8), y = dm_ir_get(&b, 8, SLOT0 + 16);
		dm_ir_put(&b, 8, SLOT0, dm_ir_emit(&b, DM_IR_FCMP, 8, x, y, 0, (uint64_t)(uintptr_t)&fp_desc[1][1]));
		dm_ir_emit(&b, DM_IR_EXIT, 8, 0, 0, 0, 0x1004);
		fill_state();
		memset(state_init + FP_CTL, 0, 4);
		memcpy(state_init + SLOT0 + 8, &f[k].a, 8);
		memcpy(state_init + SLOT0 + 16, &f[k].b, 8);
		bool compiled;
		g_assert_true(differ_check(&b, k, &compiled));
		uint64_t got;
		memcpy(&got, st_i + SLOT0, 8);
		g_assert_cmpuint(got, ==, f[k].rel);
		dm_ir_free(&b);
	}
}

static sigjmp_buf fault_jmp;
static void on_segv(int sig) { siglongjmp(fault_jmp, 1); }

/* a faulting load leaves cpu->pc at its instruction and earlier PUTs done */
static void test_fault(void)
{
	struct dm_ir_block b;
	dm_ir_init(&b, 0x1000);
	dm_ir_emit(&b, DM_IR_INSN, 8, 0, 0, 0, 0x1000);
	dm_ir_put(&b, 8, SLOT0, dm_ir_const(&b, 5));
	dm_ir_emit(&b, DM_IR_INSN, 8, 0, 0, 0, 0x1004);
	dm_temp a = dm_ir_op2(&b, DM_IR_ADD, 8, dm_ir_get(&b, 8, SLOT0), dm_ir_const(&b, 3));
	dm_ir_put(&b, 8, SLOT0 + 8, a);
	dm_ir_emit(&b, DM_IR_INSN, 8, 0, 0, 0, 0x1008);
	dm_temp v = dm_ir_emit(&b, DM_IR_LD, 8, dm_ir_const(&b, 8), 0, 0, 0);
	dm_ir_put(&b, 8, SLOT0 + 16, v);
	dm_ir_emit(&b, DM_IR_EXIT, 8, 0, 0, 0, 0x100c);
	b.end_pc = 0x100c;
	struct dm_tb tb = { .pc = b.pc, .end = b.end_pc, .ir = b };
	g_assert_true(dm_jit_compile(&tb));
	memset(st_j, 0, STATE);
	struct sigaction sa = { .sa_handler = on_segv, .sa_flags = SA_NODEFER }, old;
	sigaction(SIGSEGV, &sa, &old);
	volatile int faulted = 0;
	if (!sigsetjmp(fault_jmp, 1)) dm_jit_run((struct dm_cpu *)st_j, &tb);
	else faulted = 1;
	sigaction(SIGSEGV, &old, NULL);
	g_assert_true(faulted);
	g_assert_cmphex(((struct dm_cpu *)st_j)->pc, ==, 0x1008);
	uint64_t x;
	memcpy(&x, st_j + SLOT0, 8);
	g_assert_cmpuint(x, ==, 5);
	memcpy(&x, st_j + SLOT0 + 8, 8);
	g_assert_cmpuint(x, ==, 8);
	dm_ir_free(&b);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	const char *s = getenv("JIT_DIFF_SEED");
	rng = g_rand_new_with_seed(s ? (guint32)atoi(s) : 1);
	g_test_add_func("/jit/fusion", test_fusion);
	g_test_add_func("/jit/fault", test_fault);
	g_test_add_func("/jit/big_endian", test_big_endian);
	g_test_add_func("/jit/definitions", test_definitions);
	g_test_add_func("/jit/random", test_random);
	return g_test_run();
}
