/* emu/mm/mm.c: the guest page map.
 *
 * Every guest mapping is one struct dm_vma in a sorted array (binary search;
 * adjacent compatible entries merge, as the kernel merges VMAs).  The array
 * and the host mappings change together under one lock, so a checked copy
 * never touches memory that another thread is unmapping.
 *
 * 64-bit guests (dm_guest_base == 0) share the host address space with the
 * emulator: the host kernel picks addresses for mappings without MAP_FIXED,
 * and MAP_FIXED first claims every gap of the range that is not a guest
 * mapping with MAP_FIXED_NOREPLACE, so a range holding emulator memory fails
 * (-ENOMEM) instead of being replaced.  32-bit guests live in a reserved
 * 4 GiB window: all of it is the guest's, unmapped guest pages go back to
 * the PROT_NONE reservation, and addresses are chosen here. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <pthread.h>
#include <sched.h>
#include <time.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/dbt/exec.h"
#include "emu/mm/codeprot.h"
#include "emu/mm/mm.h"
#include "emu/mm/mm_locked.h"
#include "emu/process.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

static pthread_rwlock_t lock = PTHREAD_RWLOCK_INITIALIZER;
static struct dm_vma *v;          /* sorted by start, disjoint */
static size_t nv, capv;
static uint64_t page = 4096;
static uint64_t limit = 1ull << 47;  /* x86_64 user address space */
static uint64_t pick_top = 1ull << 32; /* 32-bit guests: where addresses mmap chooses end (dm_arch.mmap_top) */
static unsigned word_bytes = 8;     /* guest pointer size, for the maps format */

#define PAGE_DOWN(a) ((a) & ~(page - 1))
#define PAGE_UP(a) (((a) + page - 1) & ~(page - 1))

uint64_t dm_mm_page_size(void) { return page; }
uint64_t dm_mm_limit(void) { return limit; }

int dm_mm_host_prot(int prot)
{
	int h = PROT_NONE;
	if (prot & (DM_PROT_READ | DM_PROT_EXEC)) h |= PROT_READ;
	if (prot & DM_PROT_WRITE) h |= PROT_WRITE;
	return h;
}

static bool windowed(void) { return dm_guest_base != 0; }

/* Set once the guest made a userfaultfd (dm_mm_userfaultfd_seen, below). */
static bool copies_unlocked;

/* A host mremap or munmap of a range registered with UFFD_FEATURE_EVENT_REMAP
 * or _UNMAP waits, inside the call, until the guest's handler thread has read
 * the event; the kernel waits with its mm lock released.  This map's writer
 * is in the middle of its update then, so with a userfaultfd about it
 * "parks" for the host call: the records are not changing, and a reader that
 * finds the lock taken reads them without it (parked_readers), the writer
 * waiting for such readers to leave before it goes on. */
static int parked, parked_readers;

static bool rd_lock(void)
{
	if (!__atomic_load_n(&copies_unlocked, __ATOMIC_RELAXED)) {
		pthread_rwlock_rdlock(&lock);
		return true;
	}
	for (;;) {
		if (pthread_rwlock_tryrdlock(&lock) == 0) return true;
		if (__atomic_load_n(&parked, __ATOMIC_SEQ_CST)) {
			__atomic_add_fetch(&parked_readers, 1, __ATOMIC_SEQ_CST);
			if (__atomic_load_n(&parked, __ATOMIC_SEQ_CST)) return false;
			__atomic_sub_fetch(&parked_readers, 1, __ATOMIC_SEQ_CST);
		}
		/* the writer may park later: wait for the lock a little at a time */
		struct timespec t;
		clock_gettime(CLOCK_MONOTONIC, &t);
		t.tv_nsec += 1000000;
		if (t.tv_nsec >= 1000000000) t.tv_sec++, t.tv_nsec -= 1000000000;
		if (pthread_rwlock_clockrdlock(&lock, CLOCK_MONOTONIC, &t) == 0) return true;
	}
}

static void rd_unlock(bool locked)
{
	if (locked) pthread_rwlock_unlock(&lock);
	else __atomic_sub_fetch(&parked_readers, 1, __ATOMIC_SEQ_CST);
}

static void park(void)
{
	if (__atomic_load_n(&copies_unlocked, __ATOMIC_RELAXED)) __atomic_store_n(&parked, 1, __ATOMIC_SEQ_CST);
}

static void unpark(void);
static void *park_mremap(void *old, size_t ol, size_t nl, int flags, void *new_addr)
{
	park();
	void *p = mremap(old, ol, nl, flags, new_addr);
	int e = errno;
	unpark();
	errno = e;
	return p;
}

