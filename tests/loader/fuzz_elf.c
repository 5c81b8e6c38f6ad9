/* tests/loader/fuzz_elf.c: feed truncated and mutated ELF files to the
 * loader (through load_dump, so a crash is a dead child, not a dead test) and
 * require a clean outcome every time: either it loads (exit 0, silent) or it
 * prints exactly one line "dragoman: FILE: reason" and exits 1, 126 or 127.
 * A signal, a hang, another status or more output is a failure; the file is
 * kept for reproduction.  Prints TAP, one test per family of mutations.
 *
 *   fuzz_elf LOAD_DUMP PROGRAM [SYSROOT INTERP] [ITERATIONS]
 *
 * With SYSROOT and INTERP (PROGRAM's PT_INTERP path inside SYSROOT) the
 * interpreter is mutated too, inside a private copy of the sysroot entry. */
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *load_dump;
static char *dir;
static int failures_total;

struct family {
	const char *name;
	int runs, loaded, rejected, failed;
};

/* Run load_dump on file (optionally with -L root), check the outcome. */
static int run_one(const char *file, const char *root, const char *desc, const uint8_t *data, size_t n,
		   struct family *f)
{
	int errp[2];
	if (pipe(errp) != 0) abort();
	pid_t pid = fork();
	if (pid == 0) {
		dup2(errp[1], 2);
		close(errp[0]);
		int null = open("/dev/null", O_WRONLY);
		dup2(null, 1);
		/* a hang guard (tests/lib/hang.sh), never a time limit on loading */
		const char *hang = getenv("DM_TEST_HANG");
		alarm(hang && atoi(hang) > 0 ? (unsigned)atoi(hang) : 300);
		if (root) execl(load_dump, load_dump, "-q", "-L", root, file, (char *)NULL);
		else execl(load_dump, load_dump, "-q", file, (char *)NULL);
		_exit(99);
	}
	close(errp[1]);
	GString *err = g_string_new(NULL);
	char buf[4096];
	ssize_t k;
	while ((k = read(errp[0], buf, sizeof buf)) > 0) g_string_append_len(err, buf, k);
	close(errp[0]);
	int st;
	waitpid(pid, &st, 0);
	f->runs++;
	const char *why = NULL;
	char *prefix = g_strdup_printf("dragoman: %s: ", file);
	if (WIFSIGNALED(st)) {
		why = WTERMSIG(st) == SIGALRM ? "hang" : "killed by a signal";
	} else if (WEXITSTATUS(st) == 0) {
		if (err->len) why = "loaded but printed something";
		else f->loaded++;
	} else if (WEXITSTATUS(st) != 1 && WEXITSTATUS(st) != 126 && WEXITSTATUS(st) != 127) {
		why = "unexpected exit status";
	} else if (!g_str_has_prefix(err->str, prefix) || err->len == 0 || err->str[err->len - 1] != '\n' ||
		   memchr(err->str, '\n', err->len - 1)) {
		why = "not exactly one 'dragoman: FILE: reason' line";
	} else {
		f->rejected++;
	}
	g_free(prefix);
	if (why) {
		f->failed++;
		failures_total++;
		char *keep = g_strdup_printf("%s/fail-%d.elf", dir, failures_total);
		g_file_set_contents(keep, (const char *)data, (gssize)n, NULL);
		printf("# %s: %s (status %d, signal %d), kept as %s\n#   stderr: %s\n", desc, why,
		       WIFEXITED(st) ? WEXITSTATUS(st) : -1, WIFSIGNALED(st) ? WTERMSIG(st) : 0, keep, err->str);
		g_free(keep);
	}
	g_string_free(err, TRUE);
	return why ? -1 : 0;
}

static void write_file(const char *path, const uint8_t *d, size_t n)
{
	g_unlink(path);
	if (!g_file_set_contents(path, (const char *)d, (gssize)n, NULL)) abort();
	chmod(path, 0755);
}

/* Mutations of one image.  mutate(i, buf, &len) -> description; NULL when done. */
typedef char *(*mutator)(int i, uint8_t *b, size_t *n, size_t orig, GRand *r);

