/* tests/guest/numa.c: NUMA memory policies through raw syscalls, on whatever
 * nodes the host has (one, usually): get_mempolicy (process, address, node,
 * allowed nodes), set_mempolicy, mbind on a guest mapping, move_pages
 * (query and move, an unmapped address, an untouched page),
 * migrate_pages, set_mempolicy_home_node, and bad masks and pointers. */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common.h"

#define MPOL_DEFAULT 0
#define MPOL_PREFERRED 1
#define MPOL_BIND 2
#define MPOL_INTERLEAVE 3
#define MPOL_F_NODE 1
#define MPOL_F_ADDR 2
#define MPOL_F_MEMS_ALLOWED 4
#define MPOL_MF_STRICT 1
#define MPOL_MF_MOVE 2

static long get(int *mode, unsigned long *mask, unsigned long maxnode, void *addr, unsigned long flags)
{
	return syscall(SYS_get_mempolicy, mode, mask, maxnode, addr, flags);
}

static void show(const char *what, int mode, unsigned long *mask)
{
	printf("%s: mode %d mask 0x%lx\n", what, mode, mask[0]);
}

int main(void)
{
	int mode = -1;
	unsigned long mask[16] = { 0 }, allowed[16] = { 0 };
	R(get(&mode, mask, 1024, NULL, 0));
	show("process policy", mode, mask);
	R(get(NULL, allowed, 1024, NULL, MPOL_F_MEMS_ALLOWED));
	printf("allowed nodes: 0x%lx\n", allowed[0]);
	R(get(&mode, mask, 0, NULL, 0));
	R(get(&mode, mask, 1024, NULL, 0x100));
	R(get((int *)16, mask, 1024, NULL, 0));
	R(get(&mode, (unsigned long *)16, 1024, NULL, 0));

	/* bind the process to the first allowed node, read it back, reset */
	unsigned long first = allowed[0] & -allowed[0];
	R(syscall(SYS_set_mempolicy, MPOL_BIND, &first, 1024));
	memset(mask, 0, sizeof mask);
	R(get(&mode, mask, 1024, NULL, 0));
	show("after set_mempolicy", mode, mask);
	printf("is the first node: %s\n", mask[0] == first ? "yes" : "no");
	R(syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0));
	unsigned long none = 0;
	R(syscall(SYS_set_mempolicy, MPOL_BIND, &none, 1024));
	unsigned long far[2] = { 0, 1ul << 60 };
	R(syscall(SYS_set_mempolicy, MPOL_BIND, far, 128));
	R(syscall(SYS_set_mempolicy, MPOL_BIND, (unsigned long *)16, 1024));
	R(syscall(SYS_set_mempolicy, 99, NULL, 0));

	/* mbind a mapping; the address's policy and node */
	long pg = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	R(syscall(SYS_mbind, p, 2 * pg, MPOL_BIND, &first, 1024, MPOL_MF_STRICT));
	p[0] = 1;
	memset(mask, 0, sizeof mask);
	R(get(&mode, mask, 1024, p, MPOL_F_ADDR));
	show("policy at p", mode, mask);
	R(get(&mode, NULL, 0, p, MPOL_F_ADDR | MPOL_F_NODE));
	printf("p's node is the first node: %s\n", (1ul << mode) == first ? "yes" : "no");
	R(get(&mode, mask, 1024, p + 3 * pg, MPOL_F_ADDR));
	show("policy at p+3", mode, mask);
	R(syscall(SYS_mbind, p + 1, pg, MPOL_BIND, &first, 1024, 0));
	R(syscall(SYS_mbind, (void *)(uintptr_t)(64 * pg), pg, MPOL_BIND, &first, 1024, 0));
	R(get(&mode, mask, 1024, (void *)(uintptr_t)(64 * pg), MPOL_F_ADDR));
	R(syscall(SYS_set_mempolicy_home_node, p, 2 * pg, __builtin_ctzl(first), 0));
	R(syscall(SYS_set_mempolicy_home_node, p + 2 * pg, pg, __builtin_ctzl(first), 0));
	R(syscall(SYS_set_mempolicy_home_node, p, 2 * pg, 0, 1));

	/* move_pages: query, then move to the node they are on */
	void *pages[3] = { p, p + pg, (void *)16 };
	int status[3] = { 7, 7, 7 }, nodes[3];
	R(syscall(SYS_move_pages, 0, 3, pages, NULL, status, 0));
	printf("status: %s %s %s\n", status[0] >= 0 ? "node" : ename(-status[0]),
	       status[1] >= 0 ? "node" : ename(-status[1]), status[2] >= 0 ? "node" : ename(-status[2]));
	nodes[0] = nodes[1] = nodes[2] = __builtin_ctzl(first);
	R(syscall(SYS_move_pages, 0, 2, pages, nodes, status, MPOL_MF_MOVE));
	printf("status after move: %d %s\n", status[0] == nodes[0], status[1] >= 0 ? "node" : ename(-status[1]));
	nodes[0] = 63;
	R(syscall(SYS_move_pages, 0, 1, pages, nodes, status, MPOL_MF_MOVE));
	R(syscall(SYS_move_pages, 0, 1, (void **)16, NULL, status, 0));
	R(syscall(SYS_move_pages, 0, 1, pages, NULL, status, 0x80));

	R(syscall(SYS_migrate_pages, 0, 1024, &first, &first));
	R(syscall(SYS_migrate_pages, 0, 1024, (unsigned long *)16, &first));
	return 0;
}
