/* tests/guest/test_sys.c: unit tests of the syscall layer (emu/sys, emu/strace)
 * with a fake CPU/arch and a fake guest memory map: dm_syscall() reads the
 * number and arguments from fake registers, the generated aarch64 tables
 * drive the marshaller, the host kernel answers. */
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <linux/userfaultfd.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/abi/xlat.h"
#include "emu/mm/mm.h"
#include "emu/process.h"
#include "emu/strace/strace.h"
#include "emu/sys/internal.h"
#include "emu/sys/sys.h"

/* ---- fakes: process, report, guest memory, arch ------------------------------ */

struct dm_process dm_proc;
uintptr_t dm_guest_base;
static int reports;
void dm_report_once(const char *kind, const char *name) { reports++; }

#define ARENA (1u << 20)
static uint8_t *arena;          /* the only guest memory: read/write */
static uint8_t emu_secret[64];  /* host memory that is not guest memory */

bool dm_mm_access_ok(uint64_t addr, uint64_t len, int prot)
{
	uint64_t lo = (uint64_t)(uintptr_t)arena;
	return addr >= lo && addr + len >= addr && addr + len <= lo + ARENA;
}
/* the map queries of emu/mm the syscall layer uses (numa.c, pmadvise.c) */
uint64_t dm_mm_page_size(void) { return 4096; }
bool dm_mm_covered(uint64_t addr, uint64_t len) { return dm_mm_access_ok(addr, len, 0); }
bool dm_mm_seal_blocks_discard(uint64_t addr, uint64_t len) { return false; }
uint64_t dm_mm_limit(void) { return 1ull << 47; }
void dm_mm_userfaultfd_seen(void) {}
/* the arena is the only mapping (userfaultfd.c walks the map) */
bool dm_mm_next(uint64_t addr, struct dm_vma *out)
{
	uint64_t lo = (uint64_t)(uintptr_t)arena;
	if (addr >= lo + ARENA) return false;
	*out = (struct dm_vma){ .start = lo, .end = lo + ARENA, .prot = DM_PROT_READ | DM_PROT_WRITE };
	return true;
}
int dm_copy_from_guest(void *dst, uint64_t src, size_t n)
{
	if (!dm_mm_access_ok(src, n, DM_PROT_READ)) return -EFAULT;
	memcpy(dst, (void *)(uintptr_t)src, n);
	return 0;
}
int dm_copy_to_guest(uint64_t dst, const void *src, size_t n)
{
	if (!dm_mm_access_ok(dst, n, DM_PROT_WRITE)) return -EFAULT;
	memcpy((void *)(uintptr_t)dst, src, n);
	return 0;
}
long dm_guest_strnlen(uint64_t addr, size_t max)
{
	for (size_t i = 0; i < max; i++) {
		if (!dm_mm_access_ok(addr + i, 1, DM_PROT_READ)) return -EFAULT;
		if (!*(char *)(uintptr_t)(addr + i)) return (long)i;
	}
	return -ENAMETOOLONG;
}

/* registers in aarch64's numbering (specs/abi/aarch64.lua regs: x0..x30, sp) */
struct fake_cpu {
	struct dm_cpu base;
	uint64_t x[32], sp, tls;
};
static void f_sp(struct dm_cpu *c, uint64_t v) { ((struct fake_cpu *)c)->sp = v; }
static void f_tls(struct dm_cpu *c, uint64_t v) { ((struct fake_cpu *)c)->tls = v; }
#define X(n) (uint16_t)(offsetof(struct fake_cpu, x) + 8 * (n))
static const uint16_t f_reg_off[32] = {
	X(0), X(1), X(2), X(3), X(4), X(5), X(6), X(7), X(8), X(9), X(10), X(11), X(12), X(13), X(14), X(15),
	X(16), X(17), X(18), X(19), X(20), X(21), X(22), X(23), X(24), X(25), X(26), X(27), X(28), X(29), X(30), X(31),
};
#undef X
static const struct dm_arch fake_arch = {
	.name = "aarch64", .abi_name = "aarch64", .reg_off = f_reg_off, .nregs = 32, .reg_size = 8,
	.set_sp = f_sp, .set_tls = f_tls,
};
const struct dm_arch *dm_arch_by_elf(uint16_t m, uint8_t c, uint8_t d) { return m == 183 ? &fake_arch : NULL; }

