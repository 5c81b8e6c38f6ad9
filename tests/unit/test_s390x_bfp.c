/* tests/unit/test_s390x_bfp.c: the s390x BFP slow paths and helpers
 * (arch/s390x/fp_soft.c, fp_bfp.c, fp_helpers.c) without the translator.
 *
 * Two parts.  Exact cases written here: NaN choice, default NaN, rounding
 * modes, tininess after rounding, overflow by mode, conversions at their
 * limits, the FPC flags and the traps (DXC, si_code, suppression versus
 * completion with the PoO's scaled result).  And a replay: given the output
 * of tests/s390x_fp/bfp_ops run under qemu-s390x (the file named by
 * S390X_BFP_ORACLE), every line is recomputed here on a CPU state the way
 * the translator would and compared bit for bit. */
#include <glib.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "arch/s390x/cc.h"
#include "arch/s390x/fp_bfp.h"
#include "arch/s390x/fp_helpers.h"
#include "emu/signal/signal.h"

/* what fp_bfp.c uses of the emulator: the fault landing pad and guest memory */
__thread sigjmp_buf dm_fault_jmp;
__thread volatile int dm_in_guest;
__thread struct dm_fault dm_last_fault;
uintptr_t dm_guest_base;

typedef unsigned long long u64;

static struct s390x_cpu cpu;

/* ---- exact cases --------------------------------------------------------------- */
static u64 arith(enum bfp_fmt f, enum bfp_bop op, u64 a, u64 b, uint32_t fpc, uint32_t *fpc_out)
{
	cpu.fpc = fpc;
	u64 r = (u64)s390x_bfp_arith(&cpu, f, op, a, b, false);
	*fpc_out = cpu.fpc;
	return r;
}

static void test_nan(void)
{
	uint32_t fpc;
	/* 0/0: the default NaN, invalid flag */
	g_assert_cmphex(arith(BFP_L, BOP_DIV, 0, 0, 0, &fpc), ==, 0x7ff8000000000000);
	g_assert_cmphex(fpc, ==, 0x00800000);
	g_assert_cmphex(arith(BFP_S, BOP_DIV, 0, 0, 0, &fpc), ==, 0x7fc00000);
	/* an SNaN wins over a QNaN whatever the order, quieted */
	g_assert_cmphex(arith(BFP_L, BOP_ADD, 0x7ff8000000000003, 0xfff0000000000002, 0, &fpc), ==, 0xfff8000000000002);
	g_assert_cmphex(fpc, ==, 0x00800000);
	/* two QNaNs: the first operand's, no flag */
	g_assert_cmphex(arith(BFP_L, BOP_MUL, 0xfff8000000000004, 0x7ff8000000000003, 0, &fpc), ==, 0xfff8000000000004);
	g_assert_cmphex(fpc, ==, 0);
	/* inf - inf */
	g_assert_cmphex(arith(BFP_S, BOP_SUB, 0x7f800000, 0x7f800000, 0, &fpc), ==, 0x7fc00000);
	/* extended default NaN */
	cpu.fpc = 0;
	u128 x = s390x_bfp_sqrt(&cpu, BFP_X, (u128)0xbfff000000000000ull << 64);
	g_assert_cmphex((u64)(x >> 64), ==, 0x7fff800000000000);
	g_assert_cmphex((u64)x, ==, 0);
}

static void test_rounding(void)
{
	uint32_t fpc;
	/* 1 + 2^-53: a tie, to even (down) or up by mode */
	g_assert_cmphex(arith(BFP_L, BOP_ADD, 0x3ff0000000000000, 0x3ca0000000000000, 0, &fpc), ==, 0x3ff0000000000000);
	g_assert_cmphex(fpc, ==, 0x00080000);
	g_assert_cmphex(arith(BFP_L, BOP_ADD, 0x3ff0000000000000, 0x3ca0000000000000, 2, &fpc), ==, 0x3ff0000000000001);
	g_assert_cmphex(arith(BFP_L, BOP_ADD, 0x3ff0000000000000, 0x3ca0000000000000, 1, &fpc), ==, 0x3ff0000000000000);
	/* prepare for shorter precision: truncate, last bit one */
	g_assert_cmphex(arith(BFP_L, BOP_ADD, 0x3ff0000000000000, 0x3ca0000000000000, 7, &fpc), ==, 0x3ff0000000000001);
	/* -1 - 2^-53 toward minus infinity */
	g_assert_cmphex(arith(BFP_L, BOP_SUB, 0xbff0000000000000, 0x3ca0000000000000, 3, &fpc), ==, 0xbff0000000000001);
	/* exact cancellation: +0, except rounding toward minus: -0 */
	g_assert_cmphex(arith(BFP_L, BOP_SUB, 0x3ff0000000000000, 0x3ff0000000000000, 0, &fpc), ==, 0);
	g_assert_cmphex(arith(BFP_L, BOP_SUB, 0x3ff0000000000000, 0x3ff0000000000000, 3, &fpc), ==, 0x8000000000000000);
	/* 1/3 in extended */
	cpu.fpc = 0;
	u128 t = s390x_bfp_arith(&cpu, BFP_X, BOP_DIV, (u128)0x3fff000000000000ull << 64, (u128)0x4000800000000000ull << 64, false);
	g_assert_cmphex((u64)(t >> 64), ==, 0x3ffd555555555555);
	g_assert_cmphex((u64)t, ==, 0x5555555555555555);
}

