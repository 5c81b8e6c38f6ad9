/* tests/guest/ioctl.c: terminal ioctls on a pty (termios and the old termio),
 * ENOTTY on files, FIONREAD; file ioctls (FIEMAP, clone and dedupe ranges),
 * loop devices (legacy and 64-bit status, LOOP_CONFIGURE), nsfs, pidfd and
 * TUN ioctls.  Root-only parts print the errno both sides get otherwise. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/if_tun.h>
#include <linux/loop.h>
#include <linux/nsfs.h>
#include <net/if.h>
#include <sys/socket.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "common.h"

/* linux/pidfd.h of v6.13+, newer than the build's headers */
struct dm_pidfd_info {
	uint64_t mask, cgroupid;
	uint32_t pid, tgid, ppid, ruid, rgid, euid, egid, suid, sgid, fsuid, fsgid;
	int32_t exit_code;
	uint32_t coredump_mask, coredump_signal;
};
#define DM_PIDFD_GET_UTS_NAMESPACE _IO(0xFF, 10)
#define DM_PIDFD_GET_INFO _IOWR(0xFF, 11, struct dm_pidfd_info)
#define DM_PIDFD_INFO_EXIT 8

static void file_ioctls(void)
{
	char path[64], path2[64];
	snprintf(path, sizeof path, "/tmp/dm_ioctl_%d", (int)getpid());
	snprintf(path2, sizeof path2, "/tmp/dm_ioctl2_%d", (int)getpid());
	int f = open(path, O_CREAT | O_RDWR | O_TRUNC, 0600);
	int g = open(path2, O_CREAT | O_RDWR | O_TRUNC, 0600);
	char blk[8192];
	memset(blk, 'x', sizeof blk);
	R(write(f, blk, sizeof blk));
	R(write(g, blk, sizeof blk));
	R(fsync(f));
	/* FIEMAP: a count of 0 only counts; then room for 4 extents */
	struct { struct fiemap m; struct fiemap_extent e[4]; } fm;
	memset(&fm, 0, sizeof fm);
	fm.m.fm_length = ~0ull;
	fm.m.fm_flags = FIEMAP_FLAG_SYNC;
	errno = 0;
	int r = ioctl(f, FS_IOC_FIEMAP, &fm);
	SHOW("fiemap count-only -> %d %s mapped=%u", r, ename(r ? errno : 0), fm.m.fm_mapped_extents);
	fm.m.fm_extent_count = 4;
	errno = 0;
	r = ioctl(f, FS_IOC_FIEMAP, &fm);
	SHOW("fiemap -> %d %s mapped=%u", r, ename(r ? errno : 0), fm.m.fm_mapped_extents);
	if (r == 0 && fm.m.fm_mapped_extents)
		SHOW("extent 0: logical=%llu length=%llu last=%d", (unsigned long long)fm.e[0].fe_logical,
		     (unsigned long long)fm.e[0].fe_length, !!(fm.e[fm.m.fm_mapped_extents - 1].fe_flags & FIEMAP_EXTENT_LAST));
	fm.m.fm_flags = 0x40000000;  /* unknown flag: EBADR, the kernel writes back what it does not support */
	errno = 0;
	r = ioctl(f, FS_IOC_FIEMAP, &fm);
	SHOW("fiemap bad flag -> %d %s flags=%#x", r, ename(r ? errno : 0), r ? fm.m.fm_flags : 0);
	R(ioctl(f, FS_IOC_FIEMAP, (void *)16));
	/* clone and dedupe: the filesystem decides (EOPNOTSUPP, EXDEV, EINVAL or success) */
	struct file_clone_range cr = { .src_fd = g, .src_offset = 0, .src_length = 4096, .dest_offset = 4096 };
	R(ioctl(f, FICLONERANGE, &cr));
	R(ioctl(f, FICLONE, g));
	struct { struct file_dedupe_range d; struct file_dedupe_range_info i[2]; } dr;
	memset(&dr, 0, sizeof dr);
	dr.d.src_offset = 0;
	dr.d.src_length = 4096;
	dr.d.dest_count = 2;
	dr.i[0].dest_fd = g;
	dr.i[0].dest_offset = 4096;
	dr.i[1].dest_fd = g;
	dr.i[1].dest_offset = 0;
	errno = 0;
	r = ioctl(f, FIDEDUPERANGE, &dr);
	SHOW("dedupe -> %d %s status=%d,%d deduped=%llu", r, ename(r ? errno : 0), dr.i[0].status, dr.i[1].status,
	     (unsigned long long)dr.i[0].bytes_deduped);
	R(ioctl(f, FIDEDUPERANGE, (void *)16));
	close(g);
	R(unlink(path2));

	/* a loop device over the file (root): LOOP_CONFIGURE, both status calls, clear */
	int ctl = open("/dev/loop-control", O_RDWR);
	int n = ctl < 0 ? -1 : ioctl(ctl, LOOP_CTL_GET_FREE);
	if (n < 0) {
		SHOW("loop-control: %s", errno == EACCES || errno == EPERM ? "no access (not root)" : ename(errno));
	} else {
		char dev[32];
		snprintf(dev, sizeof dev, "/dev/loop%d", n);
		int l = open(dev, O_RDWR);
		struct loop_config lc = { .fd = (uint32_t)f, .block_size = 512 };
		lc.info.lo_offset = 512;
		strcpy((char *)lc.info.lo_file_name, "dm_backing");
		R(ioctl(l, LOOP_CONFIGURE, &lc));
		struct loop_info li;
		memset(&li, 0, sizeof li);
		R(ioctl(l, LOOP_GET_STATUS, &li));
		SHOW("loop_info offset=%d name=%s number-ok=%d", li.lo_offset, li.lo_name, li.lo_number == n);
		li.lo_offset = 1024;
		R(ioctl(l, LOOP_SET_STATUS, &li));
		struct loop_info64 l64;
		R(ioctl(l, LOOP_GET_STATUS64, &l64));
		SHOW("loop_info64 offset=%llu name=%s", (unsigned long long)l64.lo_offset, (char *)l64.lo_file_name);
		R(ioctl(l, LOOP_GET_STATUS, (void *)16));
		R(ioctl(l, LOOP_SET_BLOCK_SIZE, 4096));
		R(ioctl(l, LOOP_CLR_FD));
		close(l);
	}
	if (ctl >= 0) close(ctl);
	close(f);
	R(unlink(path));
}

