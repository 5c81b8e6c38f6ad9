/* tests/unit/test_ir_verify.c: the IR verifier (emu/dbt/ir_verify.c).  Valid
 * blocks pass; each rule has a block that breaks only it, and the verdict
 * names the instruction and the rule.  DM_IR_VERIFY=1 mode aborts with that
 * line and the block dump on stderr.  GLib test (--tap). */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu/dbt/ir_fp.h"
#include "emu/dbt/ir_v128.h"

static uint64_t helper(void *cpu, uint64_t a, uint64_t b, uint64_t c) { return (uint64_t)(uintptr_t)cpu + a + b + c; }
static const struct dm_ir_fp fp = { helper, 0, 0, 8, 0 };

/* a valid block touching most kinds of op */
static void good_block(struct dm_ir_block *b)
{
	dm_ir_init(b, 0x1000);
	dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, 0x1000);
	dm_temp x = dm_ir_get(b, 8, 64), k = dm_ir_const(b, 5);
	dm_temp s = dm_ir_op2(b, DM_IR_ADD, 8, x, k);
	dm_ir_put(b, 8, 72, s);
	dm_temp f = dm_ir_op2(b, DM_IR_SUBF, 4, x, k);
	dm_temp c = dm_ir_emit(b, DM_IR_COND, 8, f, 0, 0, DM_COND_SLT);
	dm_ir_emit(b, DM_IR_BRCOND, 8, c, 0, 0, 0x2000);
	dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, 0x1004);
	dm_temp v = dm_ir_ld(b, 2, s, DM_IR_F_BE);
	dm_temp w = dm_ir_lds(b, 4, s, 0);
	dm_ir_st(b, 8, s, v, DM_IR_F_BE);
	dm_ir_rmw(b, 4, DM_RMW_UMAX, s, w, DM_IR_F_BE);
	dm_ir_cas(b, 1, s, v, w, 0);
	dm_temp q = dm_ir_op2(b, DM_IR_SREM, 4, w, v);
	dm_temp h = dm_ir_call(b, DM_HELPER(helper), q, 0, 0);   /* absent operands read 0 */
	dm_temp r = dm_ir_emit(b, DM_IR_FCMP, 8, h, q, 0, (uint64_t)(uintptr_t)&fp);
	dm_ir_emit(b, DM_IR_SEXT, 8, r, 0, 0, 64);
	dm_ir_emit(b, DM_IR_FCVT, 0x48, h, 0, 0, (uint64_t)(uintptr_t)&fp);
	dm_ir_emit(b, DM_IR_FADD, DM_IR_FP_PAIR | 8, h, q, 0, (uint64_t)(uintptr_t)&fp);
	dm_ir_emit(b, DM_IR_V128, 8, 0, 0, 0, dm_v128_imm(DM_V128_AESE, 0x100, 0x110, 0x120));
	dm_ir_emit(b, DM_IR_EXITR, 8, h, 0, 0, 0);
	b->end_pc = 0x1008;
}

static void expect_ok(const struct dm_ir_block *b)
{
	char why[200] = "";
	if (!dm_ir_verify(b, why, sizeof why)) g_test_message("%s", why);
	g_assert_true(dm_ir_verify(b, why, sizeof why));
}

/* fails, naming instruction `at` and a rule containing `rule` */
static void expect_bad(const struct dm_ir_block *b, int at, const char *rule)
{
	char why[200] = "", where[32];
	g_assert_false(dm_ir_verify(b, why, sizeof why));
	g_test_message("%s", why);
	g_assert_nonnull(strstr(why, "IR verifier: block 0x1000"));
	if (at >= 0) {
		snprintf(where, sizeof where, "insn %d ", at);
		g_assert_nonnull(strstr(why, where));
	}
	g_assert_nonnull(strstr(why, rule));
}

