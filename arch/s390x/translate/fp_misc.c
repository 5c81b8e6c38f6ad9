/* arch/s390x/translate/fp_misc.c: the BFP instructions that move or
 * inspect values: load and test/complement/negative/positive, the 64-bit
 * sign operations (LCDFR, LNDFR, LPDFR, CPSDR), LXR, LZXR, test data class,
 * and the rounding-mode setters SRNM and SRNMB. */
#include "arch/s390x/translate/fp_ir.h"

/* LTEBR LTDBR ride on FADD(x, -0): x itself for every x that is not a NaN,
 * exactly and raising nothing, so no guard; infinities and NaNs go to the
 * slow path, which quiets an SNaN and signals invalid */
static uint64_t slow_lteb(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	(void)b, (void)c;
	return (uint64_t)s390x_bfp_load_test(cpu, BFP_S, a);
}
static uint64_t slow_ltdb(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	(void)b, (void)c;
	return (uint64_t)s390x_bfp_load_test(cpu, BFP_L, a);
}
static const struct dm_ir_fp d_lteb = { slow_lteb, S390X_OFF_FPC, 0, S390X_OFF_FPC, 0 },
			     d_ltdb = { slow_ltdb, S390X_OFF_FPC, 0, S390X_OFF_FPC, 0 };

/* row argument: format | arg << 12 (as in fp_conv.c) */
#define C(to, from, mem, arg) ((to) | (from) << 4 | (mem) << 8 | (arg) << 12)
#define TO(i) ((enum bfp_fmt)((i)->arg & 15))
#define CARG(i) ((i)->arg >> 12)

static bool regs_ok(enum bfp_fmt f, unsigned r) { return f != BFP_X || s390x_fpair_ok(r); }

/* TCxB: the class mask is the second-operand address's low 12 bits */
static bool tdc(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (!regs_ok(TO(i), i->r1)) return s390x_spec(t);
	dm_temp mask = s390x_op2i(t, DM_IR_AND, 8, s390x_addr(t, i->x2, i->b2, i->d2), 0xfff);
	s390x_cc_static(t, s390x_fp_call(t, s390x_h_tdc, S390X_FPF(i->r1, 0, 0, 0, TO(i), 0, 0), mask));
	return true;
}

/* LTxBR LCxBR LNxBR LPxBR: CARG the enum s390x_fp_load.  The sign loads of
 * short and long values raise nothing: bit work plus the cc */
static bool load(struct s390x_tr *t, const struct s390x_insn *i)
{
	enum bfp_fmt f = TO(i);
	enum s390x_fp_load k = (enum s390x_fp_load)CARG(i);
	if (!regs_ok(f, i->r1) || !regs_ok(f, i->r2)) return s390x_spec(t);
	if (f == BFP_X) {
		s390x_fp_call(t, s390x_h_load, S390X_FPF(i->r1, i->r2, 0, 0, f, k, 0), 0);
		return true;
	}
	uint64_t sign = f == BFP_S ? 0x80000000u : 1ull << 63;
	dm_temp v = s390x_fget(t, f, i->r2);
	if (k == FPL_TEST) {
		s390x_fp_pc(t);
		v = s390x_emit(t, DM_IR_FADD, f == BFP_S ? 4 : 8, v, s390x_const(t, sign), 0,
			       (uint64_t)(uintptr_t)(f == BFP_S ? &d_lteb : &d_ltdb));
	} else if (k == FPL_COMPLEMENT) v = s390x_op2i(t, DM_IR_XOR, 8, v, sign);
	else if (k == FPL_NEGATIVE) v = s390x_op2i(t, DM_IR_OR, 8, v, sign);
	else v = s390x_op2i(t, DM_IR_AND, 8, v, ~sign & (sign | (sign - 1)));
	s390x_fput(t, f, i->r1, v);
	s390x_fp_cc(t, f, v);
	return true;
}

/* LCDFR LNDFR LPDFR: the sign of the whole 64-bit register, no cc;
 * CPSDR R1,R3,R2: R3's sign with R2's rest (RRF-b: R3 is in the m3 place) */
static bool sign64(struct s390x_tr *t, const struct s390x_insn *i)
{
	const uint64_t sign = 1ull << 63;
	dm_temp v = s390x_fget(t, BFP_L, i->r2);
	switch (CARG(i)) {
	case 0: v = s390x_op2i(t, DM_IR_XOR, 8, v, sign); break;
	case 1: v = s390x_op2i(t, DM_IR_OR, 8, v, sign); break;
	case 2: v = s390x_op2i(t, DM_IR_AND, 8, v, sign - 1); break;
	default:
		v = s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_AND, 8, v, sign - 1),
			      s390x_op2i(t, DM_IR_AND, 8, s390x_fget(t, BFP_L, i->r3), sign));
		break;
	}
	s390x_fput(t, BFP_L, i->r1, v);
	return true;
}

