/* arch/aarch64/translate/exception.c: Exception generation (SVC, BRK).
 * HVC, SMC, HLT and DCPS* are UNDEF at EL0 and stay out of the table. */
#include "arch/aarch64/translate.h"

/* SVC #imm: Linux ignores imm; the system call resumes after the SVC.  The
 * exception return (ERET) clears the local exclusive monitor, so an
 * LDXR ... SVC ... STXR sequence must fail as on hardware. */
A64_INSN(SVC)
{
	a64_emit(t, DM_IR_CLREX, 8, 0, 0, 0, 0);
	a64_emit(t, DM_IR_SYSCALL, 8, 0, 0, 0, t->pc + 4);
	t->end_block = true;
	return true;
}

/* BRK #imm16: SIGTRAP in Linux (si_code TRAP_BRKPT, or a BUG/kasan hook by imm) */
A64_INSN(BRK)
{
	a64_trap(t, DM_TRAP_BRK, a64_bits(insn, 20, 5));
	return true;
}