static struct fake_cpu cpu;

/* guest allocation from the arena */
static size_t used;
static uint64_t galloc(size_t n)
{
	uint64_t a = (uint64_t)(uintptr_t)(arena + used);
	used += (n + 15) & ~(size_t)15;
	g_assert_cmpuint(used, <, ARENA);
	memset((void *)(uintptr_t)a, 0, n);
	return a;
}
static uint64_t gstr(const char *s)
{
	uint64_t a = galloc(strlen(s) + 1);
	strcpy((char *)(uintptr_t)a, s);
	return a;
}

static int64_t sc(const char *name, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5)
{
	const struct dm_abi *abi = dm_proc.abi;
	uint64_t nr = 99999;
	for (uint32_t i = 0; i < abi->nsyscalls; i++)
		if (!strcmp(abi->syscalls[i].name, name)) nr = abi->syscalls[i].nr;
	if (strcmp(name, "bogus")) g_assert_cmpuint(nr, !=, 99999);
	memset(&cpu, 0, sizeof cpu);
	cpu.base.arch = &fake_arch;
	/* the registers the current ABI's convention names (a test may switch
	 * dm_proc.abi: the same register file then plays that ABI's registers) */
	const struct dm_sysregs *r = &abi->regs;
	uint64_t a[6] = { a0, a1, a2, a3, a4, a5 };
	for (int i = 0; i < 6 && i < r->nargs; i++) cpu.x[r->args[i]] = a[i];
	if (r->sp != DM_REG_NONE) {
		/* o32: the rest are words on the stack at sp + 16, in the guest's byte order */
		uint64_t sp = galloc(64);
		cpu.x[r->sp] = sp;
		g_assert_cmpuint(abi->bits, ==, 32);
		for (int i = r->nargs; i < 6; i++) {
			uint32_t w = abi->endian == DM_BIG ? __builtin_bswap32((uint32_t)a[i]) : (uint32_t)a[i];
			memcpy((void *)(uintptr_t)(sp + r->stack_off + 4 * (i - r->nargs)), &w, 4);
		}
	}
	cpu.x[r->nr] = nr;
	dm_syscall(&cpu.base);
	if (abi->errconv == DM_ERR_A3_FLAG && cpu.x[r->err]) return -(int64_t)cpu.x[r->ret];
	g_assert_cmpint(abi->errconv, ==, abi->errconv == DM_ERR_A3_FLAG ? DM_ERR_A3_FLAG : DM_ERR_NEGATIVE);
	return (int64_t)cpu.x[r->ret];
}
#define SC0(n) sc(n, 0, 0, 0, 0, 0, 0)
#define SC1(n, a) sc(n, (uint64_t)(a), 0, 0, 0, 0, 0)
#define SC2(n, a, b) sc(n, (uint64_t)(a), (uint64_t)(b), 0, 0, 0, 0)
#define SC3(n, a, b, c) sc(n, (uint64_t)(a), (uint64_t)(b), (uint64_t)(c), 0, 0, 0)
#define SC4(n, a, b, c, d) sc(n, (uint64_t)(a), (uint64_t)(b), (uint64_t)(c), (uint64_t)(d), 0, 0)
#define SC5(n, a, b, c, d, e) sc(n, (uint64_t)(a), (uint64_t)(b), (uint64_t)(c), (uint64_t)(d), (uint64_t)(e), 0)

#define G_AT_FDCWD ((uint64_t)-100)
#define G_O_DIRECTORY 0x4000u       /* aarch64 values (x86_64: 0x10000) */
#define G_O_LARGEFILE 0x20000u

/* ---- tests ------------------------------------------------------------------ */

static void test_ids(void)
{
	g_assert_cmpint(SC0("getpid"), ==, getpid());
	g_assert_cmpint(SC0("getppid"), ==, getppid());
	g_assert_cmpint(SC0("getuid"), ==, getuid());
}

