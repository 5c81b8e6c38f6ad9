/* arch/s390x/translate/cc.c: the lazy condition code in the translator.
 * A producer records its operation and operands (in the CPU state, for any
 * later block or a signal, and in t->cc for this block); a consumer in the
 * same block turns the common cases into one SUBF + COND on the operands
 * (so the JIT emits cmp + jcc) and computes the 2-bit value only where it is
 * really observed.  Relations are enum dm_cond names: the front-end never
 * looks at flag bits. */
#include "arch/s390x/translate.h"

static unsigned width(enum s390x_cc_op op)
{
	switch (op) {
	case S390X_CC_CMP_S32: case S390X_CC_CMP_U32: case S390X_CC_ADD_S32: case S390X_CC_SUB_S32:
	case S390X_CC_ADD_U32: case S390X_CC_SUB_U32:
		return 4;
	default: return 8;
	}
}

void s390x_cc_op(struct s390x_tr *t, enum s390x_cc_op op, dm_temp a, dm_temp b, dm_temp c)
{
	dm_ir_put(t->b, 8, S390X_OFF_CC_OP, s390x_const(t, op));
	dm_ir_put(t->b, 8, S390X_OFF_CC_A, a);
	if (op != S390X_CC_NZ) dm_ir_put(t->b, 8, S390X_OFF_CC_B, b);
	if (op >= S390X_CC_ADD_U32 && op <= S390X_CC_SUB_U64) {
		/* no carry operand: an add without carry in, a subtraction without borrow */
		dm_temp k = c ? c : s390x_const(t, op >= S390X_CC_SUB_U32);
		dm_ir_put(t->b, 8, S390X_OFF_CC_C, k);
	}
	t->cc = (struct s390x_ccrec){ op, a, b, c };
}

void s390x_cc_static(struct s390x_tr *t, dm_temp v)
{
	dm_ir_put(t->b, 8, S390X_OFF_CC_OP, s390x_const(t, S390X_CC_STATIC));
	dm_ir_put(t->b, 8, S390X_OFF_CC, v);
	t->cc = (struct s390x_ccrec){ S390X_CC_STATIC, v, 0, 0 };
}

static uint64_t cc_helper(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	return s390x_cc_value(cpu);
}

static dm_temp cond(struct s390x_tr *t, dm_temp flags, enum dm_cond rel)
{
	return s390x_emit(t, DM_IR_COND, 8, flags, 0, 0, rel);
}

/* 0 zero, 1 negative, 2 positive, 3 overflow, from ADDF/SUBF flags */
static dm_temp signed_cc(struct s390x_tr *t, dm_temp f)
{
	dm_temp v = s390x_select(t, cond(t, f, DM_COND_MI), s390x_const(t, 1), s390x_const(t, 2));
	v = s390x_select(t, cond(t, f, DM_COND_EQ), s390x_const(t, 0), v);
	return s390x_select(t, cond(t, f, DM_COND_VS), s390x_const(t, 3), v);
}

dm_temp s390x_cc_get(struct s390x_tr *t)
{
	struct s390x_ccrec r = t->cc;
	unsigned w = width(r.op);
	dm_temp f, v;
	switch (r.op) {
	case S390X_CC_STATIC: return r.a;
	case S390X_CC_CMP_S32: case S390X_CC_CMP_S64: case S390X_CC_CMP_U32: case S390X_CC_CMP_U64: {
		bool s = r.op <= S390X_CC_CMP_S64;
		f = s390x_op2(t, DM_IR_SUBF, w, r.a, r.b);
		dm_temp lo = cond(t, f, s ? DM_COND_SLT : DM_COND_ULT), hi = cond(t, f, s ? DM_COND_SGT : DM_COND_UGT);
		v = s390x_op2(t, DM_IR_OR, 8, lo, s390x_op2i(t, DM_IR_SHL, 8, hi, 1));
		break;
	}
	case S390X_CC_ADD_S32: case S390X_CC_ADD_S64:
		v = signed_cc(t, s390x_op2(t, DM_IR_ADDF, w, r.a, r.b));
		break;
	case S390X_CC_SUB_S32: case S390X_CC_SUB_S64:
		v = signed_cc(t, s390x_op2(t, DM_IR_SUBF, w, r.a, r.b));
		break;
	case S390X_CC_ADD_U32: case S390X_CC_ADD_U64: case S390X_CC_SUB_U32: case S390X_CC_SUB_U64: {
		bool sub = r.op >= S390X_CC_SUB_U32;
		if (!r.c) f = s390x_op2(t, sub ? DM_IR_SUBF : DM_IR_ADDF, w, r.a, r.b);
		else f = s390x_emit(t, sub ? DM_IR_SBCF : DM_IR_ADCF, w, r.a, r.b, r.c, 0);
		/* UGE: the carry flag set (carry out; for a subtraction, no borrow) */
		v = s390x_op2(t, DM_IR_OR, 8, cond(t, f, DM_COND_NE), s390x_op2i(t, DM_IR_SHL, 8, cond(t, f, DM_COND_UGE), 1));
		break;
	}
	case S390X_CC_NZ:
		v = s390x_rel(t, DM_COND_NE, 8, r.a, s390x_const(t, 0));
		break;
	default:
		/* produced in another block (or by a helper): compute it from the state */
		v = s390x_call(t, cc_helper, 0, 0, 0);
		t->cc = (struct s390x_ccrec){ S390X_CC_STATIC, v, 0, 0 };
		return v;
	}
	return v;
}

