/* emu/dbt/ir_ops.h: the IR opcode table (X-macro), the one place each
 * opcode's facts live.  One row per opcode:
 *   DM_IR_OP(NAME, nsrc, has_dst, sizes, imm, effects)
 * nsrc: source temps (a, b, c in order; the rest must be 0).  has_dst: it
 * defines a fresh temp.  sizes: the widths `size` may take (enum dm_ir_sizes:
 * a mask whose bits are the byte counts 1, 2, 4, 8; DM_SZ_FP: the FP
 * encoding of ir_fp.h; DM_SZ_ANY: width unused).  imm: what `imm` holds and
 * its range (enum dm_ir_immk).  effects: what the op touches besides its
 * temps (enum dm_ir_fx; 0 = pure).  The verifier (ir_verify.c) checks blocks
 * against these facts and the JIT's analysis is driven by them.
 * Results narrower than 64 bits are zero-extended into their temp.
 * docs/ir.md describes every row; the interpreter (emu/dbt/interp.c) is the
 * executable definition. */
/* constants and guest state */
DM_IR_OP(CONST, 0, 1, DM_SZ_8, DM_IMM_VALUE, 0)                 /* dst = imm */
DM_IR_OP(GET, 0, 1, DM_SZ_1248, DM_IMM_OFFSET, DM_FX_RSTATE)    /* dst = zext(state[imm .. imm+size)) */
DM_IR_OP(PUT, 1, 0, DM_SZ_1248, DM_IMM_OFFSET, DM_FX_WSTATE)    /* state[imm .. imm+size) = a */
/* integer arithmetic at width `size` */
DM_IR_OP(ADD, 2, 1, DM_SZ_1248, DM_IMM_NONE, 0)
DM_IR_OP(SUB, 2, 1, DM_SZ_1248, DM_IMM_NONE, 0)
DM_IR_OP(ADC, 3, 1, DM_SZ_1248, DM_IMM_NONE, 0)    /* a + b + (c & 1) */
DM_IR_OP(SBC, 3, 1, DM_SZ_1248, DM_IMM_NONE, 0)    /* a + ~b + (c & 1), i.e. a - b - 1 + (c & 1) */
DM_IR_OP(MUL, 2, 1, DM_SZ_1248, DM_IMM_NONE, 0)
DM_IR_OP(UMULH, 2, 1, DM_SZ_8, DM_IMM_NONE, 0)     /* high 64 bits of the 128-bit unsigned product */
DM_IR_OP(SMULH, 2, 1, DM_SZ_8, DM_IMM_NONE, 0)
/* division is total: a front-end that must trap tests the divisor first */
DM_IR_OP(UDIV, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)     /* a / b; x / 0 = 0 */
DM_IR_OP(SDIV, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)     /* toward zero; x / 0 = 0, MIN / -1 = MIN */
DM_IR_OP(UREM, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)     /* a % b; x % 0 = x */
DM_IR_OP(SREM, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)     /* sign of a; x % 0 = x, MIN % -1 = 0 */
DM_IR_OP(AND, 2, 1, DM_SZ_1248, DM_IMM_NONE, 0)
DM_IR_OP(OR, 2, 1, DM_SZ_1248, DM_IMM_NONE, 0)
DM_IR_OP(XOR, 2, 1, DM_SZ_1248, DM_IMM_NONE, 0)
DM_IR_OP(ANDN, 2, 1, DM_SZ_1248, DM_IMM_NONE, 0)   /* a & ~b */
DM_IR_OP(ORN, 2, 1, DM_SZ_1248, DM_IMM_NONE, 0)    /* a | ~b */
DM_IR_OP(XORN, 2, 1, DM_SZ_1248, DM_IMM_NONE, 0)   /* a ^ ~b */
DM_IR_OP(NOT, 1, 1, DM_SZ_1248, DM_IMM_NONE, 0)
DM_IR_OP(NEG, 1, 1, DM_SZ_1248, DM_IMM_NONE, 0)
DM_IR_OP(SHL, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)      /* shift amount b taken modulo the width */
DM_IR_OP(SHR, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)
DM_IR_OP(SAR, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)
DM_IR_OP(ROR, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)
DM_IR_OP(CLZ, 1, 1, DM_SZ_48, DM_IMM_NONE, 0)      /* clz(0) = width */
DM_IR_OP(CLS, 1, 1, DM_SZ_48, DM_IMM_NONE, 0)      /* count leading sign bits (excluding the sign bit) */
DM_IR_OP(RBIT, 1, 1, DM_SZ_48, DM_IMM_NONE, 0)     /* reverse bits within the width */
DM_IR_OP(BSWAP, 1, 1, DM_SZ_1248, DM_IMM_NONE, 0)  /* reverse bytes within the width */
DM_IR_OP(SEXT, 1, 1, DM_SZ_1248, DM_IMM_BITS, 0)   /* dst = sign-extend the low imm (1..64) bits of a to width size */
DM_IR_OP(ZEXT, 1, 1, DM_SZ_1248, DM_IMM_BITS, 0)   /* dst = the low imm (1..64) bits of a */
DM_IR_OP(EXTR, 2, 1, DM_SZ_48, DM_IMM_SHIFT, 0)    /* (a:b) >> imm (0..63, modulo the width), low `size` bytes: a funnel shift */
/* flags: N Z C V in bits 3..0 of a temp (N bit 3, V bit 0), the rest zero */
DM_IR_OP(ADDF, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)     /* dst = flags of a + b */
DM_IR_OP(SUBF, 2, 1, DM_SZ_48, DM_IMM_NONE, 0)     /* dst = flags of a - b, C = 1 when a >= b unsigned (no borrow) */
DM_IR_OP(ADCF, 3, 1, DM_SZ_48, DM_IMM_NONE, 0)     /* dst = flags of a + b + (c & 1) */
DM_IR_OP(SBCF, 3, 1, DM_SZ_48, DM_IMM_NONE, 0)     /* dst = flags of a + ~b + (c & 1) */
DM_IR_OP(LOGICF, 1, 1, DM_SZ_48, DM_IMM_NONE, 0)   /* dst = flags with N, Z from a; C = V = 0 */
DM_IR_OP(COND, 1, 1, DM_SZ_8, DM_IMM_COND, 0)      /* dst = 1 if condition imm (enum dm_cond) holds for flags a (bits 3..0), else 0 */
DM_IR_OP(SELECT, 3, 1, DM_SZ_8, DM_IMM_NONE, 0)    /* dst = a ? b : c */
/* memory; addresses are guest addresses; flags DM_IR_F_BE: big-endian memory */
DM_IR_OP(LD, 1, 1, DM_SZ_1248, DM_IMM_NONE, DM_FX_GMEM | DM_FX_RMEM | DM_FX_FAULT)   /* dst = zext(mem[a], size) */
DM_IR_OP(LDS, 1, 1, DM_SZ_1248, DM_IMM_NONE, DM_FX_GMEM | DM_FX_RMEM | DM_FX_FAULT)  /* dst = sext(mem[a], size) to 64 bits */
DM_IR_OP(ST, 2, 0, DM_SZ_1248, DM_IMM_NONE, DM_FX_GMEM | DM_FX_WMEM | DM_FX_FAULT)   /* mem[a] = low size bytes of b */
/* load-exclusive: dst = mem[a]; arm the monitor */
DM_IR_OP(LDX, 1, 1, DM_SZ_1248, DM_IMM_NONE, DM_FX_GMEM | DM_FX_RMEM | DM_FX_FAULT | DM_FX_MONITOR)
/* store-exclusive: dst = 0 and mem[a] = b if the monitor holds, else 1 */
DM_IR_OP(STX, 2, 1, DM_SZ_1248, DM_IMM_NONE, DM_FX_GMEM | DM_FX_RMEM | DM_FX_WMEM | DM_FX_FAULT | DM_FX_MONITOR)
DM_IR_OP(CLREX, 0, 0, DM_SZ_ANY, DM_IMM_NONE, DM_FX_MONITOR)   /* disarm the monitor */
/* dst = old mem[a]; if old == b then mem[a] = c; atomic */
DM_IR_OP(CAS, 3, 1, DM_SZ_1248, DM_IMM_NONE, DM_FX_GMEM | DM_FX_RMEM | DM_FX_WMEM | DM_FX_FAULT)
/* dst = old mem[a]; mem[a] = old OP b, OP = enum dm_ir_rmw in imm; atomic */
DM_IR_OP(RMW, 2, 1, DM_SZ_1248, DM_IMM_RMW, DM_FX_GMEM | DM_FX_RMEM | DM_FX_WMEM | DM_FX_FAULT)
DM_IR_OP(FENCE, 0, 0, DM_SZ_ANY, DM_IMM_NONE, DM_FX_RMEM | DM_FX_WMEM)   /* full barrier: orders every access */
/* floating point with a guarded fast path (emu/dbt/ir_fp.h): imm points to a
 * struct dm_ir_fp; dst = the host's IEEE result when the guest's FP control
 * and status words allow it and the result is in the op's safe range, else
 * dst = fp->slow(cpu, a, b, c), the exact guest semantics (which may set
 * status bits).  size: the float width (4 or 8); conversions: the low nibble
 * is the result width, the high nibble the operand's. */
