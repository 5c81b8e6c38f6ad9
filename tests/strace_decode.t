#!/bin/sh
# -strace decodes arguments from the generated tables: struct fields with
# their constant sets (sa_flags), sigsets by signal name, ioctl requests by
# name, errno names.  Exact substrings of the trace lines.
. "$(dirname "$0")/lib/tap.sh"
plan 4
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/p.c" <<'C'
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>
static void h(int s) { (void)s; }
int main(void)
{
	struct sigaction a = { 0 };
	struct winsize w;
	a.sa_handler = h;
	a.sa_flags = SA_RESTART | SA_SIGINFO;
	sigaddset(&a.sa_mask, SIGTERM);
	sigaddset(&a.sa_mask, SIGINT);
	sigaction(SIGUSR1, &a, 0);
	ioctl(-1, TIOCGWINSZ, &w);
	return 0;
}
C
aarch64-linux-gnu-gcc -static -O1 -o "$tmp/p" "$tmp/p.c"
out=$(build/dragoman -strace "$tmp/p" 2>&1)
echo "$out" | grep -q 'rt_sigaction(SIGUSR1, {sa_handler=0x[0-9a-f]*, sa_flags=SA_RESTART|SA_SIGINFO, sa_restorer=NULL, sa_mask=\[INT TERM\]}, NULL, 8) = 0'
ok $? "rt_sigaction: handler, symbolic sa_flags, mask by signal name"
echo "$out" | grep -q 'ioctl(-1, TIOCGWINSZ, 0x[0-9a-f]*) = -1 EBADF (Bad file descriptor)'
ok $? "ioctl: request by name, errno by name"
echo "$out" | grep -q '^[0-9]* exit_group(0) = ?'
ok $? "exit_group traced before the process ends"
[ "$(echo "$out" | grep -c 'rt_sigaction(SIGUSR1')" = 1 ]
ok $? "one line per call"
echo "$out" | grep -E 'rt_sigaction\(SIGUSR1|ioctl\(-1' | sed 's/^/# /'