static void test_overflow_underflow(void)
{
	uint32_t fpc;
	/* max * 2: infinity to nearest, max toward zero, flags overflow + inexact */
	g_assert_cmphex(arith(BFP_L, BOP_MUL, 0x7fefffffffffffff, 0x4000000000000000, 0, &fpc), ==, 0x7ff0000000000000);
	g_assert_cmphex(fpc, ==, 0x00280000);
	g_assert_cmphex(arith(BFP_L, BOP_MUL, 0x7fefffffffffffff, 0x4000000000000000, 1, &fpc), ==, 0x7fefffffffffffff);
	g_assert_cmphex(arith(BFP_L, BOP_MUL, 0xffefffffffffffff, 0x4000000000000000, 2, &fpc), ==, 0xffefffffffffffff);
	/* the smallest normal halved: exact subnormal, no flag; a third of it: underflow + inexact */
	g_assert_cmphex(arith(BFP_L, BOP_DIV, 0x0010000000000000, 0x4000000000000000, 0, &fpc), ==, 0x0008000000000000);
	g_assert_cmphex(fpc, ==, 0);
	g_assert_cmphex(arith(BFP_L, BOP_DIV, 0x0010000000000000, 0x4008000000000000, 0, &fpc), ==, 0x0005555555555555);
	g_assert_cmphex(fpc, ==, 0x00180000);
	/* tininess before rounding: 2^-1022 (1 - 2^-104) rounds to the smallest normal, yet underflows */
	g_assert_cmphex(arith(BFP_L, BOP_MUL, 0x0010000000000001, 0x3feffffffffffffe, 0, &fpc), ==, 0x0010000000000000);
	g_assert_cmphex(fpc, ==, 0x00180000);
}

/* a trap: the state as the interruption leaves it */
struct trap { bool taken; int code; uint32_t fpc; u64 f0; };

static struct trap run_trapping(void (*fn)(void))
{
	struct trap t = { 0 };
	static uint8_t code[8] = { 0xb3, 0x1a, 0x00, 0x02 };   /* an ADBR f0,f2 at "pc" 0 */
	dm_guest_base = (uintptr_t)code;
	cpu.common.pc = 0;
	if (sigsetjmp(dm_fault_jmp, 0)) {
		t.taken = true;
		t.code = dm_last_fault.code;
		g_assert_cmpint(dm_last_fault.sig, ==, SIGFPE);
		g_assert_cmphex(dm_last_fault.addr, ==, 0);
		g_assert_cmphex(cpu.common.pc, ==, 4);   /* the PSW is past the instruction */
	} else {
		fn();
	}
	t.fpc = cpu.fpc;
	t.f0 = cpu.f[0];
	return t;
}

static void div_by_zero(void) { cpu.f[0] = (u64)s390x_bfp_arith(&cpu, BFP_L, BOP_DIV, 0x3ff0000000000000, 0, true); }
static void overflow(void) { cpu.f[0] = (u64)s390x_bfp_arith(&cpu, BFP_L, BOP_ADD, 0x7fe0000000000000, 0x7fe0000000000000, true); }
static void inexact(void) { cpu.f[0] = (u64)s390x_bfp_arith(&cpu, BFP_L, BOP_ADD, 0x3ff0000000000000, 0x3c90000000000000, true); }
static void inexact_up(void) { cpu.f[0] = (u64)s390x_bfp_arith(&cpu, BFP_L, BOP_ADD, 0x3ff0000000000000, 0x3ca0000000000001, true); }
static void underflow(void) { cpu.f[0] = (u64)s390x_bfp_arith(&cpu, BFP_L, BOP_DIV, 0x0010000000000000, 0x4008000000000000, false); }
static void underflow_exact(void) { cpu.f[0] = (u64)s390x_bfp_arith(&cpu, BFP_L, BOP_DIV, 0x0010000000000000, 0x4000000000000000, false); }

/* CFDBR r1,5 of 2^31 (out of range) */
static void to_int_invalid(void) { cpu.f[2] = 0x41e0000000000000; s390x_h_to_int(&cpu, S390X_FPF(1, 2, 5, 0, BFP_L, 0, 0), 0, 0); }