static void test_valid(void)
{
	struct dm_ir_block b;
	good_block(&b);
	expect_ok(&b);
	dm_ir_free(&b);
	/* each other exit; a TRAP with a value above its kind */
	static const enum dm_ir_op exits[] = { DM_IR_EXIT, DM_IR_SYSCALL, DM_IR_TRAP };
	for (unsigned k = 0; k < G_N_ELEMENTS(exits); k++) {
		dm_ir_init(&b, 0x1000);
		dm_ir_emit(&b, DM_IR_INSN, 8, 0, 0, 0, 0x1000);
		dm_ir_emit(&b, exits[k], 8, 0, 0, 0, exits[k] == DM_IR_TRAP ? DM_TRAP_BRK | 0x1234 << 8 : 0x1004);
		expect_ok(&b);
		dm_ir_free(&b);
	}
}

/* Build the good block, let `spoil` break it, check the verdict. */
struct bad_case {
	const char *name;
	void (*spoil)(struct dm_ir_block *b);
	int at;   /* instruction the verdict names, -1: any */
	const char *rule;
};

static struct dm_ir_insn *find(struct dm_ir_block *b, enum dm_ir_op op, int *at)
{
	for (uint32_t i = 0; i < b->n; i++)
		if (b->insn[i].op == op) { if (at) *at = (int)i; return &b->insn[i]; }
	g_assert_not_reached();
}
static int at_of(struct dm_ir_block *b, enum dm_ir_op op) { int at; find(b, op, &at); return at; }

static void use_before_def(struct dm_ir_block *b) { find(b, DM_IR_ADD, NULL)->b = b->ntemps - 1; }
static void defined_twice(struct dm_ir_block *b) { find(b, DM_IR_SREM, NULL)->dst = find(b, DM_IR_ADD, NULL)->dst; }
static void temp_out_of_range(struct dm_ir_block *b) { find(b, DM_IR_PUT, NULL)->a = (dm_temp)b->ntemps; }
static void operand_missing(struct dm_ir_block *b) { find(b, DM_IR_ADD, NULL)->b = 0; }
static void operand_extra(struct dm_ir_block *b) { find(b, DM_IR_PUT, NULL)->b = 1; }
static void dst_on_put(struct dm_ir_block *b) { find(b, DM_IR_PUT, NULL)->dst = (dm_temp)(b->ntemps++); }
static void dst_missing(struct dm_ir_block *b) { find(b, DM_IR_SREM, NULL)->dst = 0; }
static void size_shift(struct dm_ir_block *b) { find(b, DM_IR_SREM, NULL)->size = 2; }
static void size_odd(struct dm_ir_block *b) { find(b, DM_IR_LDS, NULL)->size = 3; }
static void size_fp(struct dm_ir_block *b) { find(b, DM_IR_FCVT, NULL)->size = 0x44; }
static void size_pair(struct dm_ir_block *b) { find(b, DM_IR_FCMP, NULL)->size = DM_IR_FP_PAIR | 8; }
static void cond_range(struct dm_ir_block *b) { find(b, DM_IR_COND, NULL)->imm = DM_COND_NCONDS; }
static void rmw_range(struct dm_ir_block *b) { find(b, DM_IR_RMW, NULL)->imm = DM_RMW_NOPS; }
static void sext_range(struct dm_ir_block *b) { find(b, DM_IR_SEXT, NULL)->imm = 65; }
static void imm_unused(struct dm_ir_block *b) { find(b, DM_IR_ADD, NULL)->imm = 3; }
static void fp_null(struct dm_ir_block *b) { find(b, DM_IR_FCMP, NULL)->imm = 0; }
static void call_null(struct dm_ir_block *b) { find(b, DM_IR_CALL, NULL)->imm = 0; }
static void v128_kind(struct dm_ir_block *b) { find(b, DM_IR_V128, NULL)->imm = dm_v128_imm(DM_V128_NKINDS, 0x100, 0, 0); }
static void v128_high(struct dm_ir_block *b) { find(b, DM_IR_V128, NULL)->imm |= 1ull << 60; }
static void be_on_alu(struct dm_ir_block *b) { find(b, DM_IR_ADD, NULL)->flags = DM_IR_F_BE; }
static void be_on_get(struct dm_ir_block *b) { find(b, DM_IR_GET, NULL)->flags = DM_IR_F_BE; }
static void flag_unknown(struct dm_ir_block *b) { find(b, DM_IR_LD, NULL)->flags = 0x80; }
static void bad_opcode(struct dm_ir_block *b) { find(b, DM_IR_SREM, NULL)->op = DM_IR_NOPS; }
static void no_exit(struct dm_ir_block *b) { b->n--; }
static void after_exit(struct dm_ir_block *b) { dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, 0x1008); }
static void exit_early(struct dm_ir_block *b)
{
	struct dm_ir_insn *x = find(b, DM_IR_BRCOND, NULL);
	x->op = DM_IR_EXITR;
	x->imm = 0;
}
static void empty(struct dm_ir_block *b) { b->n = 0; }
static void fault_first(struct dm_ir_block *b)
{
	b->insn[0] = (struct dm_ir_insn){ .op = DM_IR_CALL, .size = 8, .dst = (dm_temp)b->ntemps++, .imm = DM_HELPER(helper) };
}
static void trap_kind(struct dm_ir_block *b)
{
	struct dm_ir_insn *x = &b->insn[b->n - 1];
	x->op = DM_IR_TRAP;
	x->a = 0;
	x->imm = DM_TRAP_NKINDS | 1 << 8;
}

