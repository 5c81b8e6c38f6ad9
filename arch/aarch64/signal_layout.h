/* arch/aarch64/signal_layout.h: byte offsets in the arm64 rt_sigframe
 * (arch/arm64/kernel/signal.c: struct rt_sigframe { siginfo_t info; struct
 * ucontext uc; }), composed from the spec types' offsets that the generator
 * writes to generated/aarch64/defs.h (specs/types/sigframe.lua; the ABI
 * checker proves them against the kernel's asm/sigcontext.h and
 * asm/ucontext.h).  Plain constants, no emulator types: guest programs
 * include it too (tests/guest/signal_fault.c compares it with the guest
 * toolchain's own headers). */
#ifndef DM_A64_SIGNAL_LAYOUT_H
#define DM_A64_SIGNAL_LAYOUT_H

#include "../../generated/aarch64/defs.h"

#define A64_(x) DM_AARCH64_##x
enum {
	INFO = A64_(OFFSETOF_rt_sigframe_info),        /* siginfo_t, 128 bytes */
	UC = A64_(OFFSETOF_rt_sigframe_uc),            /* struct ucontext */
	UC_STACK = UC + A64_(OFFSETOF_ucontext_uc_stack),
	SS_SP = A64_(OFFSETOF_stack_t_ss_sp), SS_FLAGS = A64_(OFFSETOF_stack_t_ss_flags),
	SS_SIZE = A64_(OFFSETOF_stack_t_ss_size),
	UC_SIGMASK = UC + A64_(OFFSETOF_ucontext_uc_sigmask),
	MC = UC + A64_(OFFSETOF_ucontext_uc_mcontext), /* struct sigcontext */
	MC_FAULT = MC + A64_(OFFSETOF_sigcontext_fault_address),
	MC_REGS = MC + A64_(OFFSETOF_sigcontext_regs),
	MC_SP = MC + A64_(OFFSETOF_sigcontext_sp),
	MC_PC = MC + A64_(OFFSETOF_sigcontext_pc),
	MC_PSTATE = MC + A64_(OFFSETOF_sigcontext_pstate),
	MC_RESERVED = MC + A64_(OFFSETOF_sigcontext___reserved), /* the records */
	MC_RESERVED_SIZE = A64_(SIZEOF_sigcontext) - A64_(OFFSETOF_sigcontext___reserved),
	FRAME_SIZE = A64_(SIZEOF_rt_sigframe),
	FRAME_RECORD_SIZE = A64_(SIZEOF_frame_record),
	/* records in __reserved: {magic, size} heads */
	CTX_MAGIC = A64_(OFFSETOF_aarch64_ctx_magic), CTX_SIZE = A64_(OFFSETOF_aarch64_ctx_size),
	FPSIMD_SIZE = A64_(SIZEOF_fpsimd_context),
	FPSIMD_FPSR = A64_(OFFSETOF_fpsimd_context_fpsr), FPSIMD_FPCR = A64_(OFFSETOF_fpsimd_context_fpcr),
	FPSIMD_VREGS = A64_(OFFSETOF_fpsimd_context_vregs),
	ESR_SIZE = A64_(SIZEOF_esr_context), ESR_ESR = A64_(OFFSETOF_esr_context_esr),
};
#define A64_FPSIMD_MAGIC A64_(FPSIMD_MAGIC)
#define A64_ESR_MAGIC A64_(ESR_MAGIC)
#define A64_SA_SIGINFO A64_(SA_SIGINFO)
#define A64_SA_RESTORER A64_(SA_RESTORER)

#endif