static void test_enosys(void)
{
	int before = reports;
	/* every number of the aarch64 table has a signature now (docs/abi-report.md):
	 * an unknown number is the case left */
	g_assert_cmpint(sc("bogus", 0, 0, 0, 0, 0, 0), ==, -ENOSYS);
	g_assert_cmpint(reports, ==, before);                     /* silent without -d unimp */
	dm_proc.log_mask |= DM_LOG_UNIMP;
	g_assert_cmpint(sc("bogus", 0, 0, 0, 0, 0, 0), ==, -ENOSYS);
	g_assert_cmpint(reports, ==, before + 1);
	dm_proc.log_mask &= ~DM_LOG_UNIMP;
	g_assert_cmpint(SC4("rseq", 0, 0, 0, 0), ==, -ENOSYS);   /* documented refusal */
	g_assert_cmpint(SC3("lookup_dcookie", 0, 0, 0), ==, -ENOSYS);   /* removed from the kernel */
}

static void test_pipe_rw(void)
{
	uint64_t fds = galloc(8), buf = gstr("hello, guest"), in = galloc(64);
	g_assert_cmpint(SC2("pipe2", fds, 0), ==, 0);
	int *f = (int *)(uintptr_t)fds;
	g_assert_cmpint(SC3("write", f[1], buf, 12), ==, 12);
	g_assert_cmpint(SC3("read", f[0], in, 64), ==, 12);
	g_assert_cmpstr((char *)(uintptr_t)in, ==, "hello, guest");
	/* host memory outside the guest map: EFAULT, and nothing is read or written */
	memcpy(emu_secret, "secret", 7);
	g_assert_cmpint(SC3("write", f[1], (uint64_t)(uintptr_t)emu_secret, 6), ==, -EFAULT);
	g_assert_cmpint(SC3("read", f[0], (uint64_t)(uintptr_t)emu_secret, 6), ==, -EFAULT);
	g_assert_cmpint(SC3("write", f[1], 0x10, 6), ==, -EFAULT);
	g_assert_cmpint(SC2("pipe2", (uint64_t)(uintptr_t)emu_secret, 0), ==, -EFAULT);
	g_assert_cmpint(SC3("write", 12345, buf, 1), ==, -EBADF);
	/* readv with an iovec array (struct array, count from vlen) */
	uint64_t iov = galloc(32), a = galloc(8), b = galloc(8);
	SC3("write", f[1], buf, 12);
	uint64_t *v = (uint64_t *)(uintptr_t)iov;
	v[0] = a; v[1] = 5; v[2] = b; v[3] = 7;
	g_assert_cmpint(SC3("readv", f[0], iov, 2), ==, 12);
	g_assert_cmpint(memcmp((void *)(uintptr_t)a, "hello", 5), ==, 0);
	g_assert_cmpint(memcmp((void *)(uintptr_t)b, ", guest", 7), ==, 0);
	SC1("close", f[0]);
	SC1("close", f[1]);
}

static void test_open_flags(void)
{
	int64_t fd = SC4("openat", G_AT_FDCWD, gstr("/"), G_O_DIRECTORY, 0);
	g_assert_cmpint(fd, >=, 0);
	SC1("close", fd);
	/* guest O_DIRECTORY must reach the host as O_DIRECTORY: /dev/null is not a directory */
	g_assert_cmpint(SC4("openat", G_AT_FDCWD, gstr("/dev/null"), G_O_DIRECTORY, 0), ==, -ENOTDIR);
	g_assert_cmpint(SC4("openat", G_AT_FDCWD, gstr("/nonexistent/x"), 0, 0), ==, -ENOENT);
	g_assert_cmpint(SC4("openat", G_AT_FDCWD, (uint64_t)(uintptr_t)"/dev/null", 0, 0), ==, -EFAULT);
	fd = SC4("openat", G_AT_FDCWD, gstr("/dev/null"), O_RDWR | O_NONBLOCK, 0);
	g_assert_cmpint(fd, >=, 0);
	/* F_GETFL: the host's O_LARGEFILE (0x8000) comes back as the guest's (0x20000) */
	int64_t fl = SC3("fcntl", fd, F_GETFL, 0);
	g_assert_cmpint(fl & 3, ==, O_RDWR);
	g_assert_cmpint(fl & O_NONBLOCK, ==, O_NONBLOCK);
	g_assert_cmpint(fl & G_O_LARGEFILE, ==, G_O_LARGEFILE);
	g_assert_cmpint(fl & 0x8000, ==, 0);
	g_assert_cmpint(SC3("fcntl", fd, F_GETFD, 0), ==, 0);
	g_assert_cmpint(SC3("fcntl", fd, F_SETFD, FD_CLOEXEC), ==, 0);
	g_assert_cmpint(SC3("fcntl", fd, F_GETFD, 0), ==, FD_CLOEXEC);
	int64_t d = SC3("fcntl", fd, F_DUPFD_CLOEXEC, 50);
	g_assert_cmpint(d, >=, 50);
	SC1("close", d);
	SC1("close", fd);
}

