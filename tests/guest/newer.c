/* tests/guest/newer.c: syscalls numbered after Linux 6.1 (their numbers are
 * in specs/numbers/newer.tbl; the same on aarch64 and x86_64): fchmodat2,
 * cachestat, file_getattr/setattr, *xattrat, listmount/statmount,
 * lsm_list_modules/get_self_attr/set_self_attr, open_tree_attr, futex_wake/wait/requeue,
 * mseal (and what a sealed range refuses), map_shadow_stack, MAP_DROPPABLE
 * and guard regions (MADV_GUARD_*); the module and
 * kexec calls (the host kernel's answer, with and without the capabilities)
 * and the removed lookup_dcookie and nfsservctl. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/capability.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

#define NR_cachestat 451
#define NR_fchmodat2 452
#define NR_map_shadow_stack 453
#define NR_futex_wake 454
#define NR_futex_wait 455
#define NR_futex_requeue 456
#define NR_statmount 457
#define NR_listmount 458
#define NR_lsm_get_self_attr 459
#define NR_lsm_set_self_attr 460
#define NR_lsm_list_modules 461
#define NR_mseal 462
#define NR_setxattrat 463
#define NR_getxattrat 464
#define NR_listxattrat 465
#define NR_removexattrat 466
#define NR_open_tree_attr 467
#define NR_file_getattr 468
#define NR_file_setattr 469

struct xattr_args { uint64_t value; uint32_t size, flags; };
struct mnt_id_req { uint32_t size, spare; uint64_t mnt_id, param; };
struct mount_attr { uint64_t attr_set, attr_clr, propagation, userns_fd; };
struct futex_waitv { uint64_t val, uaddr; uint32_t flags, reserved; };

static void files(void)
{
	char dir[] = "/tmp/dm-newer-XXXXXX";
	if (!mkdtemp(dir)) return;
	char f[64], l[64];
	snprintf(f, sizeof f, "%s/f", dir);
	snprintf(l, sizeof l, "%s/l", dir);
	int fd = open(f, O_RDWR | O_CREAT, 0644);
	static char page[8192];
	memset(page, 'x', sizeof page);
	R(write(fd, page, sizeof page));
	R(symlink(f, l));
	struct stat st;

	/* fchmodat2 */
	R(syscall(NR_fchmodat2, AT_FDCWD, f, 0600, 0));
	stat(f, &st);
	printf("mode after fchmodat2: %o\n", st.st_mode & 07777);
	R(syscall(NR_fchmodat2, AT_FDCWD, l, 0600, AT_SYMLINK_NOFOLLOW));
	R(syscall(NR_fchmodat2, fd, "", 0640, AT_EMPTY_PATH));
	fstat(fd, &st);
	printf("mode after AT_EMPTY_PATH: %o\n", st.st_mode & 07777);
	R(syscall(NR_fchmodat2, AT_FDCWD, f, 0600, 0x10000));
	R(syscall(NR_fchmodat2, AT_FDCWD, (char *)16, 0600, 0));

	/* cachestat: the file's two pages are in the page cache */
	uint64_t range[2] = { 0, 0 }, cs[5] = { 0 };
	R(syscall(NR_cachestat, fd, range, cs, 0));
	printf("cachestat: nr_cache %llu\n", (unsigned long long)cs[0]);
	R(syscall(NR_cachestat, fd, range, cs, 1));
	R(syscall(NR_cachestat, fd, (void *)16, cs, 0));
	R(syscall(NR_cachestat, fd, range, (void *)16, 0));
	R(syscall(NR_cachestat, 999, range, cs, 0));

	/* file_getattr / file_setattr (struct fsxattr, 28 bytes in version 0) */
	uint32_t fsx[7] = { 0 };
	long r = syscall(NR_file_getattr, AT_FDCWD, f, fsx, 28, 0);
	if (r == 0) printf("file_getattr: 0 xflags 0x%x\n", fsx[0]);
	else printf("file_getattr: -1 %s\n", ename(errno));
	R(syscall(NR_file_setattr, AT_FDCWD, f, fsx, 28, 0));
	R(syscall(NR_file_getattr, AT_FDCWD, f, fsx, 20, 0));
	R(syscall(NR_file_getattr, AT_FDCWD, f, page, 8192, 0));   /* above a page: E2BIG */
	R(syscall(NR_file_getattr, AT_FDCWD, f, fsx, 28, 0x1));
	R(syscall(NR_file_getattr, AT_FDCWD, f, (void *)16, 28, 0));

	/* *xattrat: user.* attributes on the file, relative to the directory */
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	struct xattr_args xa = { (uint64_t)(uintptr_t)"hello", 5, 0 };
	r = syscall(NR_setxattrat, dfd, "f", 0, "user.dm", &xa, sizeof xa);
	printf("setxattrat: %ld %s\n", r, r ? ename(errno) : "");
	if (r == 0) {
		char v[16] = { 0 };
		struct xattr_args ga = { (uint64_t)(uintptr_t)v, sizeof v, 0 };
		R(syscall(NR_getxattrat, dfd, "f", 0, "user.dm", &ga, sizeof ga));
		printf("value: %s\n", v);
		ga.size = 2;
		R(syscall(NR_getxattrat, dfd, "f", 0, "user.dm", &ga, sizeof ga));
		ga.value = 0;
		ga.size = 0;
		R(syscall(NR_getxattrat, dfd, "f", 0, "user.dm", &ga, sizeof ga));
		char list[64];
		r = syscall(NR_listxattrat, dfd, "f", 0, list, sizeof list);
		printf("listxattrat: %ld %s\n", r, r > 0 ? list : "");
		xa.flags = 1; /* XATTR_CREATE: exists */
		R(syscall(NR_setxattrat, dfd, "f", 0, "user.dm", &xa, sizeof xa));
		xa.flags = 0;
		xa.value = 16;
		R(syscall(NR_setxattrat, dfd, "f", 0, "user.dm2", &xa, sizeof xa));
		ga.value = 16;
		ga.size = 8;
		R(syscall(NR_getxattrat, dfd, "f", 0, "user.dm", &ga, sizeof ga));
		R(syscall(NR_setxattrat, dfd, "f", 0, "user.dm", &xa, 8));
		R(syscall(NR_setxattrat, dfd, "f", 0, "user.dm", (void *)16, sizeof xa));
		R(syscall(NR_removexattrat, dfd, "f", 0, "user.dm"));
		R(syscall(NR_removexattrat, dfd, "f", 0, "user.dm"));
	}
	close(dfd);
	close(fd);
	unlink(l);
	unlink(f);
	rmdir(dir);
}

