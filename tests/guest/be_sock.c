/* tests/guest/be_sock.c: socket structures across the kernel ABI:
 * sendmsg/recvmsg with SCM_RIGHTS (an int array in a cmsghdr) and
 * SCM_CREDENTIALS (struct ucred), cmsg lengths and MSG_CTRUNC, socket options
 * with int and struct values (SO_LINGER, SO_RCVTIMEO, SO_SNDBUF, SO_TYPE,
 * SO_PEERCRED), sockaddr_un and sockaddr_in (network byte order) from
 * getsockname/getpeername/accept on AF_UNIX and AF_INET loopback.  Ports the
 * kernel picks are printed as relations, never as numbers. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include "common.h"

static void rights_and_creds(void)
{
	int sv[2];
	R(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	int one = 1;
	R(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof one));
	int fds[3];
	fds[0] = open("/dev/null", O_RDONLY);
	int p[2];
	(void)!pipe(p);
	fds[1] = p[0];
	fds[2] = p[1];
	union { char b[CMSG_SPACE(sizeof fds) + CMSG_SPACE(sizeof(struct ucred))]; struct cmsghdr a; } cb;
	memset(&cb, 0, sizeof cb);
	struct iovec iov = { "hello", 5 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cb.b, .msg_controllen = sizeof cb.b };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof fds);
	memcpy(CMSG_DATA(c), fds, sizeof fds);
	c = CMSG_NXTHDR(&m, c);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_CREDENTIALS;
	c->cmsg_len = CMSG_LEN(sizeof(struct ucred));
	struct ucred uc = { getpid(), getuid(), getgid() };
	memcpy(CMSG_DATA(c), &uc, sizeof uc);
	R(sendmsg(sv[0], &m, 0));

	char data[16] = { 0 };
	union { char b[256]; struct cmsghdr a; } rb;
	struct iovec riov = { data, sizeof data };
	struct msghdr r = { .msg_iov = &riov, .msg_iovlen = 1, .msg_control = rb.b, .msg_controllen = sizeof rb.b };
	R(recvmsg(sv[1], &r, 0));
	SHOW("data '%s' flags %#x controllen = spaces %d", data, r.msg_flags,
	     r.msg_controllen == CMSG_SPACE(sizeof(struct ucred)) + CMSG_SPACE(sizeof fds));
	for (c = CMSG_FIRSTHDR(&r); c; c = CMSG_NXTHDR(&r, c)) {
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
			int got[3];
			memcpy(got, CMSG_DATA(c), sizeof got);
			SHOW("SCM_RIGHTS len = CMSG_LEN(12) %d", c->cmsg_len == CMSG_LEN(sizeof got));
			struct stat a, b;
			fstat(got[0], &a); fstat(fds[0], &b);
			OK(a.st_rdev == b.st_rdev && got[0] != fds[0]);
			(void)!write(got[2], "x", 1);
			char ch = 0;
			(void)!read(got[1], &ch, 1);
			SHOW("through the passed pipe: %c", ch);
			close(got[0]); close(got[1]); close(got[2]);
		} else if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
			struct ucred g;
			memcpy(&g, CMSG_DATA(c), sizeof g);
			SHOW("SCM_CREDENTIALS len ok %d pid %d uid %d gid %d", c->cmsg_len == CMSG_LEN(sizeof g),
			     g.pid == getpid(), g.uid == getuid(), g.gid == getgid());
		} else
			SHOW("other cmsg level %d type %d", c->cmsg_level, c->cmsg_type);
	}
	/* three descriptors, room for two (CMSG_SPACE(4) is 24 on both ABIs): MSG_CTRUNC */
	int two[3] = { fds[0], fds[0], fds[0] };
	m.msg_controllen = CMSG_SPACE(sizeof two);
	c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof two);
	memcpy(CMSG_DATA(c), two, sizeof two);
	R(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &(int){ 0 }, sizeof(int)));
	R(sendmsg(sv[0], &m, 0));
	r.msg_controllen = CMSG_SPACE(sizeof(int));
	R(recvmsg(sv[1], &r, 0));
	c = CMSG_FIRSTHDR(&r);
	SHOW("truncated: flags has MSG_CTRUNC %d cmsg_len = CMSG_LEN(8) %d", !!(r.msg_flags & MSG_CTRUNC),
	     c && c->cmsg_len == CMSG_LEN(2 * sizeof(int)));
	if (c) { close(((int *)CMSG_DATA(c))[0]); close(((int *)CMSG_DATA(c))[1]); }
	struct ucred pc;
	socklen_t l = sizeof pc;
	R(getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &pc, &l));
	SHOW("SO_PEERCRED len %u pid %d uid %d", l, pc.pid == getpid(), pc.uid == getuid());
	close(sv[0]); close(sv[1]); close(fds[0]); close(p[0]); close(p[1]);
}