static void unpark(void)
{
	__atomic_store_n(&parked, 0, __ATOMIC_SEQ_CST);
	while (__atomic_load_n(&parked_readers, __ATOMIC_SEQ_CST)) sched_yield();
}

static int lock_future;   /* 0, or 0x100 | mlock2 flags: see dm_mm_lock_future */

/* emu/process.h: a reader excludes every writer, so no map update is half done at fork */
void dm_mm_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) pthread_rwlock_rdlock(&lock);
	dm_codeprot_fork(phase);
	if (phase == DM_FORK_PARENT) pthread_rwlock_unlock(&lock);
	else if (phase == DM_FORK_CHILD) {
		pthread_rwlock_init(&lock, NULL);
		lock_future = 0;   /* the kernel clears MCL_FUTURE in a fork child */
	}
}

/* mm_locked.h */
static __thread bool read_locked;   /* how dm_mm_read_lock got in (they do not nest) */
void dm_mm_read_lock(void) { read_locked = rd_lock(); }
void dm_mm_read_unlock(void) { rd_unlock(read_locked); }
const struct dm_vma *dm_mm_vmas_locked(size_t *n)
{
	*n = nv;
	return v;
}

/* mlockall(MCL_FUTURE) of the guest: lock each new guest mapping (mlock2
 * flags), never the emulator's own memory, which a host mlockall would pin. */
void dm_mm_lock_future(int on, unsigned mlock2_flags)
{
	lock_future = on ? (int)(mlock2_flags | 0x100) : 0;
}

int dm_mm_init(const struct dm_arch *arch)
{
	uint64_t hp = (uint64_t)sysconf(_SC_PAGESIZE);
	page = arch && arch->page_size > hp ? arch->page_size : hp;
	if (arch && arch->elf_class == 1 /* ELFCLASS32 */) {
		word_bytes = 4;
		limit = 1ull << 32;
		pick_top = arch->mmap_top ? arch->mmap_top : limit;
		void *w = mmap(NULL, limit, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (w == MAP_FAILED) return -errno;
		dm_guest_base = (uintptr_t)w;
	} else {
		word_bytes = 8;
		limit = 1ull << 47;
		dm_guest_base = 0;
	}
	return 0;
}

/* ---- the sorted array -------------------------------------------------- */

/* index of the first vma with end > addr (nv when none) */
static size_t first_after(uint64_t addr)
{
	size_t lo = 0, hi = nv;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].end <= addr) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

static void insert_at(size_t i, const struct dm_vma *x)
{
	if (nv == capv) {
		capv = capv ? capv * 2 : 64;
		v = g_renew(struct dm_vma, v, capv);
	}
	if (nv > i) memmove(&v[i + 1], &v[i], (nv - i) * sizeof *v);
	v[i] = *x;
	nv++;
}

static void remove_range_idx(size_t i, size_t n)
{
	if (n && nv > i + n) memmove(&v[i], &v[i + n], (nv - i - n) * sizeof *v);
	nv -= n;
}

/* Make addr a boundary: split the vma that strictly contains it. */
static void split_at(uint64_t addr)
{
	size_t i = first_after(addr);
	if (i == nv || v[i].start >= addr) return;
	struct dm_vma right = v[i];
	right.start = addr;
	if (right.ino || right.shm_size) right.offset += addr - v[i].start;
	v[i].end = addr;
	insert_at(i + 1, &right);
}

static bool same_kind(const struct dm_vma *a, const struct dm_vma *b)
{
	if (a->end != b->start || a->prot != b->prot || a->flags != b->flags || a->name != b->name ||
	    a->dev != b->dev || a->ino != b->ino || a->shm_size != b->shm_size)
		return false;
	if ((a->ino || a->shm_size) && a->offset + (a->end - a->start) != b->offset) return false;
	return true;
}

/* Merge compatible neighbours among v[i-1 .. j+1]. */
static void merge_around(size_t i, size_t j)
{
	size_t k = i ? i - 1 : 0, hi = j + 1;
	while (k + 1 < nv && k < hi) {
		if (same_kind(&v[k], &v[k + 1])) {
			v[k].end = v[k + 1].end;
			remove_range_idx(k + 1, 1);
			hi--;
		} else {
			k++;
		}
	}
}

static bool any_exec(uint64_t s, uint64_t e)
{
	for (size_t i = first_after(s); i < nv && v[i].start < e; i++)
		if (v[i].prot & DM_PROT_EXEC) return true;
	return false;
}

