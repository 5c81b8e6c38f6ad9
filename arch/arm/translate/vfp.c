/* arch/arm/translate/vfp.c: VFPv3-D16 (Arm ARM ARMv7 "Floating-point data
 * processing", "Extension register load/store", "8, 16 and 32-bit transfer
 * between ARM core and extension registers", "64-bit transfers").  The
 * encodings are the same in A32 and T32 (T32's top nibble is 1110 where
 * A32 has the condition), so one set of handlers serves both.
 *
 * Loads, stores and register moves are IR (GET/PUT, LD/ST: faults are exact);
 * data processing is one helper that executes the instruction from its
 * encoding on the host's IEEE arithmetic, with FPSCR's rounding mode and
 * its cumulative exception flags from the host's.  Not done: flush-to-zero
 * and default-NaN modes (FPSCR.FZ, DN: Linux starts with both clear), the
 * half-precision and fixed-point conversions, trapped exceptions, VFPv4
 * fused multiply-add (HWCAP_VFPv4 is not advertised). */
#include <fenv.h>
#include <math.h>
#include <string.h>

#include "arch/arm/translate.h"

/* register numbers: S is Vx:b, D is b:Vx (VFPv3-D16: D16..D31 UNDEF) */
static unsigned sreg(unsigned v, unsigned b) { return v << 1 | b; }
static unsigned dreg(unsigned v, unsigned b) { return b << 4 | v; }
#define VD(i) BITS(i, 15, 12)
#define VN(i) BITS(i, 19, 16)
#define VM(i) BITS(i, 3, 0)
#define BD(i) BIT(i, 22)
#define BN(i) BIT(i, 7)
#define BM(i) BIT(i, 5)
#define DBL(i) BIT(i, 8)

static float getf(const struct arm_cpu *c, unsigned s) { float f; memcpy(&f, (const char *)c->d + 4 * s, 4); return f; }
static void setf(struct arm_cpu *c, unsigned s, float f) { memcpy((char *)c->d + 4 * s, &f, 4); }
static double getd(const struct arm_cpu *c, unsigned d) { double f; memcpy(&f, &c->d[d], 8); return f; }
static void setd(struct arm_cpu *c, unsigned d, double f) { memcpy(&c->d[d], &f, 8); }

/* FPSCR NZCV of a comparison (Arm ARM FPCompare): equal 0110, less 1000,
 * greater 0010, unordered 0011 */
static uint32_t compare_nzcv(double a, double b)
{
	if (isnan(a) || isnan(b)) return 0x3;
	if (a == b) return 0x6;
	return a < b ? 0x8 : 0x2;
}

/* Arm's NaN rules (FPProcessNaNs): a signalling NaN operand, quietened,
 * before a quiet one, the first operand before the second; an invalid
 * operation on numbers gives the default NaN (positive, quiet), where the
 * host (x86) gives a negative one */
static double nan2d(double a, double b, double r)
{
	if (!isnan(r)) return r;
	uint64_t x;
	if (issignaling(a) || (!issignaling(b) && isnan(a))) memcpy(&x, &a, 8);
	else if (isnan(b)) memcpy(&x, &b, 8);
	else x = 0x7ff8000000000000ull;
	x |= 1ull << 51;
	memcpy(&r, &x, 8);
	return r;
}
static float nan2f(float a, float b, float r)
{
	if (!isnan(r)) return r;
	uint32_t x;
	if (issignaling(a) || (!issignaling(b) && isnan(a))) memcpy(&x, &a, 4);
	else if (isnan(b)) memcpy(&x, &b, 4);
	else x = 0x7fc00000u;
	x |= 1u << 22;
	memcpy(&r, &x, 4);
	return r;
}

static const int rmodes[4] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };

