/* tests/guest/aio.c: native AIO through raw syscalls, as libaio issues them:
 * io_setup, io_submit of PWRITE, PREAD, PREADV and FSYNC requests on a temp
 * file, io_getevents (the guest's own iocb addresses and aio_data values come
 * back, the data read is compared), a failing request (its -errno in res),
 * io_cancel of a finished request, io_pgetevents with a signal mask, bad
 * pointers, and io_destroy. */
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static long io_setup(unsigned n, aio_context_t *c) { return syscall(SYS_io_setup, n, c); }
static long io_destroy(aio_context_t c) { return syscall(SYS_io_destroy, c); }
static long io_submit(aio_context_t c, long n, struct iocb **v) { return syscall(SYS_io_submit, c, n, v); }
static long io_getevents(aio_context_t c, long mn, long n, struct io_event *e, struct timespec *t)
{
	return syscall(SYS_io_getevents, c, mn, n, e, t);
}

static void prep(struct iocb *cb, int op, int fd, void *buf, size_t n, off_t off, uint64_t data)
{
	memset(cb, 0, sizeof *cb);
	cb->aio_lio_opcode = op;
	cb->aio_fildes = fd;
	cb->aio_buf = (uint64_t)(uintptr_t)buf;
	cb->aio_nbytes = n;
	cb->aio_offset = off;
	cb->aio_data = data;
}

/* Reap n events; print each by the iocb it names (obj must be one of ours). */
static void reap(aio_context_t ctx, long n, struct iocb **cbs, int ncbs)
{
	struct io_event ev[8];
	struct timespec ts = { 5, 0 };
	long got = 0;
	while (got < n) {
		long r = io_getevents(ctx, 1, n - got, ev + got, &ts);
		if (r <= 0) { printf("io_getevents -> %ld %s\n", r, r < 0 ? ename(errno) : ""); return; }
		got += r;
	}
	/* completion order is the kernel's: print in submission order */
	for (int k = 0; k < ncbs; k++)
		for (long i = 0; i < got; i++) {
			if (ev[i].obj != (uint64_t)(uintptr_t)cbs[k]) continue;
			printf("event: iocb %d data 0x%llx res %lld%s%s res2 %lld\n", k,
			       (unsigned long long)ev[i].data, (long long)ev[i].res,
			       ev[i].res < 0 ? " " : "", ev[i].res < 0 ? ename((int)-ev[i].res) : "",
			       (long long)ev[i].res2);
		}
	for (long i = 0; i < got; i++) {
		int ours = 0;
		for (int k = 0; k < ncbs; k++) ours |= ev[i].obj == (uint64_t)(uintptr_t)cbs[k];
		if (!ours) printf("event with a foreign obj\n");
	}
}

