/* tests/guest/be_stat.c: the kernel's file-status structures as a
 * big-endian (or any) guest sees them: struct stat from stat/fstat/lstat/
 * fstatat, struct statx (its 32/64-bit fields and timestamps), and the
 * records getdents64 packs (d_ino, d_off, d_reclen, d_type).  Every value
 * printed is one the test set (sizes, modes, times, link counts) or a
 * relation between two calls (same inode from stat and statx), so the guest
 * prints what the native run prints. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#include "common.h"

struct d64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

int main(void)
{
	char dir[] = "/tmp/be_stat.XXXXXX";
	if (!mkdtemp(dir)) return 1;
	if (chdir(dir)) return 1;
	int fd = open("f", O_CREAT | O_RDWR, 0640);
	fchmod(fd, 0640);   /* the umask must not matter */
	char buf[5000];
	memset(buf, 'x', sizeof buf);
	(void)!write(fd, buf, sizeof buf);
	/* times with nanoseconds, past 2038 for the 64-bit fields */
	struct timespec ts[2] = { { 0x80001234LL, 123456789 }, { 1234567890, 987654321 } };
	R(futimens(fd, ts));
	R(link("f", "g"));
	R(symlink("f", "s"));
	R(mkdir("d", 0751));
	R(chmod("d", 0751));
	R(mkfifo("p", 0600));
	R(chmod("p", 0600));

	struct stat st, st2;
	R(stat("f", &st));
	SHOW("size %lld blocks>=8 %d mode %o nlink %lu", (long long)st.st_size, st.st_blocks >= 8, st.st_mode,
	     (unsigned long)st.st_nlink);
	SHOW("atime %lld.%09ld mtime %lld.%09ld", (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
	     (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	OK(st.st_uid == getuid() && st.st_gid == getgid());
	OK(st.st_blksize >= 512 && (st.st_blksize & (st.st_blksize - 1)) == 0);
	R(fstat(fd, &st2));
	OK(st2.st_ino == st.st_ino && st2.st_dev == st.st_dev && st2.st_size == st.st_size);
	R(lstat("s", &st2));
	SHOW("symlink: mode %o size %lld", st2.st_mode & S_IFMT, (long long)st2.st_size);
	R(fstatat(AT_FDCWD, "s", &st2, 0));
	OK(st2.st_ino == st.st_ino);
	R(fstatat(AT_FDCWD, "d", &st2, AT_SYMLINK_NOFOLLOW));
	SHOW("dir: mode %o nlink %lu", st2.st_mode, (unsigned long)st2.st_nlink);
	R(fstatat(AT_FDCWD, "p", &st2, 0));
	SHOW("fifo: mode %o", st2.st_mode);
	R(fstatat(AT_FDCWD, "/dev/null", &st2, 0));
	SHOW("/dev/null: mode %o rdev %u:%u", st2.st_mode, major(st2.st_rdev), minor(st2.st_rdev));
	R(fstatat(fd, "", &st2, AT_EMPTY_PATH));
	OK(st2.st_ino == st.st_ino);
	R(fstatat(AT_FDCWD, "nonexist", &st2, 0));

	struct statx sx;
	memset(&sx, 0xa5, sizeof sx);
	R(statx(AT_FDCWD, "f", AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS | STATX_BTIME, &sx));
	SHOW("statx: mask has basic %d size %llu mode %o nlink %u blocks>=8 %d", (sx.stx_mask & STATX_BASIC_STATS) ==
	     STATX_BASIC_STATS, (unsigned long long)sx.stx_size, sx.stx_mode, sx.stx_nlink, sx.stx_blocks >= 8);
	SHOW("statx: atime %lld.%09u mtime %lld.%09u", (long long)sx.stx_atime.tv_sec, sx.stx_atime.tv_nsec,
	     (long long)sx.stx_mtime.tv_sec, sx.stx_mtime.tv_nsec);
	OK(sx.stx_ino == st.st_ino && sx.stx_uid == st.st_uid && sx.stx_gid == st.st_gid);
	OK(sx.stx_blksize == (uint32_t)st.st_blksize);
	OK(makedev(sx.stx_dev_major, sx.stx_dev_minor) == st.st_dev);
	OK(sx.stx_ctime.tv_sec == st.st_ctim.tv_sec && sx.stx_ctime.tv_nsec == (uint32_t)st.st_ctim.tv_nsec);
	R(statx(AT_FDCWD, "/dev/null", 0, STATX_TYPE | STATX_MODE, &sx));
	SHOW("statx /dev/null: mode %o rdev %u:%u", sx.stx_mode, sx.stx_rdev_major, sx.stx_rdev_minor);
	R(statx(AT_FDCWD, "f", 0, STATX__RESERVED, &sx));

	/* getdents64: names, types, and d_ino equal to stat's */
	int dfd = open(".", O_RDONLY | O_DIRECTORY);
	char db[4096];
	long n = syscall(SYS_getdents64, dfd, db, sizeof db);
	const char *names[] = { ".", "..", "d", "f", "g", "p", "s" };
	char seen[7] = { 0 };
	int good_len = 1, good_ino = 1;
	for (long off = 0; off < n;) {
		struct d64 *e = (struct d64 *)(db + off);
		if (e->d_reclen % 8 || e->d_reclen < 20) good_len = 0;
		for (int i = 0; i < 7; i++)
			if (!strcmp(e->d_name, names[i])) {
				seen[i] = e->d_type == DT_DIR ? 'D' : e->d_type == DT_REG ? 'R' : e->d_type == DT_LNK ? 'L' :
					  e->d_type == DT_FIFO ? 'F' : '?';
				struct stat s3;
				if (i >= 2 && (lstat(e->d_name, &s3) || s3.st_ino != e->d_ino)) good_ino = 0;
			}
		off += e->d_reclen;
	}
	SHOW("getdents64: types %.7s reclen aligned %d d_ino = st_ino %d", seen, good_len, good_ino);
	/* d_off: a cookie to seek back to */
	struct d64 *first = (struct d64 *)db;
	R(lseek(dfd, first->d_off, SEEK_SET) == first->d_off);
	long n2 = syscall(SYS_getdents64, dfd, db, sizeof db);
	OK(n2 == n - first->d_reclen);
	R(syscall(SYS_getdents64, dfd, db, 8));
	close(dfd);
	close(fd);
	unlink("f"); unlink("g"); unlink("s"); unlink("p"); rmdir("d");
	(void)!chdir("/");
	rmdir(dir);
	return 0;
}
