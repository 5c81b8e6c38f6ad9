#!/bin/sh
# -strace with threads: a call another thread's line interrupts is written as
# strace -f writes it, "read(3,  <unfinished ...>" then "<... read resumed>"x",
# 1) = 1", compared with strace -f of the same program built natively.  No
# timing: the reader thread blocks in read(2) on a pipe, and the main thread
# writes the byte only once it has found the "<unfinished ...>" line in the
# trace itself (its own calls, reading the log, are what interrupt the read).
# strace(1) buffers its log, so the native run cannot see the line: it gives
# up looking after 3 s, by when its reader is long blocked in read.
. "$(dirname "$0")/lib/tap.sh"
skip() { echo "1..0 # SKIP $*"; exit 0; }
command -v strace >/dev/null || skip "no strace (tests/deps.sh installs it)"
plan 3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/u.c" <<'C'
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
static int p[2];
static void *reader(void *a)
{
	char c;
	(void)a;
	return (void *)(long)read(p[0], &c, 1);
}
/* has the trace at path the reader's read as unfinished yet? */
static int cut(const char *path)
{
	static char b[1 << 16];
	int fd = open(path, O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, b, sizeof b - 1);
	if (fd >= 0) close(fd);
	if (n <= 0) return 0;
	b[n] = 0;
	return strstr(b, "read(3,  <unfinished ...>") != NULL;
}
int main(int argc, char **argv)
{
	pthread_t t;
	struct timespec ts = { 0, 10000000 };
	if (argc < 2 || pipe(p)) return 2;
	pthread_create(&t, 0, reader, 0);
	for (int i = 0; i < 300 && !cut(argv[1]); i++) nanosleep(&ts, 0);
	write(p[1], "x", 1);
	pthread_join(t, 0);
	return 0;
}
C
aarch64-linux-gnu-gcc -static -O1 -pthread -o "$tmp/u" "$tmp/u.c" && gcc -O1 -pthread -o "$tmp/un" "$tmp/u.c" || exit 1
strace -f -o "$tmp/native.trace" "$tmp/un" "$tmp/native.trace"
build/dragoman -strace "$tmp/u" "$tmp/dm.trace" 2> "$tmp/dm.trace"   # not -D: its file would take fd 3
ok $? "the threaded program ran to its end under -strace"
# the reader's two lines, the thread id replaced (it is not the process's)
lines() { grep -E '^[0-9]+ +(read\(3,  <unfinished|<\.\.\. read resumed>"x")' "$1" | sed -E 's/^[0-9]+ +/TID /'; }
want=$(lines "$tmp/native.trace")
got=$(lines "$tmp/dm.trace")
is "$got" "$want" "<unfinished ...> and <... read resumed> as strace -f writes them"
[ -n "$want" ]
ok $? "strace -f itself shows the interrupted read (the test's premise)"
[ -n "$want" ] || sed 's/^/# /' "$tmp/native.trace"
[ "$got" = "$want" ] || sed 's/^/# /' "$tmp/dm.trace"
