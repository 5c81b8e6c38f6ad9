/* arch/aarch64/simd/fp_cmp.c: "Floating-point compare", "conditional
 * compare", "conditional select" and "immediate": FCMP FCMPE FCCMP FCCMPE
 * FCSEL FMOV (scalar, immediate).  FCMP's relation becomes NZCV in PSTATE's
 * layout (a64_fp_cmp), stored as it is; conditions read it back through the
 * integer front-end's a64_cond. */
#include "arch/aarch64/simd/fp_ir.h"
#include "arch/aarch64/simd/simd_tr.h"
#include "arch/aarch64/simd/vec_int.h"

static int ftype_sz(uint32_t insn) { static const int m[4] = { 2, 3, -1, -1 }; return m[(insn >> 22) & 3]; }

static bool fcmp_valid(uint32_t insn) { return ftype_sz(insn) > 0 && (insn & 7) == 0; }
static bool fccmp_valid(uint32_t insn) { return ftype_sz(insn) > 0; }

/* FCMP, FCMPE: a guarded IR op (fp_ir.h) */
static bool emit_fcmp(struct a64_tr *t, uint32_t insn)
{
	int sz = ftype_sz(insn);
	unsigned n = 1u << sz;
	dm_temp x = a64_vget(t, F_RN(insn), 0, n);
	dm_temp y = (insn & 8) ? a64_const(t, 0) : a64_vget(t, F_RM(insn), 0, n);   /* compare with #0.0 */
	a64_put_pstate_nzcv(t, a64_fp_cmp(t, sz, x, y, (insn >> 4) & 1));
	return true;
}

A64_INSN(FCMP_float) { return fcmp_valid(insn) && emit_fcmp(t, insn); }
A64_INSN(FCMPE_float) { return fcmp_valid(insn) && emit_fcmp(t, insn); }
/* FCCMP, FCCMPE: the guarded compare of the operands when the condition
 * holds, else of 0 with 0 (no NaN, so no flag and, with FZ clear, no slow
 * path), whose result the immediate NZCV replaces */
static bool emit_fccmp(struct a64_tr *t, uint32_t insn)
{
	int sz = ftype_sz(insn);
	unsigned n = 1u << sz;
	dm_temp c = a64_cond(t, (insn >> 12) & 15), zero = a64_const(t, 0);
	dm_temp x = a64_emit(t, DM_IR_SELECT, 8, c, a64_vget(t, F_RN(insn), 0, n), zero, 0);
	dm_temp y = a64_emit(t, DM_IR_SELECT, 8, c, a64_vget(t, F_RM(insn), 0, n), zero, 0);
	dm_temp f = a64_fp_cmp(t, sz, x, y, (insn >> 4) & 1);
	a64_put_pstate_nzcv(t, a64_emit(t, DM_IR_SELECT, 8, c, f, a64_const(t, (uint64_t)(insn & 15) << 28), 0));
	return true;
}

A64_INSN(FCCMP_float) { return fccmp_valid(insn) && emit_fccmp(t, insn); }
A64_INSN(FCCMPE_float) { return fccmp_valid(insn) && emit_fccmp(t, insn); }

/* FCSEL: pure data movement, done in IR (SELECT on the condition) */
A64_INSN(FCSEL_float)
{
	int sz = ftype_sz(insn);
	if (sz < 0) return false;
	dm_temp c = a64_cond(t, (insn >> 12) & 15);
	dm_temp n = a64_vget(t, F_RN(insn), 0, 1u << sz), m = a64_vget(t, F_RM(insn), 0, 1u << sz);
	dm_temp r = a64_emit(t, DM_IR_SELECT, 8, c, n, m, 0);
	a64_vput(t, F_RD(insn), 0, 8, r);
	a64_vput(t, F_RD(insn), 8, 8, a64_const(t, 0));
	return true;
}

/* VFPExpandImm: imm8 = a:b:cdefgh -> sign a, exponent NOT(b):b...:cd, fraction efgh */
uint64_t fp_expand_imm(int sz, unsigned imm8)
{
	uint64_t sign = imm8 >> 7, b6 = (imm8 >> 6) & 1, cd = (imm8 >> 4) & 3, frac = imm8 & 15;
	if (sz == 2)
		return sign << 31 | (b6 ^ 1) << 30 | (b6 ? 0x1full : 0) << 25 | cd << 23 | frac << 19;
	if (sz == 1)
		return sign << 15 | (b6 ^ 1) << 14 | (b6 ? 3ull : 0) << 12 | cd << 10 | frac << 6;
	return sign << 63 | (b6 ^ 1) << 62 | (b6 ? 0xffull : 0) << 54 | cd << 52 | frac << 48;
}

A64_INSN(FMOV_float_imm)
{
	int sz = ftype_sz(insn);
	if (sz < 0 || ((insn >> 5) & 31) != 0) return false;
	a64_vput(t, F_RD(insn), 0, 8, a64_const(t, fp_expand_imm(sz, (insn >> 13) & 0xff)));
	a64_vput(t, F_RD(insn), 8, 8, a64_const(t, 0));
	return true;
}
