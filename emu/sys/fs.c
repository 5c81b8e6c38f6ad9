/* emu/sys/fs.c: file-system syscalls that need more than the marshaller:
 * open/openat/openat2 (/proc emulation, -L sysroot), readlink/readlinkat
 * (/proc/self/exe), getdents64 (record-by-record conversion), fadvise64. */
#include <fcntl.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/sys/internal.h"

#ifndef SYS_openat2
#define SYS_openat2 437
#endif

static int64_t do_open(struct dm_sys_call *c, int64_t dirfd, uint64_t gpath, uint64_t hflags, uint64_t mode,
		       const void *how, size_t howsize)
{
	char *p;
	int r = dm_copy_str(gpath, DM_PATH_MAX, &p);
	if (r) return DM_GERR(-r);
	/* with openat2's resolve restrictions the host kernel resolves the path
	 * itself: /proc/self/exe is a magic link it must refuse (ELOOP), an
	 * absolute path escapes RESOLVE_BENEATH (EXDEV); emulated /proc files
	 * are then the host's */
	const uint64_t *hw = how;
	if (p[0] == '/' && dm_proc_open && !(hw && hw[2])) {
		int fd = -1;
		if (dm_proc_open(p, (int)hflags, &fd)) {
			g_free(p);
			return fd >= 0 ? fd : DM_GERR(-fd);
		}
	}
	char *hp = p[0] == '/' ? dm_sysroot_path(p) : g_strdup(p);
	long ret;
	if (how) ret = dm_host_syscall(SYS_openat2, (long)dirfd, (long)hp, (long)how, (long)howsize, 0, 0);
	else ret = dm_host_syscall(SYS_openat, (long)dirfd, (long)hp, (long)hflags, (long)mode, 0, 0);
	g_free(hp);
	g_free(p);
	return dm_sys_err(c->abi, ret);
}

static uint64_t oflags(struct dm_sys_call *c, uint64_t g)
{
	return dm_set_to_host(c->abi->sets[DM_SET_open_flags], (uint32_t)g);
}

int64_t dm_sys_openat(struct dm_sys_call *c)
{
	return do_open(c, dm_dirfd_to_host(c->abi, dm_call_arg(c, 0)), dm_call_arg(c, 1), oflags(c, dm_call_arg(c, 2)),
		       (uint32_t)dm_call_arg(c, 3), NULL, 0);
}

int64_t dm_sys_open(struct dm_sys_call *c)
{
	return do_open(c, AT_FDCWD, dm_call_arg(c, 0), oflags(c, dm_call_arg(c, 1)), (uint32_t)dm_call_arg(c, 2), NULL, 0);
}

/* struct open_how { u64 flags, mode, resolve; } in guest byte order; usize >= 24 */
int64_t dm_sys_openat2(struct dm_sys_call *c)
{
	uint64_t how = dm_call_arg(c, 2), usize = dm_call_arg(c, 3);
	if (usize < 24) return DM_GERR(EINVAL);
	if (usize > 4096) return DM_GERR(E2BIG);
	uint64_t h[3];
	for (int i = 0; i < 3; i++)
		if (dm_get_guest(c->abi, how + 8 * i, 8, &h[i])) return DM_GERR(EFAULT);
	/* a larger struct from a newer C library: its extra bytes must be zero
	 * (the kernel's copy_struct_from_user), else E2BIG */
	for (uint64_t off = 24; off < usize; off++) {
		uint64_t b;
		if (dm_get_guest(c->abi, how + off, 1, &b)) return DM_GERR(EFAULT);
		if (b) return DM_GERR(E2BIG);
	}
	h[0] = oflags(c, h[0]);
	return do_open(c, dm_dirfd_to_host(c->abi, dm_call_arg(c, 0)), dm_call_arg(c, 1), h[0], h[1], h, sizeof h);
}

static int is_self_exe(const char *p)
{
	char mine[64];
	snprintf(mine, sizeof mine, "/proc/%d/exe", (int)getpid());
	return !strcmp(p, "/proc/self/exe") || !strcmp(p, "/proc/thread-self/exe") || !strcmp(p, mine);
}