static void mounts(void)
{
	/* listmount of the root's children and statmount of the first */
	struct mnt_id_req req = { 24, 0, (uint64_t)-1 /* LSMT_ROOT */, 0 };
	uint64_t ids[256];
	long n = syscall(NR_listmount, &req, ids, 256, 0);
	printf("listmount: %s\n", n >= 0 ? "ok" : ename(errno));
	if (n > 0) {
		static uint64_t buf[4096 / 8];
		req.mnt_id = ids[0];
		req.param = 0x2 | 0x20;   /* STATMOUNT_MNT_BASIC | STATMOUNT_FS_TYPE */
		long r = syscall(NR_statmount, &req, buf, sizeof buf, 0);
		const uint8_t *b = (const uint8_t *)buf;
		uint64_t mask, id;
		uint32_t fst;
		memcpy(&mask, b + 8, 8);
		memcpy(&fst, b + 36, 4);
		memcpy(&id, b + 40, 8);
		printf("statmount: %ld, mask 0x%llx, same id: %s, fs type %s\n", r, (unsigned long long)mask,
		       id == ids[0] ? "yes" : "no", r == 0 ? (const char *)b + 512 + fst : "-");
		R(syscall(NR_statmount, &req, buf, 8, 0));
		R(syscall(NR_statmount, &req, (void *)16, sizeof buf, 0));
	}
	R(syscall(NR_listmount, (void *)16, ids, 256, 0));
	req.size = 8;
	R(syscall(NR_listmount, &req, ids, 256, 0));

	/* open_tree_attr: a detached read-only clone of /tmp */
	struct mount_attr ma = { 1 /* MOUNT_ATTR_RDONLY */, 0, 0, 0 };
	long fd = syscall(NR_open_tree_attr, AT_FDCWD, "/tmp", 1 /* OPEN_TREE_CLONE */ | O_CLOEXEC, &ma, sizeof ma);
	printf("open_tree_attr: %s\n", fd >= 0 ? "ok" : ename(errno));
	if (fd >= 0) close((int)fd);
	R(syscall(NR_open_tree_attr, AT_FDCWD, "/tmp", 1, &ma, 3));
	R(syscall(NR_open_tree_attr, AT_FDCWD, "/tmp", 1, (void *)16, sizeof ma));
}

