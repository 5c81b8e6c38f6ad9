/* tests/guest/fsmisc.c: fanotify (privileged: a real mark and the event
 * records read back; without CAP_SYS_ADMIN: the kernel's refusal),
 * name_to_handle_at / open_by_handle_at (EOVERFLOW with the size needed, a
 * real handle reopened), landlock_add_rule with landlock_restrict_self in a
 * child, quotactl / quotactl_fd, and process_madvise on our own pages. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/fanotify.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/quota.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

static char dir[] = "/tmp/dm-fsmisc-XXXXXX", file[64], other[64];

static void drop_cap(int cap)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	if (syscall(SYS_capget, &h, d) == 0) {
		d[0].effective &= ~(1u << cap);
		syscall(SYS_capset, &h, d);
	}
}

static void events(int fan, int fid)
{
	static char buf[4096] __attribute__((aligned(8)));
	long n = read(fan, buf, sizeof buf);
	if (n < 0) { printf("read events: -1 %s\n", ename(errno)); return; }
	for (struct fanotify_event_metadata *m = (void *)buf; FAN_EVENT_OK(m, n); m = FAN_EVENT_NEXT(m, n)) {
		printf("event: len %s vers %d mask 0x%llx fd %s pid ours %s\n",
		       m->event_len >= FAN_EVENT_METADATA_LEN ? "ok" : "short", m->vers,
		       (unsigned long long)m->mask, fid ? (m->fd == FAN_NOFD ? "NOFD" : "fd?") : (m->fd >= 0 ? "fd" : "none"),
		       m->pid == getpid() ? "yes" : "no");
		if (m->fd >= 0) close(m->fd);
		if (fid && m->event_len > m->metadata_len) {
			struct fanotify_event_info_fid *f = (void *)((char *)m + m->metadata_len);
			struct file_handle *fh = (void *)f->handle;
			printf("  info type %d, handle bytes > 0: %s\n", f->hdr.info_type, fh->handle_bytes > 0 ? "yes" : "no");
		}
	}
}

static void fanotify(void)
{
	int fan = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY);
	printf("fanotify_init: %s\n", fan >= 0 ? "ok" : ename(errno));
	if (fan < 0) return;
	R(syscall(SYS_fanotify_mark, fan, FAN_MARK_ADD, FAN_OPEN | FAN_CLOSE_WRITE | FAN_EVENT_ON_CHILD, AT_FDCWD, dir));
	R(syscall(SYS_fanotify_mark, fan, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "/nonexistent"));
	R(syscall(SYS_fanotify_mark, fan, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, (char *)16));
	R(syscall(SYS_fanotify_mark, fan, 0x80000000u, FAN_OPEN, AT_FDCWD, dir));
	int fd = open(file, O_WRONLY);
	R(write(fd, "data", 4));
	close(fd);
	events(fan, 0);
	close(fan);

	/* a group reporting file ids: no fds, a handle in an info record */
	fan = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_REPORT_FID | FAN_NONBLOCK, 0);
	printf("fanotify_init(FAN_REPORT_FID): %s\n", fan >= 0 ? "ok" : ename(errno));
	if (fan >= 0) {
		R(syscall(SYS_fanotify_mark, fan, FAN_MARK_ADD, FAN_CLOSE_WRITE, AT_FDCWD, file));
		fd = open(file, O_WRONLY);
		close(fd);
		events(fan, 1);
		close(fan);
	}
	R(syscall(SYS_fanotify_init, 0xffffffffu, 0));

	/* without CAP_SYS_ADMIN only a FID-reporting group may be had */
	pid_t pid = fork();
	if (pid == 0) {
		drop_cap(CAP_SYS_ADMIN);
		errno = 0;
		long r = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF, O_RDONLY);
		printf("unprivileged fanotify_init: %s\n", r >= 0 ? "ok" : ename(errno));
		r = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_REPORT_FID, 0);
		printf("unprivileged fanotify_init(FAN_REPORT_FID): %s\n", r >= 0 ? "ok" : ename(errno));
		_exit(0);
	}
	waitpid(pid, NULL, 0);
}