static void test_stat(void)
{
	char tmp[] = "/tmp/dm_test_sysXXXXXX";
	int hfd = mkstemp(tmp);
	g_assert_cmpint(write(hfd, "0123456789", 10), ==, 10);
	struct stat hs;
	fstat(hfd, &hs);
	uint64_t st = galloc(128);
	g_assert_cmpint(SC2("fstat", hfd, st), ==, 0);
	uint8_t *g = (uint8_t *)(uintptr_t)st;
	uint32_t mode;
	int64_t size;
	uint64_t ino;
	memcpy(&ino, g + 8, 8);
	memcpy(&mode, g + 16, 4);      /* aarch64 struct stat: st_mode at 16 (x86_64: 24) */
	memcpy(&size, g + 48, 8);      /* st_size at 48 */
	g_assert_cmpuint(ino, ==, hs.st_ino);
	g_assert_cmpuint(mode, ==, hs.st_mode);
	g_assert_cmpint(size, ==, 10);
	g_assert_cmpint(SC4("newfstatat", G_AT_FDCWD, gstr(tmp), st, 0), ==, 0);
	memcpy(&size, g + 48, 8);
	g_assert_cmpint(size, ==, 10);
	g_assert_cmpint(SC4("newfstatat", G_AT_FDCWD, gstr(tmp), 0x1000, 0), ==, -EFAULT);
	g_assert_cmpint(SC4("newfstatat", G_AT_FDCWD, 0x1000, st, 0), ==, -EFAULT);
	/* lseek + pread64 (loff) */
	g_assert_cmpint(SC3("lseek", hfd, 3, SEEK_SET), ==, 3);
	uint64_t b = galloc(8);
	g_assert_cmpint(SC4("pread64", hfd, b, 4, 5), ==, 4);
	g_assert_cmpint(memcmp((void *)(uintptr_t)b, "5678", 4), ==, 0);
	close(hfd);
	unlink(tmp);
}

static void test_time_uname(void)
{
	uint64_t ts = galloc(16);
	g_assert_cmpint(SC2("clock_gettime", CLOCK_MONOTONIC, ts), ==, 0);
	int64_t *t = (int64_t *)(uintptr_t)ts;
	g_assert_cmpint(t[1], >=, 0);
	g_assert_cmpint(t[1], <, 1000000000);
	g_assert_cmpint(SC2("clock_gettime", 12345, ts), ==, -EINVAL);
	uint64_t u = galloc(390);
	g_assert_cmpint(SC1("uname", u), ==, 0);
	g_assert_cmpstr((char *)(uintptr_t)u + 4 * 65, ==, "aarch64");
	g_assert_cmpint(SC1("uname", 0x10), ==, -EFAULT);
	uint64_t cwd = galloc(4096);
	int64_t n = SC2("getcwd", cwd, 4096);
	g_assert_cmpint(n, >, 0);
	char *hc = g_get_current_dir();
	g_assert_cmpstr((char *)(uintptr_t)cwd, ==, hc);
	g_free(hc);
	uint64_t rl = galloc(16);
	g_assert_cmpint(SC4("prlimit64", 0, RLIMIT_NOFILE, 0, rl), ==, 0);
	g_assert_cmpuint(((uint64_t *)(uintptr_t)rl)[0], >, 0);
	uint64_t r = galloc(64);
	g_assert_cmpint(SC3("getrandom", r, 32, 0), ==, 32);
}

