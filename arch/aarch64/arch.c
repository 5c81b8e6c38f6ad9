/* arch/aarch64/arch.c: the aarch64 guest as emu/ sees it (struct dm_arch):
 * CPU reset and process entry, the Linux syscall register convention, TLS,
 * and the hwcaps / cpuinfo that describe what the front-end implements. */
#include <string.h>

#include "arch/aarch64/cpu.h"
#include "arch/aarch64/ident.h"
#include "arch/aarch64/signal.h"
#include "arch/arch.h"

void a64_translate(struct dm_ir_block *b, uint64_t pc);
extern const struct dm_gdb_regs a64_gdb_regs;     /* gdb.c */

/* the -cpu models: hwcaps, cpuinfo, ID registers (models.c) */
extern const struct dm_cpu_model a64_models[];

static struct a64_cpu *A(struct dm_cpu *c) { return (struct a64_cpu *)c; }
static const struct a64_cpu *CA(const struct dm_cpu *c) { return (const struct a64_cpu *)c; }

/* Registers, flags, FPCR/FPSR, TLS and V all zero, as Linux starts a process
 * (FPCR = 0: round to nearest, no flush-to-zero, no default NaN). */
static void cpu_reset(struct dm_cpu *cpu)
{
	memset((char *)cpu + sizeof *cpu, 0, sizeof(struct a64_cpu) - sizeof *cpu);
	cpu->excl_size = 0;
}

static void cpu_start(struct dm_cpu *cpu, uint64_t entry, uint64_t sp)
{
	cpu->pc = entry;
	A(cpu)->x[31] = sp;
	A(cpu)->x[0] = 0;   /* no rtld_fini for a static program; ld.so ignores it */
}

/* specs/abi/aarch64.lua regs: x0..x30, sp (the syscall convention reads them) */
#define R(n) A64_OFF_X(n)
static const uint16_t reg_off[32] = {
	R(0), R(1), R(2), R(3), R(4), R(5), R(6), R(7), R(8), R(9), R(10), R(11), R(12), R(13), R(14), R(15),
	R(16), R(17), R(18), R(19), R(20), R(21), R(22), R(23), R(24), R(25), R(26), R(27), R(28), R(29), R(30),
	A64_OFF_SP,
};
#undef R

static void set_tls(struct dm_cpu *cpu, uint64_t tls) { A(cpu)->tpidr_el0 = tls; }
static void set_sp(struct dm_cpu *cpu, uint64_t sp) { A(cpu)->x[31] = sp; }
static uint64_t get_sp(const struct dm_cpu *cpu) { return CA(cpu)->x[31]; }

const struct dm_arch dm_arch_aarch64 = {
	DM_IDENT_aarch64,            /* name and ELF identity (ident.h) */
	.abi_name = "aarch64",
	.cpu_size = sizeof(struct a64_cpu),
	.page_size = 4096,
	.stack_align = 16,
	.cpu_reset = cpu_reset,
	.cpu_start = cpu_start,
	.translate = a64_translate,
	.reg_off = reg_off,
	.nregs = 32,
	.reg_size = 8,
	.syscall_restart = a64_syscall_restart,
	.set_tls = set_tls,
	.set_sp = set_sp,
	.get_sp = get_sp,
	.models = a64_models,
	.platform = "aarch64",
	.disas = "arm64",
	.minsigstksz = 5120,
	.signal_frame = a64_signal_frame,
	.signal_return = a64_signal_return,
	.sigtramp = (const uint8_t *)"\x68\x11\x80\xd2\x01\x00\x00\xd4",  /* mov x8, #139; svc #0 */
	.sigtramp_len = 8,
	.gdb = &a64_gdb_regs,
};
