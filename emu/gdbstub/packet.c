/* emu/gdbstub/packet.c: the connection to gdb and the remote serial
 * protocol's framing: $payload#checksum, acknowledgements ('+', until
 * QStartNoAckMode), the interrupt byte 0x03, binary escapes ('}' then the
 * byte xor 0x20) and hex.  Writes come from the stub thread and, for the
 * exit reply, from an exiting guest thread: one lock orders them. */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "emu/gdbstub/internal.h"

int gdb_fd = -1;
bool gdb_noack;

static pthread_mutex_t send_lock = PTHREAD_MUTEX_INITIALIZER;
static uint8_t ibuf[65536];
static size_t ihead, itail;

int gdb_listen(const char *spec)
{
	char *end;
	unsigned long port = strtoul(spec, &end, 10);
	int fd;
	if (*spec && !*end) {
		if (port == 0 || port > 65535) {
			fprintf(stderr, "dragoman: -g %s: not a TCP port or a socket path\n", spec);
			return -1;
		}
		fd = socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
		int on = 1, off = 0;
		struct sockaddr_in6 a = { .sin6_family = AF_INET6, .sin6_port = htons((uint16_t)port), .sin6_addr = in6addr_any };
		if (fd >= 0) {
			setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
			setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
		}
		if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) < 0) {
			/* no IPv6 on this host: IPv4 only */
			if (fd >= 0) close(fd);
			struct sockaddr_in a4 = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port),
						  .sin_addr.s_addr = htonl(INADDR_ANY) };
			fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
			if (fd >= 0) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
			if (fd < 0 || bind(fd, (struct sockaddr *)&a4, sizeof a4) < 0) {
				fprintf(stderr, "dragoman: -g %s: cannot listen: %s\n", spec, strerror(errno));
				if (fd >= 0) close(fd);
				return -1;
			}
		}
	} else {
		struct sockaddr_un a = { .sun_family = AF_UNIX };
		if (strlen(spec) >= sizeof a.sun_path) {
			fprintf(stderr, "dragoman: -g %s: socket path too long\n", spec);
			return -1;
		}
		strcpy(a.sun_path, spec);
		fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) < 0) {
			fprintf(stderr, "dragoman: -g %s: cannot listen: %s\n", spec, strerror(errno));
			if (fd >= 0) close(fd);
			return -1;
		}
	}
	if (listen(fd, 1) < 0) {
		fprintf(stderr, "dragoman: -g %s: cannot listen: %s\n", spec, strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

int gdb_accept(int lfd)
{
	int fd;
	do fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
	while (fd < 0 && errno == EINTR);
	if (fd < 0) return -1;
	int on = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);   /* fails harmlessly on a Unix socket */
	return fd;
}

/* ---- input ---------------------------------------------------------------------- */

static int fill(void)
{
	if (ihead < itail) return 1;
	ihead = itail = 0;
	ssize_t n;
	do n = read(gdb_fd, ibuf, sizeof ibuf);
	while (n < 0 && errno == EINTR);
	if (n <= 0) return 0;
	itail = (size_t)n;
	return 1;
}

static int getc_(void) { return fill() ? ibuf[ihead++] : -1; }

static int hexval(int c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

int gdb_read_packet(GString *out)
{
	for (;;) {
		int c;
		do {
			c = getc_();
			if (c < 0) return 0;
			if (c == 0x03) return 2;
		} while (c != '$');
		g_string_truncate(out, 0);
		unsigned sum = 0;
		while ((c = getc_()) >= 0 && c != '#') {
			sum += (unsigned)c;
			g_string_append_c(out, (char)c);
		}
		if (c < 0) return 0;
		int h = hexval(getc_()), l = hexval(getc_());
		bool ok = h >= 0 && l >= 0 && (unsigned)(h << 4 | l) == (sum & 0xff);
		if (!gdb_noack) {
			if (write(gdb_fd, ok ? "+" : "-", 1) < 0) return 0;
		}
		if (ok || gdb_noack) return 1;
	}
}

bool gdb_input_pending(void) { return ihead < itail; }

/* Input arrived while the guest runs: keep it, and say whether it holds the
 * interrupt byte (taken out; gdb sends nothing else until it gets a stop reply). */
int gdb_take_input(void)
{
	if (ihead == itail) ihead = itail = 0;
	if (itail == sizeof ibuf) {
		memmove(ibuf, ibuf + ihead, itail - ihead);
		itail -= ihead, ihead = 0;
	}
	ssize_t n;
	do n = read(gdb_fd, ibuf + itail, sizeof ibuf - itail);
	while (n < 0 && errno == EINTR);
	if (n <= 0) return -1;
	itail += (size_t)n;
	int intr = 0;
	for (size_t i = ihead; i < itail; i++)
		if (ibuf[i] == 0x03) {
			memmove(ibuf + i, ibuf + i + 1, itail - i - 1);
			itail--, i--;
			intr = 1;
		}
	return intr;
}

/* ---- output ----------------------------------------------------------------------- */

void gdb_send(const char *data, size_t len)
{
	GString *s = g_string_sized_new(len + 8);
	unsigned sum = 0;
	g_string_append_c(s, '$');
	for (size_t i = 0; i < len; i++) {
		char c = data[i];
		if (c == '$' || c == '#' || c == '}' || c == '*') {
			g_string_append_c(s, '}');
			sum += '}';
			c ^= 0x20;
		}
		g_string_append_c(s, c);
		sum += (unsigned char)c;
	}
	g_string_append_printf(s, "#%02x", sum & 0xff);
	pthread_mutex_lock(&send_lock);
	size_t off = 0;
	while (gdb_fd >= 0 && off < s->len) {
		ssize_t n = write(gdb_fd, s->str + off, s->len - off);
		if (n < 0 && errno == EINTR) continue;
		if (n <= 0) break;
		off += (size_t)n;
	}
	pthread_mutex_unlock(&send_lock);
	g_string_free(s, TRUE);
}

void gdb_send_str(const char *s) { gdb_send(s, strlen(s)); }

void gdb_sendf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	gdb_send_str(s);
	g_free(s);
}

/* Escaping happens in gdb_send: binary bodies only need their bytes. */
void gdb_append_binary(GString *s, const uint8_t *p, size_t n) { g_string_append_len(s, (const char *)p, (gssize)n); }

void gdb_append_hex(GString *s, const uint8_t *p, size_t n)
{
	static const char hx[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		g_string_append_c(s, hx[p[i] >> 4]);
		g_string_append_c(s, hx[p[i] & 15]);
	}
}

int gdb_hex_decode(const char *hex, uint8_t *out, size_t max)
{
	size_t n = 0;
	while (hex[0] && hex[1]) {
		int h = hexval(hex[0]), l = hexval(hex[1]);
		if (h < 0 || l < 0 || n == max) return -1;
		out[n++] = (uint8_t)(h << 4 | l);
		hex += 2;
	}
	return *hex ? -1 : (int)n;
}
