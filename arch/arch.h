/* arch/arch.h: what a guest architecture provides to emu/.
 * Each arch/<name>/ folder defines one const struct dm_arch; emu/ reaches the
 * arch only through it (never an #ifdef). */
#ifndef DM_ARCH_H
#define DM_ARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emu/cpu.h"
#include "emu/dbt/ir.h"

struct dm_abi;
struct dm_gsiginfo;
struct dm_gsigaction;

/* The registers gdb sees (emu/gdbstub, arch/<name>/gdb.c): a target
 * description and, per register in its numbering, the bytes in the guest's
 * byte order. */
struct dm_gdb_regs {
	const char *target_xml;      /* qXfer:features:read:target.xml (one document, no includes) */
	unsigned nregs;
	/* register n into buf (at most 16 bytes): its size, 0 when n is no register */
	unsigned (*read)(const struct dm_cpu *cpu, unsigned n, uint8_t *buf);
	/* register n from buf (len bytes): its size, 0 when n is no register or len too short */
	unsigned (*write)(struct dm_cpu *cpu, unsigned n, const uint8_t *buf, unsigned len);
};

/* A CPU model (-cpu NAME): what the guest is told (auxv, /proc/cpuinfo) and,
 * through arch_data, what the front-end executes and its ID registers say. */
struct dm_cpu_model {
	const char *name;            /* "max", "cortex-a53", ... */
	uint64_t hwcap, hwcap2;      /* AT_HWCAP, AT_HWCAP2 */
	/* /proc/cpuinfo: cpuinfo_head once (a printf format of the number of
	 * processors, or NULL), then cpuinfo once per processor (a format of its
	 * number); every online host CPU is one guest processor (what nproc counts unless the guest is pinned to fewer) */
	const char *cpuinfo_head;
	const char *cpuinfo;
	const void *arch_data;       /* the front-end's own description, or NULL */
};

struct dm_arch {
	const char *name;            /* "aarch64": -cpu help, dragoman-<name> argv[0] */
	const char *abi_name;        /* generated ABI table to use ("aarch64") */
	uint16_t elf_machine;        /* EM_* */
	uint8_t elf_class;           /* ELFCLASS32/64 */
	uint8_t elf_data;            /* ELFDATA2LSB/MSB */
	size_t cpu_size;             /* sizeof the arch CPU struct (starts with struct dm_cpu) */
	uint64_t page_size;          /* guest page size */
	/* Instruction fetch sees every earlier store with no maintenance
	 * instruction (s390x, x86): emu write-protects translated pages and
	 * drops their blocks on a write (docs/coherence.md).  false: the guest
	 * invalidates itself (arm64 IC IVAU). */
	bool coherent_fetch;
	uint64_t stack_align;        /* initial sp alignment */
	/* ELF e_flags: NULL when the loader may run a program with these flags,
	 * else the one-line reason it may not (an ABI variant the arch does not
	 * implement: Arm's OABI or soft-float).  A NULL hook accepts any. */
	const char *(*elf_flags_check)(uint32_t e_flags);
	/* Map what the kernel puts at a fixed address in every process of the
	 * arch (Arm's kuser helpers page); the loader calls it before it maps
	 * the stack.  0 or -errno.  NULL: nothing. */
	int (*map_fixed_pages)(void);
	/* 32-bit guests: one past the highest address mmap picks for a mapping
	 * without MAP_FIXED (Arm: below the kuser helpers page, so no mapping
	 * ends at 2^32, which a 32-bit stack top would wrap to 0); 0: 2^32 */
	uint64_t mmap_top;

	/* Fresh CPU state for a new process (registers zero, FP defaults). */
	void (*cpu_reset)(struct dm_cpu *cpu);
	/* Process entry: pc, stack pointer, and whatever the ABI puts in registers at _start. */
	void (*cpu_start)(struct dm_cpu *cpu, uint64_t entry, uint64_t sp);

	/* Translate the basic block starting at pc into b.  Reads guest code at
	 * dm_g2h(pc).  Always produces a block: an undefined encoding becomes a
	 * TRAP(DM_TRAP_UNDEF) at that instruction. */
	void (*translate)(struct dm_ir_block *b, uint64_t pc);

