/* tests/guest/memory.c: heap, brk, anonymous and file mappings, protections. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

/* VmLck of /proc/self/status, in kB */
static long vmlck(void)
{
	char line[256];
	long kb = -1;
	FILE *f = fopen("/proc/self/status", "r");
	while (f && fgets(line, sizeof line, f))
		if (sscanf(line, "VmLck: %ld", &kb) == 1) break;
	if (f) fclose(f);
	return kb;
}

/* mlockall locks this program's mappings, present and (MCL_FUTURE) later
 * ones: under an emulator that is the guest's, not the emulator's memory. */
static void lock_all(void)
{
	R(mlockall(0));
	R(mlockall(MCL_ONFAULT));
	long before = vmlck();
	if (mlockall(MCL_CURRENT | MCL_FUTURE)) {
		SHOW("mlockall: %s", ename(errno));
		return;
	}
	long cur = vmlck();
	OK(cur - before < 32 * 1024);
	char *p = mmap(NULL, 16 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long fut = vmlck();
	OK(fut - cur >= 16 * 1024 && fut - cur < 24 * 1024);
	OK(p[12345] == 0);
	R(munmap(p, 16 << 20));
	R(munlockall());
	OK(vmlck() == before);
}

/* process_vm_readv/writev between a parent and its fork child: each names
 * the other's addresses (the same ones after fork) */
static void vm_rw(void)
{
	static char parent_buf[64] = "parent's bytes";
	int go[2], done[2];
	pipe(go);
	pipe(done);
	pid_t c = fork();
	if (c == 0) {
		char b;
		read(go[0], &b, 1);
		/* the parent wrote into our copy: show it, then exit */
		printf("child sees: %s\n", parent_buf);
		fflush(stdout);
		_exit(0);
	}
	char got[64] = { 0 };
	struct iovec local = { got, 14 }, remote = { parent_buf, 14 };
	R(syscall(SYS_process_vm_readv, c, &local, 1L, &remote, 1L, 0L));
	SHOW("read from the child: %s", got);
	char msg[] = "written by the parent";
	struct iovec l2[2] = { { msg, 7 }, { msg + 7, sizeof msg - 7 } }, r2 = { parent_buf, sizeof msg };
	R(syscall(SYS_process_vm_writev, c, l2, 2L, &r2, 1L, 0L));
	struct iovec bad = { (void *)16, 8 };
	R(syscall(SYS_process_vm_readv, c, &local, 1L, &bad, 1L, 0L));
	R(syscall(SYS_process_vm_readv, c, &local, 1025L, &remote, 1L, 0L));
	R(syscall(SYS_process_vm_readv, c, &local, 1L, &remote, 1L, 1L));
	write(go[1], "x", 1);
	waitpid(c, NULL, 0);
	close(go[0]); close(go[1]); close(done[0]); close(done[1]);
}

int main(void)
{
	printf("memory\n");   /* stdio allocates its buffer before the brk checks */
	void *b0 = sbrk(0);
	OK(b0 != (void *)-1);
	OK(sbrk(65536) == b0);
	OK((char *)sbrk(0) == (char *)b0 + 65536);
	memset(b0, 7, 65536);
	OK(brk(b0) == 0);
	char *big = malloc(10 << 20);
	OK(big != NULL);
	for (int i = 0; i < 10 << 20; i += 4096) big[i] = (char)i;
	long s = 0;
	for (int i = 0; i < 10 << 20; i += 4096) s += big[i];
	SHOW("sum=%ld", s);
	free(big);
	char *m = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	OK(m != MAP_FAILED);
	OK(((uintptr_t)m & 4095) == 0);
	OK(m[0] == 0 && m[3 * 4096 - 1] == 0);
	strcpy(m, "mapped");
	R(mprotect(m, 4096, PROT_READ));
	SHOW("still %s", m);
	R(mprotect(m + 1, 4096, PROT_READ));
	R(mprotect(m, 4096, PROT_READ | PROT_WRITE));
	char *m2 = mremap(m, 3 * 4096, 8 * 4096, MREMAP_MAYMOVE);
	OK(m2 != MAP_FAILED);
	SHOW("after mremap %s", m2);
	R(madvise(m2, 8 * 4096, MADV_DONTNEED));
	R(munmap(m2, 8 * 4096));
	/* MREMAP_DONTUNMAP (Linux 5.7): the pages move, the old range stays
	 * mapped and reads as zero; a size change or no MAYMOVE is EINVAL */
	char *d = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	strcpy(d, "kept");
	char *d2 = mremap(d, 2 * 4096, 2 * 4096, MREMAP_MAYMOVE | 4 /* MREMAP_DONTUNMAP */, NULL);
	OK(d2 != MAP_FAILED && d2 != d);
	SHOW("dontunmap: new %s, old [%d]", d2 != MAP_FAILED ? d2 : "?", d[0]);
	SHOW("dontunmap, size change: %s", mremap(d2, 2 * 4096, 4096, MREMAP_MAYMOVE | 4, NULL) == MAP_FAILED ? ename(errno) : "moved");
	SHOW("dontunmap, no MAYMOVE: %s", mremap(d2, 2 * 4096, 2 * 4096, 4, NULL) == MAP_FAILED ? ename(errno) : "moved");
	R(munmap(d, 2 * 4096));
	R(munmap(d2, 2 * 4096));
	R(munmap((void *)1, 4096));
	/* file mapping */
	char path[64];
	snprintf(path, sizeof path, "/tmp/dm_mem_%d", (int)getpid());
	int fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0600);
	R(write(fd, "file contents here", 18));
	char *f = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	OK(f != MAP_FAILED);
	SHOW("file map: %.18s", f);
	char *w = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	memcpy(w, "FILE", 4);
	R(msync(w, 4096, MS_SYNC));
	char b[8] = { 0 };
	R(pread(fd, b, 4, 0));
	SHOW("shared write visible: %s", b);
	R(munmap(f, 4096));
	R(munmap(w, 4096));
	/* remap_file_pages: the kernel remaps the file's page 1 at the first page */
	R(ftruncate(fd, 2 * 4096));
	R(pwrite(fd, "second page", 11, 4096));
	char *r = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	R(remap_file_pages(r, 4096, 0, 1, 0));
	SHOW("after remap_file_pages: %.11s | %.11s", r, r + 4096);
	R(remap_file_pages(r, 4096, PROT_READ, 1, 0));
	R(munmap(r, 2 * 4096));
	R(remap_file_pages(r, 4096, 0, 1, 0));       /* nothing mapped there now */
	char *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
	R(remap_file_pages(p, 4096, 0, 1, 0));       /* not a shared mapping */
	R(munmap(p, 4096));
	close(fd);
	unlink(path);
	R(mlock(b, 8));
	R(munlock(b, 8));
	unsigned char vec[4];
	char *q = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	q[0] = 1;
	R(mincore(q, 4 * 4096, vec));
	SHOW("mincore first=%d", vec[0] & 1);
	R(munmap(q, 4 * 4096));
	OK(mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 999, 0) == MAP_FAILED && errno == EBADF);
	vm_rw();
	/* MAP_SHARED_VALIDATE refuses a flag bit it does not know (LTP mmap20) */
	int vf = open("/proc/self/exe", O_RDONLY);
	OK(mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE | (1 << 10), vf, 0) == MAP_FAILED && errno == EOPNOTSUPP);
	OK(mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE | (1 << 10), 999, 0) == MAP_FAILED && errno == EBADF);
	char *pv = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | (1 << 10), vf, 0);
	OK(pv != MAP_FAILED);
	munmap(pv, 4096);
	close(vf);
	/* a closed descriptor: EBADF before the length and type checks (mmap08) */
	OK(mmap(NULL, 4096, PROT_WRITE, MAP_SHARED, vf, 0) == MAP_FAILED && errno == EBADF);
	OK(mmap(NULL, 0, PROT_WRITE, MAP_SHARED, vf, 0) == MAP_FAILED && errno == EBADF);
	OK(mmap(NULL, 4096, PROT_WRITE, MAP_SHARED, vf, 1) == MAP_FAILED && errno == EINVAL);
	OK(mmap(NULL, 0, PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && errno == EINVAL);
	lock_all();
	return 0;
}
