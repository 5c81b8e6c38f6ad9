/* emu/loader/loader.h: reading guest ELF files and starting a guest process
 * image: segments, interpreter, brk, and the initial stack (docs/loader.md). */
#ifndef DM_LOADER_H
#define DM_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct dm_arch;

/* Why loading failed: one line for "dragoman: PROGRAM: <msg>", and the exit
 * status a shell would give (126 cannot execute, 127 not found, 1 other). */
struct dm_load_error {
	int status;
	char msg[512];
};

struct dm_elf_seg {
	uint64_t vaddr, memsz, offset, filesz;
	uint32_t flags;              /* PF_R/PF_W/PF_X */
};

/* A validated ELF file, open for mapping. */
struct dm_elf {
	int fd;
	char *path;                  /* host path it was opened from */
	uint64_t size;               /* file size */
	const struct dm_arch *arch;
	uint8_t class, data;         /* ELFCLASS*, ELFDATA* */
	uint16_t type, machine;      /* ET_EXEC / ET_DYN, EM_* */
	uint64_t entry, phoff;
	uint16_t phnum, phentsize;
	uint32_t flags;              /* e_flags */
	struct dm_elf_seg *seg;      /* PT_LOAD segments with memsz > 0, ascending */
	unsigned nseg;
	char *interp;                /* PT_INTERP path, or NULL */
	bool exec_stack;             /* PT_GNU_STACK asks for PF_X (or is absent) */
	uint64_t align;              /* largest power-of-two p_align of the PT_LOADs (>= 1) */
	uint64_t phdr_vaddr;         /* where the program headers are in memory (unbiased) */
};

/* Open and validate path.  want: the guest arch the caller insists on, or
 * NULL to pick it from the header (dm_arch_by_elf).  0, or -1 with *err. */
int dm_elf_open(const char *path, const struct dm_arch *want, struct dm_elf *e, struct dm_load_error *err);
/* The same for a file already open (binfmt_misc's AT_EXECFD); takes fd. */
int dm_elf_open_fd(int fd, const char *path, const struct dm_arch *want, struct dm_elf *e, struct dm_load_error *err);
void dm_elf_close(struct dm_elf *e);

/* What the new process gets. */
struct dm_load_args {
	char *const *argv;           /* guest argv (argv[0] already replaced by -0) */
	char *const *envp;           /* guest environment */
	const char *execfn;          /* AT_EXECFN string: the program as named on the command line */
	const char *sysroot;         /* -L, or NULL */
	uint64_t stack_size;         /* 0: RLIMIT_STACK */
};

struct dm_load_result {
	uint64_t entry;              /* first guest pc: the interpreter's entry, else the program's */
	uint64_t sp;                 /* initial stack pointer (argc) */
	uint64_t load_bias;          /* of the program */
	uint64_t interp_base;        /* AT_BASE, 0 without interpreter */
	uint64_t stack_top;
};

/* Map exe (and its interpreter), set up brk and build the initial stack
 * exactly as Linux does.  dm_mm_init must have run.  Fills dm_proc's entry,
 * phdr, phnum, interp_base, brk_*, auxv and cmdline.  0, or -1 with *err;
 * on failure the guest address space is left half-built (exit). */
int dm_load(struct dm_elf *exe, const struct dm_load_args *a, struct dm_load_result *r, struct dm_load_error *err);

/* Resolve a guest path under the sysroot: the sysroot copy when it exists,
 * else path itself.  Returns a newly allocated string (g_free). */
char *dm_sysroot_lookup(const char *sysroot, const char *path);

#endif
