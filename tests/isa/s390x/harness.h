/* tests/isa/s390x/harness.h: the frame of every program tests/isa/s390x/gen.lua
 * writes.  A case loads the whole register state (r0-r7, f0-f7, FPC, the
 * condition code) from isa_st, runs one instruction (or a short fixed
 * sequence), stores the state back and prints it with the instruction's text:
 *   N <insn> | g r0..r7 | cc C | fpc X | f f0..f7 | m <memory hash and bytes>
 * A program interruption the kernel turns into a signal (divide by zero,
 * IEEE traps enabled in the FPC, specification exceptions) prints the signal,
 * si_code, the PSW address relative to the case's instruction and the
 * registers of the signal's ucontext instead.  isa_st is static data at the
 * same address under every runner (static, non-PIE), so addresses in
 * registers print the same; they are printed relative to isa_st anyway.
 * Only integers are printed: no C floating point touches the FPC. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#define MEM 768 /* op1 [0,256), op2 [256,512), tables [512,768) */
struct isa_state {
	uint64_t g[8];      /* 0 */
	uint64_t f[8];      /* 64 */
	uint32_t fpc;       /* 128: loaded before the instruction */
	uint32_t cc;        /* 132: IPM after it */
	uint32_t fpc_out;   /* 136: STFPC after it */
	uint32_t ccin;      /* 140: for SPM before it (cc << 28 | program mask) */
	uint64_t at;        /* 144: the instruction's address (LARL before it) */
	uint64_t zero;      /* 152: FPC 0 again for the C code */
	uint8_t mem[MEM] __attribute__((aligned(16)));   /* 160 */
} __attribute__((aligned(16)));
struct isa_state isa_st;
static uint32_t isa_pm;            /* the program mask Linux starts us with */
static int isa_memcase;            /* print the memory too */
static const char *isa_text;
static int isa_n;
static sigjmp_buf isa_jb;

/* load, run, store: r0-r7, f0-f7 are the case's; the base is elsewhere */
#define ISA_PRE                                                                       \
	"larl %%r0,9f\n\tstg %%r0,144(%[s])\n\t"                                       \
	"l %%r0,140(%[s])\n\tspm %%r0\n\t"                                              \
	"lmg %%r0,%%r7,0(%[s])\n\t"                                                     \
	"ld %%f0,64(%[s])\n\tld %%f1,72(%[s])\n\tld %%f2,80(%[s])\n\tld %%f3,88(%[s])\n\t" \
	"ld %%f4,96(%[s])\n\tld %%f5,104(%[s])\n\tld %%f6,112(%[s])\n\tld %%f7,120(%[s])\n\t" \
	"lfpc 128(%[s])\n9:\n\t"
#define ISA_POST                                                                      \
	"\n\tstmg %%r0,%%r7,0(%[s])\n\tipm %%r0\n\tst %%r0,132(%[s])\n\tstfpc 136(%[s])\n\t" \
	"std %%f0,64(%[s])\n\tstd %%f1,72(%[s])\n\tstd %%f2,80(%[s])\n\tstd %%f3,88(%[s])\n\t" \
	"std %%f4,96(%[s])\n\tstd %%f5,104(%[s])\n\tstd %%f6,112(%[s])\n\tstd %%f7,120(%[s])\n\t" \
	"lfpc 152(%[s])"
#define ISA_CLOBBERS "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "f0", "f1", "f2", "f3", "f4", "f5", \
	"f6", "f7", "cc", "memory"
/* templates must not use the local label 9 */
#define ISA_RUN(INSN) __asm__ volatile(ISA_PRE INSN ISA_POST : : [s] "a"(&isa_st) : ISA_CLOBBERS)

static uint64_t isa_rng;
static uint64_t isa_rand(void)
{
	isa_rng ^= isa_rng << 13;
	isa_rng ^= isa_rng >> 7;
	isa_rng ^= isa_rng << 17;
	return isa_rng;
}
/* memory: pseudo-random bytes from the case number, with runs of zeros and
 * small letters so that the string instructions find terminators */
