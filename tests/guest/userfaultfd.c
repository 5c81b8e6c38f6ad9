/* tests/guest/userfaultfd.c: userfaultfd(2) on guest memory.  A thread
 * faults on a registered page (a load or store in the program, the kernel's
 * copy in read()/write(), the emulator's own copy of a syscall's struct);
 * another thread reads the uffd_msg and resolves the fault (UFFDIO_COPY,
 * UFFDIO_ZEROPAGE, clearing write protection), doing mmap/munmap first, as
 * a handler that allocates would.  Then the SIGBUS feature, UNREGISTER,
 * the REMOVE, REMAP and UNMAP events (read once pending: madvise, mremap
 * and munmap wait for them), and bad arguments.  Every feature and ioctl
 * bit printed is the host kernel's: the native run and the guest run see
 * the same host. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/userfaultfd.h>
#include <poll.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static long psz;
static char *src;   /* a page of pattern bytes for UFFDIO_COPY */

static void say(const char *what, long r)
{
	printf("%s: %ld %s\n", what, r, r < 0 ? ename(errno) : "");
}

static int new_uffd(unsigned flags, uint64_t features, struct uffdio_api *out)
{
	int fd = (int)syscall(SYS_userfaultfd, flags);
	if (fd < 0) { say("userfaultfd", fd); exit(1); }
	struct uffdio_api api = { .api = UFFD_API, .features = features };
	if (ioctl(fd, UFFDIO_API, &api)) { say("UFFDIO_API", -1); exit(1); }
	if (out) *out = api;
	return fd;
}

static char *region(int pages)
{
	char *p = mmap(NULL, pages * psz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) { perror("mmap"); exit(1); }
	return p;
}

static long do_register(int fd, char *p, long len, uint64_t mode, uint64_t *ioctls)
{
	struct uffdio_register r = { .range = { (uintptr_t)p, len }, .mode = mode };
	long ret = ioctl(fd, UFFDIO_REGISTER, &r);
	if (ioctls) *ioctls = r.ioctls;
	return ret;
}

/* ---- the resolving thread ------------------------------------------------ */

enum how { COPY, ZERO, UNPROTECT };
struct job {
	int fd;
	char *base;
	enum how how;
	char fill;
};

