/* emu/self.c: dragoman's own executable, kept for re-executing itself.
 *
 * A guest's execve of a foreign program starts a new dragoman.  Its host path
 * (/proc/self/exe) may not exist by then: the guest chrooted, or runs in a
 * chroot without /proc.  So dragoman keeps an O_PATH descriptor of itself and
 * execs through it (execveat AT_EMPTY_PATH).  For that exec the descriptor
 * is left open across it: the kernel then names the new process's AT_EXECFN
 * "/dev/fd/N", and the new dragoman takes descriptor N as its own (no /proc
 * needed, nothing added to the guest's argv or environment). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/process.h"
#include "emu/self.h"

static atomic_int self_fd = -1;
static dev_t self_dev;
static ino_t self_ino;
static char *self_argv0;
static bool started_by_binfmt;

bool dm_self_via_binfmt(int argc, char **argv, const struct dm_arch *forced)
{
	const char *fn = (const char *)getauxval(AT_EXECFN);
	if (!forced || argc < 2 || !fn) return false;
	if (!strcmp(fn, argv[1])) return true;
	/* a "#!" script whose interpreter is a foreign program: binfmt_script
	 * made that interpreter argv[1], binfmt_misc ran us for it, and
	 * AT_EXECFN still names the script */
	int fd = open(fn, O_RDONLY | O_CLOEXEC);
	char h[2] = { 0 };
	bool script = fd >= 0 && pread(fd, h, 2, 0) == 2 && h[0] == '#' && h[1] == '!';
	if (fd >= 0) close(fd);
	return script;
}

int dm_self_dev_fd(const char *fn)
{
	if (!fn || strncmp(fn, "/dev/fd/", 8)) return -1;
	char *end;
	long n = strtol(fn + 8, &end, 10);
	if (end == fn + 8 || *end || n < 0 || n > INT32_MAX) return -1;
	struct stat st;
	if (fstat((int)n, &st) || !S_ISREG(st.st_mode)) return -1;
	return (int)n;
}

/* fd N of AT_EXECFN "/dev/fd/N" when it is still open (we were exec'd
 * through it, close-on-exec off), else -1. */
static int inherited_fd(void) { return dm_self_dev_fd((const char *)getauxval(AT_EXECFN)); }

/* Move fd to the top of the descriptor table (the last number below
 * RLIMIT_NOFILE, where programs that count from 3 do not look), close-on-exec. */
static int park(int fd)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur <= 64) rl.rlim_cur = 0;
	int top = rl.rlim_cur > (1u << 20) ? (1 << 20) - 1 : (int)rl.rlim_cur - 1;
	if (top > 3 && fd != top) {
		int hi = fcntl(fd, F_DUPFD_CLOEXEC, top);
		if (hi >= 0) {
			close(fd);
			return hi;
		}
	}
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	return fd;
}

void dm_self_init(const char *argv0, bool via_binfmt)
{
	self_argv0 = g_strdup(argv0);
	started_by_binfmt = via_binfmt;
	dm_proc.self_path = g_file_read_link("/proc/self/exe", NULL);
	if (via_binfmt) return;
	int fd = inherited_fd();
	if (fd < 0) fd = open("/proc/self/exe", O_PATH | O_CLOEXEC);
	if (fd < 0 && getauxval(AT_EXECFN)) fd = open((const char *)getauxval(AT_EXECFN), O_PATH | O_CLOEXEC);
	if (fd < 0) return;
	fd = park(fd);
	struct stat st;
	if (fstat(fd, &st) == 0) {
		self_dev = st.st_dev;
		self_ino = st.st_ino;
	}
	atomic_store(&self_fd, fd);
}

bool dm_self_binfmt(void) { return started_by_binfmt; }

int dm_self_fd(void) { return atomic_load(&self_fd); }

int dm_self_fd_move(void)
{
	int fd = atomic_load(&self_fd);
	if (fd < 0) return 0;
	int to = fcntl(fd, F_DUPFD_CLOEXEC, fd / 2 > 3 ? fd / 2 : 3);
	if (to < 0) to = fcntl(fd, F_DUPFD_CLOEXEC, 3);
	/* the guest uses every other number: it gets this one too, and a foreign
	 * exec falls back on the path /proc/self/exe gave at start */
	atomic_store(&self_fd, to);
	close(fd);
	return 0;
}

bool dm_self_fd_release(void)
{
	int fd = atomic_exchange(&self_fd, -1);
	if (fd < 0) return false;
	close(fd);
	return true;
}

/* Is the kept descriptor still our executable (not replaced behind our back)? */
static bool fd_is_self(int fd)
{
	struct stat st;
	return fd >= 0 && fstat(fd, &st) == 0 && st.st_dev == self_dev && st.st_ino == self_ino;
}

long dm_self_exec(char **argv, char **envp, long (*sys)(long nr, long, long, long, long, long, long))
{
	argv[0] = self_argv0 ? self_argv0 : (char *)"dragoman";
	int fd = atomic_load(&self_fd);
	long e = -ENOENT;   /* neither a descriptor nor a path: the guest sees ENOENT */
	if (fd_is_self(fd)) {
		fcntl(fd, F_SETFD, 0);
		e = sys(SYS_execveat, fd, (long)"", (long)argv, (long)envp, AT_EMPTY_PATH, 0);
		fcntl(fd, F_SETFD, FD_CLOEXEC);
		return e;   /* interrupted, or our own executable failed to start: E2BIG, ENOMEM, ... */
	}
	if (dm_proc.self_path) e = sys(SYS_execve, (long)dm_proc.self_path, (long)argv, (long)envp, 0, 0, 0);
	return e;
}