static void isa_fill(uint64_t seed)
{
	isa_rng = seed * 0x9e3779b97f4a7c15ull + 1;
	for (int i = 0; i < MEM; i++) {
		uint64_t r = isa_rand();
		isa_st.mem[i] = (r & 0x300) == 0 ? 0 : (r & 0xc00) == 0 ? 'a' + (r >> 20) % 4 : (uint8_t)r;
	}
}

static void isa_reg(char *o, size_t n, uint64_t v)
{
	uint64_t base = (uint64_t)(uintptr_t)&isa_st;
	if (v >= base && v < base + sizeof isa_st)
		snprintf(o, n, " S+%llu", (unsigned long long)(v - base));
	else
		snprintf(o, n, " %016llx", (unsigned long long)v);
}

static void isa_print_mem(void)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (int i = 0; i < MEM; i++) h = (h ^ isa_st.mem[i]) * 0x100000001b3ull;
	printf(" | m %016llx ", (unsigned long long)h);
	for (int i = 0; i < 64; i++) printf("%02x", isa_st.mem[i]);
	printf(" ");
	for (int i = 256; i < 288; i++) printf("%02x", isa_st.mem[i]);
}

static void isa_dump(void)
{
	char b[40];
	printf("%d %s | g", isa_n, isa_text);
	for (int i = 0; i < 8; i++) { isa_reg(b, sizeof b, isa_st.g[i]); fputs(b, stdout); }
	printf(" | cc %u | fpc %08x | f", (isa_st.cc >> 28) & 3, isa_st.fpc_out);
	for (int i = 0; i < 8; i++) printf(" %016llx", (unsigned long long)isa_st.f[i]);
	if (isa_memcase) isa_print_mem();
	printf("\n");
}

static void isa_sig(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	char b[40];
	printf("%d %s | signal %d code %d | psw %+lld | fpc %08x | g", isa_n, isa_text, sig, si->si_code,
	       (long long)(uc->uc_mcontext.psw.addr - isa_st.at), uc->uc_mcontext.fpregs.fpc);
	for (int i = 0; i < 8; i++) { isa_reg(b, sizeof b, uc->uc_mcontext.gregs[i]); fputs(b, stdout); }
	printf(" | f");
	for (int i = 0; i < 8; i++) {
		uint64_t v;
		memcpy(&v, &uc->uc_mcontext.fpregs.fprs[i], 8);
		printf(" %016llx", (unsigned long long)v);
	}
	if (isa_memcase) isa_print_mem();
	printf("\n");
	siglongjmp(isa_jb, 1);
}

typedef void (*isa_case)(void);
static int isa_main(const isa_case *cases, int n)
{
	uint32_t pm;
	__asm__ volatile("ipm %0" : "=d"(pm) : : "cc");
	isa_pm = pm & 0x0f000000;
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	struct sigaction sa = { .sa_sigaction = isa_sig, .sa_flags = SA_SIGINFO | SA_NODEFER };
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGTRAP, &sa, NULL);
	for (int i = 0; i < n; i++) {
		isa_n = i;
		if (!sigsetjmp(isa_jb, 1)) cases[i]();
		__asm__ volatile("lfpc %0" : : "Q"(isa_st.zero) : "memory");   /* FPC 0 after a trap */
	}
	fflush(stdout);
	return 0;
}

/* helpers for the generated cases */
#define G(i, v) (isa_st.g[i] = (v))
#define GM(i, off) (isa_st.g[i] = (uint64_t)(uintptr_t)&isa_st.mem[off])
#define F(i, v) (isa_st.f[i] = (v))
#define SETUP(text, cc_, fpc_, memseed)                                      \
	do {                                                               \
		isa_text = text;                                           \
		isa_st.ccin = (uint32_t)(cc_) << 28 | isa_pm;               \
		isa_st.fpc = (fpc_);                                       \
		isa_st.zero = 0;                                           \
		isa_memcase = (memseed) != 0;                              \
		if (memseed) isa_fill(memseed); else memset(isa_st.mem, 0, MEM); \
	} while (0)
