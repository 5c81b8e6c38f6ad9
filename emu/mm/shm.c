/* emu/mm/shm.c: shmat and shmdt, SysV shared memory in the guest's address
 * space.  The host attaches the segment; the page map (mm.c, dm_mm_map_by)
 * chooses or checks the address and records the attach like a file mapping
 * named as the kernel names it in /proc/self/maps ("/SYSV<key> (deleted)",
 * inode = shmid), remembering the segment's size for shmdt, which must find
 * the segment from its address alone, as the kernel does. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/shm.h>

#include "emu/abi/xlat.h"
#include "emu/mm/mm.h"
#include "emu/sys/sys.h"
#include "generated/ids.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#ifndef SHM_EXEC
#define SHM_EXEC 0100000
#endif

int64_t dm_sys_shmat(struct dm_sys_call *c);
int64_t dm_sys_shmdt(struct dm_sys_call *c);
int64_t dm_shm_attach(const struct dm_abi *abi, int shmid, uint64_t addr, int gflags);

static int64_t gerr(const struct dm_abi *abi, int64_t r)
{
	return r < 0 ? -(int64_t)dm_errno_to_guest(abi, (int)-r) : r;
}

static uint64_t shmlba(const struct dm_abi *abi)
{
	return abi->shmlba_bytes ? abi->shmlba_bytes : (uint64_t)abi->shmlba_pages * dm_mm_page_size();
}

struct attach {
	int id, flags;               /* host shmat flags (SHM_RDONLY, SHM_EXEC) */
};

static void *shmat_host(void *ctx, void *at, uint64_t len, int hprot, int hflags)
{
	(void)len, (void)hprot;
	const struct attach *a = ctx;
	/* MAP_FIXED: the range is the guest's (the 32-bit window's reservation,
	 * gaps claimed by mm.c, or SHM_REMAP): replace it */
	void *p = shmat(a->id, at, a->flags | (hflags & MAP_FIXED ? SHM_REMAP : 0));
	return p == (void *)-1 ? MAP_FAILED : p;
}

/* The kernel's do_shmat, argument checks in its order; the host then checks
 * the id and permissions.  Guest address or -errno (host numbering). */
static int64_t attach(const struct dm_abi *abi, int shmid, uint64_t addr, uint64_t gflags)
{
	uint64_t unknown = 0;
	int f = (int)dm_flags_to_host(abi->sets[DM_SET_shmat_flags], gflags, &unknown);
	if (shmid < 0) return -EINVAL;
	int hflags = 0;
	if (addr) {
		uint64_t lba = shmlba(abi);
		if (addr & (lba - 1)) {
			if (f & SHM_RND) {
				addr &= ~(lba - 1);
				if (!addr && (f & SHM_REMAP)) return -EINVAL;
			} else if (abi->shmlba_force || (addr & (dm_mm_page_size() - 1))) {
				return -EINVAL;
			}
		}
		/* page 0 (SHM_RND below SHMLBA): refused by mmap_min_addr */
		if (!addr) return -EPERM;
		hflags = f & SHM_REMAP ? MAP_FIXED : MAP_FIXED_NOREPLACE;
	} else if (f & SHM_REMAP) {
		return -EINVAL;
	}
	struct shmid_ds ds;
	if (shmctl(shmid, IPC_STAT, &ds) != 0) return -errno;
	int prot = DM_PROT_READ | (f & SHM_RDONLY ? 0 : DM_PROT_WRITE) | (f & SHM_EXEC ? DM_PROT_EXEC : 0);
	char name[32];
	snprintf(name, sizeof name, "/SYSV%08x (deleted)", (unsigned)ds.shm_perm.__key);
	struct dm_vma like = { .flags = DM_VMA_SHARED, .ino = (uint64_t)shmid, .name = g_intern_string(name),
			       .shm_size = ds.shm_segsz };
	struct attach a = { shmid, f & (SHM_RDONLY | SHM_EXEC) };
	int64_t r = dm_mm_map_by(addr, ds.shm_segsz, prot, hflags, shmat_host, &a, &like);
	/* an overlap is EINVAL for shmat (mm.c says EEXIST, like MAP_FIXED_NOREPLACE) */
	return r == -EEXIST ? -EINVAL : r;
}

int64_t dm_shm_attach(const struct dm_abi *abi, int shmid, uint64_t addr, int gflags)
{
	return gerr(abi, attach(abi, shmid, addr, (uint32_t)gflags));
}

int64_t dm_sys_shmat(struct dm_sys_call *c)
{
	uint64_t addr = c->abi->bits == 32 ? (uint32_t)c->args[1] : c->args[1];
	return dm_shm_attach(c->abi, (int)c->args[0], addr, (int)c->args[2]);
}

/* The kernel's shmdt: the first attach at or after addr whose start is addr
 * plus its offset in the segment names the segment; every part of that
 * segment mapped consistently with addr within its size goes. */
int64_t dm_sys_shmdt(struct dm_sys_call *c)
{
	uint64_t addr = c->abi->bits == 32 ? (uint32_t)c->args[0] : c->args[0];
	if (addr & (dm_mm_page_size() - 1)) return gerr(c->abi, -EINVAL);
	size_t n;
	struct dm_vma *v = dm_mm_snapshot(&n);
	const struct dm_vma *seg = NULL;
	for (size_t i = 0; i < n && !seg; i++)
		if (v[i].start >= addr && v[i].shm_size && v[i].offset == v[i].start - addr) seg = &v[i];
	int64_t r = -EINVAL;
	if (seg) {
		uint64_t end = addr + seg->shm_size, ino = seg->ino;
		const char *name = seg->name;
		for (size_t i = 0; i < n && v[i].start < end; i++)
			if (v[i].start >= addr && v[i].shm_size && v[i].ino == ino && v[i].name == name &&
			    v[i].offset == v[i].start - addr)
				dm_mm_unmap(v[i].start, (v[i].end < end ? v[i].end : end) - v[i].start);
		r = 0;
	}
	g_free(v);
	return gerr(c->abi, r);
}