/* Drop records of [s, e); returns whether any dropped part was executable. */
static bool carve(uint64_t s, uint64_t e)
{
	split_at(s);
	split_at(e);
	size_t i = first_after(s), j = i;
	bool x = false;
	while (j < nv && v[j].end <= e) x |= (v[j++].prot & DM_PROT_EXEC) != 0;
	remove_range_idx(i, j - i);
	return x;
}

static void record(const struct dm_vma *x)
{
	carve(x->start, x->end);
	size_t i = first_after(x->start);
	insert_at(i, x);
	merge_around(i, i);
}

static bool covered_locked(uint64_t s, uint64_t e)
{
	size_t i = first_after(s);
	uint64_t at = s;
	for (; i < nv && at < e; i++) {
		if (v[i].start > at) return false;
		at = v[i].end;
	}
	return at >= e;
}

/* true when a guest mapping in [s, e) is sealed (mseal): the kernel's EPERM */
static bool sealed_locked(uint64_t s, uint64_t e)
{
	for (size_t i = first_after(s); i < nv && v[i].start < e; i++)
		if (v[i].flags & DM_VMA_SEALED) return true;
	return false;
}

static bool free_locked(uint64_t s, uint64_t e)
{
	size_t i = first_after(s);
	return i == nv || v[i].start >= e;
}

static bool prot_ok_locked(uint64_t s, uint64_t e, int prot)
{
	size_t i = first_after(s);
	uint64_t at = s;
	for (; i < nv && at < e; i++) {
		if (v[i].start > at || (v[i].prot & prot) != prot) return false;
		at = v[i].end;
	}
	return at >= e;
}

/* ---- host operations ---------------------------------------------------- */

static void log_page(const char *what, uint64_t a, uint64_t len, int prot, const char *name)
{
	if (!(dm_proc.log_mask & DM_LOG_PAGE)) return;
	fprintf(dm_proc.log ? dm_proc.log : stderr, "page: %s %#llx-%#llx %c%c%c %s\n", what,
		(unsigned long long)a, (unsigned long long)(a + len), prot & DM_PROT_READ ? 'r' : '-',
		prot & DM_PROT_WRITE ? 'w' : '-', prot & DM_PROT_EXEC ? 'x' : '-', name ? name : "");
}

/* Give guest pages back: munmap, or the window's PROT_NONE reservation. */
/* 0 or -errno: the host refuses to split a hugetlb mapping off its huge-page
 * boundary (EINVAL) or past vm.max_map_count (ENOMEM), as it would natively */
static int host_release(uint64_t s, uint64_t e)
{
	park();
	void *r = windowed() ? mmap(dm_g2h(s), e - s, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0)
			     : (munmap(dm_g2h(s), e - s) ? MAP_FAILED : NULL);
	int err = r == MAP_FAILED ? -errno : 0;
	unpark();
	return err;
}

/* 64-bit guests: claim every non-guest gap of [s, e) so that a following
 * MAP_FIXED cannot replace emulator memory.  0, or -ENOMEM (claims undone). */
static int claim_gaps(uint64_t s, uint64_t e)
{
	if (windowed()) return 0;
	uint64_t claimed[64][2];
	int nc = 0;
	uint64_t at = s;
	size_t i = first_after(s);
	while (at < e) {
		uint64_t gap_end = (i < nv && v[i].start < e) ? v[i].start : e;
		if (at < gap_end) {
			void *p = mmap(dm_g2h(at), gap_end - at, PROT_NONE,
				       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
			if (p == MAP_FAILED || p != dm_g2h(at) || nc == 64) {
				if (p != MAP_FAILED) munmap(p, gap_end - at);
				for (int k = 0; k < nc; k++) munmap(dm_g2h(claimed[k][0]), claimed[k][1] - claimed[k][0]);
				return -ENOMEM;
			}
			claimed[nc][0] = at;
			claimed[nc][1] = gap_end;
			nc++;
		}
		if (i < nv && v[i].start < e) {
			at = v[i].end;
			i++;
		} else {
			at = e;
		}
	}
	return 0;
}

/* Undo claim_gaps: unmap the non-guest parts of [s, e). */
static void unclaim_gaps(uint64_t s, uint64_t e)
{
	if (windowed()) return;
	uint64_t at = s;
	size_t i = first_after(s);
	while (at < e) {
		uint64_t ge = (i < nv && v[i].start < e) ? v[i].start : e;
		if (at < ge) munmap(dm_g2h(at), ge - at);
		if (i < nv && v[i].start < e) at = v[i++].end;
		else at = e;
	}
}

/* 32-bit guests: a free range of len bytes: the hint when it is free, else
 * the highest gap that fits (top-down, like the kernel's mmap layout). */
static int64_t find_free(uint64_t hint, uint64_t len)
{
	const uint64_t floor = 0x10000;
	if (hint >= floor && !(hint & (page - 1)) && hint + len > hint && hint + len <= limit &&
	    free_locked(hint, hint + len))
		return (int64_t)hint;
	uint64_t gap_end = pick_top;
	size_t top = nv;
	while (top && v[top - 1].start >= pick_top) top--;   /* mappings above pick_top: not in the search */
	for (size_t k = top;; k--) {
		uint64_t gap_start = k ? v[k - 1].end : floor;
		if (gap_start < floor) gap_start = floor;
		if (gap_end > gap_start && gap_end - gap_start >= len) return (int64_t)(gap_end - len);
		if (k == 0) break;
		gap_end = v[k - 1].start;
	}
	return -ENOMEM;
}

static void file_identity(int fd, struct dm_vma *x)
{
	struct stat st;
	char link[64], buf[4096];
	if (fstat(fd, &st) == 0) {
		x->dev = st.st_dev;
		x->ino = st.st_ino;
	}
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, buf, sizeof buf - 1);
	if (n > 0) {
		buf[n] = 0;
		x->name = g_intern_string(buf);
	}
}