static void test_traps(void)
{
	/* divide by zero enabled: suppressed (f0 untouched), DXC 0x40, no flag */
	cpu.f[0] = 0x1234;
	cpu.fpc = 0x40000000;
	struct trap t = run_trapping(div_by_zero);
	g_assert_true(t.taken);
	g_assert_cmpint(t.code, ==, FPE_FLTDIV);
	g_assert_cmphex(t.fpc, ==, 0x40004000);
	g_assert_cmphex(t.f0, ==, 0x1234);
	/* masked: infinity and the flag */
	cpu.fpc = 0;
	t = run_trapping(div_by_zero);
	g_assert_false(t.taken);
	g_assert_cmphex(t.f0, ==, 0x7ff0000000000000);
	g_assert_cmphex(t.fpc, ==, 0x00400000);
	/* overflow enabled: completes with 2^1024 scaled by 2^-1536, DXC 0x20 (exact) */
	cpu.fpc = 0x20000000;
	t = run_trapping(overflow);
	g_assert_true(t.taken);
	g_assert_cmpint(t.code, ==, FPE_FLTOVF);
	g_assert_cmphex(t.fpc, ==, 0x20002000);
	g_assert_cmphex(t.f0, ==, (u64)(1024 - 1536 + 1023) << 52);
	g_assert_cmpuint(s390x_cc_value(&cpu), ==, 2);
	/* inexact enabled: completes, DXC 0x08 (truncated) */
	cpu.fpc = 0x08000000;
	t = run_trapping(inexact);
	g_assert_true(t.taken);
	g_assert_cmpint(t.code, ==, FPE_FLTRES);
	g_assert_cmphex(t.fpc, ==, 0x08000800);
	g_assert_cmphex(t.f0, ==, 0x3ff0000000000000);
	/* rounded up: DXC 0x0c (inexact and incremented) */
	cpu.fpc = 0x08000000;
	t = run_trapping(inexact_up);
	g_assert_true(t.taken);
	g_assert_cmphex(t.fpc, ==, 0x08000c00);
	g_assert_cmphex(t.f0, ==, 0x3ff0000000000001);
	/* underflow enabled: 2^-1022 / 3 delivered times 2^1536, DXC 0x18 (inexact, truncated) */
	cpu.fpc = 0x10000000;
	t = run_trapping(underflow);
	g_assert_true(t.taken);
	g_assert_cmpint(t.code, ==, FPE_FLTUND);
	g_assert_cmphex(t.fpc, ==, 0x10001800);
	g_assert_cmphex(t.f0, ==, 0x5ff5555555555555);
	/* an exact tiny result traps too when enabled (DXC 0x10), and is silent when masked */
	cpu.fpc = 0x10000000;
	t = run_trapping(underflow_exact);
	g_assert_true(t.taken);
	g_assert_cmphex(t.fpc, ==, 0x10001000);
	g_assert_cmphex(t.f0, ==, (u64)(1536 - 1023 + 1023) << 52);
	cpu.fpc = 0;
	t = run_trapping(underflow_exact);
	g_assert_false(t.taken);
	g_assert_cmphex(t.f0, ==, 0x0008000000000000);
	g_assert_cmphex(t.fpc, ==, 0);
	/* convert to fixed out of range, invalid enabled: suppressed (r1 and
	 * the cc kept), DXC 0x80 (IEEE invalid; qemu 7.2 says 0x88 and si_code
	 * 0), FPE_FLTINV; no flags (masked, it would set invalid and inexact) */
	cpu.fpc = 0x80000000;
	cpu.r[1] = 0xaaaaaaaa55555555;
	s390x_cc_set(&cpu, 1);
	t = run_trapping(to_int_invalid);
	g_assert_true(t.taken);
	g_assert_cmpint(t.code, ==, FPE_FLTINV);
	g_assert_cmphex(t.fpc, ==, 0x80008000);
	g_assert_cmphex(cpu.r[1], ==, 0xaaaaaaaa55555555);
	g_assert_cmpuint(s390x_cc_value(&cpu), ==, 1);
	/* m4's XxC: no inexact at all, even enabled */
	cpu.fpc = 0x08000000;
	cpu.f[2] = 0x3fb999999999999a;
	s390x_h_convert(&cpu, S390X_FPF(0, 2, 0, 4, BFP_S, BFP_L, 0), 0, 0);
	g_assert_cmphex(cpu.f[0] >> 32, ==, 0x3dcccccd);
	g_assert_cmphex(cpu.fpc, ==, 0x08000000);
}

static void test_to_int(void)
{
	/* CFDBR r1,5 (toward zero) at the limits; cc 3 and the extreme value on invalid */
	static const struct { u64 in; uint32_t out; unsigned cc; uint32_t fpc; } cases[] = {
		{ 0x41dfffffffc00000, 0x7fffffff, 2, 0 },           /* 2^31 - 1 */
		{ 0x41e0000000000000, 0x7fffffff, 3, 0x00880000 },  /* 2^31: invalid, inexact along */
		{ 0xc1e0000000000000, 0x80000000, 1, 0 },           /* -2^31 */
		{ 0xc1e00000001fffff, 0x80000000, 1, 0x00080000 },  /* just below -2^31, truncates to it */
		{ 0xc1e0000000200000, 0x80000000, 3, 0x00880000 },  /* -2^31 - 1 */
		{ 0x7ff8000000000000, 0x80000000, 3, 0x00800000 },  /* NaN: invalid only */
		{ 0xbfe0000000000000, 0, 1, 0x00080000 },           /* -0.5: zero, but cc says negative */
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		cpu.f[2] = cases[k].in;
		cpu.r[1] = 0xaaaaaaaa55555555;
		cpu.fpc = 0;
		s390x_h_to_int(&cpu, S390X_FPF(1, 2, 5, 0, BFP_L, 0, 0), 0, 0);
		g_assert_cmphex(cpu.r[1], ==, 0xaaaaaaaa00000000ull | cases[k].out);
		g_assert_cmpuint(s390x_cc_value(&cpu), ==, cases[k].cc);
		g_assert_cmphex(cpu.fpc, ==, cases[k].fpc);
	}
}

