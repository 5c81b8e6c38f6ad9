/* tests/loader/load_dump.c: the loader without a CPU.  Loads PROGRAM exactly
 * as dragoman would (page map, segments, interpreter, brk, stack) and prints
 * what the guest would find: entry, the initial stack (auxv_print.h), bss
 * checks and /proc/self/maps.  Errors print dragoman's one line and exit with
 * its status.  Usage: load_dump [-q] [-L ROOT] [-0 ARGV0] PROGRAM [ARGS...] */
#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/loader/loader.h"
#include "emu/mm/mm.h"
#include "emu/process.h"
#include "tests/loader/auxv_print.h"

int main(int argc, char **argv)
{
	int quiet = 0, i = 1;
	const char *root = NULL, *argv0 = NULL;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-q")) quiet = 1;
		else if (!strcmp(argv[i], "-L") && i + 1 < argc) root = argv[++i];
		else if (!strcmp(argv[i], "-0") && i + 1 < argc) argv0 = argv[++i];
		else break;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: load_dump [-q] [-L ROOT] [-0 ARGV0] PROGRAM [ARGS...]\n");
		return 2;
	}
	const char *prog = argv[i];
	dm_proc.log = stderr;
	dm_proc.sysroot = root ? g_canonicalize_filename(root, NULL) : NULL;
	struct dm_elf e;
	struct dm_load_error err;
	if (dm_elf_open(prog, NULL, &e, &err) < 0) {
		fprintf(stderr, "dragoman: %s: %s\n", prog, err.msg);
		return err.status;
	}
	dm_proc.arch = e.arch;
	dm_proc.exe_path = realpath(prog, NULL);
	if (dm_mm_init(e.arch) < 0) return 1;
	char **gargv = &argv[i];
	if (argv0) gargv[0] = (char *)argv0;
	extern char **environ;
	struct dm_load_args la = { .argv = gargv, .envp = environ, .execfn = prog, .sysroot = dm_proc.sysroot };
	struct dm_load_result r;
	if (dm_load(&e, &la, &r, &err) < 0) {
		fprintf(stderr, "dragoman: %s: %s\n", prog, err.msg);
		return err.status;
	}
	if (quiet) return 0;
	printf("entry %#llx\n", (unsigned long long)r.entry);
	printf("brk %#llx\n", (unsigned long long)dm_proc.brk_start);
	if (e.class == 2 && e.data == 1) dump_stack((const uint64_t *)dm_g2h(r.sp), stdout);
	for (unsigned k = 0; k < e.nseg; k++) {
		const struct dm_elf_seg *s = &e.seg[k];
		if (s->memsz <= s->filesz) continue;
		const unsigned char *p = dm_g2h(s->vaddr + s->filesz + r.load_bias);
		size_t n = s->memsz - s->filesz, bad = 0;
		/* the bss, and the rest of its last page */
		uint64_t end = s->vaddr + s->memsz + r.load_bias, pend = (end + 4095) & ~4095ull;
		for (size_t j = 0; j < n + (pend - end); j++) bad += p[j] != 0;
		printf("check segment %u bss zero: %s\n", k, bad ? "no" : "yes");
	}
	size_t n;
	char *maps = dm_mm_format_maps(&n);
	fwrite(maps, 1, n, stdout);
	/* /proc/self/auxv must be the bytes on the stack */
	const uint64_t *sp = dm_g2h(r.sp), *w = sp + 1 + sp[0] + 1;
	while (*w) w++;
	w++;
	printf("check saved auxv matches the stack: %s\n",
	       dm_proc.auxv_len && !memcmp(dm_proc.auxv, w, dm_proc.auxv_len) ? "yes" : "no");
	return 0;
}
