/* emu/mm/mmsys.c: the memory system calls.  Arguments are decoded here,
 * flags translated through the ABI's generated constant sets, and the work
 * done by the page map (mm.c), which owns every host mapping of the guest. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/abi/bytes.h"
#include "emu/abi/xlat.h"
#include "emu/dbt/exec.h"
#include "emu/mm/mm.h"
#include "emu/mm/mmsys.h"
#include "emu/process.h"
#include "generated/ids.h"

/* Linux 6.11's mapping type (private, zeroed under memory pressure), newer
 * than bookworm's glibc headers: the x86_64 value */
#define HOST_MAP_DROPPABLE 0x08

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

/* Argument i as the guest's unsigned long / pointer / size_t. */
static uint64_t ul(const struct dm_sys_call *c, int i)
{
	return c->abi->bits == 32 ? (uint32_t)c->args[i] : c->args[i];
}
static int32_t sint(const struct dm_sys_call *c, int i) { return (int32_t)c->args[i]; }

static int64_t gerr(const struct dm_sys_call *c, int64_t r)
{
	return r < 0 ? -(int64_t)dm_errno_to_guest(c->abi, (int)-r) : r;
}

/* Bits of v that no name of the set knows on the guest side. */
static uint64_t foreign_bits(const struct dm_constset *s, uint64_t v)
{
	uint64_t known = 0;
	for (unsigned i = 0; i < s->n; i++)
		if (!(s->v[i].flags & DM_C_NO_GUEST)) known |= s->v[i].gmask;
	return v & ~known;
}

/* Guest PROT_* -> DM_PROT_*.  Guest-only bits (PROT_BTI, PROT_MTE) are
 * dropped; bits no name knows give -EINVAL. */
static int prot_from_guest(const struct dm_sys_call *c, uint64_t gprot)
{
	const struct dm_constset *s = c->abi->sets[DM_SET_mmap_prot];
	if (foreign_bits(s, gprot)) return -EINVAL;
	uint64_t h = dm_flags_to_host(s, gprot, NULL);
	int p = 0;
	if (h & PROT_READ) p |= DM_PROT_READ;
	if (h & PROT_WRITE) p |= DM_PROT_WRITE;
	if (h & PROT_EXEC) p |= DM_PROT_EXEC;
	return p;
}

static int64_t do_mmap(struct dm_sys_call *c, uint64_t off)
{
	uint64_t addr = ul(c, 0), len = ul(c, 1);
	int fd = sint(c, 4);
	int prot = prot_from_guest(c, (uint32_t)c->args[2]);
	if (prot < 0) return gerr(c, prot);
	uint64_t unknown = 0;
	uint64_t hflags = dm_flags_to_host(c->abi->sets[DM_SET_mmap_flags], (uint32_t)c->args[3], &unknown);
	if (unknown && (dm_proc.log_mask & DM_LOG_UNIMP)) {
		char name[32];
		snprintf(name, sizeof name, "%#llx", (unsigned long long)unknown);
		dm_report_once("mmap flags", name);
	}
	/* the kernel's order: the offset's alignment (the arch's sys_mmap), the
	 * file (fget: EBADF, mmap08), then do_mmap's length and type */
	if (off & (dm_mm_page_size() - 1)) return gerr(c, -EINVAL);
	if (!(hflags & MAP_ANONYMOUS) && fcntl(fd, F_GETFD) < 0) return gerr(c, -EBADF);
	if (len == 0) return gerr(c, -EINVAL);
	int type = hflags & MAP_TYPE;
	if (type != MAP_PRIVATE && type != MAP_SHARED && type != MAP_SHARED_VALIDATE && type != HOST_MAP_DROPPABLE)
		return gerr(c, -EINVAL);
	/* the old types ignore flags they do not know; MAP_SHARED_VALIDATE
	 * refuses them (a guest flag with no host meaning is one: mmap20) */
	if (type == MAP_SHARED_VALIDATE && unknown && !(hflags & MAP_ANONYMOUS)) return gerr(c, -EOPNOTSUPP);
	if (hflags & MAP_ANONYMOUS) fd = -1;
	/* MAP_GROWSDOWN would let the host grow a mapping the page map does not see */
	hflags &= ~(uint64_t)MAP_GROWSDOWN;
	return gerr(c, dm_mm_map(addr, len, prot, (int)hflags, fd, off, NULL));
}

