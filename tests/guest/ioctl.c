/* tests/guest/ioctl.c: terminal ioctls on a pty, ENOTTY on files, FIONREAD. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "common.h"

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
	R(ioctl(m, 0x7fff00ff, 0));
	int pk = 0;
	R(ioctl(m, TIOCGPTN, &pk));
	OK(pk >= 0);
	close(s);
	close(m);
	return 0;
}
