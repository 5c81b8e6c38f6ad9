/* arch/s390x/ccvalue.c: the condition code from the lazy state (cc.h), for
 * IPM-like uses in another block, signal frames and ptrace-like views.  The
 * same definitions as translate/cc.c's IR, in C. */
#include "arch/s390x/cc.h"
#include "arch/s390x/cpu.h"

static unsigned signed_result(int64_t r, int ov)
{
	return ov ? 3 : r == 0 ? 0 : r < 0 ? 1 : 2;
}

unsigned s390x_cc_value(const struct s390x_cpu *c)
{
	uint64_t a = c->cc_a, b = c->cc_b, k = c->cc_c & 1;
	switch ((enum s390x_cc_op)c->cc_op) {
	case S390X_CC_CMP_S32: return (int32_t)a == (int32_t)b ? 0 : (int32_t)a < (int32_t)b ? 1 : 2;
	case S390X_CC_CMP_S64: return (int64_t)a == (int64_t)b ? 0 : (int64_t)a < (int64_t)b ? 1 : 2;
	case S390X_CC_CMP_U32: return (uint32_t)a == (uint32_t)b ? 0 : (uint32_t)a < (uint32_t)b ? 1 : 2;
	case S390X_CC_CMP_U64: return a == b ? 0 : a < b ? 1 : 2;
	case S390X_CC_ADD_S32: {
		int32_t r;
		int ov = __builtin_add_overflow((int32_t)a, (int32_t)b, &r);
		return signed_result(r, ov);
	}
	case S390X_CC_ADD_S64: {
		int64_t r;
		int ov = __builtin_add_overflow((int64_t)a, (int64_t)b, &r);
		return signed_result(r, ov);
	}
	case S390X_CC_SUB_S32: {
		int32_t r;
		int ov = __builtin_sub_overflow((int32_t)a, (int32_t)b, &r);
		return signed_result(r, ov);
	}
	case S390X_CC_SUB_S64: {
		int64_t r;
		int ov = __builtin_sub_overflow((int64_t)a, (int64_t)b, &r);
		return signed_result(r, ov);
	}
	case S390X_CC_ADD_U32: {
		uint64_t s = (uint64_t)(uint32_t)a + (uint32_t)b + k;
		return ((uint32_t)s != 0) | (unsigned)(s >> 32) << 1;
	}
	case S390X_CC_ADD_U64: {
		unsigned __int128 s = (unsigned __int128)a + b + k;
		return ((uint64_t)s != 0) | (unsigned)(s >> 64) << 1;
	}
	case S390X_CC_SUB_U32: {
		/* a + ~b + carry: the carry out is "no borrow" */
		uint64_t s = (uint64_t)(uint32_t)a + (uint32_t)~b + k;
		return ((uint32_t)s != 0) | (unsigned)(s >> 32) << 1;
	}
	case S390X_CC_SUB_U64: {
		unsigned __int128 s = (unsigned __int128)a + ~b + k;
		return ((uint64_t)s != 0) | (unsigned)(s >> 64) << 1;
	}
	case S390X_CC_NZ: return a != 0;
	default: return c->cc & 3;
	}
}

void s390x_cc_set(struct s390x_cpu *c, unsigned cc)
{
	c->cc_op = S390X_CC_STATIC;
	c->cc = cc & 3;
}
