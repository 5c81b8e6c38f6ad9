/* tests/guest/fd_hidden.c: a process's descriptors are its own.  dragoman
 * keeps one of its own executable (to re-execute itself), which the guest
 * must not see or lose: probing every number with fcntl(F_GETFD), listing
 * /proc/self/fd, closing everything (close, close_range), dup2 onto every
 * free number, and then an exec of another program must all behave as on
 * the native kernel.
 *   fd_hidden                  the checks above, printed
 *   fd_hidden MODE PROG ARGS   MODE (closerange, closeall or dupall) then exec PROG,
 *                              or (MODE fexecve) exec it through a close-on-exec descriptor */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common.h"

static int limit(void)
{
	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);
	return rl.rlim_cur > (1u << 20) ? 1 << 20 : (int)rl.rlim_cur;
}

/* open descriptors from 3 up, as fcntl sees them */
static void probe(const char *when)
{
	printf("%s: open by fcntl:", when);
	for (int fd = 3; fd < limit(); fd++)
		if (fcntl(fd, F_GETFD) >= 0) printf(" %d", fd);
	printf("\n");
	/* and as fstat and fstatat(AT_EMPTY_PATH) see them (CPython's
	 * test_pass_fds_redirected probes this way) */
	printf("%s: open by fstat:", when);
	struct stat st;
	for (int fd = 3; fd < limit(); fd++)
		if (fstat(fd, &st) == 0 || fstatat(fd, "", &st, AT_EMPTY_PATH) == 0) printf(" %d", fd);
	printf("\n");
}

/* /proc/self/fd from 3 up, without the directory's own descriptor */
static void listing(const char *when)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d) {
		printf("%s: /proc/self/fd: %s\n", when, ename(errno));
		return;
	}
	int self = dirfd(d), n = 0, list[64];
	struct dirent *e;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.' && atoi(e->d_name) >= 3 && atoi(e->d_name) != self && n < 64)
			list[n++] = atoi(e->d_name);
	closedir(d);
	for (int i = 1; i < n; i++)   /* insertion sort: readdir's order is the kernel's */
		for (int j = i; j > 0 && list[j - 1] > list[j]; j--) {
			int t = list[j];
			list[j] = list[j - 1];
			list[j - 1] = t;
		}
	printf("%s: /proc/self/fd:", when);
	for (int i = 0; i < n; i++) printf(" %d", list[i]);
	printf("\n");
}

static void closeall(void)
{
	for (int fd = 3; fd < limit(); fd++) close(fd);
}

static long closerange(void) { return syscall(SYS_close_range, 3u, ~0u, 0u); }

/* dup2 onto every free number, then close them all: nothing of ours may be in the way */
static int dupall(void)
{
	int n = 0;
	for (int fd = 3; fd < limit(); fd++)
		if (fcntl(fd, F_GETFD) < 0 && dup2(2, fd) == fd) n++;
	return n;
}

int main(int argc, char **argv)
{
	if (argc >= 3) {
		if (!strcmp(argv[1], "closerange")) closerange();
		else if (!strcmp(argv[1], "closeall")) closeall();
		else if (!strcmp(argv[1], "dupall")) dupall(), closerange();
		if (!strcmp(argv[1], "fexecve")) {
			int fd = open(argv[2], O_RDONLY | O_CLOEXEC);
			extern char **environ;
			fexecve(fd, argv + 2, environ);
		} else {
			execv(argv[2], argv + 2);
		}
		printf("exec %s: %s\n", argv[2], ename(errno));
		return 127;
	}
	probe("start");
	listing("start");
	/* filling the table with dup (the lowest free number each time, as
	 * LTP's dup03 and creat05 do) reaches every number below the limit */
	int got = 0;
	while (dup(0) >= 0) got++;
	SHOW("dup until EMFILE: %d more (%s)", got, ename(errno));
	R(closerange());
	int nul = open("/dev/null", O_RDONLY);
	OK(nul >= 3);
	R(close(nul));
	R(closerange());
	probe("after close_range");
	listing("after close_range");
	R(open("/dev/null", O_RDONLY));   /* the lowest free number: 3 */
	int dupped = dupall();
	OK(dupped == limit() - 3 - 1);    /* every number but the one open() gave */
	int n = 0, top = -1;
	for (int fd = 3; fd < limit(); fd++)
		if (fcntl(fd, F_GETFD) >= 0) n++, top = fd;
	OK(n == limit() - 3 && top == limit() - 1);   /* all of them */
	R(closerange());
	closeall();
	probe("after closing them");
	R(open("/dev/null", O_RDONLY));
	R(close(3));
	R(close(3));
	return 0;
}