/* where qemu 7.2 is not the PoO: the PoO's values */
static void test_poo_only(void)
{
	/* MDEBR: short * short into long, exact */
	memset(&cpu, 0, sizeof cpu);
	cpu.f[0] = 0x3fc000005a5a5a5aull;   /* 1.5 (the right half is not part of a short) */
	cpu.f[2] = 0x4040000000000000ull;   /* 3.0 */
	s390x_h_mul_len(&cpu, S390X_FPF(0, 2, 0, 0, BFP_L, 0, 0), 0, 0);
	g_assert_cmphex(cpu.f[0], ==, 0x4012000000000000);   /* 4.5 */
	/* MXDBR: long * long into the extended pair f0/f2 */
	cpu.f[0] = 0x3ff8000000000000ull;   /* 1.5 */
	cpu.f[4] = 0x3fd5555555555555ull;   /* about 1/3 */
	s390x_h_mul_len(&cpu, S390X_FPF(0, 4, 0, 0, BFP_X, 0, 0), 0, 0);
	g_assert_cmphex(cpu.f[0], ==, 0x3ffdffffffffffff);   /* (2^54 - 1) 2^-55: 53 ones after the leading one */
	g_assert_cmphex(cpu.f[2], ==, 0xf800000000000000);
	/* LTDBR of an SNaN: quieted, payload kept, invalid, cc 3 */
	cpu.fpc = 0;
	cpu.f[2] = 0x7ff0000000000456ull;
	s390x_h_load(&cpu, S390X_FPF(0, 2, 0, 0, BFP_L, FPL_TEST, 0), 0, 0);
	g_assert_cmphex(cpu.f[0], ==, 0x7ff8000000000456);
	g_assert_cmphex(cpu.fpc, ==, 0x00800000);
	g_assert_cmpuint(s390x_cc_value(&cpu), ==, 3);
	/* MADBR with NaNs: SNaN first (op2, op3, op1 order), then QNaN */
	cpu.fpc = 0;
	g_assert_cmphex((u64)s390x_bfp_fma(&cpu, BFP_L, 0x7ff8000000000001, 0x7ff8000000000003, 0x7ff8000000000002, false), ==,
			0x7ff8000000000002);
	g_assert_cmphex(cpu.fpc, ==, 0);
	g_assert_cmphex((u64)s390x_bfp_fma(&cpu, BFP_L, 0x7ff0000000000001, 0x7ff8000000000003, 0x3ff0000000000000, false), ==,
			0x7ff8000000000001);
	g_assert_cmphex(cpu.fpc, ==, 0x00800000);
	/* inf * 0 + 1: invalid, default NaN */
	cpu.fpc = 0;
	g_assert_cmphex((u64)s390x_bfp_fma(&cpu, BFP_L, 0x3ff0000000000000, 0x7ff0000000000000, 0, false), ==, 0x7ff8000000000000);
	g_assert_cmphex(cpu.fpc, ==, 0x00800000);
	/* one rounding: 1 + (1 + 2^-52)(1 - 2^-52) - 2 = -2^-104, exactly */
	cpu.fpc = 0;
	g_assert_cmphex((u64)s390x_bfp_fma(&cpu, BFP_L, 0xbff0000000000000, 0x3ff0000000000001, 0x3feffffffffffffe, false), ==,
			0xb970000000000000);
}

/* ---- the replay of qemu's output ----------------------------------------------- */
enum kind { K2, K1, KTOI, KFROM, KX, KTDC };
struct entry {
	const char *name;
	enum kind kind;
	bool cc;                     /* the instruction sets the cc */
	void (*run)(struct s390x_cpu *c);
};

static void put_cc(struct s390x_cpu *c, enum bfp_fmt f, u128 v) { s390x_cc_set(c, s390x_bfp_cc(f, v)); }
#define ARITH(nm, f, op, cc)                                                                    \
	static void nm(struct s390x_cpu *c)                                                     \
	{                                                                                       \
		u128 r = s390x_bfp_arith(c, f, op, s390x_fpr_get(c, f, 0), s390x_fpr_get(c, f, 2), cc); \
		s390x_fpr_put(c, f, 0, r);                                                      \
		if (cc) put_cc(c, f, r);                                                        \
	}
ARITH(r_adbr, BFP_L, BOP_ADD, true)
ARITH(r_sdbr, BFP_L, BOP_SUB, true)
ARITH(r_mdbr, BFP_L, BOP_MUL, false)
ARITH(r_ddbr, BFP_L, BOP_DIV, false)
ARITH(r_aebr, BFP_S, BOP_ADD, true)
ARITH(r_sebr, BFP_S, BOP_SUB, true)
ARITH(r_meebr, BFP_S, BOP_MUL, false)
ARITH(r_debr, BFP_S, BOP_DIV, false)
#define CALL(nm, fn, fields)                                                              \
	static void nm(struct s390x_cpu *c) { fn(c, fields, 0, 0); }