static const struct bad_case cases[] = {
	{ "use-before-def", use_before_def, -1, "used before it is defined" },
	{ "defined-twice", defined_twice, -1, "defined twice" },
	{ "temp-out-of-range", temp_out_of_range, -1, "used before it is defined" },
	{ "operand-missing", operand_missing, -1, "operand b missing" },
	{ "operand-extra", operand_extra, -1, "operand b given but the op takes 1" },
	{ "dst-on-put", dst_on_put, -1, "on an op without one" },
	{ "dst-missing", dst_missing, -1, "destination t0 out of range" },
	{ "size-srem-2", size_shift, -1, "size 0x2 not allowed" },
	{ "size-3", size_odd, -1, "size 0x3 not allowed" },
	{ "size-fcvt", size_fp, -1, "size 0x44 not allowed" },
	{ "size-fcmp-pair", size_pair, -1, "size 0x48 not allowed" },
	{ "cond-range", cond_range, -1, "condition not an enum dm_cond" },
	{ "rmw-range", rmw_range, -1, "not an enum dm_ir_rmw" },
	{ "trap-kind", trap_kind, -1, "trap kind not an enum dm_trap" },
	{ "sext-range", sext_range, -1, "bit count not in 1..64" },
	{ "imm-unused", imm_unused, -1, "imm must be 0" },
	{ "fp-null", fp_null, -1, "no struct dm_ir_fp" },
	{ "call-null", call_null, -1, "no helper" },
	{ "v128-kind", v128_kind, -1, "not a V128 kind and offsets" },
	{ "v128-high-bits", v128_high, -1, "not a V128 kind and offsets" },
	{ "be-on-alu", be_on_alu, -1, "byte-order flag on a non-memory op" },
	{ "be-on-get", be_on_get, -1, "byte-order flag on a non-memory op" },
	{ "flag-unknown", flag_unknown, -1, "unknown flags 0x80" },
	{ "bad-opcode", bad_opcode, -1, "out of range" },
	{ "no-exit", no_exit, -1, "does not end with EXIT" },
	{ "after-exit", after_exit, -1, "instruction after the block's exit" },
	{ "exit-early", exit_early, 8, "instruction after the block's exit" },
	{ "empty", empty, -1, "is empty" },
	{ "fault-before-insn", fault_first, -1, "can fault before the first INSN" },
};

