/* tests/guest/smc_syscall.c: system calls that write into a page holding
 * code that has run, and stores the guest may not make.  On guests whose
 * instruction fetch is coherent (s390x) dragoman write-protects such pages
 * on the host; the host kernel would then fail the call with EFAULT instead
 * of faulting, so the emulator must let these writes through exactly as a
 * native run does (docs/coherence.md).  A page the guest itself mapped or
 * made read-only must still fault (SIGSEGV, SEGV_ACCERR) and still be
 * EFAULT for read(2), and /proc/self/maps must show the guest's protection. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "common.h"
#include "smc.h"

static sigjmp_buf jb;
static volatile int seen_code;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	(void)sig, (void)uc;
	seen_code = si->si_code;
	siglongjmp(jb, 1);
}

/* 0 when the store went through, else the SIGSEGV si_code */
static int store(volatile uint8_t *p, uint8_t v)
{
	seen_code = 0;
	if (sigsetjmp(jb, 1) == 0) {
		*p = v;
		return 0;
	}
	return seen_code;
}

static const char *code_name(int c)
{
	return c == 0 ? "stored" : c == SEGV_ACCERR ? "SIGSEGV SEGV_ACCERR" : c == SEGV_MAPERR ? "SIGSEGV SEGV_MAPERR" : "SIGSEGV ?";
}

/* the protection /proc/self/maps shows for the mapping at p */
static void show_maps(const char *what, const void *p)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[512], perms[8] = "none";
	unsigned long lo, hi;
	while (f && fgets(line, sizeof line, f))
		if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) == 3 && lo <= (unsigned long)p && (unsigned long)p < hi) break;
		else strcpy(perms, "none");
	if (f) fclose(f);
	SHOW("%s: maps says %s", what, perms);
}

int main(void)
{
	struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO | SA_NODEFER };
	sigaction(SIGSEGV, &sa, NULL);
	uint8_t *pg = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (pg == MAP_FAILED) return perror("mmap"), 1;
	smc_fn f = (smc_fn)(void *)pg;
	smc_flush(pg, smc_ret_const(pg, 1));
	SHOW("code: %d", f());

	/* read(2) into a buffer on the code's page */
	int p[2];
	if (pipe(p)) return perror("pipe"), 1;
	R(write(p[1], "hello, code page", 16));
	R(read(p[0], pg + 2048, 16));
	SHOW("buffer: %.16s, code still %d", (char *)pg + 2048, f());

	/* read(2) new code over the function that ran */
	uint8_t code[SMC_SLOT];
	size_t n = smc_ret_const(code, 2);
	OK(write(p[1], code, n) == (ssize_t)n);
	OK(read(p[0], pg, n) == (ssize_t)n);
	smc_flush(pg, n);
	SHOW("code read(2) in: %d", f());

	/* pread(2) from a file, recv(2) from a socket, readv(2) across two buffers */
	char tmpl[] = "/tmp/smc_syscall.XXXXXX";
	int fd = mkstemp(tmpl);
	if (fd < 0) return perror("mkstemp"), 1;
	unlink(tmpl);
	n = smc_ret_const(code, 3);
	OK(pwrite(fd, code, n, 100) == (ssize_t)n);
	OK(pread(fd, pg, n, 100) == (ssize_t)n);
	smc_flush(pg, n);
	SHOW("code pread(2) in: %d", f());
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) return perror("socketpair"), 1;
	n = smc_ret_const(code, 4);
	OK(send(sv[0], code, n, 0) == (ssize_t)n);
	OK(recv(sv[1], pg, n, MSG_WAITALL) == (ssize_t)n);
	smc_flush(pg, n);
	SHOW("code recv(2) in: %d", f());
	n = smc_ret_const(code, 5);
	OK(write(p[1], "0123456789", 10) == 10 && write(p[1], code, n) == (ssize_t)n);
	struct iovec iov[2] = { { pg + 3000, 10 }, { pg, n } };
	OK(readv(p[0], iov, 2) == (ssize_t)(10 + n));
	smc_flush(pg, n);
	SHOW("code readv(2) in: %d, data %.10s", f(), (char *)pg + 3000);

	/* many rounds: run, then read(2) the next function in */
	int bad = 0;
	for (uint32_t i = 0; i < 2000; i++) {
		n = smc_ret_const(code, i);
		if (write(p[1], code, n) != (ssize_t)n || read(p[0], pg, n) != (ssize_t)n) bad++;
		smc_flush(pg, n);
		if (f() != (int)i) bad++;
	}
	SHOW("2000 rounds of read(2) code in, run: %d wrong", bad);
	show_maps("the code page", pg);

	/* the guest's own read-only protection still holds, for stores and read(2) */
	OK(mprotect(pg, 4096, PROT_READ | PROT_EXEC) == 0);
	show_maps("after mprotect r-x", pg);
	SHOW("store into it: %s", code_name(store(pg + 100, 1)));
	OK(write(p[1], "x", 1) == 1);
	R(read(p[0], pg + 2048, 1));
	SHOW("code still runs: %d", f());
	OK(mprotect(pg, 4096, PROT_READ | PROT_WRITE | PROT_EXEC) == 0);
	R(read(p[0], pg + 2048, 1));
	SHOW("store after mprotect rwx: %s", code_name(store(pg + 100, 1)));
	smc_flush(pg, smc_ret_const(pg, 6));
	SHOW("rewritten after it: %d", f());

	uint8_t *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	SHOW("store into a PROT_READ page: %s", code_name(store(ro, 1)));
	show_maps("PROT_READ page", ro);
	munmap(ro, 4096);
	munmap(pg, 4096);
	return 0;
}