/* /proc/self/exe (and whatever dm_proc_readlink knows) come from the emulator. */
static int64_t do_readlink(struct dm_sys_call *c, int64_t dirfd, uint64_t gpath, uint64_t gbuf, int64_t size)
{
	char *p;
	int r = dm_copy_str(gpath, DM_PATH_MAX, &p);
	if (r) return DM_GERR(-r);
	if (size <= 0) { g_free(p); return DM_GERR(EINVAL); }
	void *buf = dm_guest_ptr(gbuf, (uint64_t)size, DM_PROT_WRITE);
	if (!buf) { g_free(p); return DM_GERR(EFAULT); }
	if (p[0] == '/') {
		char tmp[DM_PATH_MAX];
		ssize_t n = -1;
		if (dm_proc_readlink) {
			n = dm_proc_readlink(p, tmp, sizeof tmp);
		} else if (dm_proc.exe_path && is_self_exe(p)) {
			n = (ssize_t)strlen(dm_proc.exe_path);
			memcpy(tmp, dm_proc.exe_path, n);
		}
		if (n >= 0) {
			if (n > size) n = size;
			memcpy(buf, tmp, n);
			g_free(p);
			return n;
		}
	}
	char *hp = p[0] == '/' ? dm_sysroot_path(p) : g_strdup(p);
	long ret = dm_host_syscall(SYS_readlinkat, (long)dirfd, (long)hp, (long)buf, (long)size, 0, 0);
	g_free(hp);
	g_free(p);
	return dm_sys_err(c->abi, ret);
}

int64_t dm_sys_readlinkat(struct dm_sys_call *c)
{
	return do_readlink(c, dm_dirfd_to_host(c->abi, dm_call_arg(c, 0)), dm_call_arg(c, 1), dm_call_arg(c, 2),
			   (int32_t)dm_call_arg(c, 3));
}

int64_t dm_sys_readlink(struct dm_sys_call *c)
{
	return do_readlink(c, AT_FDCWD, dm_call_arg(c, 0), dm_call_arg(c, 1), (int32_t)dm_call_arg(c, 2));
}

/* What a guest's listing leaves out: dragoman's own descriptor, and host
 * threads that are no guest thread. */
static long hide(int fd, uint8_t *buf, long r)
{
	r = dm_selffd_hide_dirent(fd, buf, r);
	return r > 0 ? dm_proctask_hide_dirent(fd, buf, r) : r;
}

/* linux_dirent64 records have the same shape on every ABI (u64 ino, s64 off,
 * u16 reclen, u8 type, name): only byte order can differ, so records are
 * converted field by field from the generated dirent64 field table. */
int64_t dm_sys_getdents64(struct dm_sys_call *c)
{
	int fd = (int)dm_call_arg(c, 0);
	uint64_t gbuf = dm_call_arg(c, 1);
	uint64_t count = (uint32_t)dm_call_arg(c, 2);
	const struct dm_type *t = c->abi->types[DM_T_dirent64];
	void *direct = dm_guest_ptr(gbuf, count, DM_PROT_WRITE);
	if (!direct && count) return DM_GERR(EFAULT);
	if (!t || t->identity) {
		long r;
		do {   /* a buffer that held only dragoman's own descriptor is not the end */
			r = dm_host_syscall(SYS_getdents64, fd, (long)direct, (long)count, 0, 0, 0);
		} while (r > 0 && !(r = hide(fd, direct, r)));
		return dm_sys_err(c->abi, r);
	}
	uint8_t *h = g_malloc(count + 1);
	long r;
	do {
		r = dm_host_syscall(SYS_getdents64, fd, (long)h, (long)count, 0, 0, 0);
	} while (r > 0 && !(r = hide(fd, h, r)));
	for (long off = 0; r > 0 && off < r;) {
		uint8_t *rec = h + off;
		uint16_t reclen;
		memcpy(&reclen, rec + 16, 2);
		uint8_t hdr[32];
		memcpy(hdr, rec, 19);
		for (unsigned i = 0; i < t->nfields; i++) {
			const struct dm_field *f = &t->fields[i];
			if (f->gsize == 0 || f->hoff < 0 || f->gsize > 8) continue;
			uint64_t v = 0;
			memcpy(&v, hdr + f->hoff, f->hsize);
			dm_gstore(c->abi, rec + f->goff, f->gsize, v);
		}
		if (reclen == 0) break;
		off += reclen;
	}
	if (r > 0) memcpy(direct, h, r);
	g_free(h);
	return dm_sys_err(c->abi, r);
}

