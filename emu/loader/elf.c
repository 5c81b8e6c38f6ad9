/* emu/loader/elf.c: reading and validating an ELF file.
 *
 * Everything is read with pread and checked before anything is mapped, so a
 * truncated, corrupt or foreign file ends in one clear error line, never in
 * a fault.  Both classes and both byte orders are read (the loader is not
 * aarch64-specific). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/loader/loader.h"

static int fail(struct dm_load_error *err, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	err->status = status;
	return -1;
}

struct rd {
	uint8_t class, data;
};

static uint64_t get(const struct rd *r, const uint8_t *p, int n)
{
	uint64_t v = 0;
	for (int i = 0; i < n; i++) {
		int k = r->data == ELFDATA2MSB ? i : n - 1 - i;
		v = (v << 8) | p[k];
	}
	return v;
}
#define U16(p) get(&rd, (p), 2)
#define U32(p) get(&rd, (p), 4)
#define UW(p) get(&rd, (p), rd.class == ELFCLASS64 ? 8 : 4)

static const char *machine_name(uint16_t m)
{
	switch (m) {
	case EM_X86_64: return "x86-64";
	case EM_386: return "i386";
	case EM_AARCH64: return "aarch64";
	case EM_ARM: return "arm";
	case EM_RISCV: return "riscv";
	case EM_MIPS: return "mips";
	case EM_S390: return "s390";
	case EM_PPC: return "powerpc";
	case EM_PPC64: return "powerpc64";
	case EM_SPARCV9: return "sparc64";
	case EM_68K: return "m68k";
	case EM_SH: return "sh";
	case EM_ALPHA: return "alpha";
	case EM_PARISC: return "hppa";
	case EM_LOONGARCH: return "loongarch";
	default: return NULL;
	}
}

static int rd_all(int fd, void *buf, size_t n, uint64_t off)
{
	size_t got = 0;
	while (got < n) {
		ssize_t k = pread(fd, (char *)buf + got, n - got, (off_t)(off + got));
		if (k < 0 && errno == EINTR) continue;
		if (k <= 0) return -1;
		got += (size_t)k;
	}
	return 0;
}

void dm_elf_close(struct dm_elf *e)
{
	if (e->fd >= 0) close(e->fd);
	g_free(e->path);
	g_free(e->seg);
	g_free(e->interp);
	memset(e, 0, sizeof *e);
	e->fd = -1;
}

static int check(struct dm_elf *e, const struct dm_arch *want, struct dm_load_error *err)
{
	uint8_t h[64];
	size_t first = e->size < EI_NIDENT ? (size_t)e->size : EI_NIDENT;
	if (first < SELFMAG || rd_all(e->fd, h, first, 0) < 0)
		return fail(err, 126, "cannot execute: not an ELF file (too short)");
	if (memcmp(h, ELFMAG, SELFMAG) != 0) {
		if (h[0] == '#' && h[1] == '!')
			return fail(err, 126, "cannot execute: a script (run its interpreter)");
		return fail(err, 126, "cannot execute: not an ELF file (bad magic)");
	}
	if (first < EI_NIDENT) return fail(err, 126, "cannot execute: truncated ELF header");
	struct rd rd = { h[EI_CLASS], h[EI_DATA] };
	if (rd.class != ELFCLASS32 && rd.class != ELFCLASS64)
		return fail(err, 126, "cannot execute: bad ELF class %u", rd.class);
	if (rd.data != ELFDATA2LSB && rd.data != ELFDATA2MSB)
		return fail(err, 126, "cannot execute: bad ELF byte order %u", rd.data);
	if (h[EI_VERSION] != EV_CURRENT) return fail(err, 126, "cannot execute: bad ELF version %u", h[EI_VERSION]);
	size_t ehsize = rd.class == ELFCLASS64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr);
	if (e->size < ehsize || rd_all(e->fd, h, ehsize, 0) < 0)
		return fail(err, 126, "cannot execute: truncated ELF header");
	e->class = rd.class;
	e->data = rd.data;
	e->type = U16(h + 16);
	e->machine = U16(h + 18);
	if (U32(h + 20) != EV_CURRENT) return fail(err, 126, "cannot execute: bad ELF version");
	bool c64 = rd.class == ELFCLASS64;
	e->entry = UW(h + 24);
	e->phoff = c64 ? get(&rd, h + 32, 8) : U32(h + 28);
	e->phentsize = U16(h + (c64 ? 54 : 42));
	e->phnum = U16(h + (c64 ? 56 : 44));
	e->flags = U32(h + (c64 ? 48 : 36));

	if (e->type != ET_EXEC && e->type != ET_DYN) {
		const char *what = e->type == ET_REL ? "a relocatable object (.o)" : e->type == ET_CORE ? "a core dump"
												  : "not an executable";
		return fail(err, 126, "cannot execute: %s (ELF type %u)", what, e->type);
	}
	const struct dm_arch *a = dm_arch_by_elf(e->machine, e->class, e->data);
	const char *mname = machine_name(e->machine);
	char mbuf[32];
	if (!mname) {
		snprintf(mbuf, sizeof mbuf, "machine %u", e->machine);
		mname = mbuf;
	}
	const char *shape = e->class == ELFCLASS64 ? (e->data == ELFDATA2LSB ? "64-bit little-endian" : "64-bit big-endian")
						   : (e->data == ELFDATA2LSB ? "32-bit little-endian" : "32-bit big-endian");
	if (want && a != want)
		return fail(err, 126, "cannot execute: not a %s program (ELF: %s, %s)", want->name, mname, shape);
	if (!a) {
		if (e->machine == EM_X86_64 && e->class == ELFCLASS64)
			return fail(err, 126, "cannot execute: an x86-64 program (run it directly)");
		return fail(err, 126, "cannot execute: no guest support for %s %s programs", shape, mname);
	}
	e->arch = a;
	const char *why = a->elf_flags_check ? a->elf_flags_check(e->flags) : NULL;
	if (why) return fail(err, 126, "cannot execute: %s (ELF flags %#x)", why, e->flags);

	size_t phent = c64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr);
	if (e->phentsize != phent) return fail(err, 126, "cannot execute: bad program header size %u", e->phentsize);
	if (e->phnum == 0 || (size_t)e->phnum * phent > 65536)
		return fail(err, 126, "cannot execute: bad program header count %u", e->phnum);
	size_t phsize = (size_t)e->phnum * phent;
	if (e->phoff > e->size || phsize > e->size - e->phoff)
		return fail(err, 126, "cannot execute: program headers beyond the end of the file (truncated?)");
	uint8_t *ph = g_malloc(phsize);
	if (rd_all(e->fd, ph, phsize, e->phoff) < 0) {
		g_free(ph);
		return fail(err, 126, "cannot read the program headers");
	}

	uint64_t page = a->page_size ? a->page_size : 4096;
	uint64_t limit = c64 ? 1ull << 47 : 1ull << 32;
	int r = 0, ninterp = 0;
	bool saw_stack = false, phdr_found = false;
	e->seg = g_new0(struct dm_elf_seg, e->phnum);
	e->align = 1;
	e->exec_stack = true;  /* no PT_GNU_STACK: executable stack, as the kernel's default */
	for (unsigned i = 0; i < e->phnum && r == 0; i++) {
		const uint8_t *p = ph + i * phent;
		uint32_t type = U32(p), flags;
		uint64_t off, vaddr, filesz, memsz, align;
		if (c64) {
			flags = U32(p + 4);
			off = get(&rd, p + 8, 8);
			vaddr = get(&rd, p + 16, 8);
			filesz = get(&rd, p + 32, 8);
			memsz = get(&rd, p + 40, 8);
			align = get(&rd, p + 48, 8);
		} else {
			off = U32(p + 4);
			vaddr = U32(p + 8);
			filesz = U32(p + 16);
			memsz = U32(p + 20);
			flags = U32(p + 24);
			align = U32(p + 28);
		}
		if (type == PT_LOAD) {
			if (memsz == 0) continue;
			if (filesz > memsz)
				r = fail(err, 126, "cannot execute: segment %u: file size larger than memory size", i);
			else if (off > e->size || filesz > e->size - off)
				r = fail(err, 126, "cannot execute: segment %u extends beyond the end of the file (truncated?)", i);
			else if (vaddr + memsz < vaddr || vaddr + memsz > limit || memsz > limit)
				r = fail(err, 126, "cannot execute: segment %u: address range %#llx+%#llx outside the address space",
					 i, (unsigned long long)vaddr, (unsigned long long)memsz);
			else if ((vaddr - off) & (page - 1))
				r = fail(err, 126, "cannot execute: segment %u: address and file offset disagree modulo the page size", i);
			else if (e->nseg && vaddr < e->seg[e->nseg - 1].vaddr)
				r = fail(err, 126, "cannot execute: loadable segments not in ascending address order");
			else if (e->nseg && vaddr < e->seg[e->nseg - 1].vaddr + e->seg[e->nseg - 1].memsz)
				r = fail(err, 126, "cannot execute: segments %u and %u overlap", e->nseg - 1, e->nseg);
			if (r) break;
			if (align > 1 && !(align & (align - 1)) && align > e->align && align <= (1u << 30)) e->align = align;
			e->seg[e->nseg++] = (struct dm_elf_seg){ vaddr, memsz, off, filesz, flags };
			if (off <= e->phoff && e->phoff < off + filesz) {
				e->phdr_vaddr = e->phoff - off + vaddr;
				phdr_found = true;
			}
		} else if (type == PT_INTERP) {
			if (++ninterp > 1) {
				r = fail(err, 126, "cannot execute: more than one PT_INTERP");
				break;
			}
			if (filesz < 2 || filesz > PATH_MAX)
				r = fail(err, 126, "cannot execute: bad interpreter path length %llu", (unsigned long long)filesz);
			else if (off > e->size || filesz > e->size - off)
				r = fail(err, 126, "cannot execute: interpreter path beyond the end of the file (truncated?)");
			if (r) break;
			e->interp = g_malloc(filesz + 1);
			if (rd_all(e->fd, e->interp, filesz, off) < 0) {
				r = fail(err, 126, "cannot read the interpreter path");
				break;
			}
			e->interp[filesz] = 0;
			if (e->interp[filesz - 1] != 0 || strlen(e->interp) != filesz - 1)
				r = fail(err, 126, "cannot execute: interpreter path is not a NUL-terminated string");
		} else if (type == PT_GNU_STACK) {
			saw_stack = true;
			e->exec_stack = (flags & PF_X) != 0;
		}
	}
	(void)saw_stack;
	(void)phdr_found;
	g_free(ph);
	if (r) return r;
	if (e->nseg == 0) return fail(err, 126, "cannot execute: no loadable segments");
	uint64_t lo = e->seg[0].vaddr & ~(page - 1);
	const struct dm_elf_seg *last = &e->seg[e->nseg - 1];
	uint64_t hi = last->vaddr + last->memsz;
	if (e->type == ET_EXEC && lo < page)
		return fail(err, 126, "cannot execute: segment at address %#llx (page zero)", (unsigned long long)e->seg[0].vaddr);
	if (hi - lo > limit / 2)
		return fail(err, 126, "cannot execute: image too large (%#llx bytes of address space)", (unsigned long long)(hi - lo));
	bool entry_ok = false;
	for (unsigned i = 0; i < e->nseg; i++)
		if (e->entry >= e->seg[i].vaddr && e->entry < e->seg[i].vaddr + e->seg[i].memsz) entry_ok = true;
	if (!entry_ok)
		return fail(err, 126, "cannot execute: entry point %#llx outside the loadable segments",
			    (unsigned long long)e->entry);
	return 0;
}

int dm_elf_open(const char *path, const struct dm_arch *want, struct dm_elf *e, struct dm_load_error *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		int en = errno;
		memset(e, 0, sizeof *e);
		return fail(err, en == ENOENT || en == ENOTDIR ? 127 : 126, "%s", strerror(en));
	}
	return dm_elf_open_fd(fd, path, want, e, err);
}

int dm_elf_open_fd(int fd, const char *path, const struct dm_arch *want, struct dm_elf *e, struct dm_load_error *err)
{
	memset(e, 0, sizeof *e);
	e->fd = fd;
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	struct stat st;
	if (fstat(e->fd, &st) != 0) {
		int en = errno;
		dm_elf_close(e);
		return fail(err, 126, "%s", strerror(en));
	}
	if (S_ISDIR(st.st_mode)) {
		dm_elf_close(e);
		return fail(err, 126, "Is a directory");
	}
	if (!S_ISREG(st.st_mode)) {
		dm_elf_close(e);
		return fail(err, 126, "cannot execute: not a regular file");
	}
	e->size = (uint64_t)st.st_size;
	e->path = g_strdup(path);
	if (check(e, want, err) < 0) {
		dm_elf_close(e);
		return -1;
	}
	return 0;
}