#define CALLCC(nm, fn, fields)                                                            \
	static void nm(struct s390x_cpu *c) { s390x_cc_set(c, (unsigned)fn(c, fields, 0, 0)); }
CALLCC(r_cdbr, s390x_h_compare, S390X_FPF(0, 2, 0, 0, BFP_L, 0, 0))
CALLCC(r_kdbr, s390x_h_compare, S390X_FPF(0, 2, 0, 0, BFP_L, 1, 0))
CALLCC(r_cebr, s390x_h_compare, S390X_FPF(0, 2, 0, 0, BFP_S, 0, 0))
CALLCC(r_kebr, s390x_h_compare, S390X_FPF(0, 2, 0, 0, BFP_S, 1, 0))
CALL(r_sqdbr, s390x_h_sqrt, S390X_FPF(0, 2, 0, 0, BFP_L, 0, 0))
CALL(r_sqebr, s390x_h_sqrt, S390X_FPF(0, 2, 0, 0, BFP_S, 0, 0))
CALL(r_mdebr, s390x_h_mul_len, S390X_FPF(0, 2, 0, 0, BFP_L, 0, 0))
static void r_madbr(struct s390x_cpu *c) { c->f[0] = (u64)s390x_bfp_fma(c, BFP_L, c->f[0], c->f[2], c->f[2], false); }
static void r_msdbr(struct s390x_cpu *c) { c->f[0] = (u64)s390x_bfp_fma(c, BFP_L, c->f[0], c->f[2], c->f[2], true); }
static void r_maebr(struct s390x_cpu *c)
{
	s390x_fpr_put(c, BFP_S, 0, s390x_bfp_fma(c, BFP_S, s390x_fpr_get(c, BFP_S, 0), s390x_fpr_get(c, BFP_S, 2), s390x_fpr_get(c, BFP_S, 2), false));
}
CALL(r_ltdbr, s390x_h_load, S390X_FPF(0, 2, 0, 0, BFP_L, FPL_TEST, 0))
CALL(r_lcdbr, s390x_h_load, S390X_FPF(0, 2, 0, 0, BFP_L, FPL_COMPLEMENT, 0))
CALL(r_lndbr, s390x_h_load, S390X_FPF(0, 2, 0, 0, BFP_L, FPL_NEGATIVE, 0))
CALL(r_lpdbr, s390x_h_load, S390X_FPF(0, 2, 0, 0, BFP_L, FPL_POSITIVE, 0))
CALL(r_ltebr, s390x_h_load, S390X_FPF(0, 2, 0, 0, BFP_S, FPL_TEST, 0))
CALL(r_lcebr, s390x_h_load, S390X_FPF(0, 2, 0, 0, BFP_S, FPL_COMPLEMENT, 0))
CALL(r_lpebr, s390x_h_load, S390X_FPF(0, 2, 0, 0, BFP_S, FPL_POSITIVE, 0))
CALL(r_ledbr, s390x_h_convert, S390X_FPF(0, 2, 0, 0, BFP_S, BFP_L, 0))
CALL(r_ledbra_1, s390x_h_convert, S390X_FPF(0, 2, 1, 0, BFP_S, BFP_L, 0))
CALL(r_ledbra_3, s390x_h_convert, S390X_FPF(0, 2, 3, 0, BFP_S, BFP_L, 0))
CALL(r_ledbra_5x, s390x_h_convert, S390X_FPF(0, 2, 5, 4, BFP_S, BFP_L, 0))
CALL(r_ldebr, s390x_h_convert, S390X_FPF(0, 2, 0, 0, BFP_L, BFP_S, 0))
CALL(r_fidbr_0, s390x_h_rint, S390X_FPF(0, 2, 0, 0, BFP_L, 0, 0))
CALL(r_fidbra_1, s390x_h_rint, S390X_FPF(0, 2, 1, 0, BFP_L, 0, 0))
CALL(r_fidbra_4x, s390x_h_rint, S390X_FPF(0, 2, 4, 4, BFP_L, 0, 0))
CALL(r_fidbra_5, s390x_h_rint, S390X_FPF(0, 2, 5, 0, BFP_L, 0, 0))
CALL(r_fidbra_6, s390x_h_rint, S390X_FPF(0, 2, 6, 4, BFP_L, 0, 0))
CALL(r_fidbra_7, s390x_h_rint, S390X_FPF(0, 2, 7, 4, BFP_L, 0, 0))
CALL(r_fiebr_0, s390x_h_rint, S390X_FPF(0, 2, 0, 0, BFP_S, 0, 0))
CALL(r_fiebra_5, s390x_h_rint, S390X_FPF(0, 2, 5, 0, BFP_S, 0, 0))
CALL(r_cfdbr_0, s390x_h_to_int, S390X_FPF(1, 2, 0, 0, BFP_L, 0, 0))
CALL(r_cfdbr_5, s390x_h_to_int, S390X_FPF(1, 2, 5, 0, BFP_L, 0, 0))
CALL(r_cfdbr_1, s390x_h_to_int, S390X_FPF(1, 2, 1, 0, BFP_L, 0, 0))
CALL(r_cgdbr_5, s390x_h_to_int, S390X_FPF(1, 2, 5, 0, BFP_L, 1, 0))
CALL(r_cgdbr_7, s390x_h_to_int, S390X_FPF(1, 2, 7, 0, BFP_L, 1, 0))
CALL(r_clfdbr_5, s390x_h_to_int, S390X_FPF(1, 2, 5, 0, BFP_L, 2, 0))
CALL(r_clgdbr_6, s390x_h_to_int, S390X_FPF(1, 2, 6, 0, BFP_L, 3, 0))
CALL(r_cfebr_5, s390x_h_to_int, S390X_FPF(1, 2, 5, 0, BFP_S, 0, 0))
CALL(r_cgebr_4, s390x_h_to_int, S390X_FPF(1, 2, 4, 0, BFP_S, 1, 0))
CALL(r_clfebr_5, s390x_h_to_int, S390X_FPF(1, 2, 5, 0, BFP_S, 2, 0))
CALL(r_cdfbr, s390x_h_from_int, S390X_FPF(0, 1, 0, 0, BFP_L, 0, 0))
CALL(r_cdgbr, s390x_h_from_int, S390X_FPF(0, 1, 0, 0, BFP_L, 1, 0))
CALL(r_cefbr, s390x_h_from_int, S390X_FPF(0, 1, 0, 0, BFP_S, 0, 0))
CALL(r_cegbr, s390x_h_from_int, S390X_FPF(0, 1, 0, 0, BFP_S, 1, 0))
CALL(r_cdlgbr, s390x_h_from_int, S390X_FPF(0, 1, 0, 0, BFP_L, 3, 0))
CALL(r_celfbr, s390x_h_from_int, S390X_FPF(0, 1, 0, 0, BFP_S, 2, 0))
CALL(r_cegbra_5, s390x_h_from_int, S390X_FPF(0, 1, 5, 0, BFP_S, 1, 0))
CALL(r_cdgbra_6x, s390x_h_from_int, S390X_FPF(0, 1, 6, 4, BFP_L, 1, 0))
CALL(r_axbr, s390x_h_arith, S390X_FPF(0, 4, 0, 0, BFP_X, BOP_ADD, 0))
CALL(r_sxbr, s390x_h_arith, S390X_FPF(0, 4, 0, 0, BFP_X, BOP_SUB, 0))
CALL(r_mxbr, s390x_h_arith, S390X_FPF(0, 4, 0, 0, BFP_X, BOP_MUL, 0))
CALL(r_dxbr, s390x_h_arith, S390X_FPF(0, 4, 0, 0, BFP_X, BOP_DIV, 0))
CALLCC(r_cxbr, s390x_h_compare, S390X_FPF(0, 4, 0, 0, BFP_X, 0, 0))
CALLCC(r_kxbr, s390x_h_compare, S390X_FPF(0, 4, 0, 0, BFP_X, 1, 0))
CALL(r_sqxbr, s390x_h_sqrt, S390X_FPF(0, 4, 0, 0, BFP_X, 0, 0))
CALL(r_ltxbr, s390x_h_load, S390X_FPF(0, 4, 0, 0, BFP_X, FPL_TEST, 0))
CALL(r_lcxbr, s390x_h_load, S390X_FPF(0, 4, 0, 0, BFP_X, FPL_COMPLEMENT, 0))
CALL(r_fixbr_0, s390x_h_rint, S390X_FPF(0, 4, 0, 0, BFP_X, 0, 0))
CALL(r_fixbra_5, s390x_h_rint, S390X_FPF(0, 4, 5, 4, BFP_X, 0, 0))
static void r_ldxbr_s(struct s390x_cpu *c) { s390x_h_convert(c, S390X_FPF(0, 4, 0, 0, BFP_L, BFP_X, 0), 0, 0); c->f[2] = 0; }
static void r_lexbr_s(struct s390x_cpu *c) { s390x_h_convert(c, S390X_FPF(0, 4, 0, 0, BFP_S, BFP_X, 0), 0, 0); c->f[2] = 0; }
static void r_cfxbr_5(struct s390x_cpu *c)
{
	c->r[0] = 0;
	s390x_h_to_int(c, S390X_FPF(0, 4, 5, 0, BFP_X, 0, 0), 0, 0);
	c->f[0] = c->r[0], c->f[2] = 0;
}
static void r_cgxbr_4(struct s390x_cpu *c)
{
	s390x_h_to_int(c, S390X_FPF(0, 4, 4, 0, BFP_X, 1, 0), 0, 0);
	c->f[0] = c->r[0], c->f[2] = 0;
}
CALL(r_lxdbr, s390x_h_convert, S390X_FPF(0, 4, 0, 0, BFP_X, BFP_L, 0))
CALL(r_mxdbr, s390x_h_mul_len, S390X_FPF(0, 4, 0, 0, BFP_X, 0, 0))

