/* arch/arm/arch.c: the 32-bit Arm guest (ARMv7-A, EABI hard-float) as emu/
 * sees it (struct dm_arch): which ELF files it runs, CPU reset and process
 * entry, the EABI syscall registers (number in r7, svc 0), restart, TLS
 * (TPIDRURO), the kuser helpers page, and the hwcaps / cpuinfo that describe
 * what the front-end implements. */
#include <string.h>

#include "arch/arch.h"
#include "arch/arm/cpu.h"
#include "arch/arm/ident.h"
#include "arch/arm/signal.h"

void arm_translate(struct dm_ir_block *b, uint64_t pc);
int arm_map_kuser_page(void);   /* kuser.c */
extern const struct dm_gdb_regs arm_gdb_regs;   /* gdb.c */

/* AT_HWCAP bits (Linux arch/arm/include/uapi/asm/hwcap.h), only what the
 * front-end executes: no NEON, no iWMMXt, no ThumbEE, no VFPv4 (VFMA), no
 * EDSP saturating arithmetic */
#define HWCAP_HALF (1u << 1)
#define HWCAP_THUMB (1u << 2)
#define HWCAP_FAST_MULT (1u << 4)
#define HWCAP_VFP (1u << 6)
#define HWCAP_VFPv3 (1u << 13)
#define HWCAP_VFPv3D16 (1u << 14)
#define HWCAP_TLS (1u << 15)
#define HWCAP_IDIVA (1u << 17)
#define HWCAP_IDIVT (1u << 18)
#define ARM_HWCAP (HWCAP_HALF | HWCAP_THUMB | HWCAP_FAST_MULT | HWCAP_VFP | HWCAP_VFPv3 | HWCAP_VFPv3D16 | \
		   HWCAP_TLS | HWCAP_IDIVA | HWCAP_IDIVT)

/* e_flags (Linux arch/arm/include/asm/elf.h, the Arm ELF ABI) */
#define EF_ARM_EABI_MASK 0xff000000u
#define EF_ARM_ABI_FLOAT_SOFT 0x200u

/* The kernel runs EABI (version 4 or 5) programs; OABI ones only with
 * CONFIG_OABI_COMPAT, which the emulated kernel does not have.  The float
 * ABI is a matter between the program and its libraries; dragoman's guest
 * is Debian's armhf, so an armel (soft-float) program is refused by name
 * rather than run against hard-float expectations (an unflagged file, such
 * as one written in assembly, is accepted). */
static const char *elf_flags_check(uint32_t f)
{
	uint32_t v = (f & EF_ARM_EABI_MASK) >> 24;
	if (v == 0) return "an OABI (old ABI) program: dragoman runs Arm EABI programs only";
	if (v != 4 && v != 5) return "unknown Arm EABI version";
	if (f & EF_ARM_ABI_FLOAT_SOFT) return "a soft-float (armel) program: dragoman's arm guest is the hard-float (armhf) ABI";
	return NULL;
}

static struct arm_cpu *A(struct dm_cpu *c) { return (struct arm_cpu *)c; }
static const struct arm_cpu *CA(const struct dm_cpu *c) { return (const struct arm_cpu *)c; }

/* FPSCR 0: round to nearest, no traps, no flush-to-zero, IEEE NaNs */
static void cpu_reset(struct dm_cpu *cpu)
{
	memset((char *)cpu + sizeof *cpu, 0, sizeof(struct arm_cpu) - sizeof *cpu);
	cpu->excl_size = 0;
}

/* start_thread: the entry's bit 0 selects Thumb (kept in the pc, cpu.h);
 * ELF_PLAT_INIT puts 0 in r0 (no rtld_fini for a static program) */
static void cpu_start(struct dm_cpu *cpu, uint64_t entry, uint64_t sp)
{
	cpu->pc = (uint32_t)entry;
	A(cpu)->r[13] = (uint32_t)sp;
	A(cpu)->r[0] = 0;
}

