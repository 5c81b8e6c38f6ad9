/* arch/s390x/arch.c: the s390x guest as emu/ sees it (struct dm_arch): CPU
 * reset and process entry, the syscall convention's registers and the svc
 * number, restart, TLS, and the hwcaps / cpuinfo that describe what the
 * front-end implements (a z196 without the vector facility). */
#include <string.h>

#include "arch/arch.h"
#include "arch/s390x/cpu.h"
#include "arch/s390x/ident.h"
#include "arch/s390x/signal.h"

void s390x_translate(struct dm_ir_block *b, uint64_t pc);
extern const struct dm_gdb_regs s390x_gdb_regs;   /* gdb.c */

/* AT_HWCAP bits (Linux arch/s390/include/asm/elf.h).  Advertised: only what
 * the front-end executes (no MSA crypto, no DFP, no vector facility); the
 * STFLE list in translate/system.c agrees. */
#define HWCAP_ESAN3 (1u << 0)
#define HWCAP_ZARCH (1u << 1)
#define HWCAP_STFLE (1u << 2)
#define HWCAP_LDISP (1u << 4)
#define HWCAP_EIMM (1u << 5)
#define HWCAP_HIGH_GPRS (1u << 9)

static struct s390x_cpu *S(struct dm_cpu *c) { return (struct s390x_cpu *)c; }
static const struct s390x_cpu *CS(const struct dm_cpu *c) { return (const struct s390x_cpu *)c; }

/* Registers, access registers, FPRs and the FPC all zero, cc 0. */
static void cpu_reset(struct dm_cpu *cpu)
{
	memset((char *)cpu + sizeof *cpu, 0, sizeof(struct s390x_cpu) - sizeof *cpu);
	cpu->excl_size = 0;
}

/* start_thread: PSW at the entry, r15 the stack; ELF_PLAT_INIT clears r14
 * (no return address: the unwinders stop there). */
static void cpu_start(struct dm_cpu *cpu, uint64_t entry, uint64_t sp)
{
	cpu->pc = entry;
	S(cpu)->r[15] = sp;
	S(cpu)->r[14] = 0;
	S(cpu)->r[2] = 0;   /* no rtld_fini for a static program; ld.so sets its own */
}

/* specs/abi/s390x.lua regs: r0..r15 */
#define R(n) S390X_OFF_R(n)
static const uint16_t reg_off[16] = {
	R(0), R(1), R(2), R(3), R(4), R(5), R(6), R(7), R(8), R(9), R(10), R(11), R(12), R(13), R(14), R(15),
};
#undef R

/* `svc N`: N is the number for N < 256; svc 0 takes it from r1 */
static uint64_t syscall_nr(const struct dm_cpu *cpu)
{
	const struct s390x_cpu *c = CS(cpu);
	return c->svc_code ? c->svc_code : c->r[1];
}

/* back over the 2-byte svc, first argument as it was (the kernel's orig_gpr2) */
static void syscall_restart(struct dm_cpu *cpu, const uint64_t args[8])
{
	cpu->pc -= 2;
	S(cpu)->r[2] = S(cpu)->orig_r2;
}

/* the thread pointer: a0 its high word, a1 its low word */
static void set_tls(struct dm_cpu *cpu, uint64_t tls)
{
	S(cpu)->a[0] = (uint32_t)(tls >> 32);
	S(cpu)->a[1] = (uint32_t)tls;
}
static void set_sp(struct dm_cpu *cpu, uint64_t sp) { S(cpu)->r[15] = sp; }
static uint64_t get_sp(const struct dm_cpu *cpu) { return CS(cpu)->r[15]; }

/* Linux's s390 /proc/cpuinfo (show_cpuinfo): a summary, then one line per
 * processor; machine 2817 is the z196 */
#define S390X_CPUINFO_HEAD \
	"vendor_id       : IBM/S390\n" \
	"# processors    : %u\n" \
	"bogomips per cpu: 3033.00\n" \
	"max thread id   : 0\n" \
	"features\t: esan3 zarch stfle ldisp eimm highgprs \n"
#define S390X_CPUINFO "processor %u: version = 00,  identification = 000000,  machine = 2817\n"
#define S390X_HWCAP (HWCAP_ESAN3 | HWCAP_ZARCH | HWCAP_STFLE | HWCAP_LDISP | HWCAP_EIMM | HWCAP_HIGH_GPRS)

/* one model, the z196 Debian requires; "max" (the default) is the same */
static const struct dm_cpu_model s390x_models[] = {
	{ "max", S390X_HWCAP, 0, S390X_CPUINFO_HEAD, S390X_CPUINFO, NULL },
	{ "z196", S390X_HWCAP, 0, S390X_CPUINFO_HEAD, S390X_CPUINFO, NULL },
	{ NULL, 0, 0, NULL, NULL, NULL },
};

const struct dm_arch dm_arch_s390x = {
	DM_IDENT_s390x,              /* name and ELF identity (ident.h) */
	.abi_name = "s390x",
	.cpu_size = sizeof(struct s390x_cpu),
	.page_size = 4096,
	.coherent_fetch = true,      /* stores are seen by the next fetch (Principles of Operation) */
	.stack_align = 8,
	.cpu_reset = cpu_reset,
	.cpu_start = cpu_start,
	.translate = s390x_translate,
	.reg_off = reg_off,
	.nregs = 16,
	.reg_size = 8,
	.syscall_nr = syscall_nr,
	.syscall_restart = syscall_restart,
	.set_tls = set_tls,
	.set_sp = set_sp,
	.get_sp = get_sp,
	.models = s390x_models,
	.platform = "z196",
	.disas = "sysz",
	.minsigstksz = 2048,
	.signal_frame = s390x_signal_frame,
	.signal_return = s390x_signal_return,
	.signal_return_old = s390x_signal_return_old,
	.sigtramp = s390x_sigtramp,
	.sigtramp_len = S390X_SIGTRAMP_LEN,
	.gdb = &s390x_gdb_regs,
};
