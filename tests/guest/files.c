/* tests/guest/files.c: files and directories; mount(2) and the mount API. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "common.h"

/* The mount API (fsopen ... mount_setattr): a tmpfs built, mounted, moved,
 * cloned, made read-only and unmounted.  Not root: fsopen's EPERM on both sides. */
static void mount_api(const char *path)
{
	int fs = fsopen("tmpfs", FSOPEN_CLOEXEC);
	if (fs < 0) {
		SHOW("fsopen: %s", errno == EPERM && geteuid() ? "EPERM (not root)" : ename(errno));
		R(fsconfig(-1, FSCONFIG_CMD_CREATE, NULL, NULL, 0));
		return;
	}
	R(fsconfig(fs, FSCONFIG_SET_STRING, "size", "1m", 0));
	R(fsconfig(fs, FSCONFIG_SET_STRING, "mode", "0711", 0));
	R(fsconfig(fs, FSCONFIG_SET_STRING, "no_such_option", "1", 0));
	R(fsconfig(fs, FSCONFIG_SET_STRING, (void *)16, "1", 0));
	R(fsconfig(fs, FSCONFIG_SET_STRING, "size", (void *)16, 0));
	R(fsconfig(fs, FSCONFIG_SET_FLAG, "size", "x", 0));
	R(fsconfig(fs, FSCONFIG_SET_BINARY, "size", "1m", 2));
	R(fsconfig(fs, FSCONFIG_SET_PATH, "source", "/tmp", AT_FDCWD));
	R(fsconfig(fs, FSCONFIG_SET_FD, "source", NULL, 0));
	R(fsconfig(fs, 99, NULL, NULL, 0));
	R(fsconfig(fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0));
	int mnt = fsmount(fs, FSMOUNT_CLOEXEC, MOUNT_ATTR_NODEV);
	RFD(mnt);
	R(move_mount(mnt, "", AT_FDCWD, path, MOVE_MOUNT_F_EMPTY_PATH));
	struct stat st;
	R(stat(path, &st));
	SHOW("fsmount mode %o", (unsigned)(st.st_mode & 07777));
	int pick = fspick(AT_FDCWD, path, FSPICK_CLOEXEC);
	RFD(pick);
	R(fsconfig(pick, FSCONFIG_SET_STRING, "mode", "0750", 0));
	R(fsconfig(pick, FSCONFIG_CMD_RECONFIGURE, NULL, NULL, 0));
	R(stat(path, &st));
	SHOW("reconfigured mode %o", (unsigned)(st.st_mode & 07777));
	int tree = open_tree(AT_FDCWD, path, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
	RFD(tree);
	struct mount_attr ma = { .attr_set = MOUNT_ATTR_RDONLY };
	R(mount_setattr(AT_FDCWD, path, 0, &ma, sizeof ma));
	R(mkdir(path, 0700) == 0 || errno == EROFS);
	R(mount_setattr(AT_FDCWD, path, 0, (void *)16, sizeof ma));
	R(mount_setattr(AT_FDCWD, path, 0, &ma, 4));
	R(fspick(AT_FDCWD, "/nonexistent_dm", 0));
	R(move_mount(AT_FDCWD, "/nonexistent_dm", AT_FDCWD, path, 0));
	close(tree);
	close(pick);
	close(mnt);
	close(fs);
	R(umount2(path, 0));
}

static int cmp(const void *a, const void *b) { return strcmp(*(char **)a, *(char **)b); }

/* openat2: struct open_how's size rules and the resolve restrictions the
 * kernel applies even to /proc's magic links (LTP openat202, openat203) */
static void open_how(void)
{
	struct { uint64_t flags, mode, resolve, extra; } how = { O_RDONLY, 0, 0, 0 };
	int fd;
	R(fd = (int)syscall(SYS_openat2, AT_FDCWD, "/", &how, 24L));
	close(fd);
	R(fd = (int)syscall(SYS_openat2, AT_FDCWD, "/", &how, 32L));
	close(fd);
	how.extra = 1;
	R(syscall(SYS_openat2, AT_FDCWD, "/", &how, 32L));
	how.extra = 0;
	R(syscall(SYS_openat2, AT_FDCWD, "/", &how, 16L));
	R(syscall(SYS_openat2, AT_FDCWD, "/", &how, 5000L));
	how.resolve = 0x02;   /* RESOLVE_NO_MAGICLINKS */
	R(syscall(SYS_openat2, AT_FDCWD, "/proc/self/exe", &how, 24L));
	how.resolve = 0x08;   /* RESOLVE_BENEATH */
	R(syscall(SYS_openat2, AT_FDCWD, "/etc", &how, 24L));
	how.resolve = 0;
	how.flags = O_RDONLY | O_PATH;
	R(fd = (int)syscall(SYS_openat2, AT_FDCWD, "/proc/self/exe", &how, 24L));
	close(fd);
}

int main(void)
{
	char dir[64];
	snprintf(dir, sizeof dir, "/tmp/dm_files_%d", (int)getpid());
	R(mkdir(dir, 0755));
	R(chdir(dir));
	R(mkdir("sub", 0700));
	R(mkdir("sub", 0700));
	int fd = open("a.txt", O_CREAT | O_RDWR | O_TRUNC, 0640);
	OK(fd >= 0);
	R(write(fd, "hello world\n", 12));
	R(lseek(fd, 0, SEEK_CUR));
	R(lseek(fd, 6, SEEK_SET));
	char buf[64] = { 0 };
	R(read(fd, buf, sizeof buf));
	SHOW("read: %s", buf);
	R(pwrite(fd, "W", 1, 6));
	memset(buf, 0, sizeof buf);
	R(pread(fd, buf, 5, 6));
	SHOW("pread: %s", buf);
	struct stat st;
	R(fstat(fd, &st));
	SHOW("size=%lld mode=%o nlink=%ld isreg=%d", (long long)st.st_size, st.st_mode & 07777, (long)st.st_nlink, S_ISREG(st.st_mode));
	/* fadvise reaches the kernel: known advice is accepted, an unknown one,
	 * a negative length or a pipe is refused (LTP posix_fadvise03) */
	SHOW("fadvise DONTNEED=%s NOREUSE=%s advice 8=%s -1=%s len -1=%s", ename(posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED)),
	     ename(posix_fadvise(fd, 0, 0, POSIX_FADV_NOREUSE)), ename(posix_fadvise(fd, 0, 0, 8)),
	     ename(posix_fadvise(fd, 0, 0, -1)), ename(posix_fadvise(fd, 0, -1, POSIX_FADV_NORMAL)));
	int fp[2];
	pipe(fp);
	SHOW("fadvise pipe=%s badfd=%s", ename(posix_fadvise(fp[0], 0, 0, POSIX_FADV_NORMAL)),
	     ename(posix_fadvise(999, 0, 0, POSIX_FADV_NORMAL)));
	close(fp[0]);
	close(fp[1]);
	R(ftruncate(fd, 5));
	R(fstat(fd, &st));
	SHOW("size after ftruncate=%lld", (long long)st.st_size);
	R(fsync(fd));
	R(close(fd));
	R(stat("a.txt", &st));
	SHOW("stat size=%lld blocks>0=%d", (long long)st.st_size, st.st_blocks > 0);
	R(access("a.txt", R_OK | W_OK));
	R(access("missing", F_OK));
	R(chmod("a.txt", 0600));
	R(stat("a.txt", &st));
	SHOW("mode=%o", st.st_mode & 07777);
	struct timespec ts[2] = { { 1000000000, 5 }, { 1200000000, 123456789 } };
	R(utimensat(AT_FDCWD, "a.txt", ts, 0));
	R(stat("a.txt", &st));
	SHOW("atime=%lld mtime=%lld.%09ld", (long long)st.st_atime, (long long)st.st_mtime, st.st_mtim.tv_nsec);
	R(link("a.txt", "b.txt"));
	R(stat("a.txt", &st));
	SHOW("nlink=%ld", (long)st.st_nlink);
	R(symlink("a.txt", "c.lnk"));
	memset(buf, 0, sizeof buf);
	R(readlink("c.lnk", buf, sizeof buf));
	SHOW("readlink: %s", buf);
	R(lstat("c.lnk", &st));
	SHOW("lstat islnk=%d", S_ISLNK(st.st_mode));
	R(rename("b.txt", "sub/d.txt"));
	R(truncate("sub/d.txt", 3));
	R(stat("sub/d.txt", &st));
	SHOW("d size=%lld", (long long)st.st_size);
	int dfd = open("sub", O_RDONLY | O_DIRECTORY);
	OK(dfd >= 0);
	R(fstatat(dfd, "d.txt", &st, 0));
	R(renameat(dfd, "d.txt", dfd, "e.txt"));
	R(unlinkat(dfd, "d.txt", 0));
	R(faccessat(dfd, "e.txt", F_OK, 0));
	R(open("a.txt", O_RDONLY | O_DIRECTORY));
	R(close(dfd));
	/* directory listing, sorted */
	DIR *d = opendir(".");
	char *names[32];
	int n = 0;
	struct dirent *e;
	while (d && (e = readdir(d)) && n < 32) names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof *names, cmp);
	for (int i = 0; i < n; i++) SHOW("entry %s", names[i]);
	char cwd[256];
	OK(getcwd(cwd, sizeof cwd) && !strcmp(cwd, dir));
	R(rmdir("sub"));
	R(unlink("sub/e.txt"));
	R(rmdir("sub"));
	R(unlink("a.txt"));
	R(unlink("c.lnk"));
	R(chdir("/"));
	R(rmdir(dir));
	R(stat(dir, &st));
	/* a big file through many writes */
	char path[80];
	snprintf(path, sizeof path, "/tmp/dm_big_%d", (int)getpid());
	FILE *f = fopen(path, "w");
	for (int i = 0; i < 10000; i++) fprintf(f, "line %d\n", i);
	fclose(f);
	f = fopen(path, "r");
	long sum = 0;
	while (fgets(buf, sizeof buf, f)) sum += atoi(buf + 5);
	fclose(f);
	SHOW("sum=%ld", sum);
	R(unlink(path));

	/* mount(2) passes through; its options string must arrive (mode=0710).
	 * Not root: EPERM both natively and emulated. */
	snprintf(path, sizeof path, "/tmp/dm_mnt_%d", (int)getpid());
	R(mkdir(path, 0755));
	int m = mount("dm_tmpfs", path, "tmpfs", MS_NOSUID, "size=1m,mode=0710");
	if (m == 0) {
		R(stat(path, &st));
		SHOW("mounted mode %o", (unsigned)(st.st_mode & 07777));
		snprintf(buf, sizeof buf, "%.50s/f", path);
		R(close(open(buf, O_CREAT | O_WRONLY, 0600)));
		R(umount2(path, 0));
		R(access(buf, F_OK));
	} else
		SHOW("mount: %s", errno == EPERM && geteuid() ? "EPERM (not root)" : ename(errno));
	R(mount("dm_tmpfs", path, "tmpfs", 0, (void *)8));
	mount_api(path);
	R(rmdir(path));
	open_how();
	return 0;
}
