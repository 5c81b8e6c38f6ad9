/* tests/unit/test_tables.c: the generated tables hold the kernel's values.
 * Every expected value below is a kernel fact (UAPI headers), not something
 * derived from our specs. */
#include <glib.h>
#include <string.h>

#include "emu/abi/xlat.h"
#include "generated/ids.h"

static const struct dm_abi *abi(const char *name)
{
	const struct dm_abi *a = dm_abi_find(name);
	g_assert_nonnull(a);
	return a;
}

static void test_sorted(void)
{
	g_assert_cmpuint(dm_nabis, ==, 22);
	for (size_t i = 0; i < dm_nabis; i++) {
		const struct dm_abi *a = dm_abis[i];
		for (uint32_t k = 0; k < a->nsyscalls; k++) {
			if (k) g_assert_cmpuint(a->syscalls[k - 1].nr, <, a->syscalls[k].nr);
			g_assert_true(dm_syscall_lookup(a, a->syscalls[k].nr) == &a->syscalls[k]);
			if (a->syscalls[k].sig) g_assert_cmpstr(a->syscalls[k].sig->name, ==, a->syscalls[k].name);
		}
		for (uint32_t k = 1; k < a->nioctls; k++) g_assert_cmpuint(a->ioctls[k - 1].guest, <=, a->ioctls[k].guest);
	}
}

static void expect_nr(const char *a, uint32_t nr, const char *name)
{
	const struct dm_syscall *s = dm_syscall_lookup(abi(a), nr);
	g_assert_nonnull(s);
	g_assert_cmpstr(s->name, ==, name);
}

static void test_numbers(void)
{
	expect_nr("x86_64", 0, "read");
	expect_nr("x86_64", 59, "execve");
	expect_nr("aarch64", 63, "read");
	expect_nr("aarch64", 56, "openat");
	expect_nr("aarch64", 435, "clone3");
	expect_nr("riscv64", 259, "riscv_flush_icache");
	expect_nr("x32", 0x40000000u + 0, "read");
	expect_nr("i386", 3, "read");
	expect_nr("i386", 403, "clock_gettime64");
	expect_nr("arm", 0x0f0005, "ARM_set_tls");
	expect_nr("mips-o32-be", 4003, "read");
	expect_nr("mips-n32-le", 6000, "read");
	expect_nr("mips-n64-be", 5000, "read");
	expect_nr("s390x", 3, "read");
	expect_nr("powerpc", 3, "read");
	expect_nr("alpha", 3, "read");
	g_assert_null(dm_syscall_lookup(abi("aarch64"), 1000000));
}

/* Register slots: 64-bit arguments on 32-bit ABIs take a pair, aligned where the ABI says. */
static void test_pairs(void)
{
	const struct dm_syscall *s = dm_syscall_lookup(abi("arm"), 180);   /* pread64(fd, buf, count, pos) */
	g_assert_cmpstr(s->name, ==, "pread64");
	g_assert_nonnull(s->sig);
	g_assert_cmpuint(s->sig->args[3].reg, ==, 4);      /* r3 skipped: the pair is r4/r5 */
	g_assert_cmpuint(s->sig->args[3].nregs, ==, 2);
	s = dm_syscall_lookup(abi("i386"), 180);
	g_assert_cmpstr(s->name, ==, "pread64");
	g_assert_cmpuint(s->sig->args[3].reg, ==, 3);      /* consecutive: esi/edi */
	s = dm_syscall_lookup(abi("aarch64"), 67);
	g_assert_cmpstr(s->name, ==, "pread64");
	g_assert_cmpuint(s->sig->args[3].nregs, ==, 1);
}

static void test_errno(void)
{
	/* ENOMSG is 42 on x86_64 (host), 35 on mips; EDEADLK 35 -> 45 on mips */
	g_assert_cmpint(dm_errno_to_guest(abi("mips-o32-be"), 42), ==, 35);
	g_assert_cmpint(dm_errno_to_guest(abi("mips-n64-le"), 35), ==, 45);
	g_assert_cmpint(dm_errno_to_guest(abi("aarch64"), 42), ==, 42);
	g_assert_cmpint(dm_errno_to_guest(abi("sparc64"), 11), ==, 11);  /* EAGAIN */
	g_assert_cmpint(dm_errno_to_guest(abi("sparc64"), 115), ==, 36); /* EINPROGRESS */
	g_assert_cmpint(dm_errno_to_guest(abi("alpha"), 11), ==, 35);    /* EAGAIN */
}