static void handles(void)
{
	struct file_handle probe = { 0 };
	int mnt = -1;
	R(syscall(SYS_name_to_handle_at, AT_FDCWD, file, &probe, &mnt, 0));
	printf("needed bytes > 0: %s\n", probe.handle_bytes > 0 ? "yes" : "no");
	struct file_handle *fh = malloc(sizeof *fh + probe.handle_bytes);
	fh->handle_bytes = probe.handle_bytes;
	long r = syscall(SYS_name_to_handle_at, AT_FDCWD, file, fh, &mnt, 0);
	printf("name_to_handle_at: %ld, bytes %s, mount id > 0: %s\n", r, fh->handle_bytes == probe.handle_bytes ? "same" : "differ",
	       mnt > 0 ? "yes" : "no");
	int mfd = open(dir, O_RDONLY | O_DIRECTORY);
	int fd = syscall(SYS_open_by_handle_at, mfd, fh, O_RDONLY);
	char buf[8] = { 0 };
	if (fd >= 0) { R(read(fd, buf, sizeof buf - 1)); printf("reopened: %s\n", buf); close(fd); }
	else printf("open_by_handle_at: -1 %s\n", ename(errno));
	R(syscall(SYS_name_to_handle_at, AT_FDCWD, "/nonexistent", (void *)16, &mnt, 0));
	R(syscall(SYS_name_to_handle_at, AT_FDCWD, file, (void *)16, &mnt, 0));
	R(syscall(SYS_name_to_handle_at, AT_FDCWD, file, fh, (void *)16, 0));
	struct file_handle big = { 200, 0 };
	R(syscall(SYS_name_to_handle_at, AT_FDCWD, file, &big, &mnt, 0));
	R(syscall(SYS_name_to_handle_at, AT_FDCWD, file, fh, &mnt, 0x40000));
	R(syscall(SYS_open_by_handle_at, mfd, (void *)16, O_RDONLY));
	fh->handle_type = 0x7fff;
	R(syscall(SYS_open_by_handle_at, mfd, fh, O_RDONLY));
	close(mfd);
	free(fh);
}

#define LANDLOCK_ACCESS_FS_EXECUTE 1ull
#define LANDLOCK_ACCESS_FS_WRITE_FILE 2ull
#define LANDLOCK_ACCESS_FS_READ_FILE 4ull