static void ns_pidfd_tun(void)
{
	int uts = open("/proc/self/ns/uts", O_RDONLY);
	R(ioctl(uts, NS_GET_NSTYPE) == CLONE_NEWUTS);
	unsigned uid = 12345;
	R(ioctl(uts, NS_GET_OWNER_UID, &uid));
	int user = ioctl(uts, NS_GET_USERNS);
	OK(user >= 0);
	R(ioctl(user, NS_GET_NSTYPE) == CLONE_NEWUSER);
	R(ioctl(user, NS_GET_OWNER_UID, &uid));
	SHOW("owner uid is mine: %d", uid == getuid() || uid == 0);
	R(ioctl(user, NS_GET_PARENT));
	close(user);
	close(uts);

	/* the child lives until the pipe closes: a zombie has no namespaces (ESRCH) */
	int hold[2];
	R(pipe(hold));
	pid_t c = fork();
	if (c == 0) { char x; close(hold[1]); read(hold[0], &x, 1); _exit(7); }
	close(hold[0]);
	int pfd = (int)syscall(SYS_pidfd_open, c, 0);
	struct dm_pidfd_info info = { .mask = DM_PIDFD_INFO_EXIT };
	errno = 0;
	int r = ioctl(pfd, DM_PIDFD_GET_INFO, &info);
	SHOW("pidfd info -> %d %s pid-ok=%d", r, ename(r ? errno : 0), r || info.pid == (uint32_t)c);
	int ns = ioctl(pfd, DM_PIDFD_GET_UTS_NAMESPACE, 0L)   /* the kernel wants arg 0 */;
	SHOW("pidfd uts ns -> %s", ns >= 0 ? "ok" : ename(errno));
	if (ns >= 0) { R(ioctl(ns, NS_GET_NSTYPE) == CLONE_NEWUTS); close(ns); }
	close(hold[1]);
	waitpid(c, NULL, 0);
	memset(&info, 0, sizeof info);
	info.mask = DM_PIDFD_INFO_EXIT;
	errno = 0;
	r = ioctl(pfd, DM_PIDFD_GET_INFO, &info);
	SHOW("pidfd info after exit -> %d %s exit=%s %d", r, ename(r ? errno : 0),
	     info.mask & DM_PIDFD_INFO_EXIT ? "yes" : "no", info.exit_code);
	R(ioctl(pfd, DM_PIDFD_GET_INFO, NULL));
	close(pfd);

	int t = open("/dev/net/tun", O_RDWR);
	if (t < 0) { SHOW("tun: %s", ename(errno)); return; }
	unsigned feat = 0;
	R(ioctl(t, TUNGETFEATURES, &feat));
	SHOW("tun features has IFF_TUN: %d", !!(feat & IFF_TUN));
	close(t);
}