static void test_signals(void)
{
	const struct dm_abi *m = abi("mips-o32-le");
	g_assert_cmpint(dm_signal_to_guest(m, 10), ==, 16);  /* SIGUSR1 */
	g_assert_cmpint(dm_signal_to_host(m, 16), ==, 10);
	g_assert_cmpint(dm_signal_to_guest(m, 17), ==, 18);  /* SIGCHLD */
	g_assert_cmpint(dm_signal_to_guest(m, 19), ==, 23);  /* SIGSTOP */
	g_assert_cmpint(dm_signal_to_guest(m, 34), ==, 34);  /* SIGRTMIN+2 */
	g_assert_cmpint(dm_signal_to_host(m, 100), ==, 0);   /* beyond the host's 64 */
	g_assert_cmpint(dm_signal_to_guest(abi("aarch64"), 10), ==, 10);
	g_assert_cmpint(dm_signal_to_guest(abi("alpha"), 10), ==, 30); /* SIGUSR1 on alpha */
	g_assert_cmpint(dm_signal_to_guest(abi("sparc64"), 7), ==, 10); /* SIGBUS */
}

static void test_flags(void)
{
	const struct dm_constset *mips = abi("mips-o32-be")->sets[DM_SET_open_flags];
	uint64_t unknown;
	/* O_WRONLY|O_CREAT|O_TRUNC|O_APPEND: mips 0x1|0x100|0x200|0x8 -> host 0x1|0x40|0x200|0x400 */
	g_assert_cmphex(dm_flags_to_host(mips, 0x1 | 0x100 | 0x200 | 0x8, &unknown), ==, 0x1 | 0x40 | 0x200 | 0x400);
	g_assert_cmphex(unknown, ==, 0);
	g_assert_cmphex(dm_flags_to_guest(mips, 0x2 | 0x80000, &unknown), ==, 0x2 | 0x80000); /* O_RDWR|O_CLOEXEC */
	/* aarch64: O_DIRECTORY 0x4000 and O_NOFOLLOW 0x8000 (host 0x10000, 0x20000) */
	const struct dm_constset *a64 = abi("aarch64")->sets[DM_SET_open_flags];
	g_assert_false(a64->identity);
	g_assert_cmphex(dm_flags_to_host(a64, 0x4000 | 0x8000, NULL), ==, 0x10000 | 0x20000);
	g_assert_cmphex(dm_flags_to_guest(a64, 0x10000, NULL), ==, 0x4000);
	/* an undefined bit is reported, not dropped silently */
	dm_flags_to_host(a64, 0x40000000, &unknown);
	g_assert_cmphex(unknown, ==, 0x40000000);
	/* x86_64 guest: identity */
	g_assert_true(abi("x86_64")->sets[DM_SET_open_flags]->identity);
	const struct dm_constset *mm = abi("mips-n64-be")->sets[DM_SET_mmap_flags];
	g_assert_cmphex(dm_flags_to_host(mm, 0x800 | 0x2, NULL), ==, 0x20 | 0x2);  /* MAP_ANONYMOUS|MAP_PRIVATE */
}

static void expect_ioctl(const char *a, const char *name, uint32_t guest, uint32_t host)
{
	const struct dm_ioctl *io = dm_ioctl_lookup(abi(a), guest);
	g_assert_nonnull(io);
	/* several names may share a number (FIONREAD/TIOCINQ): find ours */
	while (io > abi(a)->ioctls && io[-1].guest == guest) io--;
	while (io->guest == guest && strcmp(io->name, name)) io++;
	g_assert_cmpstr(io->name, ==, name);
	g_assert_cmphex(io->host, ==, host);
}

static void test_ioctls(void)
{
	expect_ioctl("x86_64", "TCGETS", 0x5401, 0x5401);
	expect_ioctl("powerpc", "TCGETS", 0x402c7413, 0x5401);   /* _IOR('t', 19, struct termios), 44 bytes */
	expect_ioctl("mips-o32-be", "TCGETS", 0x540d, 0x5401);
	expect_ioctl("mips-o32-be", "TIOCGWINSZ", 0x40087468, 0x5413);
	expect_ioctl("aarch64", "BLKGETSIZE64", 0x80081272, 0x80081272);
	expect_ioctl("arm", "BLKGETSIZE64", 0x80041272, 0x80081272);  /* size_t is 4 bytes on arm */
	expect_ioctl("sparc64", "TIOCGWINSZ", 0x40087468, 0x5413);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/tables/sorted", test_sorted);
	g_test_add_func("/tables/numbers", test_numbers);
	g_test_add_func("/tables/pairs", test_pairs);
	g_test_add_func("/tables/errno", test_errno);
	g_test_add_func("/tables/signals", test_signals);
	g_test_add_func("/tables/flags", test_flags);
	g_test_add_func("/tables/ioctls", test_ioctls);
	return g_test_run();
}