static const struct entry entries[] = {
	{ "adbr", K2, true, r_adbr }, { "sdbr", K2, true, r_sdbr }, { "mdbr", K2, false, r_mdbr },
	{ "ddbr", K2, false, r_ddbr }, { "cdbr", K2, true, r_cdbr }, { "kdbr", K2, true, r_kdbr },
	{ "aebr", K2, true, r_aebr }, { "sebr", K2, true, r_sebr }, { "meebr", K2, false, r_meebr },
	{ "debr", K2, false, r_debr }, { "cebr", K2, true, r_cebr }, { "kebr", K2, true, r_kebr },
	{ "sqdbr", K2, false, r_sqdbr }, { "sqebr", K2, false, r_sqebr }, { "mdebr", K2, false, r_mdebr },
	{ "madbr", K2, false, r_madbr }, { "msdbr", K2, false, r_msdbr }, { "maebr", K2, false, r_maebr },
	{ "ltdbr", K1, true, r_ltdbr }, { "lcdbr", K1, true, r_lcdbr }, { "lndbr", K1, true, r_lndbr },
	{ "lpdbr", K1, true, r_lpdbr }, { "ltebr", K1, true, r_ltebr }, { "lcebr", K1, true, r_lcebr },
	{ "lpebr", K1, true, r_lpebr }, { "ledbr", K1, false, r_ledbr }, { "ledbra_1", K1, false, r_ledbra_1 },
	{ "ledbra_3", K1, false, r_ledbra_3 }, { "ledbra_5x", K1, false, r_ledbra_5x }, { "ldebr", K1, false, r_ldebr },
	{ "fidbr_0", K1, false, r_fidbr_0 }, { "fidbra_1", K1, false, r_fidbra_1 }, { "fidbra_4x", K1, false, r_fidbra_4x },
	{ "fidbra_5", K1, false, r_fidbra_5 }, { "fidbra_6", K1, false, r_fidbra_6 }, { "fidbra_7", K1, false, r_fidbra_7 },
	{ "fiebr_0", K1, false, r_fiebr_0 }, { "fiebra_5", K1, false, r_fiebra_5 },
	{ "cfdbr_0", KTOI, true, r_cfdbr_0 }, { "cfdbr_5", KTOI, true, r_cfdbr_5 }, { "cfdbr_1", KTOI, true, r_cfdbr_1 },
	{ "cgdbr_5", KTOI, true, r_cgdbr_5 }, { "cgdbr_7", KTOI, true, r_cgdbr_7 }, { "clfdbr_5", KTOI, true, r_clfdbr_5 },
	{ "clgdbr_6", KTOI, true, r_clgdbr_6 }, { "cfebr_5", KTOI, true, r_cfebr_5 }, { "cgebr_4", KTOI, true, r_cgebr_4 },
	{ "clfebr_5", KTOI, true, r_clfebr_5 },
	{ "cdfbr", KFROM, false, r_cdfbr }, { "cdgbr", KFROM, false, r_cdgbr }, { "cefbr", KFROM, false, r_cefbr },
	{ "cegbr", KFROM, false, r_cegbr }, { "cdlgbr", KFROM, false, r_cdlgbr }, { "celfbr", KFROM, false, r_celfbr },
	{ "cegbra_5", KFROM, false, r_cegbra_5 }, { "cdgbra_6x", KFROM, false, r_cdgbra_6x },
	{ "axbr", KX, true, r_axbr }, { "sxbr", KX, true, r_sxbr }, { "mxbr", KX, false, r_mxbr },
	{ "dxbr", KX, false, r_dxbr }, { "cxbr", KX, true, r_cxbr }, { "kxbr", KX, true, r_kxbr },
	{ "sqxbr", KX, false, r_sqxbr }, { "ltxbr", KX, true, r_ltxbr }, { "lcxbr", KX, true, r_lcxbr },
	{ "fixbr_0", KX, false, r_fixbr_0 }, { "fixbra_5", KX, false, r_fixbra_5 }, { "ldxbr_s", KX, false, r_ldxbr_s },
	{ "lexbr_s", KX, false, r_lexbr_s }, { "cfxbr_5", KX, true, r_cfxbr_5 }, { "cgxbr_4", KX, true, r_cgxbr_4 },
	{ "lxdbr", KX, false, r_lxdbr }, { "mxdbr", KX, false, r_mxdbr },
	{ "tcdb", KTDC, false, NULL }, { "tceb", KTDC, false, NULL },
};