/* float -> integer with Arm's saturation (NaN -> 0), rounding as rm */
static uint32_t to_int(double v, bool sgn, int rm, bool *invalid)
{
	if (isnan(v)) {
		*invalid = true;
		return 0;
	}
	int old = fegetround();
	fesetround(rm);
	double r = nearbyint(v);
	fesetround(old);
	if (sgn) {
		if (r < -2147483648.0) { *invalid = true; return 0x80000000u; }
		if (r > 2147483647.0) { *invalid = true; return 0x7fffffffu; }
		return (uint32_t)(int32_t)r;
	}
	if (r < 0) { *invalid = true; return 0; }
	if (r > 4294967295.0) { *invalid = true; return 0xffffffffu; }
	return (uint32_t)r;
}

/* VFP data processing, executed from the encoding; returns 0 */
static uint64_t vfp_dp(void *cpu, uint64_t insn, uint64_t b_, uint64_t c_)
{
	struct arm_cpu *c = cpu;
	uint32_t i = (uint32_t)insn;
	bool dbl = DBL(i);
	unsigned d = dbl ? dreg(VD(i), BD(i)) : sreg(VD(i), BD(i));
	unsigned n = dbl ? dreg(VN(i), BN(i)) : sreg(VN(i), BN(i));
	unsigned m = dbl ? dreg(VM(i), BM(i)) : sreg(VM(i), BM(i));
#define RD(r) (dbl ? getd(c, r) : (double)getf(c, r))
	unsigned opc1 = BIT(i, 23) << 2 | BITS(i, 21, 20), op = BIT(i, 6);
	int rm = rmodes[(c->fpscr >> 22) & 3];
	fenv_t env;
	feholdexcept(&env);
	int oldround = fegetround();
	fesetround(rm);
	/* single precision is computed in single (double rounding would differ) */
	double r = 0;
	bool write = true, invalid = false;
	float fr = 0;
	bool use_f = !dbl;
	switch (opc1) {
	case 0: case 1: case 2: case 3: case 4: {
		if (dbl) {
			double a = getd(c, n), b = getd(c, m), p, acc = getd(c, d);
			switch (opc1) {
			case 0:   /* VMLA, VMLS: d + (+-(n * m)), the product rounded first */
				p = nan2d(a, b, a * b);
				if (op) p = -p;
				r = nan2d(acc, p, acc + p);
				break;
			case 1:   /* VNMLA (op 1): -d - n * m; VNMLS (op 0): -d + n * m */
				p = nan2d(a, b, a * b);
				if (op) p = -p;
				r = nan2d(-acc, p, -acc + p);
				break;
			case 2: r = nan2d(a, b, a * b); if (op) r = -r; break;                              /* VMUL, VNMUL */
			case 3: r = nan2d(a, b, op ? a - b : a + b); break;                                /* VADD, VSUB */
			default: r = nan2d(a, b, a / b); break;                                            /* VDIV */
			}
		} else {
			float a = getf(c, n), b = getf(c, m), p, acc = getf(c, d);
			switch (opc1) {
			case 0:
				p = nan2f(a, b, a * b);
				if (op) p = -p;
				fr = nan2f(acc, p, acc + p);
				break;
			case 1:
				p = nan2f(a, b, a * b);
				if (op) p = -p;
				fr = nan2f(-acc, p, -acc + p);
				break;
			case 2: fr = nan2f(a, b, a * b); if (op) fr = -fr; break;
			case 3: fr = nan2f(a, b, op ? a - b : a + b); break;
			default: fr = nan2f(a, b, a / b); break;
			}
		}
		break;
	}
	default: {   /* opc1 0b1x11: the "other" group, opc2 in Vn */
		unsigned opc2 = VN(i);
		if (!op) {   /* VMOV immediate: abcdefgh -> VFPExpandImm */
			uint32_t imm8 = BITS(i, 19, 16) << 4 | BITS(i, 3, 0);
			uint32_t sign = imm8 >> 7, b6 = (imm8 >> 6) & 1, rest = imm8 & 0x3f;
			if (dbl) {
				uint64_t v = (uint64_t)sign << 63 | (uint64_t)(!b6) << 62 | (b6 ? 0xffull << 54 : 0) | (uint64_t)rest << 48;
				memcpy(&r, &v, 8);
			} else {
				uint32_t v = sign << 31 | (uint32_t)(!b6) << 30 | (b6 ? 0x1fu << 25 : 0) | rest << 19;
				memcpy(&fr, &v, 4);
			}
			break;
		}
		switch (opc2) {
		case 0: /* VMOV reg, VABS: bit copies */
			if (dbl) {
				uint64_t v = c->d[m];
				if (BIT(i, 7)) v &= ~(1ull << 63);
				memcpy(&r, &v, 8);
			} else {
				uint32_t v;
				memcpy(&v, (char *)c->d + 4 * m, 4);
				if (BIT(i, 7)) v &= ~(1u << 31);
				memcpy(&fr, &v, 4);
			}
			break;
		case 1:
			if (BIT(i, 7)) {   /* VSQRT */
				if (dbl) r = nan2d(getd(c, m), 0, sqrt(getd(c, m)));
				else fr = nan2f(getf(c, m), 0, sqrtf(getf(c, m)));
			} else if (dbl) {  /* VNEG: a sign flip, NaNs included */
				uint64_t v = c->d[m] ^ (1ull << 63);
				memcpy(&r, &v, 8);
			} else {
				uint32_t v;
				memcpy(&v, (char *)c->d + 4 * m, 4);
				v ^= 1u << 31;
				memcpy(&fr, &v, 4);
			}
			break;
		case 4: case 5: {  /* VCMP, VCMPE (E: quiet NaNs also signal invalid) */
			double a = RD(d), b = opc2 == 5 ? 0.0 : RD(m);
			uint32_t nzcv = compare_nzcv(a, b);
			if (nzcv == 3 && BIT(i, 7)) feraiseexcept(FE_INVALID);
			else if (nzcv == 3 && ((dbl ? issignaling(a) || issignaling(b) : issignaling((float)a) || issignaling((float)b))))
				feraiseexcept(FE_INVALID);
			c->fpscr = (c->fpscr & 0x0fffffff) | nzcv << 28;
			write = false;
			break;
		}
		case 7: /* VCVT between double and single: the destination has the other size */
			if (dbl) {
				unsigned sd = sreg(VD(i), BD(i));
				double x = getd(c, m);
				setf(c, sd, nan2f((float)x, 0, (float)x));
				write = false;
			} else {
				unsigned dd = dreg(VD(i), BD(i));
				float x = getf(c, m);
				setd(c, dd, nan2d((double)x, 0, (double)x));
				write = false;
			}
			break;
		case 8: {  /* VCVT int -> float: the operand is an S register */
			unsigned sm = sreg(VM(i), BM(i));
			uint32_t v;
			memcpy(&v, (char *)c->d + 4 * sm, 4);
			double x = BIT(i, 7) ? (double)(int32_t)v : (double)v;
			if (dbl) r = x;
			else fr = BIT(i, 7) ? (float)(int32_t)v : (float)v;
			break;
		}
		case 12: case 13: {  /* VCVT float -> int (bit 7: toward zero, else FPSCR's mode); Sd */
			double x = RD(m);
			fesetround(oldround);
			uint32_t v = to_int(x, opc2 == 13, BIT(i, 7) ? FE_TOWARDZERO : rm, &invalid);
			if (!invalid && x != nearbyint(x)) feraiseexcept(FE_INEXACT);
			fesetround(rm);
			memcpy((char *)c->d + 4 * sreg(VD(i), BD(i)), &v, 4);
			write = false;
			break;
		}
		default:
			write = false;   /* refused at translation */
			break;
		}
	}
	}
	if (write) {
		if (use_f) setf(c, d, fr);
		else setd(c, d, r);
	}
	int ex = fetestexcept(FE_ALL_EXCEPT);
	if (invalid) ex |= FE_INVALID;
	c->fpscr |= (ex & FE_INVALID ? 1u : 0) | (ex & FE_DIVBYZERO ? 2u : 0) | (ex & FE_OVERFLOW ? 4u : 0) |
		    (ex & FE_UNDERFLOW ? 8u : 0) | (ex & FE_INEXACT ? 16u : 0);
	fesetround(oldround);
	fesetenv(&env);
	return 0;
#undef RD
}

