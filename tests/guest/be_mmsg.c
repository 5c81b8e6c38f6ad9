/* tests/guest/be_mmsg.c: sendmmsg/recvmmsg, arrays of struct mmsghdr whose
 * msghdrs point to iovec arrays, addresses and control messages in the
 * guest's byte order: several datagrams with two iovecs each over an AF_UNIX
 * socketpair, msg_len and MSG_TRUNC per message, MSG_WAITFORONE, a timeout,
 * SCM_RIGHTS in the second message of an array, AF_INET datagrams with
 * msg_name (ports the kernel picks are compared, never printed), a bad entry
 * after a good one, and the errors of a bad array or descriptor. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static void show(const char *what, struct mmsghdr *m, int n, char bufs[][16])
{
	for (int i = 0; i < n; i++)
		printf("%s[%d]: len %u flags %#x data \"%.*s\"\n", what, i, m[i].msg_len,
		       m[i].msg_hdr.msg_flags, (int)(m[i].msg_len < 16 ? m[i].msg_len : 16), bufs[i]);
}

static void datagrams(void)
{
	int sv[2];
	R(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv));
	static const char *a[] = { "one-", "two--", "three---" }, *b[] = { "A", "BB", "CCCCCCCCCCCCCCCCCCCC" };
	struct iovec iov[3][2];
	struct mmsghdr m[4];
	memset(m, 0, sizeof m);
	for (int i = 0; i < 3; i++) {
		iov[i][0] = (struct iovec){ (void *)a[i], strlen(a[i]) };
		iov[i][1] = (struct iovec){ (void *)b[i], strlen(b[i]) };
		m[i].msg_hdr.msg_iov = iov[i];
		m[i].msg_hdr.msg_iovlen = 2;
		m[i].msg_len = 0xdead;
	}
	R(sendmmsg(sv[0], m, 3, 0));
	for (int i = 0; i < 3; i++) printf("sent[%d]: len %u\n", i, m[i].msg_len);
	R(sendmmsg(sv[0], m, 0, 0));

	/* receive into two iovecs each (8 + 8 bytes): the third is truncated */
	char bufs[4][16], tail[4][8];
	struct iovec riov[4][2];
	memset(m, 0, sizeof m);
	memset(bufs, '.', sizeof bufs);
	for (int i = 0; i < 4; i++) {
		riov[i][0] = (struct iovec){ bufs[i], 8 };
		riov[i][1] = (struct iovec){ bufs[i] + 8, 8 };
		m[i].msg_hdr.msg_iov = riov[i];
		m[i].msg_hdr.msg_iovlen = 2;
		m[i].msg_len = 0xdead;
	}
	(void)tail;
	R(recvmmsg(sv[1], m, 4, MSG_DONTWAIT, NULL));
	show("recv", m, 3, bufs);
	printf("recv[3]: len %#x (untouched)\n", m[3].msg_len);
	R(recvmmsg(sv[1], m, 4, MSG_DONTWAIT, NULL));

	/* MSG_WAITFORONE: two queued, four asked for, blocking after the first */
	m[0].msg_hdr.msg_iov = iov[0];
	m[1].msg_hdr.msg_iov = iov[1];
	m[0].msg_hdr.msg_iovlen = m[1].msg_hdr.msg_iovlen = 2;
	R(sendmmsg(sv[0], m, 2, 0));
	for (int i = 0; i < 4; i++) {
		m[i].msg_hdr.msg_iov = riov[i];
		m[i].msg_hdr.msg_iovlen = 2;
	}
	memset(bufs, '.', sizeof bufs);
	R(recvmmsg(sv[1], m, 4, MSG_WAITFORONE, NULL));
	show("waitforone", m, 2, bufs);

	/* a timeout with MSG_DONTWAIT: one queued; the time left is written back */
	R(sendmmsg(sv[0], m, 1, 0));
	struct timespec ts = { 5, 0 };
	R(recvmmsg(sv[1], m, 4, MSG_DONTWAIT, &ts));
	OK(ts.tv_sec >= 0 && ts.tv_sec <= 5 && ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
	ts = (struct timespec){ 0, 1000000000 };
	R(recvmmsg(sv[1], m, 4, MSG_DONTWAIT, &ts));
	ts = (struct timespec){ 0, 50000000 };
	R(recvmmsg(sv[1], m, 4, MSG_DONTWAIT, &ts));
	OK(ts.tv_sec == 0 && ts.tv_nsec == 50000000);

	/* the direct syscalls (glibc reaches them through socketcall on s390x) */
	m[0].msg_hdr.msg_iov = iov[2];
	m[0].msg_hdr.msg_iovlen = 2;
	R(syscall(SYS_sendmmsg, sv[0], m, 1, 0));
	printf("sent[0]: len %u\n", m[0].msg_len);
	memset(bufs, '.', sizeof bufs);
	m[1].msg_hdr.msg_iov = riov[1];
	m[1].msg_hdr.msg_iovlen = 2;
	R(syscall(SYS_recvmmsg, sv[1], m + 1, 1, MSG_DONTWAIT, NULL));
	show("direct", m + 1, 1, bufs + 1);

	/* a bad second entry: the first is sent, the count says so */
	struct iovec good = { (void *)"good", 4 };
	memset(m, 0, sizeof m);
	m[0].msg_hdr.msg_iov = &good;
	m[0].msg_hdr.msg_iovlen = 1;
	m[1].msg_hdr.msg_iov = (struct iovec *)8;
	m[1].msg_hdr.msg_iovlen = 1;
	R(sendmmsg(sv[0], m, 2, 0));
	printf("sent[0]: len %u\n", m[0].msg_len);
	R(sendmmsg(sv[0], m + 1, 1, 0));
	R(sendmmsg(sv[0], (struct mmsghdr *)8, 1, 0));
	R(recvmmsg(sv[1], (struct mmsghdr *)8, 1, MSG_DONTWAIT, NULL));
	R(recvmmsg(sv[1], m, 1, MSG_DONTWAIT, (struct timespec *)8));
	R(sendmmsg(-1, m, 1, 0));
	int devnull = open("/dev/null", O_RDONLY);
	R(recvmmsg(devnull, m, 1, 0, NULL));
	close(devnull);
	close(sv[0]);
	close(sv[1]);
}