static void *resolver(void *arg)
{
	struct job *j = arg;
	struct uffd_msg m;
	long n = read(j->fd, &m, sizeof m);
	if (n != sizeof m) { say("read uffd", n); return NULL; }
	/* a handler that allocates: the map changes while the faulting thread waits */
	char *scratch = mmap(NULL, psz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	scratch[0] = 1;
	munmap(scratch, psz);
	uint64_t addr = m.arg.pagefault.address;
	printf("  event %#x flags %s%s page +%ld\n", m.event,
	       m.arg.pagefault.flags & UFFD_PAGEFAULT_FLAG_WRITE ? "write" : "read",
	       m.arg.pagefault.flags & UFFD_PAGEFAULT_FLAG_WP ? "+wp" : "",
	       (long)(addr - (uintptr_t)j->base) / psz);
	uint64_t page = addr & ~(uint64_t)(psz - 1);
	if (j->how == COPY) {
		memset(src, j->fill, psz);
		struct timespec ts = { 0, 1000 };
		memcpy(src + 64, &ts, sizeof ts);   /* for the clock_nanosleep case */
		struct uffdio_copy c = { .dst = page, .src = (uintptr_t)src, .len = psz };
		long r = ioctl(j->fd, UFFDIO_COPY, &c);
		printf("  COPY: %ld copy %lld\n", r, (long long)c.copy);
	} else if (j->how == ZERO) {
		struct uffdio_zeropage z = { .range = { page, psz } };
		long r = ioctl(j->fd, UFFDIO_ZEROPAGE, &z);
		printf("  ZEROPAGE: %ld zeropage %lld\n", r, (long long)z.zeropage);
	} else {
		struct uffdio_writeprotect w = { .range = { page, psz }, .mode = 0 };
		printf("  WRITEPROTECT off: %ld\n", (long)ioctl(j->fd, UFFDIO_WRITEPROTECT, &w));
	}
	return NULL;
}

static pthread_t start(struct job *j)
{
	pthread_t t;
	pthread_create(&t, NULL, resolver, j);
	return t;
}

/* ---- missing pages -------------------------------------------------------- */

static int pipefd[2];

static void missing(int fd)
{
	char *p = region(8);
	uint64_t ioctls;
	long r = do_register(fd, p, 8 * psz, UFFDIO_REGISTER_MODE_MISSING, &ioctls);
	printf("register 8 pages: %ld ioctls %#llx\n", r, (unsigned long long)ioctls);

	struct job j = { fd, p, COPY, 'A' };
	pthread_t t = start(&j);
	int v = *(volatile int *)(p + 100);
	pthread_join(t, NULL);
	printf("load from page 0: %#x\n", v);

	j.fill = 'B';
	t = start(&j);
	*(volatile int *)(p + psz + 8) = 0x1234;
	pthread_join(t, NULL);
	printf("store to page 1: %#x then %c\n", *(int *)(p + psz + 8), p[psz + 100]);

	j.how = ZERO;
	t = start(&j);
	v = *(volatile int *)(p + 2 * psz + 40);
	pthread_join(t, NULL);
	printf("load from page 2 (zeropage): %d\n", v);

	/* the host kernel's copy_to_user in read(): a write fault */
	j.how = COPY, j.fill = 'C';
	t = start(&j);
	r = write(pipefd[1], "0123456789", 10);
	r = read(pipefd[0], p + 3 * psz + 4, 10);
	pthread_join(t, NULL);
	printf("read into page 3: %ld %.16s\n", r, p + 3 * psz);

	/* the host kernel's copy_from_user in write(): a read fault */
	j.fill = 'D';
	t = start(&j);
	r = write(pipefd[1], p + 4 * psz + 10, 6);
	pthread_join(t, NULL);
	char got[8] = { 0 };
	printf("write from page 4: %ld", r);
	r = read(pipefd[0], got, 6);
	printf(" -> %ld %s\n", r, got);

	/* the emulator's own copy of a syscall's struct (under dragoman) */
	j.fill = 'E';
	t = start(&j);
	r = clock_nanosleep(CLOCK_MONOTONIC, 0, (struct timespec *)(p + 5 * psz + 64), NULL);
	pthread_join(t, NULL);
	printf("clock_nanosleep with its timespec on page 5: %ld\n", r);

	/* UFFDIO_COPY onto a page that is there now */
	struct uffdio_copy c = { .dst = (uintptr_t)p, .src = (uintptr_t)src, .len = psz };
	r = ioctl(fd, UFFDIO_COPY, &c);
	printf("COPY onto a present page: %ld %s copy %lld\n", r, r ? ename(errno) : "", (long long)c.copy);

	/* unregistered: page 6 faults in as zeros, no event */
	struct uffdio_range u = { (uintptr_t)p + 6 * psz, 2 * psz };
	say("UNREGISTER pages 6-7", ioctl(fd, UFFDIO_UNREGISTER, &u));
	printf("load from page 6: %d\n", *(volatile int *)(p + 6 * psz));
	u.start = (uintptr_t)p + 1;
	say("UNREGISTER unaligned", ioctl(fd, UFFDIO_UNREGISTER, &u));
	munmap(p, 8 * psz);
}

/* ---- write protection ------------------------------------------------------ */

static void write_protect(void)
{
	struct uffdio_api api;
	int fd = (int)syscall(SYS_userfaultfd, O_CLOEXEC);
	api = (struct uffdio_api){ .api = UFFD_API, .features = UFFD_FEATURE_PAGEFAULT_FLAG_WP };
	long r = ioctl(fd, UFFDIO_API, &api);
	char *p = region(2);
	p[0] = 'x';
	uint64_t ioctls = 0;
	if (r == 0) r = do_register(fd, p, psz, UFFDIO_REGISTER_MODE_WP, &ioctls);
	if (r || !(ioctls & (1ull << _UFFDIO_WRITEPROTECT))) {
		printf("write protection: not supported by this host\n");
		close(fd);
		munmap(p, 2 * psz);
		return;
	}
	printf("write protection: register ioctls %#llx\n", (unsigned long long)ioctls);
	struct uffdio_writeprotect w = { .range = { (uintptr_t)p, psz }, .mode = UFFDIO_WRITEPROTECT_MODE_WP };
	say("WRITEPROTECT on", ioctl(fd, UFFDIO_WRITEPROTECT, &w));
	struct job j = { fd, p, UNPROTECT, 0 };
	pthread_t t = start(&j);
	printf("read under protection: %c\n", *(volatile char *)p);
	*(volatile char *)(p + 1) = 'y';
	pthread_join(t, NULL);
	printf("after the store: %c%c\n", p[0], p[1]);
	close(fd);
	munmap(p, 2 * psz);
}

/* ---- UFFD_FEATURE_SIGBUS ------------------------------------------------- */

static sigjmp_buf jb;
static siginfo_t caught;
static void on_bus(int sig, siginfo_t *si, void *uc)
{
	(void)sig, (void)uc;
	caught = *si;
	siglongjmp(jb, 1);
}

static void sigbus(void)
{
	int fd = new_uffd(O_CLOEXEC, UFFD_FEATURE_SIGBUS, NULL);
	char *p = region(1);
	say("register (SIGBUS feature)", do_register(fd, p, psz, UFFDIO_REGISTER_MODE_MISSING, NULL));
	struct sigaction sa = { .sa_sigaction = on_bus, .sa_flags = SA_SIGINFO };
	sigaction(SIGBUS, &sa, NULL);
	if (!sigsetjmp(jb, 1)) {
		int v = *(volatile int *)(p + 24);
		printf("no signal: %d\n", v);
	} else {
		printf("SIGBUS: signo %d code %d (BUS_ADRERR %d) addr +%ld\n", caught.si_signo, caught.si_code, BUS_ADRERR,
		       (long)((char *)caught.si_addr - p));
	}
	long r = write(pipefd[1], p, 4);
	say("write from the missing page", r);
	signal(SIGBUS, SIG_DFL);
	close(fd);
	munmap(p, psz);
}

/* ---- events ----------------------------------------------------------------- */

struct evjob { int fd; char *a, *b; int count; char out[256]; };
static void *event_reader(void *arg)
{
	struct evjob *e = arg;
	for (int i = 0; i < e->count; i++) {
		/* read only once the event is pending: the call that made it is
		 * waiting then (inside the emulator, with whatever it holds) */
		struct pollfd pf = { e->fd, POLLIN, 0 };
		poll(&pf, 1, -1);
		struct uffd_msg m;
		long n = read(e->fd, &m, sizeof m);
		if (n != sizeof m) { say("read event", n); return NULL; }
		size_t at = strlen(e->out);
		if (m.event == UFFD_EVENT_REMAP)
			snprintf(e->out + at, sizeof e->out - at, "  REMAP from a+%ld to b+%ld len %ld\n", (long)((char *)(uintptr_t)m.arg.remap.from - e->a),
			       (long)((char *)(uintptr_t)m.arg.remap.to - e->b), (long)m.arg.remap.len / psz);
		else if (m.event == UFFD_EVENT_UNMAP) {
			/* the old place of a moved range, or a page of the new one */
			char *st = (char *)(uintptr_t)m.arg.remove.start, *en = (char *)(uintptr_t)m.arg.remove.end;
			int in_a = st >= e->a && st < e->a + 4 * psz;
			char *base = in_a ? e->a : e->b;
			snprintf(e->out + at, sizeof e->out - at, "  UNMAP %c+%ld to %c+%ld\n", in_a ? 'a' : 'b',
				 (long)(st - base) / psz, in_a ? 'a' : 'b', (long)(en - base) / psz);
		}
		else if (m.event == UFFD_EVENT_REMOVE)
			snprintf(e->out + at, sizeof e->out - at, "  REMOVE a+%ld to a+%ld\n", (long)((char *)(uintptr_t)m.arg.remove.start - e->a) / psz,
			       (long)((char *)(uintptr_t)m.arg.remove.end - e->a) / psz);
		else
			snprintf(e->out + at, sizeof e->out - at, "  event %#x\n", m.event);
	}
	return NULL;
}

static void events(void)
{
	struct uffdio_api api;
	int fd = new_uffd(O_CLOEXEC, UFFD_FEATURE_EVENT_REMAP | UFFD_FEATURE_EVENT_REMOVE | UFFD_FEATURE_EVENT_UNMAP, &api);
	/* b stays mapped: MREMAP_FIXED replaces it.  (An unmapped b is a hole
	 * the emulator's own allocations may take meanwhile on a 64-bit guest,
	 * which share the host's address space: then the move fails.) */
	char *a = region(4), *b = region(4);
	memset(a, 'z', 4 * psz);
	say("register for events", do_register(fd, a, 4 * psz, UFFDIO_REGISTER_MODE_MISSING, NULL));
	struct evjob e = { fd, a, b, 4, "" };
	pthread_t t;
	pthread_create(&t, NULL, event_reader, &e);
	say("madvise DONTNEED pages 1-2", madvise(a + psz, 2 * psz, MADV_DONTNEED));
	char *n = mremap(a, 4 * psz, 4 * psz, MREMAP_MAYMOVE | MREMAP_FIXED, b);
	printf("mremap: %s\n", n == b ? "moved" : "failed");
	printf("moved page 0: %c\n", b[0]);
	say("munmap the last page", munmap(b + 3 * psz, psz));
	pthread_join(t, NULL);
	printf("events read (the calls waited for them):\n%s", e.out);
	close(fd);
	munmap(b, 3 * psz);
}

/* ---- bad arguments ---------------------------------------------------------- */

static void bad_arguments(void)
{
	say("userfaultfd(O_RDWR)", syscall(SYS_userfaultfd, O_RDWR));
	int fd = (int)syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
	printf("userfaultfd(O_CLOEXEC|O_NONBLOCK): %s, fd flags %d, status O_NONBLOCK %d\n", fd >= 0 ? "ok" : "failed",
	       fcntl(fd, F_GETFD), !!(fcntl(fd, F_GETFL) & O_NONBLOCK));
	struct uffdio_api api = { .api = 0x55, .features = 0 };
	say("UFFDIO_API bad api", ioctl(fd, UFFDIO_API, &api));
	printf("  reply: api %#llx features %#llx ioctls %#llx\n", (unsigned long long)api.api,
	       (unsigned long long)api.features, (unsigned long long)api.ioctls);
	say("UFFDIO_API NULL", ioctl(fd, UFFDIO_API, NULL));
	api = (struct uffdio_api){ .api = UFFD_API, .features = 0 };
	say("UFFDIO_API", ioctl(fd, UFFDIO_API, &api));
	printf("  reply: api %#llx features %#llx ioctls %#llx\n", (unsigned long long)api.api,
	       (unsigned long long)api.features, (unsigned long long)api.ioctls);
	say("UFFDIO_API again", ioctl(fd, UFFDIO_API, &api));

	char *p = region(4);
	munmap(p + 2 * psz, psz);   /* a hole at page 2 */
	say("REGISTER bad pointer", ioctl(fd, UFFDIO_REGISTER, (void *)8));
	say("REGISTER mode 0", do_register(fd, p, psz, 0, NULL));
	say("REGISTER mode 0x40", do_register(fd, p, psz, 0x40, NULL));
	say("REGISTER unaligned", do_register(fd, p + 1, psz, UFFDIO_REGISTER_MODE_MISSING, NULL));
	say("REGISTER length 0", do_register(fd, p, 0, UFFDIO_REGISTER_MODE_MISSING, NULL));
	say("REGISTER odd length", do_register(fd, p, 100, UFFDIO_REGISTER_MODE_MISSING, NULL));
	say("REGISTER the hole", do_register(fd, p + 2 * psz, psz, UFFDIO_REGISTER_MODE_MISSING, NULL));
	say("REGISTER past the address space", do_register(fd, (char *)(uintptr_t)((1ull << 47) - psz), 2 * psz, UFFDIO_REGISTER_MODE_MISSING, NULL));
	uint64_t ioctls;
	long r = do_register(fd, p, 4 * psz, UFFDIO_REGISTER_MODE_MISSING, &ioctls);
	printf("REGISTER across the hole: %ld ioctls %#llx\n", r, (unsigned long long)ioctls);

	struct uffdio_copy c = { .dst = (uintptr_t)p, .src = (uintptr_t)src, .len = psz };
	say("COPY bad pointer", ioctl(fd, UFFDIO_COPY, (void *)8));
	c.dst = (uintptr_t)p + 1;
	say("COPY unaligned dst", ioctl(fd, UFFDIO_COPY, &c));
	c.dst = (uintptr_t)p + 2 * psz;
	r = ioctl(fd, UFFDIO_COPY, &c);
	printf("COPY into the hole: %ld %s copy %lld\n", r, ename(errno), (long long)c.copy);
	c.dst = (uintptr_t)p, c.src = (uintptr_t)p + 2 * psz;
	r = ioctl(fd, UFFDIO_COPY, &c);
	printf("COPY from the hole: %ld %s copy %lld\n", r, ename(errno), (long long)c.copy);
	c.src = 16;
	r = ioctl(fd, UFFDIO_COPY, &c);
	printf("COPY from address 16: %ld %s copy %lld\n", r, ename(errno), (long long)c.copy);
	c.src = (uintptr_t)src, c.len = 0;
	say("COPY length 0", ioctl(fd, UFFDIO_COPY, &c));
	struct uffdio_zeropage z = { .range = { (uintptr_t)p, 0 } };
	say("ZEROPAGE length 0", ioctl(fd, UFFDIO_ZEROPAGE, &z));
	z.range.len = psz, z.mode = 0x80;
	say("ZEROPAGE bad mode", ioctl(fd, UFFDIO_ZEROPAGE, &z));
	struct uffdio_range w = { (uintptr_t)p, psz };
	say("WAKE", ioctl(fd, UFFDIO_WAKE, &w));
	w.len = 0;
	say("WAKE length 0", ioctl(fd, UFFDIO_WAKE, &w));

	struct uffd_msg m;
	say("read with nothing pending (O_NONBLOCK)", read(fd, &m, sizeof m));
	say("read short buffer", read(fd, &m, 16));
	struct pollfd pf = { fd, POLLIN, 0 };
	say("poll", poll(&pf, 1, 0));
	close(fd);
	munmap(p, 4 * psz);
}

int main(void)
{
	psz = sysconf(_SC_PAGESIZE);
	src = region(1);
	if (pipe(pipefd)) return 1;
	bad_arguments();
	int fd = new_uffd(O_CLOEXEC, 0, NULL);
	missing(fd);
	close(fd);
	write_protect();
	sigbus();
	events();
	return 0;
}
