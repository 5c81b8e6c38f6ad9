/* tests/unit/s390x_frame_offsets.c: built with the s390x cross toolchain and
 * run under qemu-s390x; prints where the s390x signal frames keep each field,
 * by the toolchain's own headers: glibc's ucontext_t/mcontext_t/siginfo_t
 * (which the kernel's ucontext and _sigregs must match for programs to work)
 * and the kernel's UAPI sigcontext.  The frame structs themselves are the
 * kernel's (arch/s390/kernel/signal.c), spelled in those types.
 * tests/unit/test_s390x_signal.c checks dragoman's frames against it. */
#include <asm/sigcontext.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <ucontext.h>

struct rt_frame { uint8_t save[__SIGNAL_FRAMESIZE]; uint16_t svc_insn; siginfo_t info; ucontext_t uc; };
struct old_frame { uint8_t save[__SIGNAL_FRAMESIZE]; struct sigcontext sc; _sigregs sregs; int signo; };

#define P(name, v) printf("%s %zu\n", name, (size_t)(v))
int main(void)
{
	P("rt.info", offsetof(struct rt_frame, info));
	P("rt.uc", offsetof(struct rt_frame, uc));
	P("uc.flags", offsetof(ucontext_t, uc_flags));
	P("uc.link", offsetof(ucontext_t, uc_link));
	P("uc.ss_sp", offsetof(ucontext_t, uc_stack.ss_sp));
	P("uc.ss_flags", offsetof(ucontext_t, uc_stack.ss_flags));
	P("uc.ss_size", offsetof(ucontext_t, uc_stack.ss_size));
	P("uc.psw_mask", offsetof(ucontext_t, uc_mcontext.psw.mask));
	P("uc.psw_addr", offsetof(ucontext_t, uc_mcontext.psw.addr));
	P("uc.gregs", offsetof(ucontext_t, uc_mcontext.gregs));
	P("uc.aregs", offsetof(ucontext_t, uc_mcontext.aregs));
	P("uc.fpc", offsetof(ucontext_t, uc_mcontext.fpregs.fpc));
	P("uc.fprs", offsetof(ucontext_t, uc_mcontext.fpregs.fprs));
	P("uc.sigmask", offsetof(ucontext_t, uc_sigmask));
	P("si.signo", offsetof(siginfo_t, si_signo));
	P("si.addr", offsetof(siginfo_t, si_addr));
	P("sf.oldmask", offsetof(struct old_frame, sc.oldmask));
	P("sf.sregs_ptr", offsetof(struct old_frame, sc.sregs));
	P("sf.sregs", offsetof(struct old_frame, sregs));
	P("sf.signo", offsetof(struct old_frame, signo));
	P("sr.psw_mask", offsetof(_sigregs, regs.psw.mask));
	P("sr.psw_addr", offsetof(_sigregs, regs.psw.addr));
	P("sr.gprs", offsetof(_sigregs, regs.gprs));
	P("sr.acrs", offsetof(_sigregs, regs.acrs));
	P("sr.fpc", offsetof(_sigregs, fpregs.fpc));
	P("sr.fprs", offsetof(_sigregs, fpregs.fprs));
	P("sa.siginfo", SA_SIGINFO);
	return 0;
}
