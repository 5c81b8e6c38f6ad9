/* arch/aarch64/simd/fp_conv.c: "Conversion between floating-point and
 * integer" and "... and fixed-point": FCVT{N,P,M,Z,A}{S,U}, SCVTF, UCVTF,
 * FMOV to/from general registers.  General registers are read and written
 * in IR (a64_get_x/a64_set_x) so XZR and the W view follow the base ISA. */
#include "arch/aarch64/simd/fp_ir.h"
#include "arch/aarch64/simd/simd_tr.h"

static int ftype_sz(uint32_t insn) { static const int m[4] = { 2, 3, -1, -1 }; return m[(insn >> 22) & 3]; }

/* insn's FP operand -> integer; fixed-point form when bit 21 is clear */
static uint64_t fp_to_int_exec(void *cpu, uint64_t insn, uint64_t b, uint64_t c)
{
	struct a64_cpu *cp = CPU(cpu);
	struct fpst s = fpst_of(cp);
	int sz = ftype_sz(insn), rbits = (insn >> 31) ? 64 : 32;
	bool fixed = !((insn >> 21) & 1), uns = (insn >> 16) & 1;
	int rmode = (insn >> 19) & 3, fbits = fixed ? 64 - ((insn >> 10) & 63) : 0;
	if (!fixed && ((insn >> 17) & 3) == 2) rmode = FPR_TIEAWAY;  /* FCVTA* */
	uint64_t r = fp_to_fixed(sz, cp->v[F_RN(insn)][0] & fp_mask(sz), fbits, uns, rbits, rmode, &s);
	fpst_done(cp, &s);
	return r;
}

/* b: the integer operand -> V[d] */
static uint64_t int_to_fp_exec(void *cpu, uint64_t insn, uint64_t b, uint64_t c)
{
	struct a64_cpu *cp = CPU(cpu);
	struct fpst s = fpst_of(cp);
	int sz = ftype_sz(insn), ibits = (insn >> 31) ? 64 : 32;
	bool fixed = !((insn >> 21) & 1), uns = (insn >> 16) & 1;
	int fbits = fixed ? 64 - ((insn >> 10) & 63) : 0;
	cp->v[F_RD(insn)][0] = fp_from_fixed(sz, b, ibits, fbits, uns, fpst_rmode(&s), &s);
	cp->v[F_RD(insn)][1] = 0;
	fpst_done(cp, &s);
	return 0;
}

static bool cvt_int_valid(uint32_t insn) { return ftype_sz(insn) > 0; }
static bool cvt_fixed_valid(uint32_t insn) { return ftype_sz(insn) > 0 && ((insn >> 31) || ((insn >> 15) & 1)); }

/* FCVTZS/FCVTZU (integer): rmode 11, opcode 00x, bit 21 set */
static bool is_fcvtz_int(uint32_t insn) { return ((insn >> 16) & 0x3e) == 0x38; }
/* SCVTF/UCVTF (integer): rmode 00, opcode 01x, bit 21 set */
static bool is_cvtf_int(uint32_t insn) { return ((insn >> 16) & 0x3e) == 0x22; }

static bool emit_to_int(struct a64_tr *t, uint32_t insn)
{
	int sz = ftype_sz(insn);
	dm_temp r = is_fcvtz_int(insn)
		? a64_fp_to_int(t, sz, insn >> 31, (insn >> 16) & 1, a64_vget(t, F_RN(insn), 0, 1u << sz))
		: simd_call(t, fp_to_int_exec, insn, 0, 0);
	a64_set_x(t, F_RD(insn), insn >> 31, r);
	return true;
}

static bool emit_to_fp(struct a64_tr *t, uint32_t insn)
{
	dm_temp x = a64_get_x(t, F_RN(insn), insn >> 31);
	if (is_cvtf_int(insn)) {
		a64_vput(t, F_RD(insn), 0, 8, a64_fp_from_int(t, ftype_sz(insn), insn >> 31, (insn >> 16) & 1, x));
		a64_vput(t, F_RD(insn), 8, 8, a64_const(t, 0));
		return true;
	}
	a64_call(t, int_to_fp_exec, a64_const(t, insn), x, a64_const(t, 0));
	return true;
}

A64_INSN(FCVTxS_int) { return cvt_int_valid(insn) && emit_to_int(t, insn); }
A64_INSN(FCVTxU_int) { return cvt_int_valid(insn) && emit_to_int(t, insn); }
A64_INSN(FCVTAS_int) { return cvt_int_valid(insn) && emit_to_int(t, insn); }
A64_INSN(FCVTAU_int) { return cvt_int_valid(insn) && emit_to_int(t, insn); }
A64_INSN(SCVTF_int) { return cvt_int_valid(insn) && emit_to_fp(t, insn); }
A64_INSN(UCVTF_int) { return cvt_int_valid(insn) && emit_to_fp(t, insn); }
A64_INSN(FCVTZS_fix) { return cvt_fixed_valid(insn) && emit_to_int(t, insn); }
A64_INSN(FCVTZU_fix) { return cvt_fixed_valid(insn) && emit_to_int(t, insn); }
A64_INSN(SCVTF_fix) { return cvt_fixed_valid(insn) && emit_to_fp(t, insn); }
A64_INSN(UCVTF_fix) { return cvt_fixed_valid(insn) && emit_to_fp(t, insn); }

/* FMOV general <-> FP: sf/ftype/rmode pick the width and which half of V. */
static int fmov_kind(uint32_t insn)  /* 0 W<->S, 1 X<->D, 2 X<->V.D[1], -1 other */
{
	unsigned sf = insn >> 31, ft = (insn >> 22) & 3, rm = (insn >> 19) & 3;
	if (!sf && ft == 0 && rm == 0) return 0;
	if (sf && ft == 1 && rm == 0) return 1;
	if (sf && ft == 2 && rm == 1) return 2;
	return -1;
}

A64_INSN(FMOV_to_gen)
{
	int k = fmov_kind(insn);
	if (k < 0) return false;
	dm_temp v = a64_vget(t, F_RN(insn), k == 2 ? 8 : 0, k == 0 ? 4 : 8);
	a64_set_x(t, F_RD(insn), k != 0, v);
	return true;
}

A64_INSN(FMOV_from_gen)
{
	int k = fmov_kind(insn);
	if (k < 0) return false;
	dm_temp x = a64_get_x(t, F_RN(insn), k != 0);
	if (k == 2) {  /* the top half only; the bottom half is kept */
		a64_vput(t, F_RD(insn), 8, 8, x);
		return true;
	}
	a64_vput(t, F_RD(insn), 0, 8, x);
	a64_vput(t, F_RD(insn), 8, 8, a64_const(t, 0));
	return true;
}