/* SCM_RIGHTS in the second message: the descriptor arrives and is the file */
static void rights(void)
{
	int sv[2];
	R(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv));
	int fd = open("/dev/null", O_RDONLY);
	union { char b[CMSG_SPACE(sizeof(int))]; struct cmsghdr a; } cb, rb[2];
	memset(&cb, 0, sizeof cb);
	struct iovec iov[2] = { { (void *)"plain", 5 }, { (void *)"withfd", 6 } };
	struct mmsghdr m[2];
	memset(m, 0, sizeof m);
	m[0].msg_hdr.msg_iov = &iov[0];
	m[0].msg_hdr.msg_iovlen = 1;
	m[1].msg_hdr.msg_iov = &iov[1];
	m[1].msg_hdr.msg_iovlen = 1;
	m[1].msg_hdr.msg_control = cb.b;
	m[1].msg_hdr.msg_controllen = sizeof cb.b;
	struct cmsghdr *c = CMSG_FIRSTHDR(&m[1].msg_hdr);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof fd);
	R(sendmmsg(sv[0], m, 2, 0));
	printf("sent: %u %u\n", m[0].msg_len, m[1].msg_len);

	char bufs[2][16];
	struct iovec riov[2] = { { bufs[0], 16 }, { bufs[1], 16 } };
	memset(m, 0, sizeof m);
	memset(rb, 0, sizeof rb);
	for (int i = 0; i < 2; i++) {
		m[i].msg_hdr.msg_iov = &riov[i];
		m[i].msg_hdr.msg_iovlen = 1;
		m[i].msg_hdr.msg_control = rb[i].b;
		m[i].msg_hdr.msg_controllen = sizeof rb[i].b;
	}
	R(recvmmsg(sv[1], m, 2, MSG_DONTWAIT, NULL));
	for (int i = 0; i < 2; i++) {
		printf("recv[%d]: \"%.*s\" controllen %zu\n", i, (int)m[i].msg_len, bufs[i],
		       (size_t)m[i].msg_hdr.msg_controllen);
		struct cmsghdr *r = m[i].msg_hdr.msg_controllen ? CMSG_FIRSTHDR(&m[i].msg_hdr) : NULL;
		if (!r) continue;
		int got;
		memcpy(&got, CMSG_DATA(r), sizeof got);
		struct stat s1, s2;
		fstat(fd, &s1);
		int same = fstat(got, &s2) == 0 && s1.st_ino == s2.st_ino && s1.st_rdev == s2.st_rdev;
		printf("recv[%d]: level %d type %d len %zu, the same file: %s\n", i, r->cmsg_level, r->cmsg_type,
		       (size_t)r->cmsg_len, same ? "yes" : "no");
		close(got);
	}
	close(fd);
	close(sv[0]);
	close(sv[1]);
}

/* AF_INET datagrams to a loopback port: each message names its address */
static void inet(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0), r = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in to = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	R(bind(r, (struct sockaddr *)&to, sizeof to));
	socklen_t l = sizeof to;
	getsockname(r, (struct sockaddr *)&to, &l);
	struct sockaddr_in self = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	bind(s, (struct sockaddr *)&self, sizeof self);
	l = sizeof self;
	getsockname(s, (struct sockaddr *)&self, &l);
	struct iovec iov[2] = { { (void *)"udp-1", 5 }, { (void *)"udp-two", 7 } };
	struct mmsghdr m[2];
	memset(m, 0, sizeof m);
	for (int i = 0; i < 2; i++) {
		m[i].msg_hdr.msg_name = &to;
		m[i].msg_hdr.msg_namelen = sizeof to;
		m[i].msg_hdr.msg_iov = &iov[i];
		m[i].msg_hdr.msg_iovlen = 1;
	}
	R(sendmmsg(s, m, 2, 0));
	struct sockaddr_in from[2];
	char bufs[2][16];
	struct iovec riov[2] = { { bufs[0], 16 }, { bufs[1], 16 } };
	memset(m, 0, sizeof m);
	memset(from, 0xff, sizeof from);
	for (int i = 0; i < 2; i++) {
		m[i].msg_hdr.msg_name = &from[i];
		m[i].msg_hdr.msg_namelen = sizeof from[i] + 4;
		m[i].msg_hdr.msg_iov = &riov[i];
		m[i].msg_hdr.msg_iovlen = 1;
	}
	/* the datagrams are queued on loopback before sendmmsg returns */
	R(recvmmsg(r, m, 2, MSG_DONTWAIT, NULL));
	for (int i = 0; i < 2; i++)
		printf("from[%d]: \"%.*s\" namelen %u family %d addr %s, the sender's port: %s\n", i, (int)m[i].msg_len,
		       bufs[i], m[i].msg_hdr.msg_namelen, from[i].sin_family, inet_ntoa(from[i].sin_addr),
		       from[i].sin_port == self.sin_port ? "yes" : "no");
	close(s);
	close(r);
}

int main(void)
{
	datagrams();
	rights();
	inet();
	return 0;
}