/* getdents(2)'s struct linux_dirent (fs/readdir.c, not in the uapi headers):
 * long d_ino, long d_off, unsigned short d_reclen, the name and its NUL, then
 * d_type in the record's last byte; records are long-aligned.  Built from
 * host getdents64 records, which are never smaller.  A 32-bit ABI whose inode
 * number does not fit gets EOVERFLOW for that entry, as from the kernel's
 * filldir: the entries before it are returned and the directory position is
 * left at the entry that did not fit. */
int64_t dm_sys_getdents(struct dm_sys_call *c)
{
	int fd = (int)dm_call_arg(c, 0);
	uint64_t gbuf = dm_call_arg(c, 1);
	uint64_t count = (uint32_t)dm_call_arg(c, 2);
	unsigned w = dm_gword(c->abi), name_off = 2 * w + 2;
	uint8_t *out = dm_guest_ptr(gbuf, count, DM_PROT_WRITE);
	if (!out && count) return DM_GERR(EFAULT);
	long start = dm_host_syscall(SYS_lseek, fd, 0, SEEK_CUR, 0, 0, 0);
	uint8_t *h = g_malloc(count + 1);
	long r;
	do {
		r = dm_host_syscall(SYS_getdents64, fd, (long)h, (long)count, 0, 0, 0);
	} while (r > 0 && !(r = hide(fd, h, r)));
	if (r <= 0) {
		g_free(h);
		return dm_sys_err(c->abi, r);
	}
	uint64_t n = 0;
	int64_t last_off = start;
	bool overflow = false;
	for (long off = 0; off < r;) {
		const uint8_t *rec = h + off;
		uint64_t ino;
		int64_t doff;
		uint16_t reclen;
		memcpy(&ino, rec, 8);
		memcpy(&doff, rec + 8, 8);
		memcpy(&reclen, rec + 16, 2);
		if (reclen == 0) break;
		const char *name = (const char *)rec + 19;
		size_t len = strnlen(name, reclen - 19);
		unsigned glen = (unsigned)((name_off + len + 2 + w - 1) & ~(uint64_t)(w - 1));
		if (w == 4 && ino > UINT32_MAX) {
			overflow = true;
			break;
		}
		dm_gstore(c->abi, out + n, w, ino);
		dm_gstore(c->abi, out + n + w, w, (uint64_t)doff);
		dm_gstore(c->abi, out + n + 2 * w, 2, glen);
		memcpy(out + n + name_off, name, len);
		memset(out + n + name_off + len, 0, glen - name_off - len);
		out[n + glen - 1] = rec[18];   /* d_type */
		n += glen;
		last_off = doff;
		off += reclen;
	}
	g_free(h);
	if (overflow) {
		/* the rest is read again by the next call (the kernel stops at the entry) */
		if (start >= 0) dm_host_syscall(SYS_lseek, fd, (long)last_off, SEEK_SET, 0, 0, 0);
		if (n == 0) return DM_GERR(EOVERFLOW);
	}
	return (int64_t)n;
}

/* The advice goes through its set (s390x numbers DONTNEED/NOREUSE 6/7), and
 * the host kernel makes every check: EBADF, ESPIPE for a pipe, EINVAL for an
 * unknown advice or a negative length.  An advice the guest's kernel does not
 * know reaches the host as -1, which no kernel knows (s390x's 4 and 5 are
 * the host's DONTNEED and NOREUSE: passed unchanged they would succeed).
 * Arguments by name, so arm's advice-second order comes from its signature. */
static int64_t fadvise(struct dm_sys_call *c)
{
	int fd = (int)dm_call_named(c, "fd", 0);
	int64_t off = (int64_t)dm_call_named(c, "offset", 1), len = (int64_t)dm_call_named(c, "len", 2);
	uint64_t h;
	int adv = dm_enum_to_host(c->abi->sets[DM_SET_fadvise_advice], (uint32_t)dm_call_named(c, "advice", 3), &h)
	        ? -1 : (int)h;
	return dm_sys_err(c->abi, dm_host_syscall(SYS_fadvise64, fd, (long)off, (long)len, adv, 0, 0));
}

int64_t dm_sys_fadvise64(struct dm_sys_call *c) { return fadvise(c); }
int64_t dm_sys_fadvise64_64(struct dm_sys_call *c) { return fadvise(c); }
int64_t dm_sys_arm_fadvise64_64(struct dm_sys_call *c) { return fadvise(c); }
