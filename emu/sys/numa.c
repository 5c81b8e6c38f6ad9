/* emu/sys/numa.c: the NUMA memory policy calls (get_mempolicy,
 * set_mempolicy, mbind, migrate_pages, move_pages, set_mempolicy_home_node)
 * on the host kernel, which holds the policies and the nodes.
 *
 * Node masks are bitmaps of guest longs, maxnode bits (the kernel uses
 * maxnode - 1 of them): they are converted to host longs and back bit by
 * bit, so word size and byte order do not matter.  Address ranges must be
 * guest memory: one that is not reaches the kernel as a faulting address
 * (above the user address space), so the kernel answers EFAULT after its own
 * earlier checks, as for an unmapped range.  move_pages' page addresses are
 * guest words, rebased (one outside the guest map gets status -EFAULT, as
 * an unmapped page does); its nodes and status are ints. */
#include <glib.h>
#include <string.h>
#include <unistd.h>

#include "emu/sys/internal.h"

#define NODEMASK_MAX_BITS (4096u * 8)   /* the kernel's limit: a page of bits */
#define MOVE_PAGES_CHUNK 1024

static uint64_t bits_to_bytes(uint64_t bits, unsigned word) { return (bits + word * 8 - 1) / (word * 8) * word; }

/* Guest node mask (maxnode bits, the kernel reads maxnode - 1) -> host longs.
 * *h: NULL for an absent mask, the faulting pointer for an unreadable one. */
static int mask_in(const struct dm_abi *abi, uint64_t g, uint64_t maxnode, unsigned long **h)
{
	*h = NULL;
	if (!g || maxnode <= 1) return 0;
	if (maxnode - 1 > NODEMASK_MAX_BITS) {    /* the kernel's EINVAL, before it reads */
		*h = (unsigned long *)(uintptr_t)DM_FAULTING_HOST_PTR;
		return 0;
	}
	uint64_t bits = maxnode - 1;
	unsigned w = dm_gword(abi);
	uint64_t gbytes = bits_to_bytes(bits, w);
	uint8_t *gb = g_malloc(gbytes);
	if (dm_copy_from_guest(gb, g, gbytes)) {
		g_free(gb);
		*h = (unsigned long *)(uintptr_t)DM_FAULTING_HOST_PTR;
		return 0;
	}
	unsigned long *m = g_malloc0(bits_to_bytes(bits, 8) + 8);
	for (uint64_t i = 0; i < bits; i++) {
		uint64_t word = dm_gload(abi, gb + i / (w * 8) * w, w);
		if (word >> (i % (w * 8)) & 1) m[i / 64] |= 1ul << (i % 64);
	}
	g_free(gb);
	*h = m;
	return 0;
}

static void mask_free(unsigned long *h)
{
	if (h != (unsigned long *)(uintptr_t)DM_FAULTING_HOST_PTR) g_free(h);
}

/* Host mask of `bits` bits -> guest longs at g: 0 or -EFAULT. */
static int mask_out(const struct dm_abi *abi, uint64_t g, uint64_t bits, const unsigned long *m)
{
	unsigned w = dm_gword(abi);
	uint64_t gbytes = bits_to_bytes(bits, w);
	uint8_t *gb = g_malloc0(gbytes);
	for (uint64_t wi = 0; wi * w * 8 < bits; wi++) {
		uint64_t word = 0;
		for (unsigned b = 0; b < w * 8 && wi * w * 8 + b < bits; b++) {
			uint64_t i = wi * w * 8 + b;
			if (m[i / 64] >> (i % 64) & 1) word |= 1ull << b;
		}
		dm_gstore(abi, gb + wi * w, w, word);
	}
	int r = dm_copy_to_guest(g, gb, gbytes);
	g_free(gb);
	return r;
}

/* A guest range for the kernel: its host address, or a faulting one when it
 * is not all guest memory.  An unaligned start goes as it is (EINVAL first). */
static long range(uint64_t start, uint64_t len)
{
	uint64_t page = dm_mm_page_size();
	if (start & (page - 1)) return (long)(uintptr_t)dm_g2h(start);
	if (len == 0 || dm_mm_covered(start, (len + page - 1) & ~(page - 1))) return (long)(uintptr_t)dm_g2h(start);
	return (long)DM_FAULTING_HOST_PTR;
}

#define MPOL_F_ADDR (1u << 1)

