/* emu/jit/x86_64/lower_fp.c: the floating-point IR ops (emu/dbt/ir_fp.h) as
 * inline SSE2/SSE4.1/FMA3 code.  Temps hold FP values as bits in general registers,
 * so an op is: guard on the guest's control and status words (two memory
 * tests), movq the operands into xmm0-2, one host instruction, a range check
 * of the result in integer registers, movq to the destination.  Every guard
 * failure jumps to an out-of-line stub (emitted after the block) that saves
 * the caller-saved registers holding live temps, calls the exact helper and
 * jumps back: the fast path spills nothing.  The guards are exactly those of
 * dm_ir_fp_fast (emu/dbt/interp_fp.c); tests/jit/jit_diff.c holds them equal. */
#include <stdlib.h>

#include "emu/dbt/ir_fp.h"
#include "emu/jit/x86_64/emit_sse.h"
#include "emu/jit/x86_64/lower.h"

#define CALLER_SAVED ((1u << RSI) | (1u << RDI) | (1u << R8) | (1u << R9) | (1u << R10))

/* Host features, asked once each (__builtin_cpu_supports wants a literal). */
#define HOST_HAS(feature)                                        \
	({                                                       \
		static int known_ = -1;                          \
		if (known_ < 0) {                                \
			__builtin_cpu_init();                    \
			known_ = __builtin_cpu_supports(feature) != 0; \
		}                                                \
		known_ > 0;                                      \
	})

static bool have_fma(void) { return HOST_HAS("fma"); }
static bool have_sse41(void) { return HOST_HAS("sse4.1"); }

static void to_slow(struct x86_fpslow *s, uint8_t *site)
{
	if (s->nsite < 4) s->site[s->nsite++] = site;
}

/* eax = the biased exponent of the float in xmm0 (rsz bytes) */
static void exponent(struct xbuf *x, int rsz)
{
	x_movq_rx(x, rsz, RAX, XMM0);
	x_shift_imm(x, SH_SHR, rsz == 8 ? 8 : 4, RAX, rsz == 8 ? 52 : 23);
	x_alu_ri(x, ALU_AND, 4, RAX, rsz == 8 ? 0x7ff : 0xff);
}

/* slow unless the result in xmm0 is finite (big: exponent in [2, max-1]) */
static void check_result(struct xbuf *x, struct x86_fpslow *s, int rsz, bool big)
{
	int32_t emax = rsz == 8 ? 0x7ff : 0xff;
	exponent(x, rsz);
	if (big) {
		x_alu_ri(x, ALU_SUB, 4, RAX, 2);
		x_alu_ri(x, ALU_CMP, 4, RAX, emax - 2);
		to_slow(s, x_jcc(x, CC_AE));
	} else {
		x_alu_ri(x, ALU_CMP, 4, RAX, emax);
		to_slow(s, x_jcc(x, CC_E));
	}
}

/* two singles packed in 64 bits (DM_IR_FP_PAIR): movq loads zero the upper
 * lanes, the packed op, then each lane's exponent checked as for one single */
static void fast_pair(struct cg *g, const struct dm_ir_insn *in, struct x86_fpslow *s, const int *r, int d)
{
	struct xbuf *x = g->x;
	bool fma = in->op == DM_IR_FMA;
	x_movq_xr(x, 8, XMM0, r[0]);
	x_movq_xr(x, 8, XMM1, r[1]);
	if (fma) {
		x_movq_xr(x, 8, XMM2, r[2]);
		x_vfmadd231ps(x, XMM0, XMM1, XMM2);
	} else {
		int op = in->op == DM_IR_FADD ? SSE_ADD : in->op == DM_IR_FSUB ? SSE_SUB : in->op == DM_IR_FMUL ? SSE_MUL : SSE_DIV;
		x_sse_ps(x, op, XMM0, XMM1);   /* upper lanes: 0/0 is a quiet NaN, no trap, ignored */
	}
	bool big = in->op == DM_IR_FMUL || in->op == DM_IR_FDIV || fma;
	for (int lane = 0; lane < 2; lane++) {
		x_movq_rx(x, 8, RAX, XMM0);
		x_shift_imm(x, SH_SHR, 8, RAX, lane ? 55 : 23);
		x_alu_ri(x, ALU_AND, 4, RAX, 0xff);
		if (big) {
			x_alu_ri(x, ALU_SUB, 4, RAX, 2);
			x_alu_ri(x, ALU_CMP, 4, RAX, 0xff - 2);
			to_slow(s, x_jcc(x, CC_AE));
		} else {
			x_alu_ri(x, ALU_CMP, 4, RAX, 0xff);
			to_slow(s, x_jcc(x, CC_E));
		}
	}
	x_movq_rx(x, 8, d, XMM0);
}

