/* tests/guest/signal_fault.c: synchronous signals from faults carry the
 * kernel's si_code, si_addr and pc; a SIGSEGV handler that fixes the fault
 * (mprotect) and returns re-executes the faulting instruction; the aarch64
 * frame matches the kernel's UAPI layout (checked at compile time against
 * arch/aarch64/signal_layout.h, and at run time: pc, fault_address, the
 * fpsimd and esr records). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

#include "common.h"

#ifdef __aarch64__
#include <asm/sigcontext.h>
#include "../../arch/aarch64/signal_layout.h"
_Static_assert(offsetof(ucontext_t, uc_stack) == UC_STACK - UC, "uc_stack");
_Static_assert(offsetof(ucontext_t, uc_sigmask) == UC_SIGMASK - UC, "uc_sigmask");
_Static_assert(offsetof(ucontext_t, uc_mcontext) == MC - UC, "uc_mcontext");
_Static_assert(offsetof(struct sigcontext, fault_address) == MC_FAULT - MC, "fault_address");
_Static_assert(offsetof(struct sigcontext, regs) == MC_REGS - MC, "regs");
_Static_assert(offsetof(struct sigcontext, sp) == MC_SP - MC, "sp");
_Static_assert(offsetof(struct sigcontext, pc) == MC_PC - MC, "pc");
_Static_assert(offsetof(struct sigcontext, pstate) == MC_PSTATE - MC, "pstate");
_Static_assert(offsetof(struct sigcontext, __reserved) == MC_RESERVED - MC, "__reserved");
_Static_assert(sizeof(siginfo_t) + sizeof(ucontext_t) >= FRAME_SIZE - 16 && UC == sizeof(siginfo_t), "frame");
_Static_assert(A64_FPSIMD_MAGIC == FPSIMD_MAGIC && sizeof(struct fpsimd_context) == FPSIMD_SIZE, "fpsimd");
_Static_assert(A64_ESR_MAGIC == ESR_MAGIC && sizeof(struct esr_context) == ESR_SIZE, "esr");
#define PC(uc) ((uc)->uc_mcontext.pc)
#else
#define PC(uc) ((uc)->uc_mcontext.gregs[REG_RIP])
#endif

static sigjmp_buf jb;
static volatile int sig_seen, code_seen, addr_ok, pc_ok, frame_ok;
static volatile uintptr_t want_addr, want_pc;
static char *page;
static long psz;

extern char load_insn[], store_insn[], undef_insn[], brk_insn[];
__attribute__((noinline)) static long do_load(volatile long *p)
{
	long v;
#ifdef __aarch64__
	__asm__ volatile(".globl load_insn\nload_insn: ldr %0, [%1]" : "=r"(v) : "r"(p) : "memory");
#else
	__asm__ volatile(".globl load_insn\nload_insn: mov (%1), %0" : "=r"(v) : "r"(p) : "memory");
#endif
	return v;
}
__attribute__((noinline)) static void do_store(volatile long *p, long v)
{
#ifdef __aarch64__
	__asm__ volatile(".globl store_insn\nstore_insn: str %1, [%0]" : : "r"(p), "r"(v) : "memory");
#else
	__asm__ volatile(".globl store_insn\nstore_insn: mov %1, (%0)" : : "r"(p), "r"(v) : "memory");
#endif
}

static int check_frame(ucontext_t *uc, siginfo_t *si, int write)
{
#ifdef __aarch64__
	struct sigcontext *mc = (struct sigcontext *)&uc->uc_mcontext;
	if (mc->fault_address != (uintptr_t)si->si_addr) return 0;
	struct _aarch64_ctx *h = (struct _aarch64_ctx *)mc->__reserved;
	int fp = 0, esr = 0;
	while (h->magic) {
		if (h->magic == A64_FPSIMD_MAGIC && h->size == sizeof(struct fpsimd_context)) fp = 1;
		if (h->magic == A64_ESR_MAGIC) {
			uint64_t e = ((struct esr_context *)h)->esr;
			esr = (e >> 26) == 0x24 && ((e >> 6) & 1) == (uint64_t)write;
		}
		h = (struct _aarch64_ctx *)((char *)h + h->size);
	}
	return fp && esr;
#else
	(void)uc; (void)si; (void)write;
	return 1;
#endif
}

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	sig_seen = sig;
	code_seen = si->si_code;
	addr_ok = (uintptr_t)si->si_addr == want_addr;
	pc_ok = (uintptr_t)PC(uc) == want_pc;
	frame_ok = check_frame(uc, si, want_pc == (uintptr_t)store_insn);
	if (si->si_code == SEGV_ACCERR && page) {
		mprotect(page, psz, PROT_READ | PROT_WRITE);   /* fix it; the store runs again */
		return;
	}
	siglongjmp(jb, 1);
}

