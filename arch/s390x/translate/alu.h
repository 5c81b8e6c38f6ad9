/* arch/s390x/translate/alu.h: the two-operand ALU handler shared by the
 * arithmetic and logical classes (translate/arith.c defines it).  A row's
 * argument says the operation, width, where the second operand comes from
 * and how it is extended. */
#ifndef DM_S390X_ALU_H
#define DM_S390X_ALU_H

#include "arch/s390x/translate.h"

enum s390x_alu { ALU_ADD, ALU_SUB, ALU_ADDL, ALU_SUBL, ALU_ADDC, ALU_SUBB, ALU_MUL, ALU_AND, ALU_OR, ALU_XOR };
/* the second operand: r2 (RR, RRE), r2 op r3 into r1 (RRF distinct operands),
 * storage (RX, RXY), immediate (RI, RIL), r3 op immediate into r1 (RIE-d),
 * storage op immediate into storage (SIY: ASI, ALSI) */
enum s390x_src { SRC_R2, SRC_RRF, SRC_MEM, SRC_IMM, SRC_RIE, SRC_SIY };
#define ALU(op, w, src, bits, sgn) ((op) | (w) << 4 | (src) << 8 | (bits) << 12 | (sgn) << 19)
#define ALU_HDST (1u << 20)   /* r1 is the high word */
#define ALU_HS2 (1u << 21)    /* r2's high word */
#define ALU_HS3 (1u << 22)    /* r3's high word */
#define ALU_NOCC (1u << 23)   /* no condition code (ALSIHN) */

bool s390x_alu(struct s390x_tr *t, const struct s390x_insn *i);

#endif