/* The host half of dm_mm_map: mmap with the file arguments. */
struct mmap_args {
	int fd;
	uint64_t off;
};
static void *mmap_host(void *ctx, void *at, uint64_t len, int hprot, int hflags)
{
	const struct mmap_args *a = ctx;
	return mmap(at, len, hprot, hflags, a->fd, (off_t)a->off);
}

int64_t dm_mm_map(uint64_t addr, uint64_t len, int prot, int hflags, int fd, uint64_t off, const char *label)
{
	struct dm_vma like = { .flags = (hflags & MAP_TYPE) == MAP_PRIVATE ? 0 : DM_VMA_SHARED };
	if (!(hflags & MAP_ANONYMOUS) && fd >= 0) {
		file_identity(fd, &like);
		like.offset = off;
	} else if (label) {
		like.name = g_intern_string(label);
	}
	struct mmap_args a = { fd, off };
	return dm_mm_map_by(addr, len, prot, hflags, mmap_host, &a, &like);
}

int64_t dm_mm_map_by(uint64_t addr, uint64_t len, int prot, int hflags, dm_mm_mapper map, void *ctx,
		     const struct dm_vma *like)
{
	if (len == 0) return -EINVAL;
	uint64_t plen = PAGE_UP(len);
	if (plen < len || plen > limit) return -ENOMEM;
	int fixed = hflags & (MAP_FIXED | MAP_FIXED_NOREPLACE);
	if (fixed && (addr & (page - 1))) return -EINVAL;
	if (fixed && (addr + plen < addr || addr + plen > limit)) return -ENOMEM;
	int hprot = dm_mm_host_prot(prot);
	int hf = hflags & ~(MAP_FIXED | MAP_FIXED_NOREPLACE | MAP_GROWSDOWN);

	pthread_rwlock_wrlock(&lock);
	if ((hflags & MAP_FIXED) && !(hflags & MAP_FIXED_NOREPLACE) && sealed_locked(addr, addr + plen)) {
		pthread_rwlock_unlock(&lock);
		return -EPERM;       /* replacing a sealed mapping */
	}
	void *p;
	if (windowed()) {
		int64_t at;
		if (hflags & MAP_FIXED_NOREPLACE) {
			at = free_locked(addr, addr + plen) ? (int64_t)addr : -EEXIST;
		} else if (hflags & MAP_FIXED) {
			at = (int64_t)addr;
		} else {
			at = find_free(PAGE_DOWN(addr), plen);
		}
		if (at < 0) {
			pthread_rwlock_unlock(&lock);
			return at;
		}
		p = map(ctx, dm_g2h((uint64_t)at), plen, hprot, hf | MAP_FIXED);
	} else if (hflags & MAP_FIXED_NOREPLACE) {
		p = map(ctx, dm_g2h(addr), plen, hprot, hf | MAP_FIXED_NOREPLACE);
		if (p != MAP_FAILED && p != dm_g2h(addr)) {  /* an old kernel took it as a hint */
			munmap(p, plen);
			p = MAP_FAILED;
			errno = EEXIST;
		}
	} else if (hflags & MAP_FIXED) {
		int r = claim_gaps(addr, addr + plen);
		if (r < 0) {
			pthread_rwlock_unlock(&lock);
			return r;
		}
		p = map(ctx, dm_g2h(addr), plen, hprot, hf | MAP_FIXED);
		if (p == MAP_FAILED) {
			int e = errno;
			unclaim_gaps(addr, addr + plen);
			errno = e;
		}
	} else {
		p = map(ctx, addr ? dm_g2h(addr) : NULL, plen, hprot, hf);
		if (p != MAP_FAILED && dm_h2g(p) + plen > limit) {
			munmap(p, plen);
			p = MAP_FAILED;
			errno = ENOMEM;
		}
	}
	if (p == MAP_FAILED) {
		int e = errno;
		pthread_rwlock_unlock(&lock);
		return -e;
	}
	uint64_t g = dm_h2g(p);
	struct dm_vma x = *like;
	x.start = g;
	x.end = g + plen;
	x.prot = prot & 7;
	bool was_exec = any_exec(g, g + plen);
	record(&x);
	dm_codeprot_changed_locked(g, g + plen);
	pthread_rwlock_unlock(&lock);
	if (lock_future) syscall(SYS_mlock2, p, plen, lock_future & 0xff);   /* raw: see mmsys.c host_lock */
	if (was_exec) dm_exec_invalidate(g, plen);
	log_page("map", g, plen, prot, x.name);
	return (int64_t)g;
}

