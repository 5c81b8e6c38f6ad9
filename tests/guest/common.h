/* tests/guest/common.h: helpers for the guest test programs.  Each program
 * prints deterministic lines; tests/guest.t compares the output of the
 * aarch64 build under dragoman with the native x86_64 build. */
#ifndef GUEST_COMMON_H
#define GUEST_COMMON_H

#include <dirent.h>
#include <stdlib.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>

/* 32-bit ABIs built with 64-bit time_t (tests/guest/guest_arm.ninja): the
 * raw calls that take a struct timespec, itimerspec or timex get the
 * program's, which is the time64 layout: call the time64 syscalls */
#if defined(SYS_futex_time64) && !defined(__LP64__) && defined(__USE_TIME_BITS64)
#undef SYS_futex
#define SYS_futex SYS_futex_time64
#undef SYS_timer_settime
#define SYS_timer_settime SYS_timer_settime64
#undef SYS_timer_gettime
#define SYS_timer_gettime SYS_timer_gettime64
#undef SYS_clock_adjtime
#define SYS_clock_adjtime SYS_clock_adjtime64
#undef SYS_clock_gettime
#define SYS_clock_gettime SYS_clock_gettime64
#undef SYS_ppoll
#define SYS_ppoll SYS_ppoll_time64
#undef SYS_io_pgetevents
#define SYS_io_pgetevents SYS_io_pgetevents_time64
#undef SYS_recvmmsg
#define SYS_recvmmsg SYS_recvmmsg_time64
#endif

/* tests/guest.t's interpreter pass (DM_JIT=0) runs the long programs with the
 * argument "quick": a twentieth of the iterations, the same checks; the native
 * oracle gets the same argument, so the printed counts still match. */
static inline long iterations(int argc, char **argv, long full)
{
	return argc > 1 && strcmp(argv[1], "quick") == 0 ? full / 20 : full;
}

/* line-buffered stdout: output order survives fork() into a pipe */
__attribute__((constructor)) static void line_buffered(void) { setvbuf(stdout, NULL, _IOLBF, 0); }

static inline const char *ename(int e)
{
	switch (e) {
#define E(x) case x: return #x;
	E(EPERM) E(ENOENT) E(ESRCH) E(EINTR) E(EIO) E(ENXIO) E(E2BIG) E(ENOEXEC) E(EBADF) E(ECHILD)
	E(EAGAIN) E(ENOMEM) E(EACCES) E(EFAULT) E(EBUSY) E(EEXIST) E(EXDEV) E(ENODEV) E(ENOTDIR)
	E(EISDIR) E(EINVAL) E(ENFILE) E(EMFILE) E(ENOTTY) E(EFBIG) E(ENOSPC) E(ESPIPE) E(EROFS)
	E(EMLINK) E(EPIPE) E(ERANGE) E(ENAMETOOLONG) E(ENOSYS) E(ENOTEMPTY) E(ELOOP) E(ENOTSOCK)
	E(EOPNOTSUPP) E(ENOPROTOOPT) E(ECONNREFUSED) E(EAFNOSUPPORT) E(EBADR) E(EREMOTE)
	E(ENOKEY) E(EKEYEXPIRED) E(EKEYREVOKED) E(EKEYREJECTED) E(ENODATA) E(EOVERFLOW) E(ESTALE)
	E(EDQUOT) E(ENOTBLK) E(EXFULL) E(ENOPKG) E(ENOMSG) E(ETIMEDOUT)
#undef E
	case 0: return "0";
	}
	return "E?";
}

/* R(expr): print "expr -> result" with -1 as the errno name */
#define R(expr) do { errno = 0; long r_ = (long)(expr); \
	if (r_ == -1) printf("%s -> -1 %s\n", #expr, ename(errno)); \
	else printf("%s -> %ld\n", #expr, r_); } while (0)
/* RFD(expr): for results whose value is not deterministic (fds, pids): ">= 0" or the errno */
#define RFD(expr) do { errno = 0; long r_ = (long)(expr); \
	if (r_ < 0) printf("%s -> -1 %s\n", #expr, ename(errno)); \
	else printf("%s -> ok\n", #expr); } while (0)
/* OK(cond): print "cond: yes/no" */
#define OK(cond) printf("%s: %s\n", #cond, (cond) ? "yes" : "no")
#define SHOW(fmt, ...) printf(fmt "\n", __VA_ARGS__)

/* the suite's hang guard in seconds (tests/lib/hang.sh: DM_TEST_HANG, default
 * 300): the bound of a poll for an event, never a pass/fail time limit */
static inline int hang_s(void)
{
	const char *s = getenv("DM_TEST_HANG");
	int n = s ? atoi(s) : 0;
	return n > 0 ? n : 300;
}

/* threads of this process, as /proc/self/task lists them (-1: no /proc) */
static inline int count_tasks(void)
{
	DIR *d = opendir("/proc/self/task");
	if (!d) return -1;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.') n++;
	closedir(d);
	return n;
}

#endif