static bool d16_ok(uint32_t i)
{
	/* VFPv3-D16: D16..D31 do not exist */
	if (!DBL(i)) return true;
	unsigned opc1 = BIT(i, 23) << 2 | BITS(i, 21, 20);
	bool other = opc1 == 7 || opc1 == 3 + 4;
	if (BD(i) && !(other && (VN(i) == 7 || VN(i) == 12 || VN(i) == 13))) return false;   /* results in Sd */
	if (BM(i) && !(other && (VN(i) == 8))) return false;
	if (BN(i) && !other) return false;
	return true;
}

/* cccc 1110 oooo nnnn dddd 101s NoM0 mmmm */
bool arm_vfp_dp(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned opc1 = BIT(i, 23) << 2 | BITS(i, 21, 20);
	if (opc1 == 5 || opc1 == 6) return false;   /* VFNMA, VFMA: VFPv4 */
	if (opc1 == 4 && BIT(i, 6)) return false;
	if (opc1 == 7 && BIT(i, 6)) {
		unsigned opc2 = VN(i);
		bool ok = opc2 == 0 || opc2 == 1 || opc2 == 4 || opc2 == 5 || opc2 == 7 || opc2 == 8 || opc2 == 12 || opc2 == 13;
		if (!ok) return false;
		if (opc2 == 5 && (VM(i) || BM(i))) return false;
		if (opc2 == 0 && !BIT(i, 7) && false) return false;
	}
	if (!d16_ok(i)) return false;
	arm_call(t, vfp_dp, arm_const(t, i), 0, 0);
	return true;
}