int dm_mm_unmap(uint64_t addr, uint64_t len)
{
	if (addr & (page - 1)) return -EINVAL;
	uint64_t plen = PAGE_UP(len);
	if (len == 0 || plen < len || addr + plen < addr) return -EINVAL;
	uint64_t e = addr + plen;
	pthread_rwlock_wrlock(&lock);
	if (sealed_locked(addr, e)) {       /* nothing is unmapped */
		pthread_rwlock_unlock(&lock);
		return -EPERM;
	}
	/* the first piece the host refuses ends it (a later refusal leaves the
	 * earlier pieces unmapped, where the kernel would have undone them) */
	uint64_t done = addr;
	int err = 0;
	for (size_t i = first_after(addr); i < nv && v[i].start < e && !err; i++) {
		uint64_t s0 = v[i].start > addr ? v[i].start : addr;
		uint64_t e0 = v[i].end < e ? v[i].end : e;
		err = host_release(s0, e0);
		done = err ? s0 : e0;
	}
	if (err) e = done;
	bool x = e > addr && carve(addr, e);
	dm_codeprot_changed_locked(addr, e);
	pthread_rwlock_unlock(&lock);
	if (x) dm_exec_invalidate(addr, e - addr);
	log_page("unmap", addr, plen, 0, NULL);
	return err;
}

int dm_mm_protect(uint64_t addr, uint64_t len, int prot)
{
	if (addr & (page - 1)) return -EINVAL;
	uint64_t plen = PAGE_UP(len);
	if (plen < len || addr + plen < addr) return -ENOMEM;
	if (plen == 0) return 0;
	uint64_t e = addr + plen;
	pthread_rwlock_wrlock(&lock);
	if (!covered_locked(addr, e)) {
		pthread_rwlock_unlock(&lock);
		return -ENOMEM;
	}
	if (sealed_locked(addr, e)) {
		pthread_rwlock_unlock(&lock);
		return -EPERM;
	}
	if (mprotect(dm_g2h(addr), plen, dm_mm_host_prot(prot)) != 0) {
		int err = errno;
		pthread_rwlock_unlock(&lock);
		return -err;
	}
	bool x = (prot & DM_PROT_EXEC) || any_exec(addr, e);
	split_at(addr);
	split_at(e);
	size_t i = first_after(addr), j = i;
	for (; j < nv && v[j].start < e; j++) v[j].prot = prot & 7;
	merge_around(i, j ? j - 1 : 0);
	dm_codeprot_changed_locked(addr, e);
	pthread_rwlock_unlock(&lock);
	if (x) dm_exec_invalidate(addr, plen);
	log_page("protect", addr, plen, prot, NULL);
	return 0;
}

int dm_mm_seal(uint64_t addr, uint64_t len)
{
	if (addr & (page - 1)) return -EINVAL;
	uint64_t plen = PAGE_UP(len);
	if ((len && !plen) || addr + plen < addr) return -EINVAL;
	if (plen == 0) return 0;
	uint64_t e = addr + plen;
	pthread_rwlock_wrlock(&lock);
	if (!covered_locked(addr, e)) {     /* checked first: nothing is sealed */
		pthread_rwlock_unlock(&lock);
		return -ENOMEM;
	}
	split_at(addr);
	split_at(e);
	size_t i = first_after(addr), j = i;
	for (; j < nv && v[j].start < e; j++) v[j].flags |= DM_VMA_SEALED;
	merge_around(i, j ? j - 1 : 0);
	pthread_rwlock_unlock(&lock);
	log_page("seal", addr, plen, 0, NULL);
	return 0;
}