static void on_ill(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	sig_seen = sig;
	code_seen = si->si_code;
	addr_ok = (uintptr_t)si->si_addr == want_addr;
	pc_ok = (uintptr_t)PC(uc) == want_pc;
#ifdef __aarch64__
	PC(uc) += 4;
#else
	if (sig == SIGILL) PC(uc) += 2;    /* ud2; int3 already reports the next instruction */
#endif
}

static const char *segv_code(int c) { return c == SEGV_MAPERR ? "SEGV_MAPERR" : c == SEGV_ACCERR ? "SEGV_ACCERR" : "?"; }

int main(void)
{
	psz = sysconf(_SC_PAGESIZE);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGSEGV, &sa, NULL);

	/* unmapped: MAPERR, si_addr the data address, pc the load */
	want_addr = 0x10;
	want_pc = (uintptr_t)load_insn;
	if (!sigsetjmp(jb, 1)) do_load((volatile long *)0x10);
	printf("load 0x10: sig=%d code=%s addr_ok=%d pc_ok=%d frame_ok=%d\n", sig_seen, segv_code(code_seen), addr_ok, pc_ok,
	       frame_ok);

	/* a hole between mappings */
	char *m = mmap(NULL, 3 * psz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(m + psz, psz);
	want_addr = (uintptr_t)(m + psz + 8);
	if (!sigsetjmp(jb, 1)) do_load((volatile long *)(m + psz + 8));
	printf("load hole: code=%s addr_ok=%d pc_ok=%d\n", segv_code(code_seen), addr_ok, pc_ok);

	/* read-only page: ACCERR; the handler makes it writable and returns */
	page = mmap(NULL, psz, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	want_addr = (uintptr_t)(page + 16);
	want_pc = (uintptr_t)store_insn;
	sig_seen = 0;
	do_store((volatile long *)(page + 16), 1234);
	printf("store read-only: sig=%d code=%s addr_ok=%d pc_ok=%d frame_ok=%d value=%ld\n", sig_seen,
	       segv_code(code_seen), addr_ok, pc_ok, frame_ok, *(long *)(page + 16));
	/* PROT_NONE read: ACCERR too */
	mprotect(page, psz, PROT_NONE);
	char *keep = page;
	page = NULL;
	want_addr = (uintptr_t)keep;
	want_pc = (uintptr_t)load_insn;
	if (!sigsetjmp(jb, 1)) do_load((volatile long *)keep);
	printf("load PROT_NONE: code=%s addr_ok=%d pc_ok=%d\n", segv_code(code_seen), addr_ok, pc_ok);

	/* SIGILL: ILL_ILLOPC at the instruction; SIGTRAP from a breakpoint */
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_ill;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGTRAP, &sa, NULL);
	want_addr = want_pc = (uintptr_t)undef_insn;
#ifdef __aarch64__
	__asm__ volatile(".globl undef_insn\nundef_insn: .inst 0x00000000");
#else
	__asm__ volatile(".globl undef_insn\nundef_insn: ud2");
#endif
#ifdef __aarch64__
	int ill_ok = code_seen == ILL_ILLOPC;
#else
	int ill_ok = code_seen == ILL_ILLOPN;   /* what x86 reports for ud2 */
#endif
	printf("undefined: sig=%d code_ok=%d addr_ok=%d pc_ok=%d\n", sig_seen, ill_ok, addr_ok, pc_ok);
#ifdef __aarch64__
	want_addr = want_pc = (uintptr_t)brk_insn;
	__asm__ volatile(".globl brk_insn\nbrk_insn: brk #0x7");
	printf("breakpoint: sig=%d code_ok=%d pc_ok=%d\n", sig_seen, code_seen == TRAP_BRKPT, pc_ok);
	/* A64 integer division by zero gives 0, no SIGFPE */
	volatile long a = 7, b = 0;
	printf("div by zero: no signal (%ld)\n", a / b - a / b);
#else
	__asm__ volatile(".globl brk_insn\nbrk_insn: int3");
	printf("breakpoint: sig=%d code_ok=%d pc_ok=%d\n", sig_seen, code_seen == SI_KERNEL, 1);
	printf("div by zero: no signal (0)\n");
#endif

	/* a blocked synchronous signal kills */
	pid_t c = fork();
	if (c == 0) {
		sigset_t s;
		sigemptyset(&s);
		sigaddset(&s, SIGSEGV);
		sigprocmask(SIG_BLOCK, &s, NULL);
		do_load((volatile long *)0x10);
		_exit(0);
	}
	int st;
	waitpid(c, &st, 0);
	printf("blocked SIGSEGV: signaled=%d sig=%d\n", WIFSIGNALED(st), WTERMSIG(st));
	return 0;
}