int64_t dm_sys_mmap(struct dm_sys_call *c)
{
	if (c->abi->old_mmap) {
		/* old_mmap(struct mmap_arg_struct *): six words in guest order */
		unsigned w = c->abi->bits / 8;
		uint8_t b[6 * 8];
		if (dm_copy_from_guest(b, c->args[0], 6 * w)) return gerr(c, -EFAULT);
		for (int i = 0; i < 6; i++) {
			const uint8_t *p = b + i * w;
			c->args[i] = w == 4 ? (c->abi->endian == DM_BIG ? dm_ld32be(p) : dm_ld32le(p))
					    : (c->abi->endian == DM_BIG ? dm_ld64be(p) : dm_ld64le(p));
		}
	}
	return do_mmap(c, ul(c, 5));
}
int64_t dm_sys_mmap2(struct dm_sys_call *c) { return do_mmap(c, ul(c, 5) * 4096); }

int64_t dm_sys_munmap(struct dm_sys_call *c)
{
	return gerr(c, dm_mm_unmap(ul(c, 0), ul(c, 1)));
}

int64_t dm_sys_mprotect(struct dm_sys_call *c)
{
	int prot = prot_from_guest(c, (uint32_t)c->args[2] & ~(uint32_t)(PROT_GROWSDOWN | PROT_GROWSUP));
	if (prot < 0) return gerr(c, prot);
	return gerr(c, dm_mm_protect(ul(c, 0), ul(c, 1), prot));
}

int64_t dm_sys_pkey_mprotect(struct dm_sys_call *c)
{
	/* no protection keys; the kernel checks a sealed range before it would use one */
	if (sint(c, 3) != -1) return gerr(c, dm_mm_sealed(ul(c, 0), ul(c, 1)) ? -EPERM : -EINVAL);
	return dm_sys_mprotect(c);
}

int64_t dm_sys_mremap(struct dm_sys_call *c)
{
	uint64_t unknown = 0;
	uint64_t f = dm_flags_to_host(c->abi->sets[DM_SET_mremap_flags], (uint32_t)c->args[3], &unknown);
	if (unknown) return gerr(c, -EINVAL);
	return gerr(c, dm_mm_remap(ul(c, 0), ul(c, 1), ul(c, 2), (int)f, ul(c, 4)));
}

/* Common checks of the calls that take a page-aligned range of guest memory:
 * 0 and *len rounded up, or -errno. */
static int range_check(uint64_t addr, uint64_t *len)
{
	uint64_t page = dm_mm_page_size();
	if (addr & (page - 1)) return -EINVAL;
	uint64_t l = (*len + page - 1) & ~(page - 1);
	if (l < *len || addr + l < addr) return -ENOMEM;
	*len = l;
	if (l && !dm_mm_covered(addr, l)) return -ENOMEM;
	return 0;
}

/* The kernel's walk over a madvise range (mm/madvise.c): the advice goes to
 * each mapped piece in turn and a piece's error ends it; a hole makes the
 * result ENOMEM only when nothing failed (LTP madvise02: EINVAL for shared
 * anonymous memory even where the range runs past it).  Only guest mappings
 * are advised: what lies between them on the host is the emulator's. */
static int madvise_walk(uint64_t addr, uint64_t end, int advice)
{
	int unmapped = 0;
	struct dm_vma x;
	for (uint64_t a = addr; a < end;) {
		if (!dm_mm_next(a, &x) || x.start >= end) return -ENOMEM;
		if (a < x.start) unmapped = -ENOMEM, a = x.start;
		uint64_t e = x.end < end ? x.end : end;
		if (madvise(dm_g2h(a), e - a, advice) != 0) return -errno;
		a = e;
	}
	return unmapped;
}

int64_t dm_sys_madvise(struct dm_sys_call *c)
{
	uint64_t addr = ul(c, 0), len = ul(c, 1), advice, page = dm_mm_page_size();
	if (dm_enum_to_host(c->abi->sets[DM_SET_madvise], (uint32_t)c->args[2], &advice) < 0)
		return gerr(c, -EINVAL);
	if (addr & (page - 1)) return gerr(c, -EINVAL);
	uint64_t l = (len + page - 1) & ~(page - 1);
	if (l < len || addr + l < addr) return gerr(c, -ENOMEM);
	len = l;
	if (len == 0) return 0;
	/* the advice that discards contents, refused on sealed read-only anonymous memory */
	bool discard = advice == MADV_DONTNEED || advice == MADV_DONTNEED_LOCKED || advice == MADV_FREE ||
		       advice == MADV_REMOVE || advice == MADV_DONTFORK || advice == MADV_WIPEONFORK;
	if (discard && dm_mm_seal_blocks_discard(addr, len)) return gerr(c, -EPERM);
	/* on an error too: the pieces before it were advised */
	int r = madvise_walk(addr, addr + len, (int)advice);
	if (advice == MADV_DONTNEED || advice == MADV_REMOVE || advice == MADV_FREE) {
		struct dm_vma x;
		for (uint64_t a = addr; a < addr + len && dm_mm_lookup(a, &x); a = x.end)
			if (x.prot & DM_PROT_EXEC) {
				dm_exec_invalidate(addr, len);
				break;
			}
	}
	return gerr(c, r);
}

