/* arch/s390x/cc.h: the lazy condition code.  z/Architecture sets a 2-bit cc
 * on most arithmetic; programs test it rarely and mostly right after a
 * compare.  So a cc-setting instruction only records what it did (cc_op and
 * its operands in the CPU state, ccvalue.c computes the cc from them when it
 * is observed: IPM, a signal frame, a branch in another block), and a branch
 * in the same block re-tests the operands with SUBF + COND (translate/cc.c). */
#ifndef DM_S390X_CC_H
#define DM_S390X_CC_H

/* Operands are held zero-extended at the operation's width (32: low word). */
enum s390x_cc_op {
	S390X_CC_STATIC,                  /* cc = the cc field */
	S390X_CC_CMP_S32, S390X_CC_CMP_S64, /* a <=> b signed: 0 equal, 1 low, 2 high */
	S390X_CC_CMP_U32, S390X_CC_CMP_U64, /* a <=> b unsigned */
	S390X_CC_ADD_S32, S390X_CC_ADD_S64, /* a + b signed: 0 zero, 1 < 0, 2 > 0, 3 overflow */
	S390X_CC_SUB_S32, S390X_CC_SUB_S64, /* a - b signed, the same */
	S390X_CC_ADD_U32, S390X_CC_ADD_U64, /* a + b + (c & 1) logical: (result != 0) | carry << 1 */
	S390X_CC_SUB_U32, S390X_CC_SUB_U64, /* a - b - !(c & 1) logical: (result != 0) | (no borrow) << 1 */
	S390X_CC_NZ,                        /* a != 0 (a already at its width): 0 or 1 */
	S390X_CC_NOPS
};
/* the 64-bit variant of a 32/64 pair */
#define S390X_CC_W(op32, w) ((enum s390x_cc_op)((op32) + ((w) == 8)))

#endif