static void lsm(void)
{
	uint64_t ids[32];
	uint32_t size = sizeof ids;
	long n = syscall(NR_lsm_list_modules, ids, &size, 0);
	printf("lsm_list_modules: %ld, size %u, first id %llu\n", n, size, n > 0 ? (unsigned long long)ids[0] : 0ull);
	size = 4;
	R(syscall(NR_lsm_list_modules, ids, &size, 0));
	printf("needed: %u\n", size);
	R(syscall(NR_lsm_list_modules, ids, (void *)16, 0));
	size = sizeof ids;
	R(syscall(NR_lsm_list_modules, ids, &size, 1));
	static uint8_t ctx[4096];
	size = sizeof ctx;
	n = syscall(NR_lsm_get_self_attr, 100 /* LSM_ATTR_CURRENT */, ctx, &size, 0);
	printf("lsm_get_self_attr: %ld %s\n", n, n < 0 ? ename(errno) : "");
	uint64_t set[4] = { 0 /* LSM_ID_UNDEF */, 0, sizeof set, 0 };
	R(syscall(NR_lsm_set_self_attr, 100, set, sizeof set, 0));
	R(syscall(NR_lsm_set_self_attr, 100, set, sizeof set, 1));
	R(syscall(NR_lsm_set_self_attr, 100, (void *)16, sizeof set, 0));
}

static void futex2(void)
{
	static uint32_t w = 5, w2 = 0;
	/* futex_wait takes the kernel's 64-bit timespec, also on 32-bit ABIs */
	struct { int64_t tv_sec, tv_nsec; } ts;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ts.tv_sec = now.tv_sec;
	ts.tv_nsec = now.tv_nsec + 1000000;
	if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
	R(syscall(NR_futex_wake, &w, 0xfffffffful, 1, 2 | 128));
	R(syscall(NR_futex_wait, &w, 4ul, 0xfffffffful, 2 | 128, NULL, CLOCK_MONOTONIC));
	R(syscall(NR_futex_wait, &w, 5ul, 0xfffffffful, 2 | 128, &ts, CLOCK_MONOTONIC));
	R(syscall(NR_futex_wait, &w, 5ul, 0xfffffffful, 3 | 128, NULL, CLOCK_MONOTONIC));
	R(syscall(NR_futex_wait, (void *)16, 5ul, 0xfffffffful, 2, NULL, CLOCK_MONOTONIC));
	R(syscall(NR_futex_wake, (void *)16, 0xfffffffful, 1, 2));
	struct futex_waitv wv[2] = { { 5, (uint64_t)(uintptr_t)&w, 2 | 128, 0 }, { 0, (uint64_t)(uintptr_t)&w2, 2 | 128, 0 } };
	R(syscall(NR_futex_requeue, wv, 0, 1, 1));
	wv[0].val = 6;
	R(syscall(NR_futex_requeue, wv, 0, 1, 1));
	R(syscall(NR_futex_requeue, (void *)16, 0, 1, 1));
}