static void test_poll_sigset(void)
{
	uint64_t fds = galloc(8);
	SC2("pipe2", fds, 0);
	int *f = (int *)(uintptr_t)fds;
	SC3("write", f[1], gstr("x"), 1);
	uint64_t pfd = galloc(8), ts = galloc(16), ss = galloc(8);
	struct pollfd *p = (struct pollfd *)(uintptr_t)pfd;
	p->fd = f[0];
	p->events = POLLIN;
	*(uint64_t *)(uintptr_t)ss = 1ull << (SIGUSR1 - 1);
	g_assert_cmpint(SC5("ppoll", pfd, 1, ts, ss, 8), ==, 1);
	g_assert_cmpint(p->revents, ==, POLLIN);
	g_assert_cmpint(SC5("ppoll", pfd, 1, ts, ss, 16), ==, -EINVAL);   /* wrong sigsetsize */
	/* pselect6 with fd_set */
	uint64_t rs = galloc(128);
	((uint64_t *)(uintptr_t)rs)[0] = 1ull << f[0] | 1ull << f[1];
	g_assert_cmpint(sc("pselect6", f[1] + 1, rs, 0, 0, ts, 0), ==, 1);
	g_assert_cmpuint(((uint64_t *)(uintptr_t)rs)[0], ==, 1ull << f[0]);
	SC1("close", f[0]);
	SC1("close", f[1]);
}

static void test_ioctl(void)
{
	int64_t fd = SC4("openat", G_AT_FDCWD, gstr("/dev/null"), 0, 0);
	uint64_t ws = galloc(8);
	g_assert_cmpint(SC3("ioctl", fd, 0x5413 /* TIOCGWINSZ */, ws), ==, -ENOTTY);
	g_assert_cmpint(SC3("ioctl", fd, 0x7fff1234, ws), ==, -ENOTTY);
	SC1("close", fd);
	uint64_t fds = galloc(8), n = galloc(4);
	SC2("pipe2", fds, 0);
	int *f = (int *)(uintptr_t)fds;
	SC3("write", f[1], gstr("abc"), 3);
	g_assert_cmpint(SC3("ioctl", f[0], 0x541b /* FIONREAD */, n), ==, 0);
	g_assert_cmpint(*(int *)(uintptr_t)n, ==, 3);
	g_assert_cmpint(SC3("ioctl", f[0], 0x541b, 0x10), ==, -EFAULT);
	SC1("close", f[0]);
	SC1("close", f[1]);
}

static void test_fork_wait(void)
{
	int64_t pid = SC5("clone", SIGCHLD, 0, 0, 0, 0);
	if (pid == 0) SC1("exit_group", 7);
	g_assert_cmpint(pid, >, 0);
	uint64_t st = galloc(4);
	g_assert_cmpint(SC4("wait4", pid, st, 0, 0), ==, pid);
	int s = *(int *)(uintptr_t)st;
	g_assert_true(WIFEXITED(s));
	g_assert_cmpint(WEXITSTATUS(s), ==, 7);
	g_assert_cmpint(SC4("wait4", -1, st, WNOHANG, 0), ==, -ECHILD);
	/* CLONE_VM without CLONE_VFORK: threads are a later issue */
	g_assert_cmpint(SC5("clone", 0x100 | SIGCHLD, 0, 0, 0, 0), ==, -ENOSYS);
}

static void test_getdents(void)
{
	char dir[] = "/tmp/dm_test_dirXXXXXX";
	g_assert_nonnull(mkdtemp(dir));
	char *f = g_build_filename(dir, "afile", NULL);
	g_file_set_contents(f, "", 0, NULL);
	int64_t fd = SC4("openat", G_AT_FDCWD, gstr(dir), G_O_DIRECTORY, 0);
	uint64_t buf = galloc(4096);
	int64_t n = SC3("getdents64", fd, buf, 4096);
	g_assert_cmpint(n, >, 0);
	int found = 0;
	for (int64_t off = 0; off < n;) {
		uint8_t *r = (uint8_t *)(uintptr_t)buf + off;
		uint16_t reclen;
		memcpy(&reclen, r + 16, 2);
		if (!strcmp((char *)r + 19, "afile")) found = 1;
		off += reclen;
	}
	g_assert_true(found);
	SC1("close", fd);
	unlink(f);
	rmdir(dir);
	g_free(f);
}