/* the fast path of one op; operands in r[], result to d */
static void fast(struct cg *g, const struct dm_ir_insn *in, struct x86_fpslow *s, const int *r, int d)
{
	struct xbuf *x = g->x;
	int rsz = (int)dm_ir_fp_rsize(in), asz = (int)dm_ir_fp_asize(in);
	switch (in->op) {
	case DM_IR_FADD: case DM_IR_FSUB: case DM_IR_FMUL: case DM_IR_FDIV: {
		int op = in->op == DM_IR_FADD ? SSE_ADD : in->op == DM_IR_FSUB ? SSE_SUB : in->op == DM_IR_FMUL ? SSE_MUL : SSE_DIV;
		x_movq_xr(x, rsz, XMM0, r[0]);
		x_movq_xr(x, rsz, XMM1, r[1]);
		x_sse_arith(x, op, rsz, XMM0, XMM1);
		check_result(x, s, rsz, in->op == DM_IR_FMUL || in->op == DM_IR_FDIV);
		x_movq_rx(x, rsz, d, XMM0);
		break;
	}
	case DM_IR_FSQRT:
		x_movq_xr(x, rsz, XMM0, r[0]);
		x_sse_arith(x, SSE_SQRT, rsz, XMM0, XMM0);
		check_result(x, s, rsz, false);
		x_movq_rx(x, rsz, d, XMM0);
		break;
	case DM_IR_FMA:
		x_movq_xr(x, rsz, XMM0, r[0]);
		x_movq_xr(x, rsz, XMM1, r[1]);
		x_movq_xr(x, rsz, XMM2, r[2]);
		x_vfmadd231(x, rsz, XMM0, XMM1, XMM2);
		check_result(x, s, rsz, true);
		x_movq_rx(x, rsz, d, XMM0);
		break;
	case DM_IR_FCMP:
		x_movq_xr(x, rsz, XMM0, r[0]);
		x_movq_xr(x, rsz, XMM1, r[1]);
		x_ucomis(x, rsz, XMM0, XMM1);
		to_slow(s, x_jcc(x, CC_P));          /* unordered: a NaN */
		x_mov_imm(x, RAX, DM_FCMP_GT);       /* mov, not xor: the flags live on */
		x_mov_imm(x, RDX, DM_FCMP_EQ);
		x_cmov(x, CC_E, 4, RAX, RDX);
		x_mov_imm(x, RDX, DM_FCMP_LT);
		x_cmov(x, CC_B, 4, RAX, RDX);
		x_mov_rr(x, 4, d, RAX);
		break;
	case DM_IR_FMAX:
	case DM_IR_FMIN: {
		bool max = in->op == DM_IR_FMAX;
		x_movq_xr(x, rsz, XMM0, r[0]);
		x_movq_xr(x, rsz, XMM1, r[1]);
		x_mov_rr(x, rsz, R11, r[0]);                 /* equal: +0/-0 by the bits, */
		x_alu_rr(x, max ? ALU_AND : ALU_OR, rsz, R11, r[1]);   /* max AND, min OR */
		x_ucomis(x, rsz, XMM0, XMM1);
		to_slow(s, x_jcc(x, CC_P));                  /* unordered: a NaN */
		x_mov_rr(x, rsz, RAX, r[0]);
		x_cmov(x, max ? CC_B : CC_A, rsz, RAX, r[1]);
		x_cmov(x, CC_E, rsz, RAX, R11);
		x_mov_rr(x, rsz, d, RAX);
		break;
	}
	case DM_IR_FRINT: {
		static const uint8_t imm[4] = { 0, 2, 1, 3 };   /* IR mode -> ROUNDSD: nearest, up, down, zero */
		unsigned mode = (unsigned)in->size >> 4;
		x_movq_xr(x, rsz, XMM0, r[0]);
		x_ucomis(x, rsz, XMM0, XMM0);
		to_slow(s, x_jcc(x, CC_P));                  /* NaN */
		if (mode == 4) {
			/* ties away: trunc(v + copysign(0.5 - ulp/2, v)); the sum rounds
			 * to nearest, so a fraction of exactly one half carries over */
			x_mov_rr(x, rsz, RDX, r[0]);
			x_shift_imm(x, SH_SHR, rsz, RDX, rsz * 8 - 1);
			x_shift_imm(x, SH_SHL, rsz, RDX, rsz * 8 - 1);
			x_mov_imm(x, RAX, rsz == 8 ? 0x3fdfffffffffffffull : 0x3effffff);
			x_alu_rr(x, ALU_OR, rsz, RDX, RAX);
			x_movq_xr(x, rsz, XMM1, RDX);
			x_sse_arith(x, SSE_ADD, rsz, XMM1, XMM0);
			x_round(x, rsz, XMM0, XMM1, 3 | 8);
		} else {
			x_round(x, rsz, XMM0, XMM0, (uint8_t)(imm[mode] | 8));   /* 8: no precision exception */
		}
		x_movq_rx(x, rsz, d, XMM0);
		break;
	}
	case DM_IR_FCVT:
		x_movq_xr(x, asz, XMM0, r[0]);
		x_sse_arith(x, SSE_CVT, asz, XMM0, XMM0);   /* cvtsd2ss / cvtss2sd */
		check_result(x, s, rsz, rsz == 4);
		x_movq_rx(x, rsz, d, XMM0);
		break;
	case DM_IR_FTOSI:
	case DM_IR_FTOUI:
		x_movq_xr(x, asz, XMM0, r[0]);
		x_cvtt2si(x, asz, RAX, XMM0);        /* out of range, NaN: INT64_MIN */
		if (in->op == DM_IR_FTOSI && rsz == 8) {
			x_alu_ri(x, ALU_CMP, 8, RAX, 1);             /* overflows only for INT64_MIN */
			to_slow(s, x_jcc(x, CC_O));
		} else if (in->op == DM_IR_FTOSI) {
			x_movsx32(x, RDX, RAX);
			x_alu_rr(x, ALU_CMP, 8, RDX, RAX);           /* fits in 32 bits ... */
			to_slow(s, x_jcc(x, CC_NE));
			x_alu_ri(x, ALU_CMP, 4, RAX, 1);             /* ... and is not INT32_MIN */
			to_slow(s, x_jcc(x, CC_O));
		} else if (rsz == 8) {
			x_test_rr(x, 8, RAX, RAX);                   /* [0, 2^63) */
			to_slow(s, x_jcc(x, CC_S));
		} else {
			x_mov_rr(x, 8, RDX, RAX);
			x_shift_imm(x, SH_SHR, 8, RDX, 32);          /* [0, 2^32) */
			to_slow(s, x_jcc(x, CC_NE));
		}
		x_mov_rr(x, rsz, d, RAX);
		break;
	case DM_IR_SITOF:
	case DM_IR_UITOF: {
		int src = r[0], isz = asz;
		if (in->op == DM_IR_UITOF) {
			if (asz == 8) {
				x_test_rr(x, 8, src, src);            /* the top bit set: slow */
				to_slow(s, x_jcc(x, CC_S));
			} else {
				x_mov_rr(x, 4, RAX, src);             /* zero-extend, convert as 64-bit */
				src = RAX;
			}
			isz = 8;
		}
		x_xorps(x, XMM0, XMM0);                      /* no dependency on old xmm0 */
		x_cvtsi2f(x, rsz, isz, XMM0, src);
		x_movq_rx(x, rsz, d, XMM0);
		break;
	}
	}
}

