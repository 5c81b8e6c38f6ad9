/* tests/isa/a64/features.c: the Armv8.1-8.6 features dragoman advertises,
 * checked by exact values written from the Arm ARM (tests/isa_a64_features.t
 * holds the expected output): the hwcaps and ID registers agree, FJCVTZS
 * follows FPToFixedJS where qemu-aarch64 7.2 does not (a flushed denormal
 * clears Z: qemu issue 2375), RNDR returns fresh numbers with NZCV = 0000,
 * SB executes, CFINV inverts C. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

#define READ(reg) ({ uint64_t v_; __asm__ volatile("mrs %0, " reg : "=r"(v_)); v_; })

static void fjcvtzs(const char *what, uint64_t bits, uint64_t fpcr)
{
	double d;
	memcpy(&d, &bits, 8);
	uint64_t nzcv, fpsr;
	uint32_t r;
	__asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\tfjcvtzs %w0, %d4\n\tmrs %1, nzcv\n\tmrs %2, fpsr\n\tmsr fpcr, xzr"
			 : "=r"(r), "=r"(nzcv), "=r"(fpsr) : "r"(fpcr), "w"(d));
	printf("fjcvtzs %s: %08x nzcv %llx fpsr %llx\n", what, r, (unsigned long long)(nzcv >> 28), (unsigned long long)fpsr);
}

int main(void)
{
	printf("hwcap %lx hwcap2 %lx\n", getauxval(AT_HWCAP), getauxval(AT_HWCAP2));
	printf("isar0 %016llx isar1 %016llx\n", (unsigned long long)READ("ID_AA64ISAR0_EL1"),
	       (unsigned long long)READ("ID_AA64ISAR1_EL1"));
	fjcvtzs("1.0", 0x3ff0000000000000ull, 0);
	fjcvtzs("-1.5", 0xbff8000000000000ull, 0);
	fjcvtzs("-0.0", 0x8000000000000000ull, 0);
	fjcvtzs("2^32+5", 0x41f0000000500000ull, 0);
	fjcvtzs("-2^31", 0xc1e0000000000000ull, 0);
	fjcvtzs("inf", 0x7ff0000000000000ull, 0);
	fjcvtzs("denormal", 0x0000000100000080ull, 0);
	fjcvtzs("denormal FZ", 0x0000000100000080ull, 1u << 24);
	uint64_t a, b, fa, fb;
	__asm__ volatile("mrs %0, s3_3_c2_c4_0\n\tmrs %1, nzcv\n\tmrs %2, s3_3_c2_c4_1\n\tmrs %3, nzcv"
			 : "=r"(a), "=r"(fa), "=r"(b), "=r"(fb));
	printf("rndr nzcv %llx rndrrs nzcv %llx differ %d\n", (unsigned long long)fa, (unsigned long long)fb, a != b);
	uint64_t c0, c1;
	__asm__ volatile("msr nzcv, xzr\n\tsb\n\tcfinv\n\tmrs %0, nzcv\n\tcfinv\n\tmrs %1, nzcv" : "=r"(c0), "=r"(c1));
	printf("cfinv %llx %llx\n", (unsigned long long)(c0 >> 28), (unsigned long long)(c1 >> 28));
	return 0;
}