/* SIOCGIFCONF: the byte count with a NULL buffer, then the records of a
 * buffer one record too short for all of them (the kernel fills whole ones) */
static void ifconf(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct ifconf ic = { .ifc_len = 0, .ifc_buf = NULL };
	R(ioctl(s, SIOCGIFCONF, &ic));
	int all = ic.ifc_len / (int)sizeof(struct ifreq);
	SHOW("ifconf: %d interfaces, len %% ifreq = %d", all, ic.ifc_len % (int)sizeof(struct ifreq));
	struct ifreq rq[16];
	ic.ifc_len = (int)sizeof rq;
	ic.ifc_req = rq;
	R(ioctl(s, SIOCGIFCONF, &ic));
	for (int i = 0; i < ic.ifc_len / (int)sizeof(struct ifreq); i++)
		SHOW("  %s family %d", rq[i].ifr_name, rq[i].ifr_addr.sa_family);
	if (all > 1) {
		ic.ifc_len = (all - 1) * (int)sizeof(struct ifreq) + 4;
		R(ioctl(s, SIOCGIFCONF, &ic));
		SHOW("short buffer: %d records", ic.ifc_len / (int)sizeof(struct ifreq));
	}
	ic.ifc_req = (struct ifreq *)16;
	ic.ifc_len = (int)sizeof rq;
	R(ioctl(s, SIOCGIFCONF, &ic));
	close(s);
}

int main(void)
{
	struct winsize ws;
	int f = open("/dev/null", O_RDONLY);
	R(ioctl(f, TIOCGWINSZ, &ws));
	R(isatty(f));
	close(f);
	int p[2];
	pipe(p);
	write(p[1], "12345", 5);
	int n = 0;
	R(ioctl(p[0], FIONREAD, &n));
	SHOW("fionread %d", n);
	int nb = 1;
	R(ioctl(p[0], FIONBIO, &nb));
	OK(fcntl(p[0], F_GETFL) & O_NONBLOCK);
	R(ioctl(p[0], FIOCLEX));
	R(fcntl(p[0], F_GETFD));
	file_ioctls();
	ns_pidfd_tun();
	ifconf();
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	if (m < 0) { printf("no pty\n"); return 0; }
	R(grantpt(m));
	R(unlockpt(m));
	const char *name = ptsname(m);
	OK(name && !strncmp(name, "/dev/pts/", 9));
	int s = open(name, O_RDWR | O_NOCTTY);
	OK(s >= 0);
	R(isatty(s));
	struct winsize set = { .ws_row = 24, .ws_col = 80, .ws_xpixel = 1, .ws_ypixel = 2 };
	R(ioctl(m, TIOCSWINSZ, &set));
	memset(&ws, 0, sizeof ws);
	R(ioctl(s, TIOCGWINSZ, &ws));
	SHOW("winsize %d x %d (%d,%d)", ws.ws_row, ws.ws_col, ws.ws_xpixel, ws.ws_ypixel);
	struct termios t;
	R(tcgetattr(s, &t));
	cfmakeraw(&t);
	cfsetspeed(&t, B9600);
	R(tcsetattr(s, TCSANOW, &t));
	struct termios t2;
	R(tcgetattr(s, &t2));
	SHOW("raw icanon=%d echo=%d speed9600=%d", !!(t2.c_lflag & ICANON), !!(t2.c_lflag & ECHO), cfgetospeed(&t2) == B9600);
	R(write(m, "hi\n", 3));
	char b[16] = { 0 };
	R(read(s, b, sizeof b));
	R(tcflush(s, TCIOFLUSH));
	/* the System V struct termio */
	struct termio to;
	memset(&to, 0, sizeof to);
	R(ioctl(s, TCGETA, &to));
	SHOW("termio icanon=%d vmin=%d", !!(to.c_lflag & ICANON), to.c_cc[VMIN]);
	to.c_lflag |= ICANON;
	R(ioctl(s, TCSETAW, &to));
	R(ioctl(s, TCSETA, &to));
	R(ioctl(s, TCSETAF, &to));
	R(tcgetattr(s, &t2));
	SHOW("after TCSETA icanon=%d", !!(t2.c_lflag & ICANON));
	R(ioctl(s, TCGETA, (void *)16));
	R(ioctl(s, TCSETA, NULL));
	R(ioctl(m, 0x7fff00ff, 0));
	int pk = 0;
	R(ioctl(m, TIOCGPTN, &pk));
	OK(pk >= 0);
	close(s);
	close(m);
	return 0;
}