int main(void)
{
	char path[] = "/tmp/dm-aio-XXXXXX";
	int fd = mkstemp(path);
	unlink(path);
	aio_context_t ctx = 0;
	R(io_setup(8, &ctx));
	OK(ctx != 0);
	aio_context_t again = ctx;
	R(io_setup(8, &again));           /* *ctxp must be 0 */
	R(io_setup(8, (aio_context_t *)16));
	R(io_setup(0, &(aio_context_t){ 0 }));

	/* two writes at different offsets, submitted together */
	static char a[4096], b[4096];
	memset(a, 'A', sizeof a);
	memset(b, 'B', sizeof b);
	struct iocb w1, w2, *wv[2] = { &w1, &w2 };
	prep(&w1, IOCB_CMD_PWRITE, fd, a, 4096, 0, 0x1111222233334444ull);
	prep(&w2, IOCB_CMD_PWRITE, fd, b, 100, 4096, 0xdeadbeefull);
	R(io_submit(ctx, 2, wv));
	reap(ctx, 2, wv, 2);

	/* read it back: one PREAD, one PREADV with two iovecs */
	static char r1[4096], r2[60], r3[40];
	struct iovec iov[2] = { { r2, sizeof r2 }, { r3, sizeof r3 } };
	struct iocb rd, rv, fs, *rvv[3] = { &rd, &rv, &fs };
	prep(&rd, IOCB_CMD_PREAD, fd, r1, 4096, 0, 7);
	prep(&rv, IOCB_CMD_PREADV, fd, iov, 2, 4096, 8);
	prep(&fs, IOCB_CMD_FSYNC, fd, NULL, 0, 0, 9);
	R(io_submit(ctx, 3, rvv));
	reap(ctx, 3, rvv, 3);
	OK(memcmp(r1, a, 4096) == 0);
	OK(memcmp(r2, b, 60) == 0 && memcmp(r3, b, 40) == 0);

	/* a read past the end, a request on a bad fd (EBADF at submission) and
	 * a failing one: write to a read-only descriptor completes with EBADF */
	struct iocb eof, bad, *ev1[1] = { &eof }, *ev2[1] = { &bad };
	prep(&eof, IOCB_CMD_PREAD, fd, r1, 100, 1 << 20, 10);
	R(io_submit(ctx, 1, ev1));
	reap(ctx, 1, ev1, 1);
	prep(&bad, IOCB_CMD_PREAD, 999, r1, 10, 0, 11);
	R(io_submit(ctx, 1, ev2));
	int ro = open("/proc/self/exe", O_RDONLY);
	prep(&bad, IOCB_CMD_PWRITE, ro, a, 10, 0, 12);
	R(io_submit(ctx, 1, ev2));
	prep(&bad, 99, fd, a, 10, 0, 13);   /* unknown opcode */
	R(io_submit(ctx, 1, ev2));

	/* bad pointers: the iocb array, an iocb, a buffer (the request fails with EFAULT) */
	R(io_submit(ctx, 1, (struct iocb **)16));
	struct iocb *badv[2] = { &rd, (struct iocb *)16 };
	prep(&rd, IOCB_CMD_PREAD, fd, r1, 10, 0, 14);
	R(io_submit(ctx, 2, badv));       /* the first is submitted, then the kernel stops */
	reap(ctx, 1, badv, 1);
	struct iocb *bv[1] = { &bad };
	prep(&bad, IOCB_CMD_PREAD, fd, (void *)16, 10, 0, 15);
	errno = 0;
	long s = io_submit(ctx, 1, bv);
	if (s == 1) reap(ctx, 1, bv, 1);
	else printf("io_submit(bad buffer) -> %ld %s\n", s, ename(errno));

	/* cancel: a finished request is no longer cancellable */
	R(syscall(SYS_io_cancel, ctx, &rd, &(struct io_event){ 0 }));
	R(syscall(SYS_io_cancel, ctx, (struct iocb *)16, NULL));

	/* nothing pending: a zero timeout returns 0 at once; io_pgetevents with a mask */
	struct io_event e[1];
	R(io_getevents(ctx, 1, 1, e, &(struct timespec){ 0, 0 }));
	R(io_getevents(ctx, 1, 1, (struct io_event *)16, &(struct timespec){ 0, 0 }));
	R(io_getevents(ctx, 2, 1, e, &(struct timespec){ 0, 0 }));
	R(io_getevents(ctx, -1, 1, e, &(struct timespec){ 0, 0 }));
	R(io_getevents(ctx, 0, 1, e, (struct timespec *)16));
	R(io_getevents(0, 0, 1, e, NULL));
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	struct { const sigset_t *mask; size_t size; } usig = { &m, 8 };
	prep(&rd, IOCB_CMD_PREAD, fd, r1, 16, 0, 16);
	R(io_submit(ctx, 1, badv));
	long n = syscall(SYS_io_pgetevents, ctx, 1, 1, e, &(struct timespec){ 5, 0 }, &usig);
	printf("io_pgetevents -> %ld, ours: %s, data %llu, res %lld\n", n,
	       n == 1 && e[0].obj == (uint64_t)(uintptr_t)&rd ? "yes" : "no",
	       (unsigned long long)e[0].data, (long long)e[0].res);
	usig.size = 4;
	R(syscall(SYS_io_pgetevents, ctx, 1, 1, e, &(struct timespec){ 0, 0 }, &usig));

	R(io_destroy(ctx));
	R(io_destroy(ctx));
	R(io_getevents(ctx, 1, 1, e, NULL));
	close(fd);
	return 0;
}