void x86_lower_fp(struct cg *g, const struct dm_ir_insn *in, int32_t i)
{
	static const int scratch[3] = { RCX, RDX, R11 };   /* rax: the checks' scratch */
	const struct dm_ir_fp *fp = dm_ir_fp_of(in);
	struct xbuf *x = g->x;
	const dm_temp ops[3] = { in->a, in->b, in->c };
	int nsrc = dm_ir_op_nsrc[in->op], r[3] = { 0, 0, 0 };
	for (int k = 0; k < nsrc; k++) r[k] = x86_fetch(g, ops[k], scratch[k]);
	x86_release(g, i, in);
	int d = x86_def(g, in->dst);

	if (g->nfpslow == g->capfpslow) {
		g->capfpslow = g->capfpslow ? 2 * g->capfpslow : 16;
		g->fpslow = realloc(g->fpslow, sizeof *g->fpslow * g->capfpslow);
	}
	struct x86_fpslow *s = &g->fpslow[g->nfpslow++];
	*s = (struct x86_fpslow){ .fn = (uint64_t)(uintptr_t)fp->slow, .nsrc = (uint8_t)nsrc, .dst = (uint8_t)d };
	for (int k = 0; k < nsrc; k++) s->src[k] = (uint8_t)r[k];
	for (int reg = 0; reg < 16; reg++)
		if ((CALLER_SAVED & (1u << reg)) && g->regtemp[reg] && reg != d) s->save |= 1u << reg;

	/* the guest's FP environment: control bits clear, status bits set */
	if (fp->ctl_clear) {
		x_test_mi(x, REG_CPU, (int32_t)fp->ctl_off, (int32_t)fp->ctl_clear);
		to_slow(s, x_jcc(x, CC_NE));
	}
	if (fp->st_set) {
		x_load(x, 4, RAX, REG_CPU, (int32_t)fp->st_off);
		x_g3(x, G3_NOT, 4, RAX);
		x_alu_ri(x, ALU_AND, 4, RAX, (int32_t)fp->st_set);
		to_slow(s, x_jcc(x, CC_NE));
	}
	if ((in->op == DM_IR_FMA && !have_fma()) || (in->op == DM_IR_FRINT && !have_sse41())) to_slow(s, x_jmp(x));
	else if (dm_ir_fp_pair(in)) fast_pair(g, in, s, r, d);
	else fast(g, in, s, r, d);
	s->resume = x->p;
}

