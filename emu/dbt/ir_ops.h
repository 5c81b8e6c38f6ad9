/* emu/dbt/ir_ops.h: the IR opcode table (X-macro).  One row per opcode:
 *   DM_IR_OP(NAME, nsrc, has_dst)
 * Operands are temps (64-bit slots); `size` on the instruction is the operating
 * width in bytes (4 or 8 for arithmetic; 1/2/4/8 for memory); `imm` carries the
 * opcode's constant (a state offset, a condition code, a helper index, a pc).
 * Results narrower than 64 bits are zero-extended into their temp.
 * docs/ir.md describes every row; the interpreter (emu/dbt/interp.c) is the
 * executable definition. */
/* constants and guest state */
DM_IR_OP(CONST, 0, 1)     /* dst = imm */
DM_IR_OP(GET, 0, 1)       /* dst = zext(state[imm .. imm+size)) */
DM_IR_OP(PUT, 1, 0)       /* state[imm .. imm+size) = a */
/* integer arithmetic at width `size` */
DM_IR_OP(ADD, 2, 1)
DM_IR_OP(SUB, 2, 1)
DM_IR_OP(ADC, 3, 1)       /* a + b + (c & 1) */
DM_IR_OP(SBC, 3, 1)       /* a - b - 1 + (c & 1)  (A64: a + ~b + C) */
DM_IR_OP(MUL, 2, 1)
DM_IR_OP(UMULH, 2, 1)     /* high 64 bits of the 128-bit unsigned product (size 8) */
DM_IR_OP(SMULH, 2, 1)
DM_IR_OP(UDIV, 2, 1)      /* A64 semantics: x / 0 = 0 */
DM_IR_OP(SDIV, 2, 1)      /* x / 0 = 0, MIN / -1 = MIN */
DM_IR_OP(AND, 2, 1)
DM_IR_OP(OR, 2, 1)
DM_IR_OP(XOR, 2, 1)
DM_IR_OP(ANDN, 2, 1)      /* a & ~b */
DM_IR_OP(ORN, 2, 1)       /* a | ~b */
DM_IR_OP(XORN, 2, 1)      /* a ^ ~b */
DM_IR_OP(NOT, 1, 1)
DM_IR_OP(NEG, 1, 1)
DM_IR_OP(SHL, 2, 1)       /* shift amount b taken modulo the width */
DM_IR_OP(SHR, 2, 1)
DM_IR_OP(SAR, 2, 1)
DM_IR_OP(ROR, 2, 1)
DM_IR_OP(CLZ, 1, 1)       /* clz(0) = width */
DM_IR_OP(CLS, 1, 1)       /* count leading sign bits (excluding the sign bit) */
DM_IR_OP(RBIT, 1, 1)      /* reverse bits within the width */
DM_IR_OP(BSWAP, 1, 1)     /* reverse bytes within the width */
DM_IR_OP(SEXT, 1, 1)      /* dst = sign-extend the low imm bits of a to width size */
DM_IR_OP(ZEXT, 1, 1)      /* dst = the low imm bits of a */
DM_IR_OP(EXTR, 2, 1)      /* (a:b) >> imm, low `size` bytes: A64 EXTR / funnel shift */
/* flags: NZCV packed as bits 31..28 of a temp, A64's PSTATE layout */
DM_IR_OP(ADDF, 2, 1)      /* dst = NZCV of a + b */
DM_IR_OP(SUBF, 2, 1)      /* dst = NZCV of a - b (C = no borrow) */
DM_IR_OP(ADCF, 3, 1)      /* dst = NZCV of a + b + (c & 1) */
DM_IR_OP(SBCF, 3, 1)      /* dst = NZCV of a + ~b + (c & 1) */
DM_IR_OP(LOGICF, 1, 1)    /* dst = NZCV with N, Z from a; C = V = 0 */
DM_IR_OP(COND, 1, 1)      /* dst = 1 if A64 condition imm (0..15) holds for NZCV a, else 0 */
DM_IR_OP(SELECT, 3, 1)    /* dst = a ? b : c */
/* memory; addresses are guest addresses */
DM_IR_OP(LD, 1, 1)        /* dst = zext(mem[a], size) */
DM_IR_OP(LDS, 1, 1)       /* dst = sext(mem[a], size) to 64 bits */
DM_IR_OP(ST, 2, 0)        /* mem[a] = low size bytes of b */
DM_IR_OP(LDX, 1, 1)       /* load-exclusive: dst = mem[a]; arm the monitor */
DM_IR_OP(STX, 2, 1)       /* store-exclusive: dst = 0 and mem[a] = b if the monitor holds, else 1 */
DM_IR_OP(CLREX, 0, 0)     /* disarm the monitor */
DM_IR_OP(CAS, 3, 1)       /* dst = old mem[a]; if old == b then mem[a] = c; atomic */
DM_IR_OP(RMW, 2, 1)       /* dst = old mem[a]; mem[a] = old OP b, OP = enum dm_ir_rmw in imm; atomic */
DM_IR_OP(FENCE, 0, 0)
/* floating point with a guarded fast path (emu/dbt/ir_fp.h): imm points to a
 * struct dm_ir_fp; dst = the host's IEEE result when the guest's FP control
 * and status words allow it and the result is in the op's safe range, else
 * dst = fp->slow(cpu, a, b, c), the exact guest semantics (which may set
 * status bits).  size: the float width (4 or 8); conversions: the low nibble
 * is the result width, the high nibble the operand's. */