/* LXR: a register pair copy; LZXR: a pair of zeros */
static bool lxr(struct s390x_tr *t, const struct s390x_insn *i)
{
	if (!s390x_fpair_ok(i->r1) || (!CARG(i) && !s390x_fpair_ok(i->r2))) return s390x_spec(t);
	dm_temp hi = CARG(i) ? s390x_const(t, 0) : s390x_fget(t, BFP_L, i->r2);
	dm_temp lo = CARG(i) ? hi : s390x_fget(t, BFP_L, i->r2 + 2);
	s390x_fput(t, BFP_L, i->r1, hi);
	s390x_fput(t, BFP_L, i->r1 + 2, lo);
	return true;
}

/* SRNM (the BFP rounding mode from the address's last two bits, the
 * mode's third bit cleared, as qemu-s390x does) and SRNMB (the last three
 * bits; 4-6 are not rounding modes: a specification exception) */
static bool srnm(struct s390x_tr *t, const struct s390x_insn *i)
{
	unsigned bits = CARG(i);
	dm_temp mode = s390x_op2i(t, DM_IR_AND, 8, s390x_addr(t, 0, i->b2, i->d2), (1u << bits) - 1);
	dm_temp fpc = dm_ir_get(t->b, 4, S390X_OFF_FPC);
	dm_temp nf = s390x_op2(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_AND, 8, fpc, ~(uint64_t)FPC_RM & 0xffffffffu), mode);
	if (bits == 3) {
		if (!i->b2) {
			if (i->d2 % 8 >= 4 && i->d2 % 8 <= 6) return s390x_spec(t);
		} else {
			dm_temp bad = s390x_rel(t, DM_COND_ULT, 8, s390x_op2i(t, DM_IR_SUB, 8, mode, 4), s390x_const(t, 3));
			dm_ir_put(t->b, 4, S390X_OFF_FPC, s390x_select(t, bad, fpc, nf));
			s390x_spec_if(t, bad);
			return true;
		}
	}
	dm_ir_put(t->b, 4, S390X_OFF_FPC, nf);
	return true;
}

const struct s390x_row s390x_rows_fp_misc[] = {
	S390X_ROW(0xed10, RXE, "TCEB", tdc, C(BFP_S, 0, 0, 0)),
	S390X_ROW(0xed11, RXE, "TCDB", tdc, C(BFP_L, 0, 0, 0)),
	S390X_ROW(0xed12, RXE, "TCXB", tdc, C(BFP_X, 0, 0, 0)),
	S390X_ROW(0xb302, RRE, "LTEBR", load, C(BFP_S, 0, 0, FPL_TEST)),
	S390X_ROW(0xb312, RRE, "LTDBR", load, C(BFP_L, 0, 0, FPL_TEST)),
	S390X_ROW(0xb342, RRE, "LTXBR", load, C(BFP_X, 0, 0, FPL_TEST)),
	S390X_ROW(0xb303, RRE, "LCEBR", load, C(BFP_S, 0, 0, FPL_COMPLEMENT)),
	S390X_ROW(0xb313, RRE, "LCDBR", load, C(BFP_L, 0, 0, FPL_COMPLEMENT)),
	S390X_ROW(0xb343, RRE, "LCXBR", load, C(BFP_X, 0, 0, FPL_COMPLEMENT)),
	S390X_ROW(0xb301, RRE, "LNEBR", load, C(BFP_S, 0, 0, FPL_NEGATIVE)),
	S390X_ROW(0xb311, RRE, "LNDBR", load, C(BFP_L, 0, 0, FPL_NEGATIVE)),
	S390X_ROW(0xb341, RRE, "LNXBR", load, C(BFP_X, 0, 0, FPL_NEGATIVE)),
	S390X_ROW(0xb300, RRE, "LPEBR", load, C(BFP_S, 0, 0, FPL_POSITIVE)),
	S390X_ROW(0xb310, RRE, "LPDBR", load, C(BFP_L, 0, 0, FPL_POSITIVE)),
	S390X_ROW(0xb340, RRE, "LPXBR", load, C(BFP_X, 0, 0, FPL_POSITIVE)),
	S390X_ROW(0xb373, RRE, "LCDFR", sign64, C(0, 0, 0, 0)),
	S390X_ROW(0xb371, RRE, "LNDFR", sign64, C(0, 0, 0, 1)),
	S390X_ROW(0xb370, RRE, "LPDFR", sign64, C(0, 0, 0, 2)),
	S390X_ROW(0xb372, RRF, "CPSDR", sign64, C(0, 0, 0, 3)),
	S390X_ROW(0xb365, RRE, "LXR", lxr, C(0, 0, 0, 0)),
	S390X_ROW(0xb376, RRE, "LZXR", lxr, C(0, 0, 0, 1)),
	S390X_ROW(0xb299, S, "SRNM", srnm, C(0, 0, 0, 2)),
	S390X_ROW(0xb2b8, S, "SRNMB", srnm, C(0, 0, 0, 3)),
	{ 0 },
};