DM_IR_OP(FADD, 2, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)
DM_IR_OP(FSUB, 2, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)
DM_IR_OP(FMUL, 2, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)
DM_IR_OP(FDIV, 2, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)
DM_IR_OP(FSQRT, 1, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)
DM_IR_OP(FMA, 3, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)    /* a + b * c, rounded once */
/* dst = the relation of a to b (enum dm_fcmp_rel): 0 equal, 1 less, 2 greater, 3 unordered */
DM_IR_OP(FCMP, 2, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)
DM_IR_OP(FMAX, 2, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)   /* the larger of a and b (of +0 and -0: +0) */
DM_IR_OP(FMIN, 2, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)   /* the smaller of a and b (of +0 and -0: -0) */
/* a rounded to an integral float; size >> 4: 0 nearest even, 1 up, 2 down, 3 zero, 4 ties away */
DM_IR_OP(FRINT, 1, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)
DM_IR_OP(FCVT, 1, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)   /* float of the other width -> float of width size & 15 */
DM_IR_OP(FTOSI, 1, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)  /* float -> signed integer, rounding toward zero */
DM_IR_OP(FTOUI, 1, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)  /* float -> unsigned integer, rounding toward zero */
DM_IR_OP(SITOF, 1, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)  /* signed integer -> float */
DM_IR_OP(UITOF, 1, 1, DM_SZ_FP, DM_IMM_FP, DM_FX_RSTATE | DM_FX_WSTATE)  /* unsigned integer -> float */
/* out-of-line work: dst = ((dm_helper_fn)imm)(cpu, a, b, c); an absent operand (temp 0) reads 0 */
DM_IR_OP(CALL, 3, 1, DM_SZ_8, DM_IMM_FN,
	 DM_FX_RSTATE | DM_FX_WSTATE | DM_FX_RMEM | DM_FX_WMEM | DM_FX_FAULT | DM_FX_CALL | DM_FX_MONITOR)