static uint64_t rd(const uint8_t *p, int n)
{
	uint64_t v = 0;
	for (int i = n - 1; i >= 0; i--) v = v << 8 | p[i];
	return v;
}
static void wr(uint8_t *p, int n, uint64_t v)
{
	for (int i = 0; i < n; i++) p[i] = (uint8_t)(v >> (8 * i));
}

static char *m_truncate(int i, uint8_t *b, size_t *n, size_t orig, GRand *r)
{
	static const size_t fixed[] = { 0, 1, 3, 4, 5, 16, 17, 18, 20, 24, 52, 60, 63, 64, 65, 100, 120, 200, 400, 1000, 4095, 4096, 4097 };
	size_t nf = G_N_ELEMENTS(fixed);
	uint64_t phoff = rd(b + 32, 8), phnum = rd(b + 56, 2);
	if (i < (int)nf) *n = fixed[i] < orig ? fixed[i] : orig - 1;
	else if (i == (int)nf) *n = phoff + 56 * phnum - 1;
	else if (i == (int)nf + 1) *n = orig - 1;
	else if (i < (int)nf + 60) *n = g_rand_int_range(r, 0, (gint32)orig);
	else return NULL;
	if (*n > orig) *n = orig - 1;
	return g_strdup_printf("truncated to %zu bytes", *n);
}

static char *m_header(int i, uint8_t *b, size_t *n, size_t orig, GRand *r)
{
	if (i >= 64 * 4) return NULL;
	int at = i / 4, how = i % 4;
	uint8_t v = how == 0 ? 0 : how == 1 ? 0xff : how == 2 ? (uint8_t)(b[at] ^ 0x80) : (uint8_t)g_rand_int(r);
	b[at] = v;
	return g_strdup_printf("ELF header byte %d = %#x", at, v);
}

static char *m_phdr(int i, uint8_t *b, size_t *n, size_t orig, GRand *r)
{
	uint64_t phoff = rd(b + 32, 8), phnum = rd(b + 56, 2);
	static const uint64_t vals[] = { 0, ~0ull, 1ull << 46, 1ull << 47, 0x7ffffffff000ull, 0x1000, 0xfff, 0x8000000000000000ull };
	int nv = G_N_ELEMENTS(vals) + 1;
	int per = 7 * nv;  /* type/flags, offset, vaddr, paddr, filesz, memsz, align */
	if ((uint64_t)i >= phnum * per) return NULL;
	uint8_t *p = b + phoff + 56 * (i / per);
	int field = (i % per) / nv, which = (i % per) % nv;
	uint64_t v = which < nv - 1 ? vals[which] : ((uint64_t)g_rand_int(r) << 32 | g_rand_int(r));
	static const char *names[] = { "type", "offset", "vaddr", "paddr", "filesz", "memsz", "align" };
	if (field == 0) wr(p, 4, v & 0xffffffffu);
	else wr(p + 8 * field, 8, v);
	return g_strdup_printf("phdr %d %s = %#llx", i / per, names[field], (unsigned long long)v);
}

