/* tests/guest/errors.c: the kernel's errors, including EFAULT for bad pointers. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <linux/sched.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <time.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

#include "common.h"

/* 2^n as a long: counts whose low 32 bits are zero (the kernel truncates
 * them to an int); a 32-bit long is that truncation already */
#define DM_BIG(n) ((long)(1ULL << (n)))

#ifndef SYS_newfstatat   /* 32-bit ABIs: the 64-bit stat (printed under the same name) */
#define SYS_newfstatat SYS_fstatat64
#endif

int main(void)
{
	void *bad = (void *)16;
	R(syscall(SYS_write, 1, bad, 10));
	int q[2];
	pipe(q);
	write(q[1], "data", 4);
	R(syscall(SYS_read, q[0], bad, 10));
	R(syscall(SYS_openat, AT_FDCWD, bad, O_RDONLY));
	struct stat st;
	R(syscall(SYS_newfstatat, AT_FDCWD, "/", bad, 0));
	R(syscall(SYS_fstat, 0, bad));
	R(syscall(SYS_getcwd, bad, 100));
	R(syscall(SYS_uname, bad));
	R(syscall(SYS_pipe2, bad, 0));
	R(syscall(SYS_clock_gettime, CLOCK_REALTIME, bad));
	struct iovec iov = { bad, 10 };
	R(writev(1, &iov, 1));
	R(syscall(SYS_readlinkat, AT_FDCWD, "/proc/self/exe", bad, 100));
	R(open("/nonexistent/file", O_RDONLY));
	R(open("/", O_WRONLY));
	R(close(-1));
	R(close(9999));
	R(read(9999, &st, 1));
	R(lseek(0, 0, 99));
	int p[2];
	pipe(p);
	R(lseek(p[0], 0, SEEK_SET));
	close(p[0]);
	signal(SIGPIPE, SIG_IGN);
	R(write(p[1], "x", 1));
	R(mkdir("/tmp", 0700));
	R(mkdir("/nonexistent/a/b", 0700));
	R(open("/etc/passwd/x", O_RDONLY));
	R(rmdir("/etc/passwd"));
	R(unlink("/tmp"));
	char longp[5000];
	memset(longp, 'a', sizeof longp - 1);
	longp[0] = '/';
	longp[sizeof longp - 1] = 0;
	R(open(longp, O_RDONLY));
	R(kill(INT_MAX, 0));
	R(kill(getpid(), 12345));
	R(waitpid(-1, NULL, WNOHANG));
	R(accept(0, NULL, NULL));
	R(dup2(1, -1));
	R(fcntl(1, 12345));
	R(syscall(SYS_openat, AT_FDCWD, "/", O_RDONLY | O_CREAT | O_DIRECTORY, 0));
	R(access("/", 0x10));
	R(ftruncate(0 + 9999, 1));
	R(syscall(99999));
	/* clone3's checks (LTP clone302): each fails before any child exists */
	struct clone_args ca;
	int32_t tids[40] = { 0 };
#define CLONE3(fl, ...) (memset(&ca, 0, sizeof ca), ca.flags = (fl), ca.exit_signal = SIGCHLD, __VA_ARGS__, \
			 syscall(SYS_clone3, &ca, sizeof ca))
	R(CLONE3(CLONE_FS | CLONE_NEWNS, (void)0));
	R(CLONE3(CLONE_FS | CLONE_NEWUSER, (void)0));
	R(CLONE3(CLONE_PIDFD, ca.pidfd = 16));
	R(CLONE3(0, ca.exit_signal = CSIGNAL + 1));
	R(CLONE3(0, ca.stack = 4096));
	R(CLONE3(0, ca.set_tid = (uintptr_t)tids));
	R(CLONE3(0, ca.set_tid_size = 1));
	R(CLONE3(0, ca.set_tid = (uintptr_t)tids, ca.set_tid_size = 33));
	R(CLONE3(0, ca.set_tid = 16, ca.set_tid_size = 1));
	R(CLONE3(0x400000000ull, (void)0));                    /* no such flag */
	R(CLONE3(0x200000000ull /* CLONE_INTO_CGROUP */, ca.cgroup = 9999));
	R(CLONE3(0x200000000ull, ca.cgroup = 0x80000000u));
	R(syscall(SYS_clone3, &ca, 63));
	R(waitpid(-1, NULL, WNOHANG));
	/* array counts the kernel refuses before it reads (LTP writev01, ppoll01),
	 * also counts whose byte size overflows 64 bits */
	struct iovec iov1 = { "x", 1 };
	R(syscall(SYS_writev, 1, &iov1, -1L));
	R(syscall(SYS_writev, 1, &iov1, 1025L));
	R(syscall(SYS_writev, 1, &iov1, DM_BIG(60)));
	R(syscall(SYS_writev, 1, bad, DM_BIG(60)));
	struct pollfd pfd = { .fd = 0 };
	struct timespec zero = { 0, 0 };
	R(syscall(SYS_ppoll, &pfd, DM_BIG(40), &zero, NULL, 8));
	R(syscall(SYS_ppoll, &pfd, DM_BIG(30), &zero, NULL, 8));
	R(syscall(SYS_ppoll, &pfd, DM_BIG(62), &zero, NULL, 8));
	R(syscall(SYS_ppoll, &pfd, 0L, &zero, NULL, 8));
	/* get_robust_list of another process's thread: ESRCH, or EPERM without
	 * ptrace access to it (LTP get_robust_list01) */
	long rhead, rlen;
	R(syscall(SYS_get_robust_list, 0x3ffffff, &rhead, &rlen));
	if (fork() == 0) {
		if (setuid(1) == 0) R(syscall(SYS_get_robust_list, 1, &rhead, &rlen));
		else puts("not root");
		fflush(stdout);
		_exit(0);
	}
	wait(NULL);
	return 0;
}