static void test_readlink_exe(void)
{
	dm_proc.exe_path = "/usr/bin/guest-program";
	uint64_t b = galloc(256);
	int64_t n = SC4("readlinkat", G_AT_FDCWD, gstr("/proc/self/exe"), b, 256);
	g_assert_cmpint(n, ==, (int64_t)strlen(dm_proc.exe_path));
	g_assert_cmpint(memcmp((void *)(uintptr_t)b, dm_proc.exe_path, n), ==, 0);
	g_assert_cmpint(SC4("readlinkat", G_AT_FDCWD, gstr("/proc/self/exe"), b, 0), ==, -EINVAL);
}

static void test_socketpair(void)
{
	uint64_t sv = galloc(8), b = galloc(16);
	g_assert_cmpint(SC4("socketpair", AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), ==, 0);
	int *s = (int *)(uintptr_t)sv;
	g_assert_cmpint(sc("sendto", s[0], gstr("ping"), 4, 0, 0, 0), ==, 4);
	g_assert_cmpint(sc("recvfrom", s[1], b, 16, 0, 0, 0), ==, 4);
	uint64_t v = galloc(4), l = galloc(4);
	*(int *)(uintptr_t)l = 4;
	g_assert_cmpint(SC5("getsockopt", s[0], SOL_SOCKET, SO_TYPE, v, l), ==, 0);
	g_assert_cmpint(*(int *)(uintptr_t)v, ==, SOCK_STREAM);
	SC1("close", s[0]);
	SC1("close", s[1]);
}

static void test_strace(void)
{
	char *path = NULL;
	int tfd = g_file_open_tmp("dm_strace_XXXXXX", &path, NULL);
	FILE *log = fdopen(tfd, "w+");
	dm_proc.log = log;
	dm_proc.log_mask |= DM_LOG_STRACE;
	int64_t fd = SC4("openat", G_AT_FDCWD, gstr("/dev/null"), O_WRONLY | 0x80000 /* O_CLOEXEC */, 0);
	SC4("openat", G_AT_FDCWD, gstr("/nonexistent"), 0, 0);
	int64_t fd2 = SC4("openat", G_AT_FDCWD, gstr(path), O_WRONLY | O_CREAT, 0600);
	SC1("close", fd2);
	SC3("write", fd, gstr("hi\n"), 3);
	SC1("close", fd);
	dm_proc.log_mask &= ~DM_LOG_STRACE;
	dm_proc.log = NULL;
	fflush(log);
	char *text = NULL;
	g_file_get_contents(path, &text, NULL, NULL);
	/* no mode without O_CREAT/O_TMPFILE, as strace; short lines' results at column 40 */
	char *want1 = g_strdup_printf("openat(AT_FDCWD, \"/dev/null\", O_WRONLY|O_CLOEXEC) = %d\n", (int)fd);
	char *want2 = g_strdup_printf("openat(AT_FDCWD, \"%s\", O_WRONLY|O_CREAT, 0600) = %d\n", path, (int)fd2);
	char *want3 = g_strdup_printf("write(%d, \"hi\\n\", 3)", (int)fd);
	g_test_message("strace output:\n%s", text);
	g_assert_nonnull(strstr(text, want1));
	g_assert_nonnull(strstr(text, want2));
	g_assert_nonnull(strstr(text, "openat(AT_FDCWD, \"/nonexistent\", O_RDONLY) = -1 ENOENT (No such file or directory)"));
	const char *w = strstr(text, want3);
	g_assert_nonnull(w);
	const char *eol = strchr(w, '\n'), *sol = w;
	while (sol > text && sol[-1] != '\n') sol--;
	g_assert_cmpint(eol - sol, ==, 40 + 3);   /* "= 3" from column 40 */
	g_assert_cmpint(strncmp(eol - 3, "= 3", 3), ==, 0);
	g_free(want2);
	fclose(log);
	unlink(path);
	g_free(path);
	g_free(text);
	g_free(want1);
	g_free(want3);
}

