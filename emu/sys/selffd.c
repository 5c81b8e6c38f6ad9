/* emu/sys/selffd.c: the descriptor of its own executable that dragoman keeps
 * for re-executing itself (emu/self.c) is not the guest's.  close() of it
 * fails as for a descriptor that is not open, close_range() steps over it,
 * dup2/dup3 onto its number first move it elsewhere, and /proc/self/fd does
 * not list it, fcntl fails EBADF on it.  close, close_range, dup2, dup3 are overrides of the generic
 * marshaller (custom.c); getdents64 (fs.c) calls dm_selffd_hide_dirent,
 * fcntl (fd.c) dm_selffd_is. */
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/self.h"
#include "emu/sys/internal.h"

/* emu/self.c is in libdm_os, which the syscall layer's own tests do not link */
int dm_self_fd(void) __attribute__((weak));
int dm_self_fd_move(void) __attribute__((weak));
static int self_fd(void) { return dm_self_fd ? dm_self_fd() : -1; }

bool dm_selffd_is(int fd) { return fd >= 0 && fd == self_fd(); }

int64_t dm_sys_close(struct dm_sys_call *c)
{
	int fd = (int)dm_call_arg(c, 0);
	if (fd >= 0 && fd == self_fd()) return DM_GERR(EBADF);
	return dm_sys_err(c->abi, dm_host_syscall(SYS_close, fd, 0, 0, 0, 0, 0));
}

/* close_range(first, last, flags): the flags (CLOSE_RANGE_UNSHARE, _CLOEXEC)
 * are numbered alike on every ABI.  A range holding our descriptor becomes
 * the two ranges around it; marking it close-on-exec changes nothing. */
int64_t dm_sys_close_range(struct dm_sys_call *c)
{
	unsigned first = (unsigned)dm_call_arg(c, 0), last = (unsigned)dm_call_arg(c, 1);
	unsigned flags = (unsigned)dm_call_arg(c, 2);
	int self = self_fd();
	if (self < 0 || first > last || (unsigned)self < first || (unsigned)self > last || (flags & 4 /* CLOEXEC */))
		return dm_sys_err(c->abi, dm_host_syscall(SYS_close_range, first, last, flags, 0, 0, 0));
	long r = 0;
	if ((unsigned)self > first) r = dm_host_syscall(SYS_close_range, first, (unsigned)self - 1, flags, 0, 0, 0);
	if (!r && (unsigned)self < last) r = dm_host_syscall(SYS_close_range, (unsigned)self + 1, last, flags, 0, 0, 0);
	return dm_sys_err(c->abi, r);
}

static int64_t dup_onto(struct dm_sys_call *c, int oldfd, int newfd, long hflags, long nr)
{
	if (newfd >= 0 && newfd == self_fd() && oldfd != newfd) {
		int r = dm_self_fd_move();
		if (r) return dm_sys_err(c->abi, r);
	}
	return dm_sys_err(c->abi, dm_host_syscall(nr, oldfd, newfd, hflags, 0, 0, 0));
}

int64_t dm_sys_dup2(struct dm_sys_call *c)
{
	int oldfd = (int)dm_call_arg(c, 0), newfd = (int)dm_call_arg(c, 1);
	if (oldfd == self_fd()) return DM_GERR(EBADF);
	return dup_onto(c, oldfd, newfd, 0, SYS_dup2);
}

int64_t dm_sys_dup3(struct dm_sys_call *c)
{
	int oldfd = (int)dm_call_arg(c, 0), newfd = (int)dm_call_arg(c, 1);
	uint64_t hflags = dm_set_to_host(c->abi->sets[DM_SET_open_flags], dm_call_arg(c, 2));
	if (oldfd == self_fd()) return DM_GERR(EBADF);
	return dup_onto(c, oldfd, newfd, (long)hflags, SYS_dup3);
}

/* Is fd a directory of our own descriptors (/proc/PID/fd or
 * /proc/PID/task/TID/fd, PID ours)? */
static bool own_fd_dir(int fd)
{
	char link[64], target[128];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, target, sizeof target - 1);
	if (n <= 0) return false;
	target[n] = 0;
	char pid[32];
	int k = snprintf(pid, sizeof pid, "/proc/%d/", (int)getpid());
	return !strncmp(target, pid, (size_t)k) && g_str_has_suffix(target, "/fd");
}

/* Drop our descriptor's record from a getdents64 result in buf (n bytes,
 * the kernel's linux_dirent64 records) read from fd; the new length. */
long dm_selffd_hide_dirent(int fd, uint8_t *buf, long n)
{
	int self = self_fd();
	if (self < 0 || n <= 0 || !own_fd_dir(fd)) return n;
	char name[16];
	snprintf(name, sizeof name, "%d", self);
	for (long off = 0; off < n;) {
		uint16_t reclen;
		memcpy(&reclen, buf + off + 16, 2);
		if (reclen == 0 || off + reclen > n) break;
		if (!strcmp((const char *)buf + off + 19, name)) {
			memmove(buf + off, buf + off + reclen, (size_t)(n - off - reclen));
			return n - reclen;
		}
		off += reclen;
	}
	return n;
}
