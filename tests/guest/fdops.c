/* tests/guest/fdops.c: descriptors, pipes, fcntl, poll/select, vectors. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <sched.h>
#include <sys/epoll.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

/* raw clone's first two arguments: s390x's kernel takes the new stack first */
#ifdef __s390x__
#define CLONE_ARGS(flags, sp) (sp), (flags)
#else
#define CLONE_ARGS(flags, sp) (flags), (sp)
#endif

int main(void)
{
	int p[2];
	R(pipe(p));
	int fl = fcntl(p[0], F_GETFL);
	SHOW("getfl accmode=%d nonblock=%d", fl & O_ACCMODE, !!(fl & O_NONBLOCK));
	R(fcntl(p[0], F_SETFL, fl | O_NONBLOCK));
	fl = fcntl(p[0], F_GETFL);
	SHOW("getfl nonblock=%d", !!(fl & O_NONBLOCK));
	char b[64];
	R(read(p[0], b, sizeof b));
	R(fcntl(p[0], F_GETFD));
	R(fcntl(p[0], F_SETFD, FD_CLOEXEC));
	R(fcntl(p[0], F_GETFD));
	struct iovec iov[3] = { { "ab", 2 }, { "cde", 3 }, { "f", 1 } };
	R(writev(p[1], iov, 3));
	char x[2], y[4];
	struct iovec rv[2] = { { x, 2 }, { y, 4 } };
	R(readv(p[0], rv, 2));
	SHOW("readv: %.2s|%.4s", x, y);
	int d = dup(p[1]);
	OK(d > p[1]);
	R(dup2(p[1], 100));
	R(dup3(p[1], 101, O_CLOEXEC));
	R(fcntl(101, F_GETFD));
	R(dup3(p[1], p[1], 0));
	R(fcntl(p[1], F_DUPFD, 200));
	R(close(200));
	R(close(100));
	R(close(101));
	R(close(d));
	/* poll / ppoll / select */
	struct pollfd pf[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
	R(poll(pf, 2, 0));
	SHOW("revents %#x %#x", pf[0].revents, pf[1].revents);
	R(write(p[1], "z", 1));
	R(poll(pf, 2, 0));
	SHOW("revents %#x %#x", pf[0].revents, pf[1].revents);
	sigset_t ss;
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR1);
	struct timespec ts = { 0, 1000000 };
	R(ppoll(pf, 1, &ts, &ss));
	fd_set rs, ws;
	FD_ZERO(&rs); FD_ZERO(&ws);
	FD_SET(p[0], &rs); FD_SET(p[1], &ws);
	struct timeval tv = { 0, 1000 };
	R(select(p[1] + 1, &rs, &ws, NULL, &tv));
	SHOW("isset r=%d w=%d", FD_ISSET(p[0], &rs), FD_ISSET(p[1], &ws));
	R(read(p[0], b, 1));
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	ts.tv_nsec = 2000000;
	R(pselect(p[0] + 1, &rs, NULL, NULL, &ts, &ss));
	/* closed write end */
	R(close(p[1]));
	R(read(p[0], b, 1));
	R(close(p[0]));
	R(close(p[0]));
	/* eventfd */
	int e = eventfd(3, EFD_NONBLOCK);
	OK(e >= 0);
	unsigned long long v = 0;
	R(read(e, &v, 8));
	SHOW("eventfd value=%llu", v);
	R(read(e, &v, 8));
	R(close(e));
	/* file locks */
	char path[64];
	snprintf(path, sizeof path, "/tmp/dm_lock_%d", (int)getpid());
	int f = open(path, O_CREAT | O_RDWR, 0600);
	struct flock lk = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 10, .l_len = 20 };
	R(fcntl(f, F_SETLK, &lk));
	struct flock q = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 100 };
	R(fcntl(f, F_GETLK, &q));
	SHOW("getlk own type=%d", q.l_type == F_UNLCK);
	pid_t c = fork();
	if (c == 0) {
		struct flock q2 = { .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 100 };
		fcntl(f, F_GETLK, &q2);
		printf("child getlk type=%s start=%lld len=%lld pid_ok=%d\n", q2.l_type == F_WRLCK ? "F_WRLCK" : "?",
		       (long long)q2.l_start, (long long)q2.l_len, q2.l_pid == getppid());
		_exit(0);
	}
	int st;
	waitpid(c, &st, 0);
	R(flock(f, LOCK_EX | LOCK_NB));
	R(close(f));
	unlink(path);
	/* pipe2 flags, sendfile-free copy via splice-less read/write */
	R(pipe2(p, O_CLOEXEC | O_NONBLOCK));
	SHOW("pipe2 fd flags=%d fl nonblock=%d", fcntl(p[0], F_GETFD), !!(fcntl(p[1], F_GETFL) & O_NONBLOCK));
	R(fcntl(p[0], F_GETPIPE_SZ));
	/* epoll writes only the events that are ready (LTP epoll_wait06): with
	 * none, the caller's array keeps its contents; with one, only the first */
	{
		int ep = epoll_create1(0);
		struct epoll_event ev = { .events = EPOLLIN | EPOLLET, .data.fd = p[0] };
		R(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
		struct epoll_event got[2] = { { 0x77, { .u64 = 0x1111 } }, { 0x99, { .u64 = 0x2222 } } };
		R(epoll_wait(ep, got, 2, 0));
		SHOW("epoll none: %#x %#llx %#x %#llx", got[0].events, (unsigned long long)got[0].data.u64,
		     got[1].events, (unsigned long long)got[1].data.u64);
		(void)!write(p[1], "e", 1);
		R(epoll_wait(ep, got, 2, 0));
		SHOW("epoll one: %#x fd_ok=%d %#x %#llx", got[0].events, got[0].data.fd == p[0],
		     got[1].events, (unsigned long long)got[1].data.u64);
		got[0].events = 0x55;
		R(epoll_pwait(ep, got, 1, 0, NULL));      /* edge-triggered: reported once */
		SHOW("epoll again: %#x", got[0].events);
		char c;
		(void)!read(p[0], &c, 1);
		close(ep);
	}
	/* a fork-like clone with CLONE_FILES shares the file table (LTP
	 * close_range01): the child's close_range and dup2 are the parent's */
	{
		int a = open("/dev/null", O_RDONLY), b = dup2(a, 700);
		pid_t c = syscall(SYS_clone, CLONE_ARGS(CLONE_FILES | SIGCHLD, 0), NULL, NULL, 0);
		if (c == 0) {
			syscall(SYS_close_range, 700, 700, 0);
			dup2(a, 701);
			syscall(SYS_close_range, a, a, 4 /* CLOSE_RANGE_CLOEXEC */);
			_exit(0);
		}
		waitpid(c, NULL, 0);
		SHOW("shared table: 700 open=%d 701 open=%d cloexec=%d", fcntl(b, F_GETFD) >= 0, fcntl(701, F_GETFD) >= 0,
		     fcntl(a, F_GETFD));
		c = syscall(SYS_clone, CLONE_ARGS(CLONE_FILES | CLONE_VFORK | SIGCHLD, 0), NULL, NULL, 0);
		if (c == 0) { close(701); _exit(0); }
		SHOW("vfork shared table: 701 open=%d", fcntl(701, F_GETFD) >= 0);
		waitpid(c, NULL, 0);
		R(syscall(SYS_close_range, a, a, 2 /* CLOSE_RANGE_UNSHARE */));
		R(fcntl(a, F_GETFD));
	}
	/* commands newer than the specs' headers reach the host as they are
	 * (F_DUPFD_QUERY = 1027, F_CREATED_QUERY = 1028: LTP fcntl40); one no
	 * kernel knows is the host's EINVAL */
	R(fcntl(p[0], 1027, p[0]));
	R(fcntl(p[0], 1027, p[1]));
	R(fcntl(p[0], 1028, 0));
	R(fcntl(p[0], 1099, 0));
	close(p[0]);
	close(p[1]);
	return 0;
}
