/* tests/isa/runner.c: runs a static aarch64 test program in-process through
 * the A64 front-end and the IR interpreter, with just the two system calls
 * the ISA tests use (write, exit).  It exists so the front-end can be
 * checked against qemu-aarch64 without the loader and syscall layer. */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "arch/aarch64/cpu.h"
#include "arch/arch.h"
#include "emu/dbt/exec.h"
#include "emu/mm/guest.h"

extern const struct dm_arch dm_arch_aarch64;

static void load(const char *path, uint64_t *entry)
{
	FILE *f = fopen(path, "rb");
	if (!f) { perror(path); exit(2); }
	Elf64_Ehdr eh;
	if (fread(&eh, sizeof eh, 1, f) != 1 || eh.e_machine != EM_AARCH64) { fprintf(stderr, "%s: not aarch64\n", path); exit(2); }
	for (int i = 0; i < eh.e_phnum; i++) {
		Elf64_Phdr ph;
		fseek(f, (long)(eh.e_phoff + (uint64_t)i * eh.e_phentsize), SEEK_SET);
		if (fread(&ph, sizeof ph, 1, f) != 1) exit(2);
		if (ph.p_type != PT_LOAD) continue;
		uint64_t start = ph.p_vaddr & ~0xfffull, end = (ph.p_vaddr + ph.p_memsz + 0xfff) & ~0xfffull;
		void *p = mmap((void *)start, end - start, PROT_READ | PROT_WRITE | PROT_EXEC,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
		if (p != (void *)start) { perror("mmap"); exit(2); }
		fseek(f, (long)ph.p_offset, SEEK_SET);
		if (ph.p_filesz && fread((void *)ph.p_vaddr, ph.p_filesz, 1, f) != 1) exit(2);
	}
	fclose(f);
	*entry = eh.e_entry;
}

int main(int argc, char **argv)
{
	if (argc != 2) { fprintf(stderr, "usage: %s PROGRAM\n", argv[0]); return 2; }
	dm_guest_base = 0;
	uint64_t entry;
	load(argv[1], &entry);
	size_t stack_size = 1 << 20;
	char *stack = mmap(NULL, stack_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct a64_cpu cpu;
	memset(&cpu, 0, sizeof cpu);
	cpu.common.arch = &dm_arch_aarch64;
	dm_arch_aarch64.cpu_reset(&cpu.common);
	dm_arch_aarch64.cpu_start(&cpu.common, entry, (uint64_t)(uintptr_t)(stack + stack_size - 64));
	struct dm_ir_block b;
	dm_ir_init(&b, 0);
	for (;;) {
		dm_ir_init(&b, cpu.common.pc);   /* no cache: translate every block afresh */
		b.insn = NULL;
		dm_arch_aarch64.translate(&b, cpu.common.pc);
		dm_ir_verify_env(&b);   /* DM_IR_VERIFY=1: check the front-end's IR */
		uint64_t trap = 0;
		enum dm_exit e = dm_interp_block(&cpu.common, &b, &trap);
		dm_ir_free(&b);
		if (e == DM_EXIT_TRAP) {
			fprintf(stderr, "runner: trap %#llx at pc %#llx (insn %08x)\n", (unsigned long long)trap,
				(unsigned long long)cpu.common.pc, *(uint32_t *)dm_g2h(cpu.common.pc));
			return 3;
		}
		if (e != DM_EXIT_SYSCALL) continue;
		switch (cpu.x[8]) {
		case 64: cpu.x[0] = (uint64_t)write((int)cpu.x[0], dm_g2h(cpu.x[1]), cpu.x[2]); break;
		case 93: case 94: return (int)cpu.x[0];
		default: fprintf(stderr, "runner: syscall %llu\n", (unsigned long long)cpu.x[8]); return 4;
		}
	}
}