/* VMRS Rt, FPSCR (Rt 15: APSR_nzcv = FPSCR's flags): cccc 1110 1111 0001 tttt 1010 0001 0000 */
bool arm_vmrs(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rt = BITS(i, 15, 12);
	dm_temp v = dm_ir_get(t->b, 4, ARM_OFF_FPSCR);
	if (rt == 15) arm_set_flags(t, arm_op2i(t, DM_IR_SHR, v, 28));
	else arm_set(t, rt, v);
	return true;
}

/* VMSR FPSCR, Rt: cccc 1110 1110 0001 tttt 1010 0001 0000; the writable bits
 * (NZCV, QC, AHP, DN, FZ, RMode, Stride, Len, cumulative flags) */
bool arm_vmsr(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rt = BITS(i, 15, 12);
	if (rt == 15) return false;
	dm_ir_put(t->b, 4, ARM_OFF_FPSCR, arm_op2i(t, DM_IR_AND, arm_get(t, rt), 0xffc0009fu & ~0x00370000u));
	return true;
}

/* VMOV between a core register and an S register: cccc 1110 000L nnnn tttt 1010 N001 0000 */
bool arm_vmov_core_s(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rt = BITS(i, 15, 12), s = sreg(VN(i), BN(i));
	if (rt == 15) return false;
	if (BIT(i, 20)) arm_set(t, rt, dm_ir_get(t->b, 4, ARM_OFF_S(s)));
	else dm_ir_put(t->b, 4, ARM_OFF_S(s), arm_get(t, rt));
	return true;
}

/* VMOV between two core registers and a D register (sz 1) or two S registers:
 * cccc 1100 010L tttt(2) tttt 101s 00M1 mmmm */
bool arm_vmov_core_pair(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rt2 = BITS(i, 19, 16), rt = BITS(i, 15, 12);
	if (rt == 15 || rt2 == 15 || (BIT(i, 20) && rt == rt2)) return false;
	unsigned s0;
	if (DBL(i)) {
		if (BM(i)) return false;
		s0 = 2 * dreg(VM(i), 0);
	} else {
		s0 = sreg(VM(i), BM(i));
		if (s0 == 31) return false;
	}
	if (BIT(i, 20)) {
		arm_set(t, rt, dm_ir_get(t->b, 4, ARM_OFF_S(s0)));
		arm_set(t, rt2, dm_ir_get(t->b, 4, ARM_OFF_S(s0 + 1)));
	} else {
		dm_temp a = arm_get(t, rt), b = arm_get(t, rt2);
		dm_ir_put(t->b, 4, ARM_OFF_S(s0), a);
		dm_ir_put(t->b, 4, ARM_OFF_S(s0 + 1), b);
	}
	return true;
}

