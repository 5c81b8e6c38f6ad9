/* tests/unit/test_sysregs.c: the syscall register convention read from the
 * generated ABI tables (emu/sys/sysregs.c) with a fake register file.
 * The oracle for which register holds what is the table of syscall(2)
 * ("Architecture calling conventions"), written out below; the error
 * conventions are the kernels' (a3 = 1 and v0 = errno on MIPS, CR0.SO and
 * r3 = errno on PowerPC, the carry flag and o0 = errno on SPARC). */
#include <glib.h>
#include <string.h>

#include "arch/arch.h"
#include "emu/abi/xlat.h"
#include "emu/sys/sysregs.h"

/* A register file with room for any ABI's registers, both widths. */
struct fake_cpu {
	struct dm_cpu base;
	uint64_t r[64];
	int carry;                   /* syscall_carry's last word: -1 never called */
};
static uint16_t off8[64], off4[64];
static uint64_t nr_override;

static void fake_carry(struct dm_cpu *c, bool error) { ((struct fake_cpu *)c)->carry = error; }
static uint64_t fake_nr(const struct dm_cpu *c) { (void)c; return nr_override; }

static struct dm_arch arch;
static struct fake_cpu cpu;

/* a fresh CPU for ABI a, registers `size` bytes wide */
static const struct dm_abi *setup(const char *name, int size)
{
	const struct dm_abi *a = dm_abi_find(name);
	g_assert_nonnull(a);
	for (int i = 0; i < 64; i++) {
		off8[i] = (uint16_t)(offsetof(struct fake_cpu, r) + 8 * i);
		off4[i] = (uint16_t)(offsetof(struct fake_cpu, r) + 4 * i);
	}
	memset(&arch, 0, sizeof arch);
	arch.reg_off = size == 8 ? off8 : off4;
	arch.nregs = a->regs.nregs;
	arch.reg_size = (uint8_t)size;
	arch.syscall_carry = fake_carry;
	memset(&cpu, 0, sizeof cpu);
	cpu.base.arch = &arch;
	cpu.carry = -1;
	return a;
}

static int reg(const struct dm_abi *a, const char *name)
{
	for (int i = 0; i < a->regs.nregs; i++)
		if (!strcmp(a->regs.reg_names[i], name)) return i;
	g_assert_not_reached();
}

/* syscall(2): instruction, number, result and argument registers per ABI */
static const struct { const char *abi, *nr, *ret, *args[7]; } conv[] = {
	{ "aarch64", "x8", "x0", { "x0", "x1", "x2", "x3", "x4", "x5" } },
	{ "alpha", "v0", "v0", { "a0", "a1", "a2", "a3", "a4", "a5" } },
	{ "arc", "r8", "r0", { "r0", "r1", "r2", "r3", "r4", "r5" } },
	{ "arm", "r7", "r0", { "r0", "r1", "r2", "r3", "r4", "r5", "r6" } },
	{ "hppa", "r20", "r28", { "r26", "r25", "r24", "r23", "r22", "r21" } },
	{ "i386", "eax", "eax", { "ebx", "ecx", "edx", "esi", "edi", "ebp" } },
	{ "m68k", "d0", "d0", { "d1", "d2", "d3", "d4", "d5", "a0" } },
	{ "mips-o32-be", "v0", "v0", { "a0", "a1", "a2", "a3" } },
	{ "mips-n32-le", "v0", "v0", { "a0", "a1", "a2", "a3", "a4", "a5" } },
	{ "mips-n64-be", "v0", "v0", { "a0", "a1", "a2", "a3", "a4", "a5" } },
	{ "powerpc", "r0", "r3", { "r3", "r4", "r5", "r6", "r7", "r8" } },
	{ "ppc64le", "r0", "r3", { "r3", "r4", "r5", "r6", "r7", "r8" } },
	{ "riscv64", "a7", "a0", { "a0", "a1", "a2", "a3", "a4", "a5" } },
	{ "s390x", "r1", "r2", { "r2", "r3", "r4", "r5", "r6", "r7" } },
	{ "sh4", "r3", "r0", { "r4", "r5", "r6", "r7", "r0", "r1" } },
	{ "sparc64", "g1", "o0", { "o0", "o1", "o2", "o3", "o4", "o5" } },
	{ "x86_64", "rax", "rax", { "rdi", "rsi", "rdx", "r10", "r8", "r9" } },
	{ "x32", "rax", "rax", { "rdi", "rsi", "rdx", "r10", "r8", "r9" } },
};