/* mseal (Linux 6.10): recorded in the guest's map (emu/mm/mm.c), which then
 * refuses what the kernel refuses on sealed memory with EPERM. */
int64_t dm_sys_mseal(struct dm_sys_call *c)
{
	if (ul(c, 2)) return gerr(c, -EINVAL);
	return gerr(c, dm_mm_seal(ul(c, 0), ul(c, 1)));
}

int64_t dm_sys_msync(struct dm_sys_call *c)
{
	uint64_t addr = ul(c, 0), len = ul(c, 1), unknown = 0;
	uint64_t f = dm_flags_to_host(c->abi->sets[DM_SET_msync_flags], (uint32_t)c->args[2], &unknown);
	if (unknown) return gerr(c, -EINVAL);
	int r = range_check(addr, &len);
	if (r < 0) return gerr(c, r);
	if (len == 0) return 0;
	return msync(dm_g2h(addr), len, (int)f) ? gerr(c, -errno) : 0;
}

/* remap_file_pages: since Linux 4.0 the kernel emulates it with an mmap of the
 * shared file mapping's file over [start, start+size), same protection.  The
 * host does exactly that on our mapping of those guest pages, so it is passed
 * on when the guest map covers them (else no vma: EINVAL); the host kernel
 * makes every other check (prot != 0, not MAP_SHARED, wraps).  The contents
 * change: translated code from there is dropped.  MAP_NONBLOCK, the only flag
 * the kernel looks at, just skips populating and is not passed. */
int64_t dm_sys_remap_file_pages(struct dm_sys_call *c)
{
	uint64_t page = dm_mm_page_size();
	uint64_t start = ul(c, 0) & ~(page - 1), size = ul(c, 1) & ~(page - 1);
	if (start + size <= start || !dm_mm_covered(start, size)) return gerr(c, -EINVAL);
	if (remap_file_pages(dm_g2h(start), size, (int)ul(c, 2), ul(c, 3), 0)) return gerr(c, -errno);
	dm_exec_invalidate(start, size);
	return 0;
}

int64_t dm_sys_mincore(struct dm_sys_call *c)
{
	uint64_t addr = ul(c, 0), len = ul(c, 1), vec = ul(c, 2);
	int r = range_check(addr, &len);
	if (r < 0) return gerr(c, r);
	size_t n = len / dm_mm_page_size();
	if (n == 0) return 0;
	if (!dm_mm_access_ok(vec, n, DM_PROT_WRITE)) return gerr(c, -EFAULT);
	unsigned char *buf = g_malloc(n);
	if (mincore(dm_g2h(addr), len, buf) != 0) {
		int e = errno;
		g_free(buf);
		return gerr(c, -e);
	}
	r = dm_copy_to_guest(vec, buf, n);
	g_free(buf);
	return gerr(c, r);
}

/* The guest's locking calls go to the kernel as raw syscalls: a sanitizer
 * runtime intercepts the C library's mlock/munlock as no-ops (not mlock2),
 * so through libc a guest's munlockall left its mlock2'd pages locked. */
static long host_lock(long nr, void *p, size_t len, unsigned flags)
{
	return syscall(nr, p, len, flags);
}

static int64_t lock_common(struct dm_sys_call *c, int op, unsigned flags)
{
	uint64_t addr = ul(c, 0), len = ul(c, 1);
	uint64_t page = dm_mm_page_size();
	/* the kernel rounds the start down for the locking calls */
	len += addr & (page - 1);
	addr &= ~(page - 1);
	int r = range_check(addr, &len);
	if (r < 0) return gerr(c, r);
	if (len == 0) return 0;
	long k = op == 0 ? host_lock(SYS_mlock, dm_g2h(addr), len, 0) : op == 1 ? host_lock(SYS_munlock, dm_g2h(addr), len, 0)
							: host_lock(SYS_mlock2, dm_g2h(addr), len, flags);
	return k ? gerr(c, -errno) : 0;
}