/* a 128-bit cryptographic primitive on 16-byte guest state slots (emu/dbt/ir_v128.h):
 * imm = kind | d << 8 | a << 24 | b << 40 (state offsets); state[d] = kind(...) */
DM_IR_OP(V128, 0, 0, DM_SZ_ANY, DM_IMM_V128, DM_FX_RSTATE | DM_FX_WSTATE)
/* control: every block ends with one of EXIT EXITR SYSCALL TRAP; BRCOND may exit early */
DM_IR_OP(INSN, 0, 0, DM_SZ_ANY, DM_IMM_PC, DM_FX_PC)   /* a guest instruction at pc imm starts here */
DM_IR_OP(BRCOND, 1, 0, DM_SZ_ANY, DM_IMM_PC, DM_FX_LEAVE)   /* if a != 0: leave the block, next pc = imm */
DM_IR_OP(EXIT, 0, 0, DM_SZ_ANY, DM_IMM_PC, DM_FX_END)      /* leave the block, next pc = imm (direct) */
DM_IR_OP(EXITR, 1, 0, DM_SZ_ANY, DM_IMM_NONE, DM_FX_END)   /* leave the block, next pc = a (indirect) */
DM_IR_OP(SYSCALL, 0, 0, DM_SZ_ANY, DM_IMM_PC, DM_FX_END)   /* leave the block for a system call; resume at pc imm */
/* leave the block raising guest trap imm (kind enum dm_trap | value << 8) at the current insn */
DM_IR_OP(TRAP, 0, 0, DM_SZ_ANY, DM_IMM_TRAP, DM_FX_END | DM_FX_FAULT)
