/* arch/aarch64/signal_layout.h: byte offsets of the arm64 rt_sigframe
 * (arch/arm64/kernel/signal.c: struct rt_sigframe { siginfo_t info; struct
 * ucontext uc; }), used by signal.c and checked against the kernel's UAPI
 * headers (asm/sigcontext.h, asm/ucontext.h) by tests/guest/signal_frame.c.
 * Plain constants: no emulator types, so a guest program can include it. */
#ifndef DM_A64_SIGNAL_LAYOUT_H
#define DM_A64_SIGNAL_LAYOUT_H

enum {
	INFO = 0,                        /* struct siginfo, 128 bytes */
	UC = 128,                        /* struct ucontext */
	UC_FLAGS = UC + 0, UC_LINK = UC + 8, UC_STACK = UC + 16, UC_SIGMASK = UC + 40,
	MC = UC + 176,                   /* struct sigcontext (16-aligned) */
	MC_FAULT = MC + 0, MC_REGS = MC + 8, MC_SP = MC + 256, MC_PC = MC + 264, MC_PSTATE = MC + 272,
	MC_RESERVED = MC + 288,          /* 4096 bytes of records */
	FRAME_SIZE = MC_RESERVED + 4096, /* sizeof(struct rt_sigframe) = 4688 */
	A64_FPSIMD_MAGIC = 0x46508001, FPSIMD_SIZE = 528,
	A64_ESR_MAGIC = 0x45535201, ESR_SIZE = 16,
	A64_SA_SIGINFO = 0x4, A64_SA_RESTORER = 0x04000000,
};

#endif