static void test_bad(gconstpointer p)
{
	const struct bad_case *c = p;
	struct dm_ir_block b;
	good_block(&b);
	/* the instruction named: the spoiled one, found by diffing a copy */
	struct dm_ir_insn *orig = g_memdup2(b.insn, sizeof *b.insn * b.n);
	uint32_t n0 = b.n;
	c->spoil(&b);
	int at = c->at;
	for (uint32_t i = 0; i < n0 && i < b.n && at < 0; i++)
		if (memcmp(&orig[i], &b.insn[i], sizeof orig[i])) at = (int)i;
	expect_bad(&b, at, c->rule);
	g_free(orig);
	dm_ir_free(&b);
}

/* the message for an unknown opcode must carry the real number */
static void test_opcode_number(void)
{
	char want[64];
	snprintf(want, sizeof want, "opcode %d out of range", DM_IR_NOPS);
	struct dm_ir_block b;
	good_block(&b);
	b.insn[at_of(&b, DM_IR_SREM)].op = DM_IR_NOPS;
	char why[200];
	g_assert_false(dm_ir_verify(&b, why, sizeof why));
	g_assert_nonnull(strstr(why, want));
	dm_ir_free(&b);
}

/* The table itself: facts that must agree with each other. */
static void test_facts(void)
{
	for (int op = 0; op < DM_IR_NOPS; op++) {
		unsigned fx = dm_ir_op_fx[op];
		g_assert_cmpuint(dm_ir_op_nsrc[op], <=, 3);
		if (fx & DM_FX_END) g_assert_false(dm_ir_op_has_dst[op]);        /* nothing reads past an exit */
		if (fx & DM_FX_GMEM) {
			g_assert_cmpuint(dm_ir_op_nsrc[op], >=, 1);                 /* the address is a */
			g_assert_cmpuint(dm_ir_op_sizes[op], ==, DM_SZ_1248);
			g_assert_true(fx & DM_FX_FAULT);
		}
		if (dm_ir_op_sizes[op] == DM_SZ_FP) g_assert_cmpuint(dm_ir_op_immk[op], ==, DM_IMM_FP);
		if (dm_ir_pure(op)) g_assert_true(dm_ir_removable(op));
	}
	g_assert_true(dm_ir_removable(DM_IR_GET));
	g_assert_false(dm_ir_removable(DM_IR_LD));
	g_assert_false(dm_ir_removable(DM_IR_FADD));   /* its slow path may set status bits */
	g_assert_true(dm_ir_pure(DM_IR_UDIV));         /* total: never traps */
}

/* DM_IR_VERIFY=1: one line naming the rule, the block dump, abort */
static void test_env_abort(void)
{
	if (g_test_subprocess()) {
		setenv("DM_IR_VERIFY", "1", 1);
		struct dm_ir_block b;
		good_block(&b);
		cond_range(&b);
		dm_ir_verify_env(&b);
		return;   /* not reached */
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_failed();
	g_test_trap_assert_stderr("dragoman: IR verifier: block 0x1000 insn 6 (COND): condition not an enum dm_cond*"
				  "block 0x1000: 2 guest insns*t5 = COND.8 t4 #0x10*");
}

/* ... and a good block goes through without a word */
static void test_env_quiet(void)
{
	if (g_test_subprocess()) {
		setenv("DM_IR_VERIFY", "1", 1);
		struct dm_ir_block b;
		good_block(&b);
		dm_ir_verify_env(&b);
		return;
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_passed();
	g_test_trap_assert_stderr("");
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/ir_verify/valid", test_valid);
	for (unsigned k = 0; k < G_N_ELEMENTS(cases); k++) {
		char *path = g_strdup_printf("/ir_verify/bad/%s", cases[k].name);
		g_test_add_data_func(path, &cases[k], test_bad);
		g_free(path);
	}
	g_test_add_func("/ir_verify/opcode_number", test_opcode_number);
	g_test_add_func("/ir_verify/facts", test_facts);
	g_test_add_func("/ir_verify/env_abort", test_env_abort);
	g_test_add_func("/ir_verify/env_quiet", test_env_quiet);
	return g_test_run();
}
