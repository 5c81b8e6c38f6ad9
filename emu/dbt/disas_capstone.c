/* emu/dbt/disas_capstone.c: -d in_asm through Debian's capstone, opened
 * with dlopen on first use: linked in, its 77,000 load-time relocations
 * would cost every guest process start-up time whether it logs or not.
 * The guest architecture's capstone name (struct dm_arch.disas) picks
 * capstone's architecture and byte order; one handle per thread.  Without
 * the library (or in the static build, where dlopen cannot load it) the
 * block's bytes are listed instead, with the reason. */
#include <capstone/capstone.h>
#include <dlfcn.h>
#include <stdbool.h>
#include <string.h>

#include "arch/arch.h"
#include "emu/dbt/disas.h"
#include "emu/mm/guest.h"

#define CAPSTONE_SONAME "libcapstone.so.4"

static const struct {
	const char *name;
	cs_arch arch;
	cs_mode mode;
} archs[] = {
	{ "arm64", CS_ARCH_ARM64, CS_MODE_LITTLE_ENDIAN },
	{ "sysz", CS_ARCH_SYSZ, CS_MODE_BIG_ENDIAN },
};

static struct {
	cs_err (*open)(cs_arch, cs_mode, csh *);
	size_t (*disasm)(csh, const uint8_t *, size_t, uint64_t, size_t, cs_insn **);
	void (*free)(cs_insn *, size_t);
	cs_err (*close)(csh *);
} cs;

static bool load(void)
{
	static int state;   /* 0 not tried, 1 loaded, -1 missing */
	if (!state) {
		void *h = dlopen(CAPSTONE_SONAME, RTLD_NOW | RTLD_LOCAL);
		if (h) {
			cs.open = (cs_err (*)(cs_arch, cs_mode, csh *))dlsym(h, "cs_open");
			cs.disasm = (size_t (*)(csh, const uint8_t *, size_t, uint64_t, size_t, cs_insn **))dlsym(h, "cs_disasm");
			cs.free = (void (*)(cs_insn *, size_t))dlsym(h, "cs_free");
			cs.close = (cs_err (*)(csh *))dlsym(h, "cs_close");
		}
		state = h && cs.open && cs.disasm && cs.free && cs.close ? 1 : -1;
	}
	return state > 0;
}

void dm_disas_block(FILE *f, const struct dm_arch *arch, uint64_t pc, uint64_t end)
{
	static __thread csh handle;
	static __thread const struct dm_arch *for_arch;
	bool have = load();
	fprintf(f, "IN: %#llx%s\n", (unsigned long long)pc, have ? "" : " (no disassembler: " CAPSTONE_SONAME " cannot be loaded)");
	if (have && for_arch != arch) {
		if (for_arch) cs.close(&handle);
		for_arch = NULL;
		for (size_t i = 0; arch->disas && i < sizeof archs / sizeof archs[0]; i++)
			if (!strcmp(archs[i].name, arch->disas) && cs.open(archs[i].arch, archs[i].mode, &handle) == CS_ERR_OK)
				for_arch = arch;
	}
	const uint8_t *code = dm_g2h(pc);
	size_t len = (size_t)(end - pc), off = 0;
	/* the encoding as the manuals write it: a little-endian guest's
	 * instruction word reads from its last byte */
	bool le = arch->elf_data == 1;   /* ELFDATA2LSB */
	if (have && for_arch) {
		cs_insn *insn;
		size_t n = cs.disasm(handle, code, len, pc, 0, &insn);
		for (size_t i = 0; i < n; i++) {
			fprintf(f, "%#010llx:  ", (unsigned long long)insn[i].address);
			for (unsigned k = 0; k < insn[i].size; k++) fprintf(f, "%02x", insn[i].bytes[le ? insn[i].size - 1 - k : k]);
			int pad = 14 - 2 * (int)insn[i].size;
			fprintf(f, "%*s%s %s\n", pad > 1 ? pad : 1, "", insn[i].mnemonic, insn[i].op_str);
			off += insn[i].size;
		}
		if (n) cs.free(insn, n);
	}
	/* what was not disassembled */
	if (off < len) {
		fprintf(f, "%#010llx:  ", (unsigned long long)(pc + off));
		for (size_t k = off; k < len; k++) fprintf(f, "%02x", code[k]);
		fprintf(f, "\n");
	}
	fprintf(f, "\n");
}