static u128 hex128(const char *s)
{
	char hi[17] = { 0 };
	memcpy(hi, s, 16);
	return (u128)g_ascii_strtoull(hi, NULL, 16) << 64 | g_ascii_strtoull(s + 16, NULL, 16);
}

/* one line: true when it matches (or is not one this replay knows) */
static bool replay(const char *line, unsigned *checked)
{
	char name[32], a[40], b[40], r[40];
	unsigned fpc, fpc_out, cc;
	if (sscanf(line, "%31s", name) != 1) return true;
	const struct entry *e = NULL;
	for (size_t k = 0; k < sizeof entries / sizeof entries[0]; k++)
		if (!strcmp(entries[k].name, name)) e = &entries[k];
	if (!e) return true;
	memset(&cpu, 0, sizeof cpu);
	cpu.cc_op = S390X_CC_STATIC;
	cpu.cc = 0;
	u128 want = 0, got = 0;
	uint32_t want_fpc = 0;
	bool cmp_cc = e->cc;
	switch (e->kind) {
	case K2:
		if (sscanf(line, "%*s %u %39s %39s -> %39s %x %u", &fpc, a, b, r, &fpc_out, &cc) != 6) return false;
		if (strlen(a) == 8) {
			cpu.f[0] = g_ascii_strtoull(a, NULL, 16) << 32 | 0x5a5a5a5a;
			cpu.f[2] = g_ascii_strtoull(b, NULL, 16) << 32;
		} else {
			cpu.f[0] = g_ascii_strtoull(a, NULL, 16);
			cpu.f[2] = g_ascii_strtoull(b, NULL, 16);
		}
		cpu.fpc = fpc;
		e->run(&cpu);
		want = g_ascii_strtoull(r, NULL, 16), got = cpu.f[0];
		break;
	case K1:
		if (sscanf(line, "%*s %u %39s -> %39s %x %u", &fpc, a, r, &fpc_out, &cc) != 5) return false;
		cpu.f[2] = strlen(a) == 8 ? g_ascii_strtoull(a, NULL, 16) << 32 : g_ascii_strtoull(a, NULL, 16);
		cpu.fpc = fpc;
		e->run(&cpu);
		want = g_ascii_strtoull(r, NULL, 16), got = cpu.f[0];
		break;
	case KTOI: {
		if (sscanf(line, "%*s %u %39s -> %39s %x %u", &fpc, a, r, &fpc_out, &cc) != 5) return false;
		u64 v = g_ascii_strtoull(a, NULL, 16);
		cpu.f[2] = v >> 32 ? v : v << 32;
		cpu.r[1] = 0x1111111122222222ull;
		cpu.fpc = fpc;
		e->run(&cpu);
		want = g_ascii_strtoull(r, NULL, 16), got = cpu.r[1];
		break;
	}
	case KFROM:
		if (sscanf(line, "%*s %u %39s -> %39s %x", &fpc, a, r, &fpc_out) != 4) return false;
		cpu.r[1] = g_ascii_strtoull(a, NULL, 16);
		cpu.fpc = fpc;
		e->run(&cpu);
		want = g_ascii_strtoull(r, NULL, 16), got = cpu.f[0];
		break;
	case KX: {
		if (sscanf(line, "%*s %u %39s %39s -> %39s %x %u", &fpc, a, b, r, &fpc_out, &cc) != 6) return false;
		s390x_fpr_put(&cpu, BFP_X, 0, hex128(a));
		s390x_fpr_put(&cpu, BFP_X, 4, hex128(b));
		cpu.fpc = fpc;
		e->run(&cpu);
		want = hex128(r), got = s390x_fpr_get(&cpu, BFP_X, 0);
		if (!strcmp(name, "cfxbr_5")) want = (uint32_t)want, got = (uint32_t)got;   /* r0's left half is unknown */
		break;
	}
	case KTDC: {
		unsigned bits, mine = 0;
		if (sscanf(line, "%*s %39s -> %x", a, &bits) != 2) return false;
		enum bfp_fmt f = strlen(a) == 8 ? BFP_S : BFP_L;
		cpu.f[2] = f == BFP_S ? g_ascii_strtoull(a, NULL, 16) << 32 : g_ascii_strtoull(a, NULL, 16);
		for (unsigned m = 0; m < 12; m++) mine |= (unsigned)s390x_h_tdc(&cpu, S390X_FPF(2, 0, 0, 0, f, 0, 0), 1u << m, 0) << m;
		(*checked)++;
		if (mine != bits) g_printerr("mismatch: %s  (mine %03x)\n", line, mine);
		return mine == bits;
	}
	}
	want_fpc = fpc_out;
	(*checked)++;
	bool ok = want == got && cpu.fpc == want_fpc && (!cmp_cc || s390x_cc_value(&cpu) == cc);
	if (!ok)
		g_printerr("mismatch: %s  (mine %016llx%016llx %08x %u)\n", line, (u64)(got >> 64), (u64)got, cpu.fpc,
			   s390x_cc_value(&cpu));
	return ok;
}

static void test_replay(void)
{
	const char *path = g_getenv("S390X_BFP_ORACLE");
	if (!path) {
		g_test_skip("S390X_BFP_ORACLE not set (tests/unit_s390x_bfp.t sets it)");
		return;
	}
	FILE *f = fopen(path, "r");
	g_assert_nonnull(f);
	char line[512];
	unsigned bad = 0, checked = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		if (!replay(line, &checked)) bad++;
	}
	fclose(f);
	g_test_message("%u lines checked, %u mismatches", checked, bad);
	g_assert_cmpuint(checked, >, 50000);
	g_assert_cmpuint(bad, ==, 0);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/s390x_bfp/nan", test_nan);
	g_test_add_func("/s390x_bfp/rounding", test_rounding);
	g_test_add_func("/s390x_bfp/overflow_underflow", test_overflow_underflow);
	g_test_add_func("/s390x_bfp/traps", test_traps);
	g_test_add_func("/s390x_bfp/to_int", test_to_int);
	g_test_add_func("/s390x_bfp/poo_only", test_poo_only);
	g_test_add_func("/s390x_bfp/replay_qemu", test_replay);
	return g_test_run();
}