DM_IR_OP(FADD, 2, 1)
DM_IR_OP(FSUB, 2, 1)
DM_IR_OP(FMUL, 2, 1)
DM_IR_OP(FDIV, 2, 1)
DM_IR_OP(FSQRT, 1, 1)
DM_IR_OP(FMA, 3, 1)       /* a + b * c, rounded once */
DM_IR_OP(FCMP, 2, 1)      /* dst = NZCV of comparing a with b (bits 31..28: 0110 eq, 1000 lt, 0010 gt) */
DM_IR_OP(FMAX, 2, 1)      /* the larger of a and b (of +0 and -0: +0) */
DM_IR_OP(FMIN, 2, 1)      /* the smaller of a and b (of +0 and -0: -0) */
DM_IR_OP(FRINT, 1, 1)     /* a rounded to an integral float; size >> 4: 0 nearest even, 1 up, 2 down, 3 zero, 4 ties away */
DM_IR_OP(FCVT, 1, 1)      /* float of the other width -> float of width size & 15 */
DM_IR_OP(FTOSI, 1, 1)     /* float -> signed integer, rounding toward zero */
DM_IR_OP(FTOUI, 1, 1)     /* float -> unsigned integer, rounding toward zero */
DM_IR_OP(SITOF, 1, 1)     /* signed integer -> float */
DM_IR_OP(UITOF, 1, 1)     /* unsigned integer -> float */
/* out-of-line work */
DM_IR_OP(CALL, 3, 1)      /* dst = ((dm_helper_fn)imm)(cpu, a, b, c) */
/* control: every block ends with one of EXIT*; BRCOND may exit early */
DM_IR_OP(INSN, 0, 0)      /* a guest instruction at pc imm starts here */
DM_IR_OP(BRCOND, 1, 0)    /* if a != 0: leave the block, next pc = imm */
DM_IR_OP(EXIT, 0, 0)      /* leave the block, next pc = imm (direct) */
DM_IR_OP(EXITR, 1, 0)     /* leave the block, next pc = a (indirect) */
DM_IR_OP(SYSCALL, 0, 0)   /* leave the block for a system call; resume at pc imm */
DM_IR_OP(TRAP, 0, 0)      /* leave the block raising guest trap imm (enum dm_trap) at the current insn */