static void landlock(void)
{
	uint64_t attr[2] = { LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE, 0 };
	int rs = syscall(SYS_landlock_create_ruleset, attr, 8, 0);
	if (rs < 0) { printf("landlock: -1 %s\n", ename(errno)); return; }
	int pfd = open(dir, O_PATH | O_CLOEXEC);
	struct __attribute__((packed)) { uint64_t allowed; int32_t fd; } pb = { LANDLOCK_ACCESS_FS_READ_FILE, pfd };
	R(syscall(SYS_landlock_add_rule, rs, 1, &pb, 0));
	pb.allowed = LANDLOCK_ACCESS_FS_WRITE_FILE;      /* not handled by the ruleset */
	R(syscall(SYS_landlock_add_rule, rs, 1, &pb, 0));
	pb.allowed = LANDLOCK_ACCESS_FS_READ_FILE;
	pb.fd = 999;
	R(syscall(SYS_landlock_add_rule, rs, 1, &pb, 0));
	R(syscall(SYS_landlock_add_rule, rs, 1, (void *)16, 0));
	R(syscall(SYS_landlock_add_rule, rs, 7, &pb, 0));
	R(syscall(SYS_landlock_add_rule, rs, 1, &pb, 1));
	uint64_t port[2] = { 1, 80 };
	R(syscall(SYS_landlock_add_rule, rs, 2, port, 0));
	pid_t pid = fork();
	if (pid == 0) {
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		R(syscall(SYS_landlock_restrict_self, rs, 0));
		RFD(open(file, O_RDONLY));
		RFD(open(other, O_RDONLY));
		RFD(open(file, O_WRONLY));
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	R(syscall(SYS_landlock_restrict_self, 999, 0));
	close(pfd);
	close(rs);
}

static void quotas(void)
{
	uint32_t fmt = 0;
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	R(syscall(SYS_quotactl_fd, fd, QCMD(Q_GETFMT, USRQUOTA), 0, &fmt));
	struct if_dqinfo info;
	R(syscall(SYS_quotactl_fd, fd, QCMD(Q_GETINFO, USRQUOTA), 0, &info));
	struct if_dqblk q;
	R(syscall(SYS_quotactl_fd, fd, QCMD(Q_GETQUOTA, USRQUOTA), 0, &q));
	R(syscall(SYS_quotactl_fd, 999, QCMD(Q_GETFMT, USRQUOTA), 0, &fmt));
	R(syscall(SYS_quotactl_fd, fd, QCMD(0x7777, USRQUOTA), 0, NULL));
	R(syscall(SYS_quotactl, QCMD(Q_SYNC, USRQUOTA), NULL, 0, NULL));
	R(syscall(SYS_quotactl, QCMD(Q_GETFMT, USRQUOTA), "/nonexistent", 0, &fmt));
	R(syscall(SYS_quotactl, QCMD(Q_GETFMT, USRQUOTA), (char *)16, 0, &fmt));
	R(syscall(SYS_quotactl, QCMD(Q_GETFMT, USRQUOTA), file, 0, &fmt));
	close(fd);
}

static void pmadvise(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memset(p, 1, 4 * pg);
	int pidfd = syscall(SYS_pidfd_open, getpid(), 0);
	struct iovec v[2] = { { p, 2 * pg }, { p + 3 * pg, pg } };
	R(syscall(SYS_process_madvise, pidfd, v, 2, MADV_COLD, 0) == 3 * pg);
	R(syscall(SYS_process_madvise, pidfd, v, 2, MADV_PAGEOUT, 0) == 3 * pg);
	printf("contents kept: %s\n", p[0] == 1 && p[3 * pg] == 1 ? "yes" : "no");
	R(syscall(SYS_process_madvise, pidfd, v, 2, MADV_DONTNEED, 0));
	R(syscall(SYS_process_madvise, pidfd, v, 2, MADV_COLD, 1));
	R(syscall(SYS_process_madvise, pidfd, (void *)16, 2, MADV_COLD, 0));
	R(syscall(SYS_process_madvise, 999, v, 2, MADV_COLD, 0));
	/* an unmapped range stops the call: ENOMEM, or the bytes advised before it */
	char *q = mmap(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(q, pg);
	struct iovec u[2] = { { p, pg }, { q, pg } };
	R(syscall(SYS_process_madvise, pidfd, u + 1, 1, MADV_COLD, 0));
	R(syscall(SYS_process_madvise, pidfd, u, 2, MADV_COLD, 0) == pg);
	/* sealed read-only anonymous memory refuses a discarding advice (Linux 6.10 mseal) */
	p[3 * pg] = 5;
	R(mprotect(p + 3 * pg, pg, PROT_READ));
	R(syscall(462 /* mseal */, p + 3 * pg, pg, 0));
	struct iovec sv[2] = { { p, pg }, { p + 3 * pg, pg } };
	R(syscall(SYS_process_madvise, pidfd, sv + 1, 1, MADV_DONTNEED, 0));
	R(syscall(SYS_process_madvise, pidfd, sv, 2, MADV_DONTNEED, 0) == pg);
	printf("sealed contents kept: %d\n", p[3 * pg]);
	close(pidfd);
}

int main(void)
{
	if (!mkdtemp(dir)) return 1;
	snprintf(file, sizeof file, "%s/f", dir);
	snprintf(other, sizeof other, "/tmp/%s-other", dir + 5);
	int fd = open(file, O_WRONLY | O_CREAT, 0644);
	R(write(fd, "hello", 5));
	close(fd);
	close(open(other, O_WRONLY | O_CREAT, 0644));
	fanotify();
	handles();
	landlock();
	quotas();
	pmadvise();
	unlink(file);
	unlink(other);
	rmdir(dir);
	return 0;
}
