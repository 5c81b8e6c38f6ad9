/* tests/guest/signal_preempt.c: asynchronous preemption as the Go runtime
 * does it.  A thread spins in an assembly loop whose flags stay live across
 * branches (so across block boundaries, where dragoman delivers signals);
 * another thread sends it SIGURG every few microseconds.  When the
 * interrupted pc is inside the loop, the handler rewrites the ucontext to
 * "push a call" (pc = a stub, lr or the stack = the resume pc, as Go's
 * sigctxt.pushCall does); the stub saves every register, NZCV/RFLAGS and
 * FPSR by hand (MRS/MSR on arm64, pushfq/popfq on x86), calls C code that
 * clobbers them and makes a system call, restores them and jumps back.  The
 * loop's result with preemption must equal its result with SIGURG blocked,
 * and every injected call must have run.  Same loop in both assemblers. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "common.h"

/* spin(n, st): st[0..5] integer state, st[6] a double; the loop updates them n times */
void spin(uint64_t n, uint64_t *st);
void preempt_stub(void);
extern char spin_start[], spin_end[];
void preempt_work(void);

#ifdef __aarch64__
__asm__(".text\n.globl spin\n.type spin, %function\nspin:\n"
	"\tldp x2, x3, [x1]\n\tldp x4, x5, [x1, #16]\n\tldp x6, x7, [x1, #32]\n\tldr d0, [x1, #48]\n"
	"\tfmov d1, #1.0\n"
	".globl spin_start\nspin_start:\n"
	"1:\teor x2, x2, x3, ror #7\n"
	"\tadds x3, x3, x2\n"                 /* C = carry out */
	"\tb 2f\n"
	"2:\tcsel x4, x4, x2, cs\n"           /* flags live across the branch */
	"\tadd x5, x5, x4\n"
	"\tcmp x5, x6\n"
	"\tb 3f\n"
	"3:\tcinc x6, x6, lo\n"
	"\tfadd d0, d0, d1\n"
	"\teor x7, x7, x5, lsr #3\n"
	"\tsubs x0, x0, #1\n"
	"\tb.ne 1b\n"
	".globl spin_end\nspin_end:\n"
	"\tstp x2, x3, [x1]\n\tstp x4, x5, [x1, #16]\n\tstp x6, x7, [x1, #32]\n\tstr d0, [x1, #48]\n"
	"\tret\n"
	/* entered with x30 = resume pc, [sp] = the interrupted x30 (pushed by the handler) */
	".globl preempt_stub\n.type preempt_stub, %function\npreempt_stub:\n"
	"\tsub sp, sp, #416\n"
	"\tstp x0, x1, [sp, #0]\n\tstp x2, x3, [sp, #16]\n\tstp x4, x5, [sp, #32]\n\tstp x6, x7, [sp, #48]\n"
	"\tstp x8, x9, [sp, #64]\n\tstp x10, x11, [sp, #80]\n\tstp x12, x13, [sp, #96]\n\tstp x14, x15, [sp, #112]\n"
	"\tstp x16, x17, [sp, #128]\n\tstp x18, x19, [sp, #144]\n\tstp x20, x21, [sp, #160]\n"
	"\tstp x22, x23, [sp, #176]\n\tstp x24, x25, [sp, #192]\n\tstp x26, x27, [sp, #208]\n"
	"\tstp x28, x29, [sp, #224]\n\tstr x30, [sp, #240]\n"
	"\tmrs x0, nzcv\n\tmrs x1, fpsr\n\tstp x0, x1, [sp, #256]\n"
	"\tstp q0, q1, [sp, #272]\n\tstp q2, q3, [sp, #304]\n\tstp q4, q5, [sp, #336]\n\tstp q6, q7, [sp, #368]\n"
	"\tbl preempt_work\n"
	"\tldp q0, q1, [sp, #272]\n\tldp q2, q3, [sp, #304]\n\tldp q4, q5, [sp, #336]\n\tldp q6, q7, [sp, #368]\n"
	"\tldp x0, x1, [sp, #256]\n\tmsr nzcv, x0\n\tmsr fpsr, x1\n"
	"\tldr x16, [sp, #240]\n"
	"\tldp x0, x1, [sp, #0]\n\tldp x2, x3, [sp, #16]\n\tldp x4, x5, [sp, #32]\n\tldp x6, x7, [sp, #48]\n"
	"\tldp x8, x9, [sp, #64]\n\tldp x10, x11, [sp, #80]\n\tldp x12, x13, [sp, #96]\n\tldp x14, x15, [sp, #112]\n"
	"\tldr x17, [sp, #136]\n\tldp x18, x19, [sp, #144]\n\tldp x20, x21, [sp, #160]\n"
	"\tldp x22, x23, [sp, #176]\n\tldp x24, x25, [sp, #192]\n\tldp x26, x27, [sp, #208]\n"
	"\tldp x28, x29, [sp, #224]\n"
	"\tldr x30, [sp, #416]\n"
	"\tadd sp, sp, #432\n"
	"\tbr x16\n");

