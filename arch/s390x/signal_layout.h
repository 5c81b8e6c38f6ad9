/* arch/s390x/signal_layout.h: byte offsets in the s390x signal frames, the
 * kernel's struct rt_sigframe and struct sigframe (arch/s390/kernel/signal.c,
 * Linux 6.1), composed from the spec types' offsets that the generator writes
 * to generated/s390x/defs.h (specs/types/sigframe.lua; the ABI checker proves
 * them against asm/sigcontext.h, asm/ucontext.h and the frames' declarations
 * in gen/shim/dm/kernel_internal.h).  Plain constants, no emulator types. */
#ifndef DM_S390X_SIGNAL_LAYOUT_H
#define DM_S390X_SIGNAL_LAYOUT_H

#include "../../generated/s390x/defs.h"

#define S390X_(x) DM_S390X_##x
enum {
	/* _sigregs, relative to its start */
	SR_PSW_MASK = S390X_(OFFSETOF_sigregs_regs) + S390X_(OFFSETOF_s390_regs_common_psw) + S390X_(OFFSETOF_s390_psw_mask),
	SR_PSW_ADDR = S390X_(OFFSETOF_sigregs_regs) + S390X_(OFFSETOF_s390_regs_common_psw) + S390X_(OFFSETOF_s390_psw_addr),
	SR_GPRS = S390X_(OFFSETOF_sigregs_regs) + S390X_(OFFSETOF_s390_regs_common_gprs),
	SR_ACRS = S390X_(OFFSETOF_sigregs_regs) + S390X_(OFFSETOF_s390_regs_common_acrs),
	SR_FPC = S390X_(OFFSETOF_sigregs_fpregs) + S390X_(OFFSETOF_s390_fp_regs_fpc),
	SR_FPRS = S390X_(OFFSETOF_sigregs_fpregs) + S390X_(OFFSETOF_s390_fp_regs_fprs),
	SR_SIZE = S390X_(SIZEOF_sigregs),

	/* rt_sigframe (SA_SIGINFO handlers) */
	RT_INFO = S390X_(OFFSETOF_rt_sigframe_info),
	RT_UC = S390X_(OFFSETOF_rt_sigframe_uc),
	RT_UC_FLAGS = RT_UC + S390X_(OFFSETOF_ucontext_extended_uc_flags),
	RT_UC_LINK = RT_UC + S390X_(OFFSETOF_ucontext_extended_uc_link),
	RT_UC_STACK = RT_UC + S390X_(OFFSETOF_ucontext_extended_uc_stack),
	SS_SP = S390X_(OFFSETOF_stack_t_ss_sp), SS_FLAGS = S390X_(OFFSETOF_stack_t_ss_flags),
	SS_SIZE = S390X_(OFFSETOF_stack_t_ss_size),
	RT_SREGS = RT_UC + S390X_(OFFSETOF_ucontext_extended_uc_mcontext),
	RT_SIGMASK = RT_UC + S390X_(OFFSETOF_ucontext_extended_uc_sigmask),
	/* without the vector facility the frame ends before uc_mcontext_ext */
	RT_SIZE = S390X_(SIZEOF_rt_sigframe) - S390X_(SIZEOF_sigregs_ext),

	/* sigframe (handlers without SA_SIGINFO) */
	SF_SC = S390X_(OFFSETOF_sigframe_sc),
	SF_OLDMASK = SF_SC + S390X_(OFFSETOF_sigcontext_oldmask),
	SF_SREGS_PTR = SF_SC + S390X_(OFFSETOF_sigcontext_sregs),
	SF_SREGS = S390X_(OFFSETOF_sigframe_sregs),
	SF_SIGNO = S390X_(OFFSETOF_sigframe_signo),
	SF_SIZE = S390X_(SIZEOF_sigframe) - S390X_(SIZEOF_sigregs_ext),

	/* both begin with the register save area of the handler's caller, whose
	 * first doubleword is the back chain */
	CALLER_SAVE_AREA = S390X_(__SIGNAL_FRAMESIZE),
};
_Static_assert(S390X_(OFFSETOF_rt_sigframe_callee_used_stack) == 0 && S390X_(OFFSETOF_sigframe_callee_used_stack) == 0,
	       "the frames start with the caller's save area");
_Static_assert(S390X_(OFFSETOF_sigframe_sregs_ext) + S390X_(SIZEOF_sigregs_ext) <= S390X_(SIZEOF_sigframe),
	       "sregs_ext is the sigframe's last register block");
#define S390X_SA_SIGINFO S390X_(SA_SIGINFO)
#define S390X_SA_RESTORER S390X_(SA_RESTORER)

#endif