int64_t dm_sys_get_mempolicy(struct dm_sys_call *c)
{
	uint64_t gpol = dm_call_arg(c, 0), gmask = dm_call_arg(c, 1), maxnode = dm_call_arg(c, 2);
	uint64_t addr = dm_call_arg(c, 3), flags = dm_call_arg(c, 4);
	int pol = 0;
	unsigned long *m = NULL;
	uint64_t bits = maxnode ? maxnode - 1 : 0;
	if (gmask && maxnode > 1 && bits <= NODEMASK_MAX_BITS) m = g_malloc0(bits_to_bytes(bits, 8) + 8);
	long haddr = (flags & MPOL_F_ADDR) && !dm_mm_covered(addr & ~(dm_mm_page_size() - 1), 1)
		? (long)DM_FAULTING_HOST_PTR : (long)(uintptr_t)dm_g2h(addr);
	if (!(flags & MPOL_F_ADDR)) haddr = (long)addr;   /* a node number (MPOL_F_NODE) or unused */
	long r = dm_host_syscall(dm_host_nr("get_mempolicy"), gpol ? (long)&pol : 0,
				 m ? (long)m : (gmask ? (long)DM_FAULTING_HOST_PTR : 0), (long)maxnode, haddr,
				 (long)flags, 0);
	if (r == 0 && gpol && dm_put_guest(c->abi, gpol, 4, (uint32_t)pol)) r = -EFAULT;
	if (r == 0 && m && mask_out(c->abi, gmask, bits, m)) r = -EFAULT;
	g_free(m);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_set_mempolicy(struct dm_sys_call *c)
{
	uint64_t maxnode = dm_call_arg(c, 2);
	unsigned long *m;
	mask_in(c->abi, dm_call_arg(c, 1), maxnode, &m);
	long r = dm_host_syscall(dm_host_nr("set_mempolicy"), (long)(int32_t)dm_call_arg(c, 0), (long)m,
				 (long)maxnode, 0, 0, 0);
	mask_free(m);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_mbind(struct dm_sys_call *c)
{
	uint64_t start = dm_call_arg(c, 0), len = dm_call_arg(c, 1), maxnode = dm_call_arg(c, 4);
	unsigned long *m;
	mask_in(c->abi, dm_call_arg(c, 3), maxnode, &m);
	long r = dm_host_syscall(dm_host_nr("mbind"), range(start, len), (long)len, (long)dm_call_arg(c, 2), (long)m,
				 (long)maxnode, (long)(uint32_t)dm_call_arg(c, 5));
	mask_free(m);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_migrate_pages(struct dm_sys_call *c)
{
	uint64_t maxnode = dm_call_arg(c, 1);
	unsigned long *from, *to;
	mask_in(c->abi, dm_call_arg(c, 2), maxnode, &from);
	mask_in(c->abi, dm_call_arg(c, 3), maxnode, &to);
	long r = dm_host_syscall(dm_host_nr("migrate_pages"), (long)(int32_t)dm_call_arg(c, 0), (long)maxnode,
				 (long)from, (long)to, 0, 0);
	mask_free(from);
	mask_free(to);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_set_mempolicy_home_node(struct dm_sys_call *c)
{
	uint64_t start = dm_call_arg(c, 0), len = dm_call_arg(c, 1);
	long r = dm_host_syscall(dm_host_nr("set_mempolicy_home_node"), range(start, len), (long)len,
				 (long)dm_call_arg(c, 2), (long)dm_call_arg(c, 3), 0, 0);
	return dm_sys_err(c->abi, r);
}

/* move_pages(pid, count, pages, nodes, status, flags), in chunks as the kernel does. */
int64_t dm_sys_move_pages(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	long pid = (long)(int32_t)dm_call_arg(c, 0);
	uint64_t count = dm_call_arg(c, 1), gpages = dm_call_arg(c, 2), gnodes = dm_call_arg(c, 3);
	uint64_t gstatus = dm_call_arg(c, 4);
	long flags = (long)(int32_t)dm_call_arg(c, 5);
	unsigned w = dm_gword(abi);
	uint64_t page = dm_mm_page_size();
	void *pages[MOVE_PAGES_CHUNK];
	int nodes[MOVE_PAGES_CHUNK], status[MOVE_PAGES_CHUNK];
	long r = 0;
	if (count == 0)
		return dm_sys_err(abi, dm_host_syscall(dm_host_nr("move_pages"), pid, 0, 0, 0, 0, flags));
	for (uint64_t done = 0; done < count && r == 0; done += MOVE_PAGES_CHUNK) {
		uint64_t n = count - done < MOVE_PAGES_CHUNK ? count - done : MOVE_PAGES_CHUNK;
		for (uint64_t i = 0; i < n; i++) {
			uint64_t a, v;
			if (dm_get_guest(abi, gpages + (done + i) * w, w, &a)) return DM_GERR(EFAULT);
			/* another process's pages: its addresses, as ours are the host's */
			pages[i] = (pid == 0 || pid == getpid()) && !dm_mm_covered(a & ~(page - 1), 1)
				? (void *)(uintptr_t)DM_FAULTING_HOST_PTR : dm_g2h(a);
			if (gnodes) {
				if (dm_get_guest(abi, gnodes + (done + i) * 4, 4, &v)) return DM_GERR(EFAULT);
				nodes[i] = (int)(uint32_t)v;
			}
		}
		r = dm_host_syscall(dm_host_nr("move_pages"), pid, (long)n, (long)pages, gnodes ? (long)nodes : 0,
				    (long)status, flags);
		if (r < 0) break;
		for (uint64_t i = 0; i < n; i++) {
			int s = status[i];
			if (s < 0) s = -dm_errno_to_guest(abi, -s);   /* per-page errors are -errno */
			if (dm_put_guest(abi, gstatus + (done + i) * 4, 4, (uint32_t)s)) return DM_GERR(EFAULT);
		}
	}
	return dm_sys_err(abi, r);
}