bool dm_mm_sealed(uint64_t addr, uint64_t len)
{
	bool rl = rd_lock();
	bool r = sealed_locked(PAGE_DOWN(addr), PAGE_UP(addr + len));
	rd_unlock(rl);
	return r;
}

bool dm_mm_seal_blocks_discard(uint64_t addr, uint64_t len)
{
	uint64_t e = addr + PAGE_UP(len);
	bool r = false;
	bool rl = rd_lock();
	for (size_t i = first_after(addr); i < nv && v[i].start < e && !r; i++)
		r = (v[i].flags & DM_VMA_SEALED) && !(v[i].flags & DM_VMA_SHARED) && !v[i].ino &&
		    !(v[i].prot & DM_PROT_WRITE);
	rd_unlock(rl);
	return r;
}

void dm_mm_forget(uint64_t addr, uint64_t len)
{
	pthread_rwlock_wrlock(&lock);
	bool x = carve(PAGE_DOWN(addr), PAGE_UP(addr + len));
	dm_codeprot_changed_locked(PAGE_DOWN(addr), PAGE_UP(addr + len));
	pthread_rwlock_unlock(&lock);
	if (x) dm_exec_invalidate(addr, len);
}

int64_t dm_mm_remap(uint64_t old, uint64_t old_len, uint64_t new_len, int hflags, uint64_t new_addr)
{
	if (old & (page - 1)) return -EINVAL;
	uint64_t ol = PAGE_UP(old_len), nl = PAGE_UP(new_len);
	if (ol < old_len || nl < new_len || nl == 0) return -EINVAL;
	bool may = hflags & MREMAP_MAYMOVE, fix = hflags & MREMAP_FIXED, keep = hflags & MREMAP_DONTUNMAP;
	if (fix && !may) return -EINVAL;
	if (keep && (!may || ol != nl)) return -EINVAL;
	if (fix && ((new_addr & (page - 1)) || new_addr + nl < new_addr || new_addr + nl > limit)) return -EINVAL;
	if (fix && new_addr < old + ol && old < new_addr + nl) return -EINVAL;
	if (old + ol < old || old + ol > limit) return -EFAULT;

	pthread_rwlock_wrlock(&lock);
	int64_t r;
	size_t i = first_after(old);
	if (i == nv || v[i].start > old || (ol && !covered_locked(old, old + ol))) {
		r = -EFAULT;
		goto out;
	}
	/* a sealed source, or a fixed target over a sealed mapping */
	if (sealed_locked(old, old + (ol ? ol : page)) || (fix && sealed_locked(new_addr, new_addr + nl))) {
		r = -EPERM;
		goto out;
	}
	struct dm_vma x = v[i];
	if (x.ino || x.shm_size) x.offset += old - x.start;
	if (ol == 0 && !(x.flags & DM_VMA_SHARED)) {
		r = -EINVAL;
		goto out;
	}
	void *p = MAP_FAILED;
	if (fix) {
		if ((r = claim_gaps(new_addr, new_addr + nl)) < 0) goto out;
		p = park_mremap(dm_g2h(old), ol, nl, hflags, dm_g2h(new_addr));
		if (p == MAP_FAILED) {
			int e = errno;
			unclaim_gaps(new_addr, new_addr + nl);
			errno = e;
		}
	} else if (windowed()) {
		/* growing in place needs the window's reservation out of the way;
		 * MREMAP_DONTUNMAP always moves (to a place in the window, below) */
		if (!keep && nl <= ol) {
			p = park_mremap(dm_g2h(old), ol, nl, 0, NULL);
		} else if (!keep && free_locked(old + ol, old + nl) && old + nl <= limit) {
			munmap(dm_g2h(old + ol), nl - ol);
			p = park_mremap(dm_g2h(old), ol, nl, 0, NULL);
			if (p == MAP_FAILED) host_release(old + ol, old + nl);
		}
		if (p == MAP_FAILED && may) {
			int64_t at = find_free(0, nl);
			if (at < 0) {
				r = at;
				goto out;
			}
			p = park_mremap(dm_g2h(old), ol, nl, hflags | MREMAP_FIXED, dm_g2h((uint64_t)at));
		} else if (p == MAP_FAILED) {
			errno = ENOMEM;
		}
	} else {
		/* the fifth argument explicitly: glibc's wrapper passes whatever is
		 * in the register, and newer kernels read it with MREMAP_DONTUNMAP */
		p = park_mremap(dm_g2h(old), ol, nl, hflags, NULL);
	}
	if (p == MAP_FAILED) {
		r = -errno;
		goto out;
	}
	uint64_t g = dm_h2g(p);
	if (windowed()) {
		if (g == old && nl < ol) host_release(old + nl, old + ol);
		else if (g != old && !keep) host_release(old, old + ol);
	}
	bool ex = (x.prot & DM_PROT_EXEC) != 0;
	if (!keep) ex |= carve(old, old + ol);
	ex |= any_exec(g, g + nl);
	x.start = g;
	x.end = g + nl;
	record(&x);
	dm_codeprot_changed_locked(old, old + ol);
	dm_codeprot_changed_locked(g, g + nl);
	r = (int64_t)g;
	pthread_rwlock_unlock(&lock);
	if (ex) {
		dm_exec_invalidate(old, ol);
		dm_exec_invalidate(g, nl);
	}
	log_page("remap", g, nl, x.prot, x.name);
	return r;
out:
	pthread_rwlock_unlock(&lock);
	return r;
}

