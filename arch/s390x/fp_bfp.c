/* arch/s390x/fp_bfp.c: the FPC, NaN and trap rules of z/Architecture BFP
 * (fp_bfp.h) and the operations the guarded IR ops fall back to. */
#include <signal.h>

#include "arch/s390x/fp_bfp.h"
#include "emu/mm/guest.h"
#include "emu/signal/signal.h"

bool s390x_bfp_m3_ok(unsigned m3) { return m3 != 2 && m3 < 8; }

static enum bfp_rm rm_of(uint32_t fpc, unsigned m3)
{
	/* m3: 1 nearest ties away, 3 prepare for shorter precision, 4-7 as FPC 0-3 */
	static const enum bfp_rm fpc_rm[8] = { RM_NE, RM_Z, RM_P, RM_M, RM_NE, RM_NE, RM_NE, RM_PSP };
	switch (m3) {
	case 0: return fpc_rm[fpc & FPC_RM];
	case 1: return RM_NA;
	case 3: return RM_PSP;
	default: return fpc_rm[m3 - 4];
	}
}

void s390x_bfp_begin(struct bfp_op *o, uint32_t fpc, unsigned m3, unsigned m4)
{
	unsigned masks = fpc >> 27;
	*o = (struct bfp_op){ .c = { .rm = rm_of(fpc, m3), .trap_o = masks & EX_O, .trap_u = masks & EX_U },
			      .fpc = fpc, .xxc = (m4 & 4) != 0 };
}

unsigned s390x_bfp_finish(struct bfp_op *o, uint32_t *fpc, bool *suppress)
{
	unsigned exc = o->c.exc, masks = o->fpc >> 27, flags = 0, dxc = 0;
	/* the inexact part of a DXC: inexact, and whether rounding incremented */
	unsigned xbits = (exc & EX_X) && !o->xxc ? 0x08 | (o->c.incr ? 0x04 : 0) : 0;
	*suppress = false;
	if (exc & EX_I) {
		if (masks & EX_I) dxc = 0x80, *suppress = true;
		else flags |= EX_I;
	} else if (exc & EX_Z) {
		if (masks & EX_Z) dxc = 0x40, *suppress = true;
		else flags |= EX_Z;
	} else {
		if (exc & EX_O) {
			if (masks & EX_O) dxc = 0x20 | xbits;
			else flags |= EX_O;
		}
		if (exc & EX_U) {
			if (masks & EX_U) dxc = 0x10 | xbits;
			else flags |= EX_U;
		}
	}
	/* inexact on its own, or along with a masked exception (a conversion
	 * to fixed out of range is invalid and inexact) */
	if (!dxc && xbits) {
		if (masks & EX_X) dxc = xbits;
		else flags |= EX_X;
	}
	*fpc = o->fpc | flags << 19;
	return dxc;
}

int s390x_bfp_si_code(unsigned dxc)
{
	if (dxc & 0x03) return 0;   /* not an IEEE exception */
	if (dxc & 0x80) return FPE_FLTINV;
	if (dxc & 0x40) return FPE_FLTDIV;
	if (dxc & 0x20) return FPE_FLTOVF;
	if (dxc & 0x10) return FPE_FLTUND;
	if (dxc & 0x08) return FPE_FLTRES;
	return 0;
}

_Noreturn void s390x_bfp_raise(struct s390x_cpu *cpu, unsigned dxc)
{
	uint64_t pc = cpu->common.pc;
	cpu->fpc = (cpu->fpc & ~FPC_DXC) | dxc << 8;
	/* a data exception: the signal names the instruction, the PSW is past it */
	const uint8_t *code = dm_g2h(pc);
	cpu->common.pc = pc + (code[0] < 0x40 ? 2 : code[0] < 0xc0 ? 4 : 6);
	dm_last_fault = (struct dm_fault){ SIGFPE, s390x_bfp_si_code(dxc), pc };
	dm_in_guest = 0;
	siglongjmp(dm_fault_jmp, 1);
}