static void push_call(ucontext_t *uc)
{
	mcontext_t *mc = &uc->uc_mcontext;
	uint64_t sp = mc->sp - 16;
	*(uint64_t *)sp = mc->regs[30];
	mc->sp = sp;
	mc->regs[30] = mc->pc;
	mc->pc = (uintptr_t)preempt_stub;
}
static uintptr_t pc_of(ucontext_t *uc) { return uc->uc_mcontext.pc; }
#else
__asm__(".text\n.globl spin\n.type spin, @function\nspin:\n"
	"\tmov (%rsi), %rdx\n\tmov 8(%rsi), %rcx\n\tmov 16(%rsi), %r8\n\tmov 24(%rsi), %r9\n"
	"\tmov 32(%rsi), %r10\n\tmov 40(%rsi), %r11\n\tmovsd 48(%rsi), %xmm0\n"
	"\tmov $0x3ff0000000000000, %rax\n\tmovq %rax, %xmm1\n"
	".globl spin_start\nspin_start:\n"
	"1:\tmov %rcx, %rax\n\tror $7, %rax\n\txor %rax, %rdx\n"
	"\tadd %rdx, %rcx\n"
	"\tjmp 2f\n"
	"2:\tcmovnc %rdx, %r8\n"
	"\tadd %r8, %r9\n"
	"\tcmp %r10, %r9\n"
	"\tjmp 3f\n"
	"3:\tadc $0, %r10\n"
	"\taddsd %xmm1, %xmm0\n"
	"\tmov %r9, %rax\n\tshr $3, %rax\n\txor %rax, %r11\n"
	"\tsub $1, %rdi\n"
	"\tjnz 1b\n"
	".globl spin_end\nspin_end:\n"
	"\tmov %rdx, (%rsi)\n\tmov %rcx, 8(%rsi)\n\tmov %r8, 16(%rsi)\n\tmov %r9, 24(%rsi)\n"
	"\tmov %r10, 32(%rsi)\n\tmov %r11, 40(%rsi)\n\tmovsd %xmm0, 48(%rsi)\n"
	"\tret\n"
	/* entered with the resume pc pushed by the handler */
	".globl preempt_stub\n.type preempt_stub, @function\npreempt_stub:\n"
	"\tpushfq\n\tpush %rax\n\tpush %rcx\n\tpush %rdx\n\tpush %rsi\n\tpush %rdi\n"
	"\tpush %r8\n\tpush %r9\n\tpush %r10\n\tpush %r11\n"
	"\tmov %rsp, %rax\n\tand $-16, %rsp\n\tpush %rax\n\tsub $136, %rsp\n"
	"\tmovdqu %xmm0, (%rsp)\n\tmovdqu %xmm1, 16(%rsp)\n"
	"\tcall preempt_work\n"
	"\tmovdqu (%rsp), %xmm0\n\tmovdqu 16(%rsp), %xmm1\n"
	"\tadd $136, %rsp\n\tpop %rsp\n"
	"\tpop %r11\n\tpop %r10\n\tpop %r9\n\tpop %r8\n\tpop %rdi\n\tpop %rsi\n\tpop %rdx\n\tpop %rcx\n\tpop %rax\n"
	"\tpopfq\n\tret\n");

