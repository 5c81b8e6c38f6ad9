/* tests/isa/a64/probe.c: which optional A64 features execute.  Each probe
 * runs one instruction of the feature under a SIGILL handler and prints
 * "NAME 1" when it ran, "NAME 0" when it raised SIGILL, then whether the
 * hwcap that announces the feature is set (tests/isa_a64_features.t checks
 * that the two agree for every -cpu model, and the exact list per model). */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

static sigjmp_buf env;
static void on_ill(int sig) { (void)sig; siglongjmp(env, 1); }

#define PROBE(name, cap, word, insn) do { \
	int ran = 0; \
	if (!sigsetjmp(env, 1)) { __asm__ volatile(insn ::: "memory", "cc", "v0", "v1", "v2", "x0"); ran = 1; } \
	printf("%-8s ran %d hwcap %d\n", name, ran, !!(getauxval(word) & (cap))); \
} while (0)

int main(void)
{
	signal(SIGILL, on_ill);
	PROBE("atomics", 1ul << 8, AT_HWCAP, "mov x0, sp\n\t.inst 0xb820001f");                 /* stadd w0, [x0] */
	PROBE("lrcpc", 1ul << 15, AT_HWCAP, "mov x0, sp\n\t.inst 0xb8bfc000");                 /* ldapr w0, [x0] */
	PROBE("ilrcpc", 1ul << 26, AT_HWCAP, "mov x0, sp\n\t.inst 0x99400000");                /* ldapur w0, [x0] */
	PROBE("asimdrdm", 1ul << 12, AT_HWCAP, ".inst 0x6e828420");                           /* sqrdmlah v0.8h, v1.8h, v2.8h */
	PROBE("asimddp", 1ul << 20, AT_HWCAP, ".inst 0x4e829420");                            /* sdot v0.4s, v1.16b, v2.16b */
	PROBE("dcpop", 1ul << 16, AT_HWCAP, "mov x0, sp\n\t.inst 0xd50b7c20");                 /* dc cvap, x0 */
	PROBE("sha512", 1ul << 21, AT_HWCAP, ".inst 0xce628020");                             /* sha512h q0, q1, v2.2d */
	PROBE("sha3", 1ul << 17, AT_HWCAP, ".inst 0xce020820");                               /* eor3 v0.16b, v1.16b, v2.16b, v2.16b */
	PROBE("jscvt", 1ul << 13, AT_HWCAP, ".inst 0x1e7e0020");                              /* fjcvtzs w0, d1 */
	PROBE("flagm", 1ul << 27, AT_HWCAP, ".inst 0xd500401f");                              /* cfinv */
	PROBE("sb", 1ul << 29, AT_HWCAP, ".inst 0xd50330ff");                                 /* sb */
	PROBE("dcpodp", 1ul << 0, AT_HWCAP2, "mov x0, sp\n\t.inst 0xd50b7d20");                /* dc cvadp, x0 */
	PROBE("flagm2", 1ul << 7, AT_HWCAP2, ".inst 0xd500403f");                             /* xaflag */
	PROBE("frint", 1ul << 8, AT_HWCAP2, ".inst 0x1e284020");                              /* frint32z s0, s1 */
	PROBE("i8mm", 1ul << 13, AT_HWCAP2, ".inst 0x4e82a420");                              /* smmla v0.4s, v1.16b, v2.16b */
	PROBE("rng", 1ul << 16, AT_HWCAP2, ".inst 0xd53b2400");                               /* mrs x0, rndr */
	return 0;
}