/* 64-bit pairs and byte order on a 32-bit big-endian ABI, from its table */
static void test_pairs(void)
{
	const struct dm_abi *mips = dm_abi_find("mips-o32-be");
	g_assert_nonnull(mips);
	const struct dm_sig *s = NULL;
	for (uint32_t i = 0; i < mips->nsyscalls; i++)
		if (!strcmp(mips->syscalls[i].name, "pread64")) s = mips->syscalls[i].sig;
	g_assert_nonnull(s);
	const struct dm_arg *pos = &s->args[3];
	g_assert_cmpint(pos->nregs, ==, 2);
	uint64_t raw[8] = { 0 };
	raw[pos->reg] = 0x11223344;        /* big-endian: high word first */
	raw[pos->reg + 1] = 0x55667788;
	g_assert_cmpuint(dm_arg_value(mips, raw, pos), ==, 0x1122334455667788ull);
	/* int arguments are sign-extended from 32 bits */
	raw[0] = 0xffffff9c;
	g_assert_cmpint((int64_t)dm_arg_value(mips, raw, &s->args[0]), ==, -100);
	g_assert_cmpint(dm_dirfd_to_host(mips, 0xffffff9c), ==, AT_FDCWD);
	/* sigsets: guest SIGUSR1 is 16 on MIPS, 10 on the host */
	unsigned gs = dm_guest_sigset_size(mips);
	g_assert_cmpuint(gs, ==, 16);
	uint8_t g[16] = { 0 };
	dm_gsigset_to_guest(mips, g, gs, 1ull << (SIGUSR1 - 1));
	g_assert_cmpuint(g[2], ==, 0x80);  /* bit 15 of the first big-endian 32-bit word */
	g_assert_cmpuint(dm_gsigset_to_host(mips, g, gs), ==, 1ull << (SIGUSR1 - 1));
	/* wait status: killed by host SIGUSR1 -> guest 16 */
	g_assert_cmpint(dm_wstatus_to_guest(mips, SIGUSR1) & 0x7f, ==, 16);
	/* flags through a non-identity set */
	const struct dm_constset *of = mips->sets[DM_SET_open_flags];
	g_assert_cmpuint(dm_set_to_host(of, 0x100 /* mips O_CREAT */), ==, O_CREAT);
}

/* docs/adding-a-syscall.md: landlock_create_ruleset got its signature from a
 * specs-only change; the guest now sees the host's answer, not ENOSYS. */
/* Node masks on a 32-bit big-endian ABI: the guest gets guest longs in its
 * byte order, bit for bit the host kernel's answer. */
static void test_nodemask_bigendian(void)
{
	const struct dm_abi *saved = dm_proc.abi;
	dm_proc.abi = dm_abi_find("mips-o32-be");
	g_assert_nonnull(dm_proc.abi);
	uint64_t gmask = galloc(8);
	memset((void *)(uintptr_t)gmask, 0xee, 8);
	g_assert_cmpint(sc("get_mempolicy", 0, gmask, 65, 0, 4 /* MPOL_F_MEMS_ALLOWED */, 0), ==, 0);
	unsigned long h[2] = { 0, 0 };
	g_assert_cmpint(syscall(SYS_get_mempolicy, NULL, h, 65, NULL, 4), ==, 0);
	const uint8_t *g = (const uint8_t *)(uintptr_t)gmask;
	uint32_t w0 = (uint32_t)g[0] << 24 | g[1] << 16 | g[2] << 8 | g[3];
	uint32_t w1 = (uint32_t)g[4] << 24 | g[5] << 16 | g[6] << 8 | g[7];
	g_assert_cmpuint(w0, ==, (uint32_t)h[0]);
	g_assert_cmpuint(w1, ==, (uint32_t)(h[0] >> 32));
	g_assert_cmpuint(w0 & 1, ==, 1);                          /* node 0 is always allowed here */
	/* set_mempolicy reads the mask the same way: binding to node 0 and back */
	uint64_t one = galloc(4);
	memcpy((void *)(uintptr_t)one, "\0\0\0\1", 4);
	g_assert_cmpint(sc("set_mempolicy", 2 /* MPOL_BIND */, one, 33, 0, 0, 0), ==, 0);
	int mode = -1;
	g_assert_cmpint(syscall(SYS_get_mempolicy, &mode, h, 65, NULL, 0), ==, 0);
	g_assert_cmpint(mode, ==, 2);
	g_assert_cmpuint(h[0], ==, 1);
	g_assert_cmpint(sc("set_mempolicy", 0, 0, 0, 0, 0, 0), ==, 0);
	dm_proc.abi = saved;
}