/* Every ABI: a distinct value in each register; the number, the arguments
 * and the result travel through the registers syscall(2) names. */
static void test_registers(void)
{
	for (size_t k = 0; k < G_N_ELEMENTS(conv); k++) {
		const struct dm_abi *a = setup(conv[k].abi, 8);
		for (int i = 0; i < a->regs.nregs; i++) cpu.r[i] = 0x1000 + (uint64_t)i;
		if (a->regs.sp != DM_REG_NONE) continue;   /* o32: test_o32_stack */
		g_assert_cmpuint(dm_syscall_nr(&cpu.base, a), ==, 0x1000 + (uint64_t)reg(a, conv[k].nr));
		uint64_t args[8];
		g_assert_true(dm_syscall_args(&cpu.base, a, args));
		int n = 0;
		for (; n < 7 && conv[k].args[n]; n++) g_assert_cmpuint(args[n], ==, 0x1000 + (uint64_t)reg(a, conv[k].args[n]));
		for (; n < 8; n++) g_assert_cmpuint(args[n], ==, 0);
		dm_syscall_result(&cpu.base, a, 77);
		g_assert_cmpuint(cpu.r[reg(a, conv[k].ret)], ==, 77);
	}
}

/* negative: the result register holds -errno, all 64 bits */
static void test_negative(void)
{
	const struct dm_abi *a = setup("aarch64", 8);
	dm_syscall_result(&cpu.base, a, -9);
	g_assert_cmpuint(cpu.r[0], ==, (uint64_t)-9);
	g_assert_cmpint(cpu.carry, ==, -1);
	a = setup("s390x", 8);
	dm_syscall_result(&cpu.base, a, -4095);
	g_assert_cmpuint(cpu.r[2], ==, (uint64_t)-4095);
	/* the arch's own number (s390x: svc N) wins over the nr register */
	cpu.r[1] = 5;
	g_assert_cmpuint(dm_syscall_nr(&cpu.base, a), ==, 5);
	arch.syscall_nr = fake_nr;
	nr_override = 173;
	g_assert_cmpuint(dm_syscall_nr(&cpu.base, a), ==, 173);
}

/* a3-flag (MIPS, alpha): v0 = errno and a3 = 1; success: v0 = value, a3 = 0 */
static void test_a3_flag(void)
{
	const struct dm_abi *a = setup("mips-n64-le", 8);
	int v0 = reg(a, "v0"), a3 = reg(a, "a3");
	dm_syscall_result(&cpu.base, a, -2);
	g_assert_cmpuint(cpu.r[v0], ==, 2);
	g_assert_cmpuint(cpu.r[a3], ==, 1);
	dm_syscall_result(&cpu.base, a, 4);
	g_assert_cmpuint(cpu.r[v0], ==, 4);
	g_assert_cmpuint(cpu.r[a3], ==, 0);
	/* below the errno range: a value (an address near the top), not an error */
	dm_syscall_result(&cpu.base, a, -4096);
	g_assert_cmpuint(cpu.r[v0], ==, (uint64_t)-4096);
	g_assert_cmpuint(cpu.r[a3], ==, 0);
	a = setup("alpha", 8);
	dm_syscall_result(&cpu.base, a, -22);
	g_assert_cmpuint(cpu.r[reg(a, "v0")], ==, 22);
	g_assert_cmpuint(cpu.r[reg(a, "a3")], ==, 1);
}

/* o32: arguments 5-8 are big-endian words at sp + 16; an unreadable stack fails */
static uint8_t stack[64];
static uint64_t stack_base;
int dm_copy_from_guest(void *dst, uint64_t src, size_t n)
{
	if (src < stack_base || src - stack_base > sizeof stack || n > sizeof stack - (src - stack_base)) return -14;
	memcpy(dst, stack + (src - stack_base), n);
	return 0;
}