/* ---- queries -------------------------------------------------------------- */

bool dm_mm_covered(uint64_t addr, uint64_t len)
{
	uint64_t e = addr + len;
	if (e < addr) return false;
	bool rl = rd_lock();
	bool r = covered_locked(PAGE_DOWN(addr), PAGE_UP(e));
	rd_unlock(rl);
	return r;
}

bool dm_mm_free(uint64_t addr, uint64_t len)
{
	uint64_t e = addr + len;
	if (e < addr) return false;
	bool rl = rd_lock();
	bool r = free_locked(PAGE_DOWN(addr), PAGE_UP(e));
	rd_unlock(rl);
	return r;
}

const struct dm_vma *dm_mm_find_locked(uint64_t addr)
{
	size_t i = first_after(addr);
	return i < nv && v[i].start <= addr ? &v[i] : NULL;
}

bool dm_mm_next(uint64_t addr, struct dm_vma *out)
{
	bool rl = rd_lock();
	size_t i = first_after(addr);
	bool r = i < nv;
	if (r && out) *out = v[i];
	rd_unlock(rl);
	return r;
}

bool dm_mm_lookup(uint64_t addr, struct dm_vma *out)
{
	bool rl = rd_lock();
	size_t i = first_after(addr);
	bool r = i < nv && v[i].start <= addr;
	if (r && out) *out = v[i];
	rd_unlock(rl);
	return r;
}

struct dm_vma *dm_mm_snapshot(size_t *n)
{
	bool rl = rd_lock();
	struct dm_vma *c = g_new(struct dm_vma, nv ? nv : 1);
	memcpy(c, v, nv * sizeof *v);
	*n = nv;
	rd_unlock(rl);
	return c;
}

/* The guest's view of a host path: a file under the sysroot shows without it. */
static const char *guest_name(const char *name)
{
	const char *root = dm_proc.sysroot;
	if (!name || !root || !*root) return name;
	size_t n = strlen(root);
	while (n > 1 && root[n - 1] == '/') n--;
	if (!strncmp(name, root, n) && name[n] == '/') return name + n;
	return name;
}

char *dm_mm_format_maps(size_t *len)
{
	size_t n;
	struct dm_vma *s = dm_mm_snapshot(&n);
	GString *out = g_string_new(NULL);
	/* the kernel pads the name to column 25 + 6 * sizeof(void *) - 1 */
	size_t width = 25 + 6 * word_bytes - 1;
	for (size_t i = 0; i < n; i++) {
		const struct dm_vma *x = &s[i];
		size_t at = out->len;
		g_string_append_printf(out, "%08llx-%08llx %c%c%c%c %08llx %02x:%02x %llu ",
				       (unsigned long long)x->start, (unsigned long long)x->end,
				       x->prot & DM_PROT_READ ? 'r' : '-', x->prot & DM_PROT_WRITE ? 'w' : '-',
				       x->prot & DM_PROT_EXEC ? 'x' : '-', x->flags & DM_VMA_SHARED ? 's' : 'p',
				       (unsigned long long)(x->ino ? x->offset : 0), major(x->dev), minor(x->dev),
				       (unsigned long long)x->ino);
		const char *name = guest_name(x->name);
		if (name) {
			while (out->len - at < width) g_string_append_c(out, ' ');
			g_string_append_c(out, ' ');
			g_string_append(out, name);
		}
		g_string_append_c(out, '\n');
	}
	g_free(s);
	if (len) *len = out->len;
	return g_string_free(out, FALSE);
}

