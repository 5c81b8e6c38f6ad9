/* tests/guest/be_misc.c: 64-bit and packed values crossing the kernel ABI:
 * eventfd's 8-byte counter, epoll_event's data (packed on x86_64, not on
 * s390x), poll, futex words, rlimits (getrlimit/prlimit64), sysinfo, uname,
 * times, getrusage, clock_gettime, select's fd_set with descriptors past 32
 * and 64 (its bit order is the long's), FIONREAD and TIOCGWINSZ.  What is
 * printed does not depend on the machine: values the test set, or relations. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

int main(void)
{
	/* eventfd: the counter is a host-order uint64_t */
	int e = eventfd(5, EFD_NONBLOCK);
	uint64_t v = 0x100000002ull;
	R(write(e, &v, 8));
	R(read(e, &v, 8));
	SHOW("eventfd read %#llx", (unsigned long long)v);
	R(read(e, &v, 8));
	v = 0xfffffffffffffffeull;
	R(write(e, &v, 8));
	v = 1;
	R(write(e, &v, 8));
	R(read(e, &v, 4));
	close(e);
	int es = eventfd(3, EFD_SEMAPHORE);
	R(read(es, &v, 8));
	SHOW("semaphore read %llu", (unsigned long long)v);
	close(es);

	/* poll and epoll */
	int p[2];
	(void)!pipe(p);
	(void)!write(p[1], "abc", 3);
	struct pollfd pf[2] = { { p[0], POLLIN | POLLPRI, 0x5a5a }, { p[1], POLLOUT, 0 } };
	R(poll(pf, 2, 0));
	SHOW("poll revents %#x %#x", pf[0].revents, pf[1].revents);
	int ep = epoll_create1(0);
	struct epoll_event ev = { .events = EPOLLIN | EPOLLET, .data.u64 = 0x1122334455667788ull };
	R(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
	ev.events = EPOLLOUT;
	ev.data.u64 = 0xa0b0c0d0e0f00102ull;
	R(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev));
	struct epoll_event out[4];
	memset(out, 0, sizeof out);
	int n = epoll_wait(ep, out, 4, 0);
	SHOW("epoll_wait -> %d", n);
	uint64_t got = 0;
	for (int i = 0; i < n; i++) {
		SHOW("  events %#x", out[i].events);
		got ^= out[i].data.u64;
	}
	SHOW("  data xor %#llx", (unsigned long long)got);
	int nb;
	R(ioctl(p[0], FIONREAD, &nb));
	SHOW("FIONREAD %d", nb);
	close(ep);

	/* futex on a word whose value is checked by the kernel */
	uint32_t word = 0x01020304;
	R(syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0x04030201, &(struct timespec){ 0, 0 }, NULL, 0));
	R(syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0x01020304, &(struct timespec){ 0, 1000 }, NULL, 0));
	R(syscall(SYS_futex, &word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0));
	uint32_t w2 = 5;
	R(syscall(SYS_futex, &word, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1, &w2, FUTEX_OP(FUTEX_OP_ADD, 3, FUTEX_OP_CMP_EQ, 5)));
	SHOW("after WAKE_OP: %u", w2);

	/* rlimits: 64-bit values, RLIM_INFINITY */
	struct rlimit rl, old;
	R(getrlimit(RLIMIT_NOFILE, &old));
	rl.rlim_cur = 77;
	rl.rlim_max = old.rlim_max;
	R(setrlimit(RLIMIT_NOFILE, &rl));
	R(getrlimit(RLIMIT_NOFILE, &rl));
	SHOW("nofile cur %llu", (unsigned long long)rl.rlim_cur);
	struct rlimit64 r64 = { 0x123456789ull, RLIM64_INFINITY }, o64;
	R(syscall(SYS_prlimit64, 0, RLIMIT_FSIZE, &r64, &o64));
	R(syscall(SYS_prlimit64, 0, RLIMIT_FSIZE, NULL, &o64));
	SHOW("fsize cur %#llx max is infinity %d", (unsigned long long)o64.rlim_cur, o64.rlim_max == RLIM64_INFINITY);
	R(setrlimit(RLIMIT_NOFILE, &old));

	struct sysinfo si;
	R(sysinfo(&si));
	OK(si.uptime > 0 && si.totalram > 0 && si.mem_unit >= 1 && si.procs > 0 && si.freeram <= si.totalram);
	/* in bytes, the same for every ABI: a 32-bit one gets mem_unit scaled */
	SHOW("sysinfo total %llu MiB", (unsigned long long)si.totalram * si.mem_unit >> 20);
	struct utsname u;
	R(uname(&u));
	OK(!strcmp(u.sysname, "Linux") && strlen(u.release) > 0);
	struct tms t;
	clock_t c = times(&t);
	OK(c != (clock_t)-1 && t.tms_utime >= 0 && t.tms_cutime == 0);
	struct rusage ru;
	R(getrusage(RUSAGE_SELF, &ru));
	OK(ru.ru_maxrss > 0 && ru.ru_utime.tv_usec < 1000000 && ru.ru_stime.tv_usec < 1000000);
	R(getrusage(RUSAGE_CHILDREN, &ru));
	SHOW("children utime %ld.%06ld", (long)ru.ru_utime.tv_sec, (long)ru.ru_utime.tv_usec);
	struct timespec a, b;
	R(clock_gettime(CLOCK_MONOTONIC, &a));
	R(clock_gettime(CLOCK_MONOTONIC, &b));
	OK(a.tv_nsec < 1000000000 && (b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec)));
	R(clock_gettime(CLOCK_REALTIME, &a));
	OK(a.tv_sec > 1600000000);
	R(clock_getres(CLOCK_MONOTONIC, &a));
	SHOW("res %lld.%09ld", (long long)a.tv_sec, a.tv_nsec);

	/* select with descriptors 40 and 70: the fd_set's longs */
	R(dup2(p[0], 40));
	R(dup2(p[1], 70));
	fd_set rs, ws;
	FD_ZERO(&rs); FD_ZERO(&ws);
	FD_SET(40, &rs); FD_SET(70, &rs); FD_SET(70, &ws); FD_SET(3, &ws);
	close(3);
	R(select(71, &rs, &ws, NULL, &(struct timeval){ 0, 0 }));
	FD_ZERO(&rs); FD_ZERO(&ws);
	FD_SET(40, &rs); FD_SET(70, &rs); FD_SET(70, &ws);
	R(select(71, &rs, &ws, NULL, &(struct timeval){ 0, 0 }));
	SHOW("rs 40:%d 70:%d ws 70:%d", FD_ISSET(40, &rs), FD_ISSET(70, &rs), FD_ISSET(70, &ws));
	struct timeval tv = { 0, 20000 };
	FD_ZERO(&rs);
	FD_SET(70, &rs);
	R(select(71, &rs, NULL, NULL, &tv));
	SHOW("timeout left %ld.%06ld", (long)tv.tv_sec, (long)tv.tv_usec);

	struct winsize ws2;
	R(ioctl(p[0], TIOCGWINSZ, &ws2));
	int pt = posix_openpt(O_RDWR | O_NOCTTY);
	struct winsize set = { 24, 80, 640, 480 };
	R(ioctl(pt, TIOCSWINSZ, &set));
	memset(&ws2, 0, sizeof ws2);
	R(ioctl(pt, TIOCGWINSZ, &ws2));
	SHOW("winsize %u %u %u %u", ws2.ws_row, ws2.ws_col, ws2.ws_xpixel, ws2.ws_ypixel);
	return 0;
}