static char *m_structural(int i, uint8_t *b, size_t *n, size_t orig, GRand *r)
{
	uint64_t phoff = rd(b + 32, 8), phnum = rd(b + 56, 2);
	uint8_t *ph = b + phoff;
	switch (i) {
	case 0: wr(b + 56, 2, 0); return g_strdup("e_phnum = 0");
	case 1: wr(b + 56, 2, 0xffff); return g_strdup("e_phnum = 65535");
	case 2: wr(b + 54, 2, 32); return g_strdup("e_phentsize = 32");
	case 3: wr(b + 32, 8, ~0ull - 8); return g_strdup("e_phoff near 2^64");
	case 4: wr(b + 32, 8, orig - 10); return g_strdup("e_phoff at the end of the file");
	case 5: wr(b + 24, 8, 0); return g_strdup("e_entry = 0");
	case 6: wr(b + 16, 2, 1); return g_strdup("ET_REL");
	case 7: wr(b + 16, 2, 4); return g_strdup("ET_CORE");
	case 8: wr(b + 18, 2, 62); return g_strdup("EM_X86_64");
	case 9: wr(b + 18, 2, 40); return g_strdup("EM_ARM");
	case 10: b[4] = 1; return g_strdup("ELFCLASS32");
	case 11: b[5] = 2; return g_strdup("ELFDATA2MSB");
	case 12: memcpy(b, "#!/bin/sh\n", 10); return g_strdup("a script");
	case 13:
	case 14:
	case 15:
	case 16:
	case 17:
	case 18: {
		/* make every PT_LOAD absurd in one way */
		for (uint64_t k = 0; k < phnum; k++) {
			uint8_t *p = ph + 56 * k;
			if (rd(p, 4) != 1) continue;
			if (i == 13) wr(p + 40, 8, 1ull << 46);                  /* memsz 64 TiB */
			if (i == 14) wr(p + 32, 8, rd(p + 40, 8) + 4096);        /* filesz > memsz */
			if (i == 15) wr(p + 16, 8, rd(p + 16, 8) + 1);           /* vaddr misaligned to offset */
			if (i == 16) wr(p + 16, 8, 0);                           /* everything at 0 */
			if (i == 17) wr(p + 8, 8, orig);                         /* offset at EOF */
			if (i == 18) wr(p + 16, 8, 0x7ffffffff000ull);           /* top of the address space */
		}
		static const char *d[] = { "memsz 64 TiB", "filesz > memsz", "vaddr misaligned", "all at 0",
					   "offset at EOF", "at the top of the address space" };
		return g_strdup_printf("all PT_LOAD: %s", d[i - 13]);
	}
	case 19: {
		/* PT_LOADs in reverse order / overlapping: swap the first two */
		int a = -1, c = -1;
		for (uint64_t k = 0; k < phnum; k++)
			if (rd(ph + 56 * k, 4) == 1) { if (a < 0) a = (int)k; else if (c < 0) c = (int)k; }
		if (a >= 0 && c >= 0) {
			uint8_t t[56];
			memcpy(t, ph + 56 * a, 56);
			memcpy(ph + 56 * a, ph + 56 * c, 56);
			memcpy(ph + 56 * c, t, 56);
		}
		return g_strdup("PT_LOADs swapped");
	}
	case 20: {
		int a = -1, c = -1;
		for (uint64_t k = 0; k < phnum; k++)
			if (rd(ph + 56 * k, 4) == 1) { if (a < 0) a = (int)k; else if (c < 0) c = (int)k; }
		if (a >= 0 && c >= 0) wr(ph + 56 * c + 16, 8, rd(ph + 56 * a + 16, 8) + 0x10);
		return g_strdup("second PT_LOAD overlaps the first");
	}
	case 21:
	case 22:
	case 23: {
		/* the interpreter path: unterminated, empty, missing */
		for (uint64_t k = 0; k < phnum; k++) {
			uint8_t *p = ph + 56 * k;
			if (rd(p, 4) != 3) continue;
			uint64_t off = rd(p + 8, 8), sz = rd(p + 32, 8);
			if (i == 21 && off + sz <= orig && sz) b[off + sz - 1] = 'x';
			if (i == 22) wr(p + 32, 8, 1);
			if (i == 23 && off + sz <= orig && sz > 4) memcpy(b + off + 1, "nope", 4);
		}
		static const char *d[] = { "interpreter path unterminated", "interpreter path empty", "interpreter missing" };
		return g_strdup(d[i - 21]);
	}
	case 24: {
		/* two PT_INTERPs: turn PT_NOTE/PT_GNU_* into a copy of PT_INTERP */
		for (uint64_t k = 0; k < phnum; k++)
			if (rd(ph + 56 * k, 4) == 3) {
				for (uint64_t j = 0; j < phnum; j++)
					if (rd(ph + 56 * j, 4) == 4) memcpy(ph + 56 * j, ph + 56 * k, 56);
			}
		return g_strdup("two PT_INTERPs");
	}
	default: return NULL;
	}
}

