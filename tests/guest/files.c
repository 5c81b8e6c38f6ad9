/* tests/guest/files.c: files and directories. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "common.h"

static int cmp(const void *a, const void *b) { return strcmp(*(char **)a, *(char **)b); }

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
	R(rmdir(path));
	return 0;
}