bool s390x_bfp_nan(enum bfp_fmt f, int n, const u128 *ops, u128 *r, struct bfp_ctx *c)
{
	for (int k = 0; k < n; k++)
		if (bfp_class(f, ops[k]) == BC_SNAN) {
			c->exc |= EX_I;
			*r = bfp_quiet(f, ops[k]);
			return true;
		}
	for (int k = 0; k < n; k++)
		if (bfp_class(f, ops[k]) == BC_QNAN) {
			*r = ops[k];
			return true;
		}
	return false;
}

unsigned s390x_bfp_cc(enum bfp_fmt f, u128 v)
{
	if (bfp_isnan(f, v)) return 3;
	if (!bfp_abs(f, v)) return 0;
	return bfp_sign(f, v) ? 1 : 2;
}

/* The target FPR of the BFP instruction at pc: R1, which RRF-d and RXF
 * (multiply and add) keep in another place. */
static unsigned target_reg(uint64_t pc)
{
	const uint8_t *p = dm_g2h(pc);
	unsigned op = p[0] == 0xb3 ? p[1] : p[5];
	bool fma = (op & 0xee) == 0x0e;   /* 0e 0f 1e 1f */
	if (p[0] == 0xb3) return fma ? p[2] >> 4 : p[3] >> 4;
	return fma ? p[4] >> 4 : p[1] >> 4;
}

/* End an operation: flags into the FPC, or the trap (writing the result
 * first when the trap completes the operation) */
static void finish(struct s390x_cpu *cpu, struct bfp_op *o, enum bfp_fmt rf, u128 r, bool sets_cc)
{
	bool suppress;
	uint32_t fpc;
	unsigned dxc = s390x_bfp_finish(o, &fpc, &suppress);
	cpu->fpc = fpc;
	if (!dxc) return;
	if (!suppress) {
		s390x_fpr_put(cpu, rf, target_reg(cpu->common.pc), r);
		if (sets_cc) s390x_cc_set(cpu, s390x_bfp_cc(rf, r));
	}
	s390x_bfp_raise(cpu, dxc);
}

u128 s390x_bfp_arith(struct s390x_cpu *cpu, enum bfp_fmt f, enum bfp_bop op, u128 a, u128 b, bool sets_cc)
{
	struct bfp_op o;
	s390x_bfp_begin(&o, cpu->fpc, 0, 0);
	u128 r, ops[2] = { a, b };
	if (!s390x_bfp_nan(f, 2, ops, &r, &o.c)) {
		switch (op) {
		case BOP_ADD: r = bfp_add(f, a, b, false, &o.c); break;
		case BOP_SUB: r = bfp_add(f, a, b, true, &o.c); break;
		case BOP_MUL: r = bfp_mul(f, a, b, &o.c); break;
		default: r = bfp_div(f, a, b, &o.c); break;
		}
	}
	finish(cpu, &o, f, r, sets_cc);
	return r;
}

u128 s390x_bfp_sqrt(struct s390x_cpu *cpu, enum bfp_fmt f, u128 a)
{
	struct bfp_op o;
	s390x_bfp_begin(&o, cpu->fpc, 0, 0);
	u128 r;
	if (!s390x_bfp_nan(f, 1, &a, &r, &o.c)) r = bfp_sqrt(f, a, &o.c);
	finish(cpu, &o, f, r, false);
	return r;
}

u128 s390x_bfp_fma(struct s390x_cpu *cpu, enum bfp_fmt f, u128 op1, u128 op3, u128 op2, bool sub)
{
	struct bfp_op o;
	s390x_bfp_begin(&o, cpu->fpc, 0, 0);
	u128 r, ops[3] = { op2, op3, op1 };
	if (!s390x_bfp_nan(f, 3, ops, &r, &o.c)) {
		/* op3 * op2 - op1 for the S forms: the addend's sign flips */
		r = bfp_fma(f, op3, op2, sub ? op1 ^ bfp_signbit(f) : op1, false, &o.c);
	}
	finish(cpu, &o, f, r, false);
	return r;
}