/* specs/abi/arm.lua regs: r0..r12, sp, lr, pc (the pc's low word) */
#define R(n) ARM_OFF_R(n)
static const uint16_t reg_off[16] = {
	R(0), R(1), R(2), R(3), R(4), R(5), R(6), R(7), R(8), R(9), R(10), R(11), R(12), R(13), R(14), ARM_OFF_PC,
};
#undef R

/* back over the svc (4 bytes in A32, 2 in T32: the pc's bit 0 says which),
 * first argument as the call found it (the kernel's ARM_ORIG_r0) */
static void syscall_restart(struct dm_cpu *cpu, const uint64_t args[8])
{
	cpu->pc -= (cpu->pc & 1) ? 2 : 4;
	A(cpu)->r[0] = A(cpu)->orig_r0;
}

static void set_tls(struct dm_cpu *cpu, uint64_t tls) { A(cpu)->tpidruro = (uint32_t)tls; }
static void set_sp(struct dm_cpu *cpu, uint64_t sp) { A(cpu)->r[13] = (uint32_t)sp; }
static uint64_t get_sp(const struct dm_cpu *cpu) { return CA(cpu)->r[13]; }

/* What an arm64 kernel shows a 32-bit task (c_show, compat_hwcap_str) for a
 * Cortex-A-class ARMv7 core, features limited to the hwcaps above */
#define ARM_CPUINFO \
	"processor\t: %u\n" \
	"model name\t: ARMv7 Processor rev 0 (v7l)\n" \
	"BogoMIPS\t: 50.00\n" \
	"Features\t: half thumb fastmult vfp vfpv3 vfpv3d16 tls idiva idivt \n" \
	"CPU implementer\t: 0x41\n" \
	"CPU architecture: 7\n" \
	"CPU variant\t: 0x0\n" \
	"CPU part\t: 0xc0f\n" \
	"CPU revision\t: 0\n\n"

static const struct dm_cpu_model arm_models[] = {
	{ "max", ARM_HWCAP, 0, NULL, ARM_CPUINFO, NULL },
	{ NULL, 0, 0, NULL, NULL, NULL },
};

uint32_t arm_cpsr_get(const struct arm_cpu *c)
{
	return (c->flags & 15u) << 28 | (c->q & 1) << 27 | (c->ge & 15) << 16 | (uint32_t)(c->common.pc & 1) << 5 |
	       0x10 /* user mode */;
}

void arm_cpsr_set(struct arm_cpu *c, uint32_t cpsr)
{
	c->flags = cpsr >> 28;
	c->q = (cpsr >> 27) & 1;
	c->ge = (cpsr >> 16) & 15;
	c->common.pc = (c->common.pc & ~1ull) | ((cpsr >> 5) & 1);
}

const struct dm_arch dm_arch_arm = {
	DM_IDENT_arm,                /* name and ELF identity (ident.h) */
	.abi_name = "arm",
	.cpu_size = sizeof(struct arm_cpu),
	.page_size = 4096,
	.coherent_fetch = false,     /* the guest asks: cacheflush(2), as on Linux */
	.stack_align = 8,
	.elf_flags_check = elf_flags_check,
	.map_fixed_pages = arm_map_kuser_page,
	.mmap_top = ARM_KUSER_PAGE,
	.cpu_reset = cpu_reset,
	.cpu_start = cpu_start,
	.translate = arm_translate,
	.reg_off = reg_off,
	.nregs = 16,
	.reg_size = 4,
	.syscall_restart = syscall_restart,
	.set_tls = set_tls,
	.set_sp = set_sp,
	.get_sp = get_sp,
	.models = arm_models,
	.platform = "v7l",
	.disas = NULL,               /* capstone needs the A32/T32 mode per block: not wired yet */
	.minsigstksz = 2048,
	.signal_frame = arm_signal_frame,
	.signal_return = arm_signal_return,
	.signal_return_old = arm_signal_return_old,
	.sigtramp = arm_sigtramp,
	.sigtramp_len = ARM_SIGTRAMP_LEN,
	.gdb = &arm_gdb_regs,
};
