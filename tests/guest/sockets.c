/* tests/guest/sockets.c: AF_UNIX socketpair, datagrams, SCM_RIGHTS, a bound socket. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

int main(void)
{
	int sv[2];
	R(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
	R(send(sv[0], "ping", 4, 0));
	char b[64] = { 0 };
	R(recv(sv[1], b, sizeof b, 0));
	SHOW("got %s", b);
	int type = 0;
	socklen_t len = sizeof type;
	R(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &type, &len));
	SHOW("type stream=%d len=%d", type == SOCK_STREAM, (int)len);
	int sz = 65536;
	R(setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz));
	R(getsockopt(sv[0], SOL_SOCKET, 9999, &type, &len));
	struct linger lg = { 1, 5 };
	R(setsockopt(sv[0], SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	memset(&lg, 0, sizeof lg);
	len = sizeof lg;
	R(getsockopt(sv[0], SOL_SOCKET, SO_LINGER, &lg, &len));
	SHOW("linger %d %d", lg.l_onoff, lg.l_linger);
	/* SCM_RIGHTS: pass one end of a pipe */
	int p[2];
	pipe(p);
	struct iovec iov = { "x", 1 };
	union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } cm;
	memset(&cm, 0, sizeof cm);
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cm.buf, .msg_controllen = sizeof cm.buf };
	struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &p[1], sizeof(int));
	R(sendmsg(sv[0], &mh, 0));
	char r1;
	struct iovec riov = { &r1, 1 };
	union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } rc;
	struct msghdr rm = { .msg_iov = &riov, .msg_iovlen = 1, .msg_control = rc.buf, .msg_controllen = sizeof rc.buf };
	R(recvmsg(sv[1], &rm, 0));
	struct cmsghdr *rch = CMSG_FIRSTHDR(&rm);
	OK(rch && rch->cmsg_type == SCM_RIGHTS);
	int nfd = -1;
	if (rch) memcpy(&nfd, CMSG_DATA(rch), sizeof nfd);
	R(write(nfd, "via passed fd", 13));
	memset(b, 0, sizeof b);
	R(read(p[0], b, sizeof b));
	SHOW("pipe got: %s", b);
	R(shutdown(sv[0], SHUT_WR));
	R(recv(sv[1], b, sizeof b, 0));
	close(sv[0]);
	close(sv[1]);
	/* datagrams keep boundaries */
	R(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv));
	R(send(sv[0], "one", 3, 0));
	R(send(sv[0], "three", 5, 0));
	R(recv(sv[1], b, sizeof b, 0));
	R(recv(sv[1], b, sizeof b, MSG_DONTWAIT));
	R(recv(sv[1], b, sizeof b, MSG_DONTWAIT));
	close(sv[0]);
	close(sv[1]);
	/* bound socket, connect from a child */
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	snprintf(a.sun_path, sizeof a.sun_path, "/tmp/dm_sock_%d", (int)getpid());
	int ls = socket(AF_UNIX, SOCK_STREAM, 0);
	OK(ls >= 0);
	R(bind(ls, (struct sockaddr *)&a, sizeof a));
	R(listen(ls, 1));
	struct sockaddr_un got;
	socklen_t gl = sizeof got;
	R(getsockname(ls, (struct sockaddr *)&got, &gl));
	OK(got.sun_family == AF_UNIX && !strcmp(got.sun_path, a.sun_path));
	pid_t ch = fork();
	if (ch == 0) {
		int s = socket(AF_UNIX, SOCK_STREAM, 0);
		if (connect(s, (struct sockaddr *)&a, sizeof a) == 0) write(s, "hello from child", 16);
		_exit(0);
	}
	int cs = accept(ls, NULL, NULL);
	OK(cs >= 0);
	memset(b, 0, sizeof b);
	int n = 0, k;
	while ((k = read(cs, b + n, sizeof b - 1 - n)) > 0) n += k;
	SHOW("accepted: %s", b);
	waitpid(ch, NULL, 0);
	close(cs);
	close(ls);
	unlink(a.sun_path);
	R(socket(AF_UNIX, 12345, 0));
	R(socket(9999, SOCK_STREAM, 0));
	return 0;
}