static char *m_random(int i, uint8_t *b, size_t *n, size_t orig, GRand *r)
{
	if (i >= 400) return NULL;
	int flips = g_rand_int_range(r, 1, 9);
	size_t span = orig < 4096 ? orig : 4096;
	GString *d = g_string_new("flipped");
	for (int k = 0; k < flips; k++) {
		size_t at = (size_t)g_rand_int_range(r, 0, (gint32)span);
		uint8_t v = (uint8_t)g_rand_int(r);
		b[at] = v;
		g_string_append_printf(d, " [%zu]=%#x", at, v);
	}
	return g_string_free(d, FALSE);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: fuzz_elf LOAD_DUMP PROGRAM [SYSROOT INTERP] [quick]\n");
		return 2;
	}
	load_dump = argv[1];
	const char *seed = argv[2];
	const char *sysroot = argc >= 5 ? argv[3] : NULL, *interp = argc >= 5 ? argv[4] : NULL;
	int scale = argc == 4 || argc == 6 ? 4 : 1;
	dir = g_dir_make_tmp("dm_fuzz_elf_XXXXXX", NULL);
	gchar *data;
	gsize n;
	if (!g_file_get_contents(seed, &data, &n, NULL)) {
		printf("1..0 # SKIP cannot read %s\n", seed);
		return 0;
	}
	static const struct { const char *name; mutator m; } fams[] = {
		{ "truncated", m_truncate }, { "ELF header bytes", m_header }, { "program header fields", m_phdr },
		{ "structural damage", m_structural }, { "random byte flips", m_random },
	};
	int nf = G_N_ELEMENTS(fams);
	printf("1..%d\n", sysroot ? 2 * nf : nf);
	char *prog = g_build_filename(dir, "prog", NULL);
	int t = 0;
	for (int i = 0; i < nf; i++) {
		GRand *r = g_rand_new_with_seed(0x5eed + i);
		uint8_t *b = g_malloc(n + 64);
		struct family fr = { fams[i].name };
		for (int k = 0;; k++) {
			memcpy(b, data, n);
			size_t len = n;
			char *desc = fams[i].m(k, b, &len, n, r);
			if (!desc) break;
			if (scale == 1 || k % scale == 0) {
				write_file(prog, b, len);
				run_one(prog, sysroot, desc, b, len, &fr);
			}
			g_free(desc);
		}
		printf("%s %d - program, %s: %d runs, %d loaded, %d rejected cleanly, %d bad\n",
		       fr.failed ? "not ok" : "ok", ++t, fr.name, fr.runs, fr.loaded, fr.rejected, fr.failed);
		fflush(stdout);
		g_free(b);
		g_rand_free(r);
	}
	if (sysroot) {
		/* a private sysroot whose interpreter is the mutated one */
		char *root = g_build_filename(dir, "root", NULL);
		char *target = g_build_filename(root, interp, NULL);
		char *tdir = g_path_get_dirname(target);
		g_mkdir_with_parents(tdir, 0755);
		char *src = g_build_filename(sysroot, interp, NULL);
		gchar *idata;
		gsize in;
		if (!g_file_get_contents(src, &idata, &in, NULL)) {
			for (int i = 0; i < nf; i++) printf("ok %d # SKIP no interpreter %s\n", ++t, src);
			return failures_total ? 1 : 0;
		}
		write_file(prog, (const uint8_t *)data, n);
		for (int i = 0; i < nf; i++) {
			GRand *r = g_rand_new_with_seed(0x1eed + i);
			uint8_t *b = g_malloc(in + 64);
			struct family fr = { fams[i].name };
			for (int k = 0;; k++) {
				memcpy(b, idata, in);
				size_t len = in;
				char *desc = fams[i].m(k, b, &len, in, r);
				if (!desc) break;
				if (scale == 1 || k % scale == 0) {
					write_file(target, b, len);
					char *d2 = g_strdup_printf("interpreter %s", desc);
					run_one(prog, root, d2, b, len, &fr);
					g_free(d2);
				}
				g_free(desc);
			}
			printf("%s %d - interpreter, %s: %d runs, %d loaded, %d rejected cleanly, %d bad\n",
			       fr.failed ? "not ok" : "ok", ++t, fr.name, fr.runs, fr.loaded, fr.rejected, fr.failed);
			fflush(stdout);
			g_free(b);
			g_rand_free(r);
		}
	}
	if (!failures_total) {
		/* nothing to keep */
		char *cmd = g_strdup_printf("rm -rf '%s'", dir);
		if (system(cmd)) {}
		g_free(cmd);
	}
	return 0;
}