unsigned s390x_bfp_compare(struct s390x_cpu *cpu, enum bfp_fmt f, u128 a, u128 b, bool signal)
{
	struct bfp_op o;
	s390x_bfp_begin(&o, cpu->fpc, 0, 0);
	unsigned cc;
	if (bfp_isnan(f, a) || bfp_isnan(f, b)) {
		if (signal || bfp_class(f, a) == BC_SNAN || bfp_class(f, b) == BC_SNAN) o.c.exc |= EX_I;
		cc = 3;
	} else {
		cc = bfp_compare(f, a, b);
	}
	bool suppress;
	uint32_t fpc;
	unsigned dxc = s390x_bfp_finish(&o, &fpc, &suppress);
	cpu->fpc = fpc;
	if (dxc) s390x_bfp_raise(cpu, dxc);
	return cc;
}

u128 s390x_bfp_load_test(struct s390x_cpu *cpu, enum bfp_fmt f, u128 a)
{
	struct bfp_op o;
	s390x_bfp_begin(&o, cpu->fpc, 0, 0);
	if (bfp_class(f, a) == BC_SNAN) o.c.exc |= EX_I, a = bfp_quiet(f, a);
	finish(cpu, &o, f, a, false);
	return a;
}

u128 s390x_bfp_convert(struct s390x_cpu *cpu, enum bfp_fmt to, enum bfp_fmt from, u128 a, unsigned m3, unsigned m4)
{
	struct bfp_op o;
	s390x_bfp_begin(&o, cpu->fpc, m3, m4);
	u128 r;
	enum bfp_class k = bfp_class(from, a);
	if (k >= BC_QNAN) {
		/* the fraction's leading bits carry over, quieted */
		if (k == BC_SNAN) o.c.exc |= EX_I;
		int d = bfp_fmts[from].fbits - bfp_fmts[to].fbits;
		u128 fr = a & (((u128)1 << bfp_fmts[from].fbits) - 1);
		fr = d > 0 ? fr >> d : fr << -d;
		r = bfp_quiet(to, bfp_inf(to, bfp_sign(from, a)) | fr);
	} else {
		r = bfp_convert(to, from, a, &o.c);
	}
	finish(cpu, &o, to, r, false);
	return r;
}

u128 s390x_bfp_from_int(struct s390x_cpu *cpu, enum bfp_fmt f, uint64_t v, bool is_signed, unsigned m3, unsigned m4)
{
	struct bfp_op o;
	s390x_bfp_begin(&o, cpu->fpc, m3, m4);
	u128 r = bfp_from_int(f, v, is_signed, &o.c);
	finish(cpu, &o, f, r, false);
	return r;
}

uint64_t s390x_bfp_to_int(struct s390x_cpu *cpu, enum bfp_fmt f, u128 a, bool is_signed, unsigned bits, unsigned m3,
			  unsigned m4, unsigned *cc)
{
	struct bfp_op o;
	s390x_bfp_begin(&o, cpu->fpc, m3, m4);
	uint64_t v;
	if (bfp_isnan(f, a) || !bfp_to_int(f, a, is_signed, bits, &o.c, &v)) {
		/* invalid: the extreme value of the sign's direction (NaN: the negative
		 * one); out of range (not a NaN) is inexact too, as in qemu-s390x */
		bool neg = bfp_sign(f, a) || bfp_isnan(f, a);
		o.c.exc |= EX_I | (bfp_isnan(f, a) ? 0 : EX_X);
		if (is_signed) v = neg ? (uint64_t)1 << (bits - 1) : ((uint64_t)1 << (bits - 1)) - 1;
		else v = neg ? 0 : bits == 64 ? ~0ull : 0xffffffffu;
		*cc = 3;
	} else {
		*cc = s390x_bfp_cc(f, a);
	}
	bool suppress;
	uint32_t fpc;
	unsigned dxc = s390x_bfp_finish(&o, &fpc, &suppress);
	cpu->fpc = fpc;
	if (dxc) {
		if (!suppress) {
			/* the target is a general register (RRF-e: R1 in bits 24-27) */
			unsigned r1 = ((const uint8_t *)dm_g2h(cpu->common.pc))[3] >> 4;
			if (bits == 64) cpu->r[r1] = v;
			else cpu->r[r1] = (cpu->r[r1] & ~0xffffffffull) | (uint32_t)v;
			s390x_cc_set(cpu, *cc);
		}
		s390x_bfp_raise(cpu, dxc);
	}
	return v;
}