/* userfaultfd: only guest memory can be registered.  Host memory outside the
 * map (the emulator's) is an unmapped range to the guest: EINVAL; a range
 * that runs past the guest's mapping registers its guest part only. */
static void test_uffd_guest_only(void)
{
	int64_t fd = SC1("userfaultfd", O_CLOEXEC);
	g_assert_cmpint(fd, >=, 0);
	uint64_t *api = (uint64_t *)(uintptr_t)galloc(24);
	api[0] = UFFD_API;
	g_assert_cmpint(SC3("ioctl", fd, UFFDIO_API, (uintptr_t)api), ==, 0);
	g_assert_cmpuint(api[0], ==, UFFD_API);
	char *emu = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint64_t *reg = (uint64_t *)(uintptr_t)galloc(32);
	reg[0] = (uintptr_t)emu, reg[1] = 8192, reg[2] = UFFDIO_REGISTER_MODE_MISSING;
	g_assert_cmpint(SC3("ioctl", fd, UFFDIO_REGISTER, (uintptr_t)reg), ==, -EINVAL);
	uint64_t last = (uint64_t)(uintptr_t)arena + ARENA - 4096;
	reg[0] = last, reg[1] = 8192, reg[3] = 0;
	g_assert_cmpint(SC3("ioctl", fd, UFFDIO_REGISTER, (uintptr_t)reg), ==, 0);
	g_assert_cmpuint(reg[3] & (1ull << _UFFDIO_COPY), !=, 0);
	/* the host agrees: the arena's last page is registered, the emulator's page is not */
	struct uffdio_zeropage z = { { last, 4096 }, 0, 0 };
	g_assert_cmpint(ioctl((int)fd, UFFDIO_ZEROPAGE, &z), ==, 0);
	g_assert_cmpint(z.zeropage, ==, 4096);
	z = (struct uffdio_zeropage){ { (uintptr_t)emu, 4096 }, 0, 0 };
	g_assert_cmpint(ioctl((int)fd, UFFDIO_ZEROPAGE, &z), ==, -1);
	g_assert_cmpint(errno, ==, ENOENT);
	close((int)fd);
	munmap(emu, 8192);
}

static void test_landlock(void)
{
	long host = syscall(444, NULL, 0, 1);
	int64_t want = host >= 0 ? host : -errno;
	g_assert_cmpint(SC3("landlock_create_ruleset", 0, 0, 1), ==, want);
	g_assert_cmpint(SC3("landlock_create_ruleset", 0x10, 8, 0), ==, host >= 0 ? -EFAULT : want);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	/* below 2 GiB, so that 32-bit ABIs (guest base 0 here) can point into it too */
	arena = mmap(NULL, ARENA, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	dm_proc.abi = dm_abi_find("aarch64");
	dm_proc.arch = &fake_arch;
	g_test_add_func("/sys/ids", test_ids);
	g_test_add_func("/sys/enosys", test_enosys);
	g_test_add_func("/sys/pipe_rw_efault", test_pipe_rw);
	g_test_add_func("/sys/open_flags_fcntl", test_open_flags);
	g_test_add_func("/sys/stat", test_stat);
	g_test_add_func("/sys/time_uname_cwd", test_time_uname);
	g_test_add_func("/sys/poll_sigset", test_poll_sigset);
	g_test_add_func("/sys/ioctl", test_ioctl);
	g_test_add_func("/sys/fork_wait", test_fork_wait);
	g_test_add_func("/sys/getdents", test_getdents);
	g_test_add_func("/sys/readlink_exe", test_readlink_exe);
	g_test_add_func("/sys/socketpair", test_socketpair);
	g_test_add_func("/sys/strace", test_strace);
	g_test_add_func("/sys/pairs_bigendian", test_pairs);
	g_test_add_func("/sys/landlock_from_specs", test_landlock);
	g_test_add_func("/sys/userfaultfd_guest_only", test_uffd_guest_only);
	g_test_add_func("/sys/nodemask_bigendian", test_nodemask_bigendian);
	return g_test_run();
}