/* VMOV a core register to or from a 32-bit scalar Dd[x]:
 * to: cccc 1110 0x00 dddd tttt 1011 D001 0000; from: cccc 1110 0x01 nnnn tttt 1011 N001 0000 */
bool arm_vmov_scalar(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rt = BITS(i, 15, 12), d = dreg(VN(i), BN(i)), x = BIT(i, 21);
	if (rt == 15 || d >= 16) return false;
	if (BIT(i, 20)) arm_set(t, rt, dm_ir_get(t->b, 4, ARM_OFF_S(2 * d + x)));
	else dm_ir_put(t->b, 4, ARM_OFF_S(2 * d + x), arm_get(t, rt));
	return true;
}

/* VLDR/VSTR: cccc 1101 UD0L nnnn dddd 101s iiiiiiii */
bool arm_vldr(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	unsigned rn = BITS(i, 19, 16);
	bool dbl = DBL(i), load = BIT(i, 20);
	if (dbl && BD(i)) return false;
	if (!load && rn == 15 && t->thumb) return false;
	dm_temp base = rn == 15 ? arm_get_pc_align(t) : arm_get(t, rn);
	dm_temp a = arm_op2i(t, BIT(i, 23) ? DM_IR_ADD : DM_IR_SUB, base, BITS(i, 7, 0) * 4);
	unsigned off = dbl ? ARM_OFF_D(dreg(VD(i), 0)) : ARM_OFF_S(sreg(VD(i), BD(i)));
	unsigned size = dbl ? 8 : 4;
	if (load) dm_ir_put(t->b, size, off, arm_ld(t, size, a));
	else arm_st(t, size, a, dm_ir_get(t->b, size, off));
	return true;
}

/* VLDM/VSTM (VPUSH/VPOP): cccc 110P UDWL nnnn dddd 101s iiiiiiii; IA (P0 U1), DB (P1 U0 W1) */
bool arm_vldm(struct arm_tr *t, uint32_t i, uint32_t arg)
{
	bool p = BIT(i, 24), u = BIT(i, 23), w = BIT(i, 21), load = BIT(i, 20), dbl = DBL(i);
	unsigned rn = BITS(i, 19, 16), imm8 = BITS(i, 7, 0);
	if (p == u || (p && !w) || rn == 15) return false;
	unsigned first = dbl ? dreg(VD(i), BD(i)) : sreg(VD(i), BD(i));
	unsigned count = dbl ? imm8 / 2 : imm8, limit = dbl ? 16 : 32;
	if (count == 0 || first + count > limit) return false;
	dm_temp base = arm_get(t, rn);
	dm_temp start = p ? arm_op2i(t, DM_IR_SUB, base, imm8 * 4) : base;
	unsigned size = dbl ? 8 : 4;
	dm_temp vals[32] = { 0 };
	for (unsigned k = 0; k < count; k++) {
		dm_temp a = arm_op2i(t, DM_IR_ADD, start, k * size);
		unsigned off = dbl ? ARM_OFF_D(first + k) : ARM_OFF_S(first + k);
		if (load) vals[k] = arm_ld(t, size, a);
		else arm_st(t, size, a, dm_ir_get(t->b, size, off));
	}
	if (w) arm_set(t, rn, arm_op2i(t, u ? DM_IR_ADD : DM_IR_SUB, base, imm8 * 4));
	if (load)
		for (unsigned k = 0; k < count; k++)
			dm_ir_put(t->b, size, dbl ? ARM_OFF_D(first + k) : ARM_OFF_S(first + k), vals[k]);
	return true;
}