	/* The registers the ABI spec declares (specs/abi: regs), in its order: their
	 * byte offsets in the CPU struct and their width (4 or 8).  emu reads the
	 * syscall number, arguments and result through them and the generated
	 * convention (struct dm_abi regs; emu/sys/sysregs.h). */
	const uint16_t *reg_off;
	uint8_t nregs;
	uint8_t reg_size;
	/* NULL: the syscall number is in the ABI's nr register.  Else where the
	 * arch keeps it (s390x: `svc N` with N != 0 carries it in the instruction). */
	uint64_t (*syscall_nr)(const struct dm_cpu *cpu);
	/* ABIs whose syscalls report failure in a carry flag (error = "carry"):
	 * set it (error) or clear it; flag layouts are the arch's own. */
	void (*syscall_carry)(struct dm_cpu *cpu, bool error);
	/* A second result register (ABIs whose pipe(2) returns both descriptors
	 * in registers: specs/abi pipe_regs); NULL on the others. */
	void (*syscall_ret2)(struct dm_cpu *cpu, uint64_t v);
	/* Point cpu back at the syscall instruction it just executed, arguments as
	 * in args: a call a signal interrupted, to run again (DM_SYS_RESTART). */
	void (*syscall_restart)(struct dm_cpu *cpu, const uint64_t args[8]);
	/* Thread pointer (TLS) for clone(CLONE_SETTLS) and the stack pointer for clone's child. */
	void (*set_tls)(struct dm_cpu *cpu, uint64_t tls);
	void (*set_sp)(struct dm_cpu *cpu, uint64_t sp);
	uint64_t (*get_sp)(const struct dm_cpu *cpu);

	/* CPU models, ended by one with a NULL name; the first is the default
	 * ("max": everything the front-end implements).  AT_PLATFORM, AT_MINSIGSTKSZ. */
	const struct dm_cpu_model *models;
	const char *platform;
	uint64_t minsigstksz;
	const char *disas;           /* capstone's name for the architecture (-d in_asm), or NULL */

	/* Signals (arch/<name>/signal.c).  signal_frame writes the guest's signal
	 * frame for info->signo below sp (already the right stack) and points cpu at
	 * the handler, returning to `restorer`; false when the frame cannot be
	 * written (the guest then dies of SIGSEGV, as on Linux).  signal_return
	 * undoes it for rt_sigreturn, giving back the mask to restore and the
	 * frame's uc_stack (sp, flags, size) for restore_altstack. */
	bool (*signal_frame)(struct dm_cpu *cpu, const struct dm_gsiginfo *info, const struct dm_gsigaction *a,
			     const uint64_t oldmask[2], uint64_t sp, uint64_t restorer, const uint64_t altstack[3]);
	bool (*signal_return)(struct dm_cpu *cpu, uint64_t mask[2], uint64_t altstack[3]);
	/* The old-style frame's return, the sigreturn syscall, on ABIs that build
	 * such frames for handlers without SA_SIGINFO (s390x); NULL elsewhere. */
	bool (*signal_return_old)(struct dm_cpu *cpu, uint64_t mask[2]);
	/* Machine code of a trampoline that calls rt_sigreturn (used when the guest
	 * gives no SA_RESTORER, like the kernel's vDSO sigreturn). */
	const uint8_t *sigtramp;
	size_t sigtramp_len;

	/* gdb's view of the registers (-g) */
	const struct dm_gdb_regs *gdb;
};

/* Every arch compiled in, and lookup by ELF header or name. */
extern const struct dm_arch *const dm_arches[];
const struct dm_arch *dm_arch_by_elf(uint16_t machine, uint8_t class, uint8_t data);
const struct dm_arch *dm_arch_by_name(const char *name);
/* The CPU model this process runs for arch: the one dm_cpu_model_select
 * chose, else the arch's default.  Select returns false for an unknown name
 * ("any" names the default, as in QEMU). */
const struct dm_cpu_model *dm_cpu_model(const struct dm_arch *arch);
bool dm_cpu_model_select(const struct dm_arch *arch, const char *name);

#endif
