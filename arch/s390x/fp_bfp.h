/* arch/s390x/fp_bfp.h: the z/Architecture rules around IEEE arithmetic
 * (PoO chapter 19, "Binary-Floating-Point Instructions"): which NaN an
 * operation returns, the FPC's masks, flags and rounding mode, the data-
 * exception code and the program interruption an enabled exception causes.
 *
 * FPC (bits numbered from the right here): 31-27 IEEE masks i z o u x,
 * 23-19 flags i z o u x, 15-8 DXC, 2-0 BFP rounding mode.  A trap writes
 * the DXC and leaves through s390x_bfp_raise: SIGFPE with the kernel's
 * si_code for that DXC, the frame's PSW past the instruction.  Invalid and
 * divide-by-zero traps suppress the operation; overflow, underflow and
 * inexact ones complete it (the result, scaled for overflow/underflow, is
 * written first). */
#ifndef DM_S390X_FP_BFP_H
#define DM_S390X_FP_BFP_H

#include "arch/s390x/cpu.h"
#include "arch/s390x/fp_soft.h"

#define FPC_MASKS 0xf8000000u
#define FPC_FLAGS 0x00f80000u
#define FPC_DXC 0x0000ff00u
#define FPC_RM 0x00000007u
#define FPC_FLAG_X 0x00080000u

/* One operation under way: the IEEE context plus what the instruction says. */
struct bfp_op {
	struct bfp_ctx c;
	uint32_t fpc;
	bool xxc;                    /* m4's inexact suppression (the ...A forms) */
};

/* The rounding mode an m3 field names (0: the FPC's); false for an invalid
 * m3 (translation checks it: a specification exception). */
bool s390x_bfp_m3_ok(unsigned m3);
void s390x_bfp_begin(struct bfp_op *o, uint32_t fpc, unsigned m3, unsigned m4);
/* Fold o's exceptions into the FPC: returns the DXC of the trap due (0:
 * none; the FPC then has the new flags) and whether it suppresses. */
unsigned s390x_bfp_finish(struct bfp_op *o, uint32_t *fpc, bool *suppress);
/* The program interruption for dxc (cpu->common.pc: the instruction). */
_Noreturn void s390x_bfp_raise(struct s390x_cpu *cpu, unsigned dxc);
/* The kernel's si_code for a DXC (arch/s390/kernel/traps.c). */
int s390x_bfp_si_code(unsigned dxc);

/* NaN operands by the PoO: an SNaN signals invalid and the first SNaN is
 * returned quieted, else the first QNaN; true when one was found. */
bool s390x_bfp_nan(enum bfp_fmt f, int n, const u128 *ops, u128 *r, struct bfp_ctx *c);

/* cc of a result: 0 zero, 1 negative, 2 positive, 3 NaN */
unsigned s390x_bfp_cc(enum bfp_fmt f, u128 v);

/* Register views: a short value is the left half of its FPR; an extended
 * one the pair r, r + 2. */
static inline u128 s390x_fpr_get(const struct s390x_cpu *c, enum bfp_fmt f, unsigned r)
{
	return f == BFP_S ? c->f[r] >> 32 : f == BFP_L ? c->f[r] : (u128)c->f[r] << 64 | c->f[(r + 2) & 15];
}
static inline void s390x_fpr_put(struct s390x_cpu *c, enum bfp_fmt f, unsigned r, u128 v)
{
	if (f == BFP_S) c->f[r] = (c->f[r] & 0xffffffffu) | (uint64_t)v << 32;
	else if (f == BFP_L) c->f[r] = (uint64_t)v;
	else c->f[r] = (uint64_t)(v >> 64), c->f[(r + 2) & 15] = (uint64_t)v;
}

/* The operations the guarded IR ops fall back to (and the helpers share);
 * each applies the FPC rules and traps itself.  bop: */
enum bfp_bop { BOP_ADD, BOP_SUB, BOP_MUL, BOP_DIV };
/* Arithmetic: the value to write; a trap that completes writes the target
 * register (found from the instruction at cpu->pc) and cc itself. */
u128 s390x_bfp_arith(struct s390x_cpu *cpu, enum bfp_fmt f, enum bfp_bop op, u128 a, u128 b, bool sets_cc);
u128 s390x_bfp_sqrt(struct s390x_cpu *cpu, enum bfp_fmt f, u128 a);
/* op1 +/- op3 * op2 (MADBR/MSDBR: sub for the S forms) */
u128 s390x_bfp_fma(struct s390x_cpu *cpu, enum bfp_fmt f, u128 op1, u128 op3, u128 op2, bool sub);
/* compare (signal: the K forms): the cc */
unsigned s390x_bfp_compare(struct s390x_cpu *cpu, enum bfp_fmt f, u128 a, u128 b, bool signal);
/* convert from fixed (v already extended to 64 bits) */
u128 s390x_bfp_from_int(struct s390x_cpu *cpu, enum bfp_fmt f, uint64_t v, bool is_signed, unsigned m3, unsigned m4);
/* convert to fixed: the integer (a 32-bit one zero-extended) and *cc */
uint64_t s390x_bfp_to_int(struct s390x_cpu *cpu, enum bfp_fmt f, u128 a, bool is_signed, unsigned bits, unsigned m3,
			  unsigned m4, unsigned *cc);
/* load and test: the value, an SNaN quieted (invalid) */
u128 s390x_bfp_load_test(struct s390x_cpu *cpu, enum bfp_fmt f, u128 a);
/* load lengthened / rounded, m3/m4 as in the instruction */
u128 s390x_bfp_convert(struct s390x_cpu *cpu, enum bfp_fmt to, enum bfp_fmt from, u128 a, unsigned m3, unsigned m4);

#endif