static void test_o32_stack(void)
{
	const struct dm_abi *a = setup("mips-o32-be", 4);
	uint32_t *r32 = (uint32_t *)cpu.r;
	stack_base = 0x7f000000;
	for (int k = 0; k < 4; k++) r32[reg(a, "a0") + k] = 0xa0 + (uint32_t)k;
	r32[reg(a, "sp")] = (uint32_t)stack_base;
	r32[reg(a, "v0")] = 4003;
	memset(stack, 0xee, sizeof stack);
	const uint8_t words[16] = { 0, 0, 0, 5, 0x12, 0x34, 0x56, 0x78, 0xff, 0xff, 0xff, 0xfe, 0, 0, 1, 0 };
	memcpy(stack + 16, words, sizeof words);
	g_assert_cmpuint(dm_syscall_nr(&cpu.base, a), ==, 4003);
	uint64_t args[8];
	g_assert_true(dm_syscall_args(&cpu.base, a, args));
	const uint64_t want[8] = { 0xa0, 0xa1, 0xa2, 0xa3, 5, 0x12345678, 0xfffffffe, 0x100 };
	for (int k = 0; k < 8; k++) g_assert_cmpuint(args[k], ==, want[k]);
	/* 32-bit registers: the result fills v0, a3 is the flag */
	r32[reg(a, "v0") + 1] = 0x5555;      /* v1 stays */
	dm_syscall_result(&cpu.base, a, -1);
	g_assert_cmpuint(r32[reg(a, "v0")], ==, 1);
	g_assert_cmpuint(r32[reg(a, "a3")], ==, 1);
	g_assert_cmpuint(r32[reg(a, "v1")], ==, 0x5555);
	r32[reg(a, "sp")] = (uint32_t)stack_base + 40;   /* words 5-8 past the readable end */
	g_assert_false(dm_syscall_args(&cpu.base, a, args));
}

/* cr0-so (PowerPC): r3 = errno with CR0.SO (CR bit 28) set; success clears only SO */
static void test_cr0_so(void)
{
	const struct dm_abi *a = setup("powerpc", 4);
	uint32_t *r32 = (uint32_t *)cpu.r;
	int cr = reg(a, "cr"), r3 = reg(a, "r3");
	r32[cr] = 0x24000042;
	dm_syscall_result(&cpu.base, a, -13);
	g_assert_cmpuint(r32[r3], ==, 13);
	g_assert_cmpuint(r32[cr], ==, 0x34000042);
	dm_syscall_result(&cpu.base, a, 3);
	g_assert_cmpuint(r32[r3], ==, 3);
	g_assert_cmpuint(r32[cr], ==, 0x24000042);
	a = setup("ppc64", 8);
	cr = reg(a, "cr");
	dm_syscall_result(&cpu.base, a, -1);
	g_assert_cmpuint(cpu.r[reg(a, "r3")], ==, 1);
	g_assert_cmpuint(cpu.r[cr], ==, 0x10000000);
}

/* carry (SPARC): o0 = errno and the arch's carry flag set; success clears it */
static void test_carry(void)
{
	const struct dm_abi *a = setup("sparc64", 8);
	int o0 = reg(a, "o0");
	dm_syscall_result(&cpu.base, a, -38);
	g_assert_cmpuint(cpu.r[o0], ==, 38);
	g_assert_cmpint(cpu.carry, ==, 1);
	dm_syscall_result(&cpu.base, a, 0);
	g_assert_cmpuint(cpu.r[o0], ==, 0);
	g_assert_cmpint(cpu.carry, ==, 0);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/sysregs/registers", test_registers);
	g_test_add_func("/sysregs/negative", test_negative);
	g_test_add_func("/sysregs/a3-flag", test_a3_flag);
	g_test_add_func("/sysregs/o32-stack", test_o32_stack);
	g_test_add_func("/sysregs/cr0-so", test_cr0_so);
	g_test_add_func("/sysregs/carry", test_carry);
	return g_test_run();
}