static void seal(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	p[pg] = 1;
	R(mprotect(p + pg, 2 * pg, PROT_READ));
	R(syscall(NR_mseal, p + pg, 2 * pg, 0));
	R(syscall(NR_mseal, p + pg, 2 * pg, 1));
	R(syscall(NR_mseal, p + 1, pg, 0));
	R(munmap(p, 4 * pg));
	R(munmap(p + 2 * pg, pg));
	R(mprotect(p + pg, pg, PROT_READ | PROT_WRITE));
	R(mprotect(p + pg, pg, PROT_READ));
	R(madvise(p + pg, pg, MADV_DONTNEED));
	R(madvise(p + pg, pg, MADV_WILLNEED));
	errno = 0;
	void *q = mremap(p + pg, pg, 2 * pg, MREMAP_MAYMOVE);
	printf("mremap sealed: %s\n", q == MAP_FAILED ? ename(errno) : "moved");
	q = mmap(p + pg, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	printf("mmap MAP_FIXED over sealed: %s\n", q == MAP_FAILED ? ename(errno) : "mapped");
	printf("sealed contents kept: %d\n", p[pg]);
	/* the unsealed neighbours still change */
	R(mprotect(p, pg, PROT_READ));
	R(munmap(p, pg));
	R(munmap(p + 3 * pg, pg));
	R(syscall(NR_mseal, p + 3 * pg, pg, 0));   /* unmapped now */
	R(syscall(NR_mseal, p + pg, 0, 0));

	/* map_shadow_stack: no shadow stacks here (the host's answer depends on its CPU) */
	errno = 0;
	long r = syscall(NR_map_shadow_stack, 0, 4096, 0);
	printf("map_shadow_stack refused: %s\n", r == -1 && (errno == ENOSYS || errno == EOPNOTSUPP) ? "yes" : "no");
}

/* MAP_DROPPABLE (6.11, a private anonymous type the kernel may zero) and
 * guard regions (MADV_GUARD_INSTALL/REMOVE, 6.13): a touched guard page is
 * SIGSEGV, removing the guard leaves zeroed memory.  On an older host kernel
 * both sides print its EINVAL. */
static int touch_in_child(volatile char *p)
{
	pid_t pid = fork();
	if (pid == 0) { p[0] = 1; _exit(0); }
	int st;
	waitpid(pid, &st, 0);
	return WIFSIGNALED(st) ? WTERMSIG(st) : 0;
}

static void newer_memory(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	errno = 0;
	char *d = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, 0x08 /* MAP_DROPPABLE */ | MAP_ANONYMOUS, -1, 0);
	printf("MAP_DROPPABLE: %s\n", d == MAP_FAILED ? ename(errno) : "mapped");
	if (d != MAP_FAILED) {
		strcpy(d + pg, "droppable");
		printf("MAP_DROPPABLE holds \"%s\"\n", d + pg);
		R(munmap(d, 2 * pg));
	}
	errno = 0;
	d = mmap(NULL, pg, PROT_READ, 0x08 | MAP_ANONYMOUS | MAP_SHARED, -1, 0);
	printf("MAP_DROPPABLE|MAP_SHARED: %s\n", d == MAP_FAILED ? ename(errno) : "mapped");
	char *g = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	g[pg] = 5;
	R(madvise(g + pg, pg, 102 /* MADV_GUARD_INSTALL */));
	printf("guard page touched: signal %d\n", touch_in_child(g + pg));
	printf("neighbour touched: signal %d\n", touch_in_child(g + 2 * pg));
	R(madvise(g + pg, pg, 103 /* MADV_GUARD_REMOVE */));
	printf("after removal: signal %d, contents %d\n", touch_in_child(g + pg), g[pg]);
	R(munmap(g, 3 * pg));
}

static void refusals(void)
{
	/* as root, then without CAP_SYS_MODULE and CAP_SYS_BOOT (EPERM where the
	 * kernel has modules and kexec); bad arguments only, nothing is loaded */
	R(syscall(SYS_finit_module, -1, "", 0));
	R(syscall(SYS_delete_module, "dm_none", 0));
	R(syscall(SYS_kexec_file_load, -1, -1, 0, NULL, 0));
	pid_t pid = fork();
	if (pid == 0) {
		struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
		struct __user_cap_data_struct d[2];
		if (syscall(SYS_capget, &h, d) == 0) {
			d[0].effective &= ~((1u << CAP_SYS_MODULE) | (1u << CAP_SYS_BOOT));
			syscall(SYS_capset, &h, d);
		}
		R(syscall(SYS_init_module, NULL, 0, ""));
		R(syscall(SYS_finit_module, -1, "", 0));
		R(syscall(SYS_delete_module, "dm_none", 0));
		R(syscall(SYS_kexec_load, 0, 0, NULL, 0));
		R(syscall(SYS_kexec_file_load, -1, -1, 0, NULL, 0));
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	R(syscall(SYS_lookup_dcookie, 0, NULL, 0));
	R(syscall(SYS_nfsservctl, 0, NULL, NULL));
}

int main(void)
{
	files();
	mounts();
	lsm();
	futex2();
	seal();
	newer_memory();
	refusals();
	return 0;
}
