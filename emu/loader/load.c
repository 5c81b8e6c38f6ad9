/* emu/loader/load.c: building the guest process image the way Linux's
 * binfmt_elf does: segments (with page-exact bss zeroing), the interpreter,
 * the initial break, and the initial stack (strings, argv, envp, auxv). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <elf.h>
#include <errno.h>
#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/guest_random.h"
#include "emu/loader/loader.h"
#include "emu/mm/mm.h"
#include "emu/mm/mmsys.h"
#include "emu/process.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

/* Where a position-independent program goes (the kernel's ELF_ET_DYN_BASE
 * would be 2/3 of a 48-bit space, which the host lacks; QEMU uses the same
 * 0x5500000000).  The interpreter goes wherever mmap puts it. */
#define DYN_BASE_64 0x5500000000ull
#define DYN_BASE_32 0x56555000ull

static int fail(struct dm_load_error *err, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	err->status = status;
	return -1;
}

char *dm_sysroot_lookup(const char *sysroot, const char *path)
{
	if (sysroot && *sysroot && path[0] == '/') {
		char *p = g_build_filename(sysroot, path, NULL);
		if (access(p, F_OK) == 0) return p;
		g_free(p);
	}
	return g_strdup(path);
}

static int seg_prot(uint32_t pf)
{
	return (pf & PF_R ? DM_PROT_READ : 0) | (pf & PF_W ? DM_PROT_WRITE : 0) | (pf & PF_X ? DM_PROT_EXEC : 0);
}

/* Map one ELF image; *bias gets the load bias.  what: "" or "interpreter X: " for messages. */
static int map_image(struct dm_elf *e, uint64_t hint, uint64_t *bias, const char *what, struct dm_load_error *err)
{
	uint64_t page = dm_mm_page_size();
	uint64_t lo = e->seg[0].vaddr & ~(page - 1);
	const struct dm_elf_seg *last = &e->seg[e->nseg - 1];
	uint64_t hi = (last->vaddr + last->memsz + page - 1) & ~(page - 1);
	uint64_t span = hi - lo;
	int64_t base;
	if (e->type == ET_EXEC) {
		/* claim the whole range first: it fails cleanly if anything is there */
		base = dm_mm_map(lo, span, 0, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0, NULL);
		if (base == -EEXIST)
			return fail(err, 1, "%scannot load at %#llx-%#llx: the range is in use (by dragoman itself?)", what,
				    (unsigned long long)lo, (unsigned long long)hi);
		if (base == -EPERM || base == -EACCES)
			return fail(err, 1, "%scannot load at %#llx: below vm.mmap_min_addr", what, (unsigned long long)lo);
		if (base < 0) return fail(err, 1, "%scannot map %#llx bytes: %s", what, (unsigned long long)span, strerror((int)-base));
		*bias = 0;
	} else {
		/* reserve span plus slack for the alignment, then trim */
		uint64_t align = e->align > page ? e->align : page;
		uint64_t want = span + align - page;
		if (want < span) return fail(err, 126, "%simage too large", what);
		int64_t r = -1;
		/* The preferred base may be taken (under ASan it lies in the shadow gap):
		 * try a few fixed alternatives that leave room for brk above the image
		 * before taking whatever mmap offers. */
		static const uint64_t alternatives[] = { 0, 0x200000000000ull, 0x300000000000ull };
		for (unsigned k = 0; hint && k < sizeof alternatives / sizeof *alternatives && r < 0; k++) {
			uint64_t h = k ? alternatives[k] : hint;
			if (hint < 0x100000000ull && k) break;  /* 32-bit guests: their window only */
			r = dm_mm_map((h + align - 1) & ~(align - 1), want, 0,
				      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0, NULL);
		}
		if (r < 0)
			r = dm_mm_map(hint ? (hint + align - 1) & ~(align - 1) : 0, want, 0,
				      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0, NULL);
		if (r < 0) return fail(err, 1, "%scannot map %#llx bytes: %s", what, (unsigned long long)want, strerror((int)-r));
		uint64_t a = ((uint64_t)r + align - 1) & ~(align - 1);
		if (a > (uint64_t)r) dm_mm_unmap((uint64_t)r, a - (uint64_t)r);
		if ((uint64_t)r + want > a + span) dm_mm_unmap(a + span, (uint64_t)r + want - (a + span));
		base = (int64_t)a;
		*bias = a - lo;
	}
	uint64_t b = *bias, mapped_to = (uint64_t)base;  /* end of what the segments cover so far */
	for (unsigned i = 0; i < e->nseg; i++) {
		const struct dm_elf_seg *s = &e->seg[i];
		int prot = seg_prot(s->flags);
		uint64_t start = (s->vaddr & ~(page - 1)) + b;
		uint64_t file_end = s->vaddr + s->filesz + b, mem_end = s->vaddr + s->memsz + b;
		uint64_t file_page_end = (file_end + page - 1) & ~(page - 1);
		uint64_t mem_page_end = (mem_end + page - 1) & ~(page - 1);
		/* the hole between the previous segment and this one goes back */
		if (start > mapped_to) dm_mm_unmap(mapped_to, start - mapped_to);
		if (s->filesz) {
			uint64_t off = s->offset - (s->vaddr & (page - 1));
			int64_t r = dm_mm_map(start, file_page_end - start, prot, MAP_PRIVATE | MAP_FIXED, e->fd, off, NULL);
			if (r < 0)
				return fail(err, 1, "%ssegment %u: cannot map: %s", what, i, strerror((int)-r));
			if (s->memsz > s->filesz && (file_end & (page - 1))) {
				/* the kernel zeroes the rest of the last file page (padzero) */
				void *h = dm_g2h(file_end);
				size_t n = file_page_end - file_end;
				if (!(prot & DM_PROT_WRITE)) mprotect(dm_g2h(file_page_end - page), page, PROT_READ | PROT_WRITE);
				memset(h, 0, n);
				if (!(prot & DM_PROT_WRITE)) mprotect(dm_g2h(file_page_end - page), page, dm_mm_host_prot(prot));
			}
		} else {
			file_page_end = start;
		}
		if (mem_page_end > file_page_end) {
			int64_t r = dm_mm_map(file_page_end, mem_page_end - file_page_end, prot,
					      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0, NULL);
			if (r < 0)
				return fail(err, 1, "%ssegment %u: cannot map %#llx bytes of bss: %s", what, i,
					    (unsigned long long)(mem_page_end - file_page_end), strerror((int)-r));
		}
		if (mem_page_end > mapped_to) mapped_to = mem_page_end;
	}
	return 0;
}