/* Branch masks over a compare's three outcomes (bit 8: cc 0 equal, 4: cc 1
 * low, 2: cc 2 high; cc 3 cannot happen), as relations of a <=> b. */
static const int8_t cmp_rel[2][8] = {
	{ -1, DM_COND_SGT, DM_COND_SLT, DM_COND_NE, DM_COND_EQ, DM_COND_SGE, DM_COND_SLE, -2 },
	{ -1, DM_COND_UGT, DM_COND_ULT, DM_COND_NE, DM_COND_EQ, DM_COND_UGE, DM_COND_ULE, -2 },
};
/* A logical subtraction without borrow in: cc 1 a < b, cc 2 a == b, cc 3
 * a > b (cc 0 cannot happen), as relations by the mask's low three bits. */
static const int8_t subu_rel[8] = { -1, DM_COND_UGT, DM_COND_EQ, DM_COND_UGE, DM_COND_ULT, DM_COND_NE, DM_COND_ULE, -2 };

dm_temp s390x_cc_test(struct s390x_tr *t, unsigned mask)
{
	struct s390x_ccrec r = t->cc;
	mask &= 15;
	if (mask == 15) return s390x_const(t, 1);
	if (mask == 0) return s390x_const(t, 0);
	int rel = -3;
	dm_temp a = r.a, b = r.b;
	unsigned w = width(r.op);
	switch (r.op) {
	case S390X_CC_CMP_S32: case S390X_CC_CMP_S64: rel = cmp_rel[0][mask >> 1]; break;
	case S390X_CC_CMP_U32: case S390X_CC_CMP_U64: rel = cmp_rel[1][mask >> 1]; break;
	case S390X_CC_SUB_U32: case S390X_CC_SUB_U64:
		if (!r.c) rel = subu_rel[mask & 7];
		break;
	case S390X_CC_NZ: {
		/* cc 0 zero, cc 1 nonzero */
		static const int8_t nz[4] = { -1, DM_COND_NE, DM_COND_EQ, -2 };
		rel = nz[(mask >> 2) & 3];
		b = s390x_const(t, 0);
		w = 8;
		break;
	}
	default: break;
	}
	if (rel == -1) return s390x_const(t, 0);
	if (rel == -2) return s390x_const(t, 1);
	if (rel >= 0) return s390x_rel(t, (enum dm_cond)rel, w, a, b);
	/* the general case: bit (3 - cc) of the mask */
	dm_temp v = s390x_cc_get(t);
	dm_temp sh = s390x_op2(t, DM_IR_SUB, 8, s390x_const(t, 3), v);
	return s390x_op2i(t, DM_IR_AND, 8, s390x_op2(t, DM_IR_SHR, 8, s390x_const(t, mask), sh), 1);
}

dm_temp s390x_cmp_test(struct s390x_tr *t, bool sgn, unsigned w, dm_temp a, dm_temp b, unsigned mask)
{
	int rel = cmp_rel[!sgn][(mask >> 1) & 7];
	if (rel == -1) return s390x_const(t, 0);
	if (rel == -2) return s390x_const(t, 1);
	return s390x_rel(t, (enum dm_cond)rel, w, a, b);
}