static void push_call(ucontext_t *uc)
{
	greg_t *g = uc->uc_mcontext.gregs;
	g[REG_RSP] -= 8;
	*(uint64_t *)g[REG_RSP] = (uint64_t)g[REG_RIP];
	g[REG_RIP] = (greg_t)(uintptr_t)preempt_stub;
}
static uintptr_t pc_of(ucontext_t *uc) { return (uintptr_t)uc->uc_mcontext.gregs[REG_RIP]; }
#endif

static volatile int done;
static volatile long injected, ran, signals;

/* what the preempted goroutine's scheduler would do: clobber everything, enter the kernel */
__attribute__((noinline)) void preempt_work(void)
{
	static volatile double d = 1.5;
	volatile uint64_t x = (uint64_t)ran * 0x9e3779b97f4a7c15ull;
	for (int i = 0; i < 8; i++) { x = (x << 5) ^ (x >> 3) ^ (uint64_t)i; d = d * 1.0000001 + (double)(x & 7); }
	if ((ran & 15) == 0) sched_yield();
	ran++;
}

static void on_urg(int sig, siginfo_t *si, void *ucv)
{
	(void)sig; (void)si;
	ucontext_t *uc = ucv;
	signals++;
	uintptr_t pc = pc_of(uc);
	if (pc < (uintptr_t)spin_start || pc >= (uintptr_t)spin_end) return;
	push_call(uc);
	injected++;
}

static pthread_t target;

static void *sender(void *arg)
{
	(void)arg;
	struct timespec ts = { 0, 20000 };
	while (!done) {
		pthread_kill(target, SIGURG);
		nanosleep(&ts, NULL);
	}
	return NULL;
}

static void init(uint64_t st[7])
{
	st[0] = 0x0123456789abcdefull; st[1] = 0xfedcba9876543210ull; st[2] = 1; st[3] = 2; st[4] = 3; st[5] = 4;
	double one = 1.0;
	memcpy(&st[6], &one, 8);
}

int main(int argc, char **argv)
{
	const long N = iterations(argc, argv, 4000000);
	uint64_t want[7], got[7];
	sigset_t urg;
	sigemptyset(&urg);
	sigaddset(&urg, SIGURG);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_urg;
	sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
	sigaction(SIGURG, &sa, NULL);
	static char altstack[65536];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
	sigaltstack(&ss, NULL);

	/* the reference: no signal can arrive */
	init(want);
	pthread_sigmask(SIG_BLOCK, &urg, NULL);
	spin(N, want);
	pthread_sigmask(SIG_UNBLOCK, &urg, NULL);

	target = pthread_self();
	pthread_t t;
	pthread_create(&t, NULL, sender, NULL);
	int rounds = 0;
	/* preempt until enough calls were injected inside the loop (no time
	 * limit: one would be a load-dependent result; tests/guest.t's hang
	 * guard stops a run that never gets there) */
	do {
		init(got);
		spin(N, got);
		if (memcmp(got, want, sizeof got)) break;
		rounds++;
	} while (injected < 200 || rounds < 2);
	done = 1;
	pthread_join(t, NULL);
	uint64_t h = 0;
	for (int i = 0; i < 7; i++) h = h * 31 + want[i];
	SHOW("loop result %016llx", (unsigned long long)h);
	OK(memcmp(got, want, sizeof got) == 0);
	OK(injected >= 200);
	OK(ran == injected);
	return 0;
}