/* ---- the initial stack ---------------------------------------------------- */

struct stk {
	uint64_t sp;       /* guest address, grows down */
	uint64_t bottom;   /* lowest usable address */
	unsigned word;     /* 4 or 8 */
	bool big;          /* guest byte order */
};

static void put_word(const struct stk *s, uint64_t at, uint64_t v)
{
	uint8_t b[8];
	for (unsigned i = 0; i < s->word; i++) {
		unsigned shift = 8 * (s->big ? s->word - 1 - i : i);
		b[i] = (uint8_t)(v >> shift);
	}
	memcpy(dm_g2h(at), b, s->word);
}

static uint64_t push_bytes(struct stk *s, const void *p, size_t n)
{
	s->sp -= n;
	memcpy(dm_g2h(s->sp), p, n);
	return s->sp;
}

int dm_load(struct dm_elf *exe, const struct dm_load_args *a, struct dm_load_result *res, struct dm_load_error *err)
{
	const struct dm_arch *arch = exe->arch;
	uint64_t page = dm_mm_page_size();
	bool c64 = exe->class == ELFCLASS64;
	memset(res, 0, sizeof *res);

	/* the interpreter is opened (and checked) before anything is mapped */
	struct dm_elf interp = { .fd = -1 };
	char *interp_host = NULL;
	if (exe->interp) {
		interp_host = dm_sysroot_lookup(a->sysroot, exe->interp);
		if (access(interp_host, F_OK) != 0) {
			int r = fail(err, 127, "interpreter %s not found%s", exe->interp,
				     a->sysroot ? " (also not under the -L sysroot)"
						: " (point -L or QEMU_LD_PREFIX at the guest's root filesystem)");
			g_free(interp_host);
			return r;
		}
		struct dm_load_error ie;
		if (dm_elf_open(interp_host, arch, &interp, &ie) < 0) {
			int r = fail(err, ie.status, "interpreter %s: %s", interp_host, ie.msg);
			g_free(interp_host);
			return r;
		}
		if (interp.interp) {
			int r = fail(err, 126, "interpreter %s: has an interpreter itself", interp_host);
			dm_elf_close(&interp);
			g_free(interp_host);
			return r;
		}
	}

	/* the program */
	uint64_t bias = 0;
	if (map_image(exe, c64 ? DYN_BASE_64 : DYN_BASE_32, &bias, "", err) < 0) goto fail;
	res->load_bias = bias;
	const struct dm_elf_seg *last = &exe->seg[exe->nseg - 1];
	uint64_t brk = (last->vaddr + last->memsz + bias + page - 1) & ~(page - 1);
	dm_brk_init(brk);

	/* the interpreter */
	uint64_t ibias = 0;
	if (exe->interp) {
		char what[PATH_MAX + 32];
		snprintf(what, sizeof what, "interpreter %s: ", exe->interp);
		if (map_image(&interp, 0, &ibias, what, err) < 0) goto fail;
		res->interp_base = (interp.seg[0].vaddr & ~(page - 1)) + ibias;
		res->entry = interp.entry + ibias;
	} else {
		res->entry = exe->entry + bias;
	}

	/* the arch's fixed pages (Arm: the kuser helpers) before the stack takes the top */
	if (arch->map_fixed_pages) {
		int r = arch->map_fixed_pages();
		if (r < 0) {
			fail(err, 1, "cannot map the %s fixed pages: %s", arch->name, strerror(-r));
			goto fail;
		}
	}

	/* the stack: RLIMIT_STACK (capped), a guard below it */
	uint64_t size = a->stack_size;
	if (!size) {
		struct rlimit rl;
		size = 8u << 20;
		if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = rl.rlim_cur;
		else if (getrlimit(RLIMIT_STACK, &rl) == 0) size = c64 ? 1ull << 30 : 1ull << 27;
	}
	uint64_t cap = c64 ? 1ull << 30 : 1ull << 27;
	if (size > cap) size = cap;
	if (size < (128u << 10)) size = 128u << 10;
	size = (size + page - 1) & ~(page - 1);
	uint64_t guard = 16 * page;
	int sprot = DM_PROT_READ | DM_PROT_WRITE | (exe->exec_stack ? DM_PROT_EXEC : 0);
	int64_t st = dm_mm_map(0, guard + size, sprot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0,
			       "[stack]");
	if (st < 0) {
		fail(err, 1, "cannot map the stack (%llu bytes): %s", (unsigned long long)size, strerror((int)-st));
		goto fail;
	}
	mprotect(dm_g2h((uint64_t)st), guard, PROT_NONE);
	dm_mm_forget((uint64_t)st, guard);
	uint64_t top = (uint64_t)st + guard + size;
	res->stack_top = top;

	struct stk s = { .sp = top, .bottom = (uint64_t)st + guard, .word = c64 ? 8 : 4,
			 .big = exe->data == ELFDATA2MSB };
	int argc = 0, envc = 0;
	size_t strbytes = strlen(a->execfn) + 1;
	for (; a->argv[argc]; argc++) strbytes += strlen(a->argv[argc]) + 1;
	for (; a->envp[envc]; envc++) strbytes += strlen(a->envp[envc]) + 1;
	/* the kernel allows strings up to a quarter of the stack limit */
	if (strbytes + (size_t)(argc + envc + 2) * s.word > size / 4) {
		fail(err, 126, "Argument list too long");
		goto fail;
	}

	/* strings, from the top: a NULL word, execfn, envp[last..0], argv[last..0] */
	s.sp -= s.word;
	memset(dm_g2h(s.sp), 0, s.word);
	uint64_t execfn = push_bytes(&s, a->execfn, strlen(a->execfn) + 1);
	uint64_t *envp = g_new(uint64_t, envc + 1), *argv = g_new(uint64_t, argc + 1);
	for (int i = envc - 1; i >= 0; i--) envp[i] = push_bytes(&s, a->envp[i], strlen(a->envp[i]) + 1);
	for (int i = argc - 1; i >= 0; i--) argv[i] = push_bytes(&s, a->argv[i], strlen(a->argv[i]) + 1);
	/* the cmdline, for /proc/self/cmdline: argv strings as they lie on the stack */
	g_free(dm_proc.cmdline);
	dm_proc.cmdline_len = argc ? (size_t)(envc ? envp[0] : execfn) - argv[0] : 0;
	dm_proc.cmdline = g_memdup2(argc ? dm_g2h(argv[0]) : "", dm_proc.cmdline_len ? dm_proc.cmdline_len : 1);

	/* create_elf_tables: align, platform string, 16 random bytes */
	s.sp &= ~(uint64_t)15;
	uint64_t platform = 0;
	if (arch->platform) platform = push_bytes(&s, arch->platform, strlen(arch->platform) + 1);
	uint8_t rnd[16];
	if (dm_guest_random(rnd, sizeof rnd, 0) != sizeof rnd)
		for (int i = 0; i < 16; i++) rnd[i] = (uint8_t)g_random_int();
	uint64_t random = push_bytes(&s, rnd, sizeof rnd);

	/* auxv, in the kernel's order */
	uint64_t aux[2 * 32];
	int na = 0;
#define AUX(t, v) (aux[na++] = (t), aux[na++] = (v))
	if (arch->minsigstksz) AUX(AT_MINSIGSTKSZ, arch->minsigstksz);
	AUX(AT_HWCAP, dm_cpu_model(arch)->hwcap);
	AUX(AT_PAGESZ, arch->page_size ? arch->page_size : page);
	AUX(AT_CLKTCK, (uint64_t)sysconf(_SC_CLK_TCK));
	AUX(AT_PHDR, exe->phdr_vaddr + bias);
	AUX(AT_PHENT, exe->phentsize);
	AUX(AT_PHNUM, exe->phnum);
	AUX(AT_BASE, res->interp_base);
	AUX(AT_FLAGS, 0);
	AUX(AT_ENTRY, exe->entry + bias);
	AUX(AT_UID, getuid());
	AUX(AT_EUID, geteuid());
	AUX(AT_GID, getgid());
	AUX(AT_EGID, getegid());
	/* the kernel's answer for dragoman's own exec: set when binfmt_misc's C
	 * flag gave it the guest program's set-user-ID credentials */
	AUX(AT_SECURE, getauxval(AT_SECURE));
	AUX(AT_RANDOM, random);
	if (dm_cpu_model(arch)->hwcap2) AUX(AT_HWCAP2, dm_cpu_model(arch)->hwcap2);
	AUX(AT_EXECFN, execfn);
	if (platform) AUX(AT_PLATFORM, platform);
	AUX(AT_NULL, 0);
#undef AUX
	int items = (argc + 1) + (envc + 1) + 1;
	s.sp = (s.sp - (uint64_t)(na + items) * s.word) & ~(uint64_t)15;
	if (arch->stack_align > 16) s.sp &= ~(arch->stack_align - 1);
	uint64_t p = s.sp;
	put_word(&s, p, (uint64_t)argc), p += s.word;
	for (int i = 0; i < argc; i++) put_word(&s, p, argv[i]), p += s.word;
	put_word(&s, p, 0), p += s.word;
	for (int i = 0; i < envc; i++) put_word(&s, p, envp[i]), p += s.word;
	put_word(&s, p, 0), p += s.word;
	uint64_t auxv_at = p;
	for (int i = 0; i < na; i++) put_word(&s, p, aux[i]), p += s.word;
	g_free(argv);
	g_free(envp);
	res->sp = s.sp;

	g_free(dm_proc.auxv);
	dm_proc.auxv_len = (size_t)na * s.word;
	dm_proc.auxv = g_memdup2(dm_g2h(auxv_at), dm_proc.auxv_len);
	dm_proc.entry = exe->entry + bias;
	dm_proc.phdr = exe->phdr_vaddr + bias;
	dm_proc.phnum = exe->phnum;
	dm_proc.interp_base = res->interp_base;

	/* Like execve, name the process after the file it runs (the kernel's
	 * comm: /proc/PID/{comm,stat,status}, ps, pgrep, killall), not "dragoman". */
	const char *base = strrchr(a->execfn, '/');
	prctl(PR_SET_NAME, base && base[1] ? base + 1 : a->execfn);

	if (exe->interp) dm_elf_close(&interp);
	g_free(interp_host);
	return 0;
fail:
	if (exe->interp) dm_elf_close(&interp);
	g_free(interp_host);
	return -1;
}
