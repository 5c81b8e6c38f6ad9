/* arch/arm/signal_layout.h: byte offsets in the arm signal frames, the
 * kernel's struct rt_sigframe and struct sigframe (arch/arm/kernel/signal.h),
 * composed from the spec types' offsets that the generator writes to
 * generated/arm/defs.h (specs/types/sigframe.lua; the ABI checker proves
 * them against asm/sigcontext.h and the declarations of the kernel-internal
 * ucontext, VFP record and frames in gen/shim/dm/kernel_internal.h). */
#ifndef DM_ARM_SIGNAL_LAYOUT_H
#define DM_ARM_SIGNAL_LAYOUT_H

#include "../../generated/arm/defs.h"

#define ARM_(x) DM_ARM_##x
enum {
	/* ucontext, relative to its start */
	UC_FLAGS = ARM_(OFFSETOF_arm_ucontext_uc_flags),
	UC_LINK = ARM_(OFFSETOF_arm_ucontext_uc_link),
	UC_STACK = ARM_(OFFSETOF_arm_ucontext_uc_stack),
	SS_SP = ARM_(OFFSETOF_stack_t_ss_sp), SS_FLAGS = ARM_(OFFSETOF_stack_t_ss_flags),
	SS_SIZE = ARM_(OFFSETOF_stack_t_ss_size),
	UC_MCONTEXT = ARM_(OFFSETOF_arm_ucontext_uc_mcontext),
	SC_TRAP_NO = UC_MCONTEXT + ARM_(OFFSETOF_sigcontext_trap_no),
	SC_ERROR_CODE = UC_MCONTEXT + ARM_(OFFSETOF_sigcontext_error_code),
	SC_OLDMASK = UC_MCONTEXT + ARM_(OFFSETOF_sigcontext_oldmask),
	SC_R0 = UC_MCONTEXT + ARM_(OFFSETOF_sigcontext_arm_r0),   /* r0..r15 follow, one word each */
	SC_CPSR = UC_MCONTEXT + ARM_(OFFSETOF_sigcontext_arm_cpsr),
	SC_FAULT_ADDRESS = UC_MCONTEXT + ARM_(OFFSETOF_sigcontext_fault_address),
	UC_SIGMASK = ARM_(OFFSETOF_arm_ucontext_uc_sigmask),
	UC_REGSPACE = ARM_(OFFSETOF_arm_ucontext_uc_regspace),
	UC_SIZE = ARM_(SIZEOF_arm_ucontext),
	/* the VFP record at the start of uc_regspace, then a zero end marker */
	VFP_MAGIC_OFF = UC_REGSPACE + ARM_(OFFSETOF_vfp_sigframe_magic),
	VFP_SIZE_OFF = UC_REGSPACE + ARM_(OFFSETOF_vfp_sigframe_size),
	VFP_FPREGS = UC_REGSPACE + ARM_(OFFSETOF_vfp_sigframe_ufp) + ARM_(OFFSETOF_user_vfp_fpregs),
	VFP_FPSCR = UC_REGSPACE + ARM_(OFFSETOF_vfp_sigframe_ufp) + ARM_(OFFSETOF_user_vfp_fpscr),
	VFP_FPEXC = UC_REGSPACE + ARM_(OFFSETOF_vfp_sigframe_ufp_exc) + ARM_(OFFSETOF_user_vfp_exc_fpexc),
	VFP_RECORD_SIZE = ARM_(SIZEOF_vfp_sigframe),
	VFP_END = UC_REGSPACE + ARM_(SIZEOF_vfp_sigframe),

	/* rt_sigframe: siginfo, then the sigframe (ucontext + retcode) */
	RT_INFO = ARM_(OFFSETOF_rt_sigframe_info),
	RT_UC = ARM_(OFFSETOF_rt_sigframe_sig) + ARM_(OFFSETOF_sigframe_uc),
	RT_SIZE = ARM_(SIZEOF_rt_sigframe),
	/* sigframe: the ucontext first */
	SF_UC = ARM_(OFFSETOF_sigframe_uc),
	SF_SIZE = ARM_(SIZEOF_sigframe),
};
_Static_assert(ARM_(OFFSETOF_sigcontext_arm_pc) - ARM_(OFFSETOF_sigcontext_arm_r0) == 15 * 4,
	       "sigcontext holds r0..r15 in order");
#define ARM_SA_SIGINFO ARM_(SA_SIGINFO)
#define ARM_SA_RESTORER ARM_(SA_RESTORER)

#endif