int64_t dm_sys_mlock(struct dm_sys_call *c) { return lock_common(c, 0, 0); }
int64_t dm_sys_munlock(struct dm_sys_call *c) { return lock_common(c, 1, 0); }
int64_t dm_sys_mlock2(struct dm_sys_call *c)
{
	uint64_t unknown = 0;
	uint64_t f = dm_flags_to_host(c->abi->sets[DM_SET_mlock2_flags], (uint32_t)c->args[2], &unknown);
	if (unknown) return gerr(c, -EINVAL);
	return lock_common(c, 2, (unsigned)f);
}

/* mlockall/munlockall act on the guest's mappings only: a host mlockall would
 * also pin the emulator's reservations and code cache (hundreds of MB
 * resident; LTP's getrusage03 sees them in ru_maxrss).  The guest's flag
 * values come through the mlockall_flags set; MCL_* are checked as the
 * kernel checks them. */
int64_t dm_sys_mlockall(struct dm_sys_call *c)
{
	uint64_t unknown = 0;
	uint64_t f = dm_flags_to_host(c->abi->sets[DM_SET_mlockall_flags], (uint32_t)c->args[0], &unknown);
	if (unknown || !(f & (MCL_CURRENT | MCL_FUTURE)) || f == MCL_ONFAULT)
		return gerr(c, -EINVAL);
	unsigned lf = f & MCL_ONFAULT ? MLOCK_ONFAULT : 0;
	if (f & MCL_CURRENT) {
		size_t n;
		struct dm_vma *v = dm_mm_snapshot(&n);
		for (size_t i = 0; i < n; i++) {
			/* the guest stack is mapped whole, where the kernel's grows
			 * on demand: lock its pages as they are touched */
			unsigned vf = v[i].name && !strcmp(v[i].name, "[stack]") ? MLOCK_ONFAULT : lf;
			if (!host_lock(SYS_mlock2, dm_g2h(v[i].start), v[i].end - v[i].start, vf) || (errno != EPERM && errno != EAGAIN))
				continue;
			int e = errno;
			g_free(v);
			return gerr(c, -e);
		}
		g_free(v);
	}
	dm_mm_lock_future(!!(f & MCL_FUTURE), lf);
	return 0;
}

int64_t dm_sys_munlockall(struct dm_sys_call *c)
{
	size_t n;
	struct dm_vma *v = dm_mm_snapshot(&n);
	for (size_t i = 0; i < n; i++)
		host_lock(SYS_munlock, dm_g2h(v[i].start), v[i].end - v[i].start, 0);
	g_free(v);
	dm_mm_lock_future(0, 0);
	return 0;
}

/* ---- brk ------------------------------------------------------------------
 * Kernel semantics: brk(0) (or anything below the start) returns the current
 * break; growing maps zeroed pages right after the old end and fails, leaving
 * the break where it was, when anything is in the way; shrinking unmaps. */

static pthread_mutex_t brk_lock = PTHREAD_MUTEX_INITIALIZER;

void dm_brk_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) pthread_mutex_lock(&brk_lock);
	else if (phase == DM_FORK_PARENT) pthread_mutex_unlock(&brk_lock);
	else pthread_mutex_init(&brk_lock, NULL);
}

void dm_brk_init(uint64_t start)
{
	dm_proc.brk_start = dm_proc.brk_cur = start;
	if (!dm_proc.brk_max) dm_proc.brk_max = dm_mm_limit();
}

int64_t dm_sys_brk(struct dm_sys_call *c)
{
	uint64_t want = ul(c, 0), page = dm_mm_page_size();
	pthread_mutex_lock(&brk_lock);
	uint64_t cur = dm_proc.brk_cur;
	if (want < dm_proc.brk_start || want > dm_proc.brk_max) goto out;
	uint64_t old_end = (cur + page - 1) & ~(page - 1), new_end = (want + page - 1) & ~(page - 1);
	if (new_end > old_end) {
		int64_t r = dm_mm_map(old_end, new_end - old_end, DM_PROT_READ | DM_PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0, "[heap]");
		if (r < 0) goto out;
	} else if (new_end < old_end) {
		dm_mm_unmap(new_end, old_end - new_end);
	}
	dm_proc.brk_cur = cur = want;
out:
	pthread_mutex_unlock(&brk_lock);
	return (int64_t)cur;
}