/* Each slow path: save live caller-saved registers, arguments (cpu, a, b, c),
 * call, result to the destination, restore, back to the fast path's end. */
void x86_fp_stubs(struct cg *g)
{
	static const int arg[3] = { RSI, RDX, RCX };
	struct xbuf *x = g->x;
	for (uint32_t k = 0; k < g->nfpslow; k++) {
		struct x86_fpslow *s = &g->fpslow[k];
		for (int j = 0; j < s->nsite; j++) x_patch(s->site[j], x->p);
		int n = 0;
		for (int reg = 0; reg < 16; reg++)
			if (s->save & (1u << reg)) { x_push(x, reg); n++; }
		for (int j = 0; j < s->nsrc; j++) x_push(x, s->src[j]);   /* a parallel move through the stack */
		for (int j = s->nsrc; j-- > 0;) x_pop(x, arg[j]);
		for (int j = s->nsrc; j < 3; j++) x_alu_rr(x, ALU_XOR, 4, arg[j], arg[j]);   /* absent: 0, as in the IR */
		if (n & 1) x_alu_ri(x, ALU_SUB, 8, RSP, 8);              /* keep rsp 16-byte aligned */
		x_mov_rr(x, 8, RDI, REG_CPU);
		x_mov_imm(x, RAX, s->fn);
		x_call_r(x, RAX);
		if (n & 1) x_alu_ri(x, ALU_ADD, 8, RSP, 8);
		x_mov_rr(x, 8, s->dst, RAX);
		for (int reg = 16; reg-- > 0;)
			if (s->save & (1u << reg)) x_pop(x, reg);
		x_jmp_to(x, s->resume);
	}
	free(g->fpslow);
	g->fpslow = NULL;
	g->nfpslow = g->capfpslow = 0;
}