void dm_mm_dump(void *file)
{
	size_t n;
	char *t = dm_mm_format_maps(&n);
	fwrite(t, 1, n, file ? file : stderr);
	g_free(t);
}

/* ---- checked access (mm.h) ---------------------------------------------- */

bool dm_mm_access_ok(uint64_t addr, uint64_t len, int prot)
{
	if (len == 0) return true;
	uint64_t e = addr + len;
	if (e < addr || e > limit) return false;
	bool rl = rd_lock();
	bool r = prot_ok_locked(addr, e, prot);
	rd_unlock(rl);
	/* the caller lets the host kernel write there: it must not meet a
	 * page write-protected for code (EFAULT instead of a fault) */
	if (r && (prot & DM_PROT_WRITE)) dm_codeprot_before_write(addr, len);
	return r;
}

/* Once the guest has a userfaultfd, reading a guest page may block until
 * another guest thread resolves the fault, and that thread may need this
 * lock for writing (mmap, munmap): a copy done under the lock would hang
 * both.  From then on copies are checked under the lock and done outside it
 * by the host kernel (process_vm_readv/writev on ourselves), which is also
 * what the kernel's copy_from_user/copy_to_user would do on such a page:
 * block until resolved, or EFAULT (UFFD_FEATURE_SIGBUS, UFFD_USER_MODE_ONLY,
 * a page unmapped meanwhile), never a crash of the emulator. */
void dm_mm_userfaultfd_seen(void) { __atomic_store_n(&copies_unlocked, true, __ATOMIC_RELAXED); }

static int kernel_copy(void *local, void *remote, size_t n, bool to_guest)
{
	for (size_t done = 0; done < n;) {
		struct iovec l = { (char *)local + done, n - done }, r = { (char *)remote + done, n - done };
		ssize_t got = to_guest ? process_vm_writev(getpid(), &l, 1, &r, 1, 0) : process_vm_readv(getpid(), &l, 1, &r, 1, 0);
		if (got <= 0) return -EFAULT;
		done += (size_t)got;
	}
	return 0;
}

static int copy_unlocked(void *host, uint64_t g, uint64_t e, size_t n, bool to_guest)
{
	bool rl = rd_lock();
	bool ok = prot_ok_locked(g, e, to_guest ? DM_PROT_WRITE : DM_PROT_READ);
	rd_unlock(rl);
	if (!ok) return -EFAULT;
	if (to_guest) dm_codeprot_before_write(g, n);
	return kernel_copy(host, dm_g2h(g), n, to_guest);
}

int dm_copy_from_guest(void *dst, uint64_t src, size_t n)
{
	if (n == 0) return 0;
	uint64_t e = src + n;
	if (e < src || e > limit) return -EFAULT;
	if (__atomic_load_n(&copies_unlocked, __ATOMIC_RELAXED)) return copy_unlocked(dst, src, e, n, false);
	bool rl = rd_lock();
	int r = 0;
	if (prot_ok_locked(src, e, DM_PROT_READ)) memcpy(dst, dm_g2h(src), n);
	else r = -EFAULT;
	rd_unlock(rl);
	return r;
}

int dm_copy_to_guest(uint64_t dst, const void *src, size_t n)
{
	if (n == 0) return 0;
	uint64_t e = dst + n;
	if (e < dst || e > limit) return -EFAULT;
	if (__atomic_load_n(&copies_unlocked, __ATOMIC_RELAXED)) return copy_unlocked((void *)src, dst, e, n, true);
	bool rl = rd_lock();
	int r = 0;
	if (prot_ok_locked(dst, e, DM_PROT_WRITE)) memcpy(dm_g2h(dst), src, n);
	else r = -EFAULT;
	rd_unlock(rl);
	return r;
}

long dm_guest_strnlen(uint64_t addr, size_t max)
{
	bool rl = rd_lock();
	long r = -EFAULT;
	uint64_t at = addr;
	for (;;) {
		if (at >= limit || at - addr >= max) {
			r = at >= limit ? -EFAULT : -ENAMETOOLONG;
			break;
		}
		uint64_t pend = PAGE_DOWN(at) + page;
		uint64_t want = pend - at;
		if (want > max - (at - addr)) want = max - (at - addr);
		if (!prot_ok_locked(at, at + want, DM_PROT_READ)) break;
		const char *z = memchr(dm_g2h(at), 0, want);
		if (z) {
			r = (long)(dm_h2g(z) - addr);
			break;
		}
		at += want;
	}
	rd_unlock(rl);
	return r;
}