static void options(int s)
{
	struct linger lg = { 1, 7 }, lo;
	socklen_t l = sizeof lo;
	R(setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	R(getsockopt(s, SOL_SOCKET, SO_LINGER, &lo, &l));
	SHOW("SO_LINGER %d %d len %u", lo.l_onoff, lo.l_linger, l);
	struct timeval tv = { 3, 250000 }, to;
	l = sizeof to;
	R(setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
	R(getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &to, &l));
	SHOW("SO_RCVTIMEO %ld.%06ld len = sizeof %d", (long)to.tv_sec, (long)to.tv_usec, l == sizeof to);
	int v = 65536, got;
	l = sizeof got;
	R(setsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, sizeof v));
	R(getsockopt(s, SOL_SOCKET, SO_SNDBUF, &got, &l));
	SHOW("SO_SNDBUF %d", got);
	l = sizeof got;
	R(getsockopt(s, SOL_SOCKET, SO_TYPE, &got, &l));
	SHOW("SO_TYPE %d len %u", got, l);
	char small[2];
	l = sizeof small;
	R(getsockopt(s, SOL_SOCKET, SO_TYPE, small, &l));
	SHOW("short SO_TYPE len %u", l);
	R(setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, 4));
}

static void inet(void)
{
	int ls = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	R(bind(ls, (struct sockaddr *)&a, sizeof a));
	R(listen(ls, 1));
	struct sockaddr_in b;
	socklen_t l = sizeof b;
	R(getsockname(ls, (struct sockaddr *)&b, &l));
	SHOW("listener: family %d addr %s len %u port set %d", b.sin_family, inet_ntoa(b.sin_addr), l, b.sin_port != 0);
	int c = socket(AF_INET, SOCK_STREAM, 0);
	options(c);
	R(connect(c, (struct sockaddr *)&b, sizeof b));
	struct sockaddr_in acc, cn, pn;
	l = sizeof acc;
	int s = accept(ls, (struct sockaddr *)&acc, &l);
	socklen_t l2 = sizeof cn;
	R(getsockname(c, (struct sockaddr *)&cn, &l2));
	SHOW("accepted peer = client's name: %d (%s)", acc.sin_port == cn.sin_port && acc.sin_addr.s_addr == cn.sin_addr.s_addr,
	     inet_ntoa(acc.sin_addr));
	l2 = sizeof pn;
	R(getpeername(c, (struct sockaddr *)&pn, &l2));
	SHOW("client's peer = listener: %d; ports in network order: %d", pn.sin_port == b.sin_port,
	     ntohs(pn.sin_port) == ntohs(b.sin_port) && pn.sin_port == htons(ntohs(b.sin_port)));
	int nd = 1, got;
	socklen_t gl = sizeof got;
	R(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &nd, sizeof nd));
	R(getsockopt(c, IPPROTO_TCP, TCP_NODELAY, &got, &gl));
	SHOW("TCP_NODELAY %d", got != 0);
	(void)!write(c, "ping", 4);
	char buf[8] = { 0 };
	R(read(s, buf, sizeof buf));
	SHOW("read '%s'", buf);
	close(s); close(c); close(ls);
	/* a datagram's source address from recvfrom */
	int u1 = socket(AF_INET, SOCK_DGRAM, 0), u2 = socket(AF_INET, SOCK_DGRAM, 0);
	R(bind(u1, (struct sockaddr *)&a, sizeof a));
	l = sizeof b;
	getsockname(u1, (struct sockaddr *)&b, &l);
	R(sendto(u2, "dg", 2, 0, (struct sockaddr *)&b, sizeof b));
	struct sockaddr_in from;
	l = sizeof from;
	R(recvfrom(u1, buf, sizeof buf, 0, (struct sockaddr *)&from, &l));
	l2 = sizeof cn;
	getsockname(u2, (struct sockaddr *)&cn, &l2);
	SHOW("recvfrom source = sender's name: %d len %u", from.sin_port == cn.sin_port, l);
	close(u1); close(u2);
}

static void unix_names(void)
{
	char path[64];
	snprintf(path, sizeof path, "/tmp/be_sock.%d", getpid());
	int ls = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	strcpy(a.sun_path, path);
	R(bind(ls, (struct sockaddr *)&a, offsetof(struct sockaddr_un, sun_path) + strlen(path) + 1));
	R(listen(ls, 1));
	int c = socket(AF_UNIX, SOCK_STREAM, 0);
	R(connect(c, (struct sockaddr *)&a, sizeof a));
	struct sockaddr_un n;
	socklen_t l = sizeof n;
	R(getsockname(ls, (struct sockaddr *)&n, &l));
	SHOW("unix name: family %d len = path + 3 %d same path %d", n.sun_family, l == strlen(path) + 3, !strcmp(n.sun_path, path));
	l = sizeof n;
	R(getpeername(c, (struct sockaddr *)&n, &l));
	SHOW("unix peer same path %d", !strcmp(n.sun_path, path));
	l = sizeof n;
	int s = accept(ls, (struct sockaddr *)&n, &l);
	SHOW("accept: unnamed peer len %u", l);
	/* the abstract namespace */
	int as = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct sockaddr_un ab = { .sun_family = AF_UNIX };
	int len = snprintf(ab.sun_path + 1, sizeof ab.sun_path - 1, "be_sock.%d", getpid()) + 1;
	R(bind(as, (struct sockaddr *)&ab, offsetof(struct sockaddr_un, sun_path) + len));
	l = sizeof n;
	R(getsockname(as, (struct sockaddr *)&n, &l));
	SHOW("abstract: len right %d leading NUL %d", l == offsetof(struct sockaddr_un, sun_path) + len, n.sun_path[0] == 0);
	close(as); close(s); close(c); close(ls);
	unlink(path);
}

int main(void)
{
	rights_and_creds();
	inet();
	unix_names();
	return 0;
}
