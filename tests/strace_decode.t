#!/bin/sh
# -strace decodes arguments from the generated tables: struct fields with
# their constant sets (sa_flags, ss_flags, clone_args, st_mode, poll and
# epoll events), sigsets by signal name (the complement when most bits are
# set), siginfo_t in and out, futex and prctl by command, ioctl requests by
# name, errno names.  Exact substrings of the trace lines, as strace(1)
# prints them for the same calls (docs/syscalls.md says where they differ);
# @P@ in a pattern stands for a number (pid, uid, ticks, fd: the test may inherit
# open fds), @A@ for an address.
. "$(dirname "$0")/lib/tap.sh"
plan 38
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
	raise(SIGUSR1);
	ioctl(-1, TIOCGWINSZ, &w);
	write(-1, "\0" "1\377x\0", 5);
	return 0;
}
C
cat > "$tmp/q.c" <<'C'
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)
#endif
#define PIDFD_NONBLOCK O_NONBLOCK
int main(void)
{
	sigset_t s, all;
	siginfo_t si;
	pid_t me = getpid(), c;
	struct timespec ts = { 0, 1000 };
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigaddset(&s, SIGUSR2);
	sigaddset(&s, SIGRTMIN + 3);
	sigprocmask(SIG_BLOCK, &s, NULL);
	/* siginfo in (rt_sigqueueinfo) and out (rt_sigtimedwait) */
	sigqueue(me, SIGUSR1, (union sigval){ .sival_int = 7 });
	sigtimedwait(&s, &si, &ts);
	memset(&si, 0, sizeof si);
	si.si_signo = SIGRTMIN + 3; si.si_code = SI_QUEUE; si.si_pid = me; si.si_uid = getuid();
	si.si_value.sival_int = 9;
	syscall(SYS_rt_tgsigqueueinfo, me, me, SIGRTMIN + 3, &si);
	sigtimedwait(&s, &si, &ts);
	syscall(SYS_tgkill, me, me, SIGUSR2);
	sigtimedwait(&s, &si, &ts);
	sigtimedwait(&s, &si, &ts);                /* EAGAIN: the pointer, not decoded */
	/* a set with most signals: the complement */
	sigfillset(&all);
	sigdelset(&all, SIGKILL);
	sigprocmask(SIG_BLOCK, &all, NULL);
	sigprocmask(SIG_SETMASK, &s, NULL);
	/* ss_flags */
	static char stk[16384];
	stack_t ss = { .ss_sp = stk, .ss_size = sizeof stk, .ss_flags = SS_AUTODISARM }, old;
	sigaltstack(&ss, NULL);
	ss.ss_flags = SS_DISABLE;
	sigaltstack(&ss, &old);
	/* waitid: a child's exit status */
	if ((c = fork()) == 0) _exit(7);
	waitid(P_PID, c, &si, WEXITED);
	/* clone3 */
	struct clone_args ca;
	memset(&ca, 0, sizeof ca);
	ca.flags = CLONE_PARENT_SETTID;
	int ptid = 0;
	ca.parent_tid = (uintptr_t)&ptid;
	ca.exit_signal = SIGCHLD;
	long r = syscall(SYS_clone3, &ca, sizeof ca);
	if (r == 0) syscall(SYS_exit, 0);
	waitpid((pid_t)r, NULL, 0);
	/* pidfd_open, pidfd_send_signal with a siginfo, waitid of a killed child */
	if ((c = fork()) == 0) { pause(); _exit(0); }
	int pfd = (int)syscall(SYS_pidfd_open, c, PIDFD_NONBLOCK);
	waitid(P_PID, c, &si, WEXITED | WNOHANG);   /* still running: {} */
	memset(&si, 0, sizeof si);
	si.si_signo = SIGTERM; si.si_code = SI_QUEUE; si.si_pid = me; si.si_uid = getuid();
	si.si_value.sival_int = 5;
	syscall(SYS_pidfd_send_signal, pfd, SIGTERM, &si, 0);
	waitid(P_PID, c, &si, WEXITED);
	kill(me, SIGRTMIN + 3);
	/* st_mode, poll events, epoll events */
	struct stat st;
	int fd = open("/proc/self/exe", O_RDONLY);
	fchmod(fd, 0755);
	fstat(fd, &st);
	int p[2];
	pipe(p);
	write(p[1], "x", 1);
	struct pollfd pf[2] = { { p[0], POLLIN | POLLPRI, 0 }, { p[1], POLLOUT, 0 } };
	poll(pf, 2, 0);
	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = { .events = EPOLLIN | EPOLLET, .data.u64 = 5 };
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	/* futex commands */
	uint32_t fw = 1;
	syscall(SYS_futex, &fw, FUTEX_WAIT_PRIVATE, 1, &ts, NULL, 0);
	syscall(SYS_futex, &fw, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	syscall(SYS_futex, &fw, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, FUTEX_BITSET_MATCH_ANY);
	syscall(SYS_futex, &fw, FUTEX_WAKE_OP_PRIVATE, 1, 2, &fw, FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0));
	syscall(SYS_futex, &fw, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, &fw, 1);
	/* prctl, signalfd4 */
	prctl(PR_SET_NAME, "dmtest");
	prctl(PR_SET_PDEATHSIG, SIGUSR2);
	int d;
	prctl(PR_GET_PDEATHSIG, &d);
	signalfd(-1, &s, SFD_CLOEXEC | SFD_NONBLOCK);
	return 0;
}
C
aarch64-linux-gnu-gcc -static -O1 -o "$tmp/p" "$tmp/p.c"
aarch64-linux-gnu-gcc -static -O1 -o "$tmp/q" "$tmp/q.c"
out=$(build/dragoman -strace "$tmp/p" 2>&1)
unalign() { sed -E 's/\) {2,}= /) = /'; }   # results stand at column 40, as strace aligns them
out=$(printf '%s\n' "$out" | unalign)
printf '%s\n' "$out" | grep -q 'rt_sigaction(SIGUSR1, {sa_handler=0x[0-9a-f]*, sa_mask=\[INT TERM\], sa_flags=SA_RESTART|SA_SIGINFO}, NULL, 8) = 0'
ok $? "rt_sigaction: handler, mask by signal name, symbolic sa_flags (strace's order; no sa_restorer without SA_RESTORER)"
printf '%s\n' "$out" | grep -q 'ioctl(-1, TIOCGWINSZ, 0x[0-9a-f]*) = -1 EBADF (Bad file descriptor)'
ok $? "ioctl: request by name, errno by name"
printf '%s\n' "$out" | grep -qF 'write(-1, "\0001\377x\0", 5) = -1 EBADF (Bad file descriptor)'
ok $? "strings: octal escapes, three digits before a digit (as strace)"
printf '%s\n' "$out" | grep -q '^[0-9]*  *--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=[0-9]*, si_uid=[0-9]*} ---$'
ok $? "a delivery to a handler: --- SIGUSR1 {siginfo} ---"
printf '%s\n' "$out" | grep -q '^[0-9]*  *+++ exited with 0 +++$'
ok $? "the end of the trace: +++ exited with 0 +++"
printf '#include <stdio.h>\nint main(void) { *(volatile int *)8 = 1; return 0; }\n' > "$tmp/segv.c"
aarch64-linux-gnu-gcc -static -O1 -o "$tmp/segv" "$tmp/segv.c"
segv=$( (build/dragoman -strace "$tmp/segv") 2>&1)   # the subshell, not the test, reports the death
printf '%s\n' "$segv" | grep -A1 '^[0-9]*  *--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x8} ---$' | grep -q '^[0-9]*  *+++ killed by SIGSEGV +++$'
r=$?
ok $r "a fault that kills: --- SIGSEGV {siginfo} --- then +++ killed by SIGSEGV +++"
[ $r -eq 0 ] || printf '%s\n' "$segv" | tail -4 | sed 's/^/# /'

# a death the host kernel would carry out (SIG_DFL): under -strace dragoman catches it to print it
printf '#include <unistd.h>\nint main(void) { pause(); return 0; }\n' > "$tmp/pz.c"
aarch64-linux-gnu-gcc -static -O1 -o "$tmp/pz" "$tmp/pz.c"
build/dragoman -strace "$tmp/pz" 2> "$tmp/pz.err" &
pid=$!
# wait until the guest is in pause(): the host thread blocks in ppoll(NULL, 0,
# NULL, ...) (x86_64 syscall 271).  -strace prints the call only once it
# returns, so the trace cannot tell; this polled for it 5 s, then sent the
# signal anyway (too early on a loaded machine, before the guest's start).
in_pause() { case $(cat /proc/$pid/syscall 2>/dev/null) in "271 0x0 0x0 0x0 "*) return 0 ;; esac; return 1; }
poll_until in_pause || diag "the guest was not seen in pause() (/proc/$pid/syscall) after $(hang_s) s"
kill -TERM $pid; wait $pid; st=$?
grep -A1 '^[0-9]*  *--- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=[0-9]*, si_uid=[0-9]*} ---$' "$tmp/pz.err" | grep -q '^[0-9]*  *+++ killed by SIGTERM +++$'
ok $? "kill -TERM of a guest at SIG_DFL: --- SIGTERM {siginfo} --- then +++ killed by SIGTERM +++"
is "$st" 143 "... and the process still dies of SIGTERM (status 143)"
printf '%s\n' "$out" | grep -q '^[0-9]*  *exit_group(0) = ?'
ok $? "exit_group traced before the process ends"
[ "$(printf '%s\n' "$out" | grep -c 'rt_sigaction(SIGUSR1')" = 1 ]
ok $? "one line per call"
printf '%s\n' "$out" | grep -E 'rt_sigaction\(SIGUSR1|ioctl\(-1' | sed 's/^/# /'

# ---- threads, signals, processes ------------------------------------------------------------------
out=$(build/dragoman -strace "$tmp/q" 2>&1 >/dev/null)
out=$(printf '%s\n' "$out" | unalign)
has() {  # has PATTERN DESCRIPTION: PATTERN is literal but for @P@ and @A@
	re=$(printf '%s' "$1" | sed -e 's/[][\.*^$(){}+?|/]/\\&/g' -e 's/@P@/[0-9]+/g' -e 's/@A@/0x[0-9a-f]+/g')
	printf '%s\n' "$out" | grep -qE -- "$re"
	r=$?
	ok $r "$2"
	[ $r -eq 0 ] || diag "want: $1"
}
has 'rt_sigqueueinfo(@P@, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=@P@, si_uid=@P@, si_int=7, si_ptr=0x7}) = 0' \
	"rt_sigqueueinfo: siginfo in (SI_QUEUE, si_int/si_ptr)"
has 'rt_sigtimedwait([USR1 USR2 RT_5], {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=@P@, si_uid=@P@, si_int=7, si_ptr=0x7}, {tv_sec=0, tv_nsec=1000}, 8) = 10 (SIGUSR1)' \
	"rt_sigtimedwait: siginfo out, the signal taken by name"
has 'rt_tgsigqueueinfo(@P@, @P@, SIGRT_5, {si_signo=SIGRT_5, si_code=SI_QUEUE, si_pid=@P@, si_uid=@P@, si_int=9, si_ptr=0x9}) = 0' \
	"rt_tgsigqueueinfo: siginfo in, real-time signal as SIGRT_n"
has '= 37 (SIGRT_5)' "rt_sigtimedwait: real-time signal returned by name"
has 'rt_sigtimedwait([USR1 USR2 RT_5], {si_signo=SIGUSR2, si_code=SI_TKILL, si_pid=@P@, si_uid=@P@}, {tv_sec=0, tv_nsec=1000}, 8) = 12 (SIGUSR2)' \
	"rt_sigtimedwait: SI_TKILL shows the sender only"
has 'rt_sigtimedwait([USR1 USR2 RT_5], @A@, {tv_sec=0, tv_nsec=1000}, 8) = -1 EAGAIN' \
	"rt_sigtimedwait: siginfo not decoded when the call failed"
has 'rt_sigprocmask(SIG_BLOCK, ~[KILL RTMIN RT_1], NULL, 8) = 0' "sigset: complement when 2/3 of the bits are set"
has 'rt_sigprocmask(SIG_SETMASK, [USR1 USR2 RT_5], NULL, 8) = 0' "sigset: real-time signals as RT_n"
has 'sigaltstack({ss_sp=@A@, ss_flags=SS_AUTODISARM, ss_size=16384}, NULL) = 0' "sigaltstack: ss_flags SS_AUTODISARM"
has 'sigaltstack({ss_sp=@A@, ss_flags=SS_DISABLE, ss_size=16384}, {ss_sp=@A@, ss_flags=SS_AUTODISARM, ss_size=16384}) = 0' \
	"sigaltstack: ss_flags in and out"
has 'waitid(P_PID, @P@, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=@P@, si_uid=@P@, si_status=7, si_utime=@P@, si_stime=@P@}, WEXITED, NULL) = 0' \
	"waitid: infop of an exited child"
has 'waitid(P_PID, @P@, {}, WEXITED|WNOHANG, NULL) = 0' "waitid: WNOHANG and nothing to report: {}"
has 'waitid(P_PID, @P@, {si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=@P@, si_uid=@P@, si_status=SIGTERM, si_utime=@P@, si_stime=@P@}, WEXITED, NULL) = 0' \
	"waitid: infop of a killed child, si_status by signal name"
has 'clone3({flags=CLONE_PARENT_SETTID, pidfd=NULL, child_tid=NULL, parent_tid=@A@, exit_signal=SIGCHLD, stack=NULL, stack_size=0, tls=NULL, set_tid=NULL, set_tid_size=0, cgroup=0}, 88) = @P@' \
	"clone3: flags and exit_signal by name, addresses in hex"
has 'pidfd_open(@P@, PIDFD_NONBLOCK) = @P@' "pidfd_open: flags by name"
has 'pidfd_send_signal(@P@, SIGTERM, {si_signo=SIGTERM, si_code=SI_QUEUE, si_pid=@P@, si_uid=@P@, si_int=5, si_ptr=0x5}, 0) = 0' \
	"pidfd_send_signal: siginfo in"
has 'kill(@P@, SIGRT_5) = 0' "kill: real-time signal by name"
has 'st_mode=S_IFREG|0755, st_size=@P@, ...}' "newfstatat: st_mode as type and octal permissions, the size, the rest as ... (strace without -v)"
has 'ppoll([{fd=@P@, events=POLLIN|POLLPRI, revents=POLLIN}, {fd=@P@, events=POLLOUT, revents=POLLOUT}], 2, {tv_sec=0, tv_nsec=0}, NULL, 0) = 2' \
	"ppoll: pollfd events and revents by name"
has 'epoll_ctl(@P@, EPOLL_CTL_ADD, @P@, {events=EPOLLET|EPOLLIN, data=5}) = 0' "epoll_ctl: epoll_event events by name"
has 'futex(@A@, FUTEX_WAIT_PRIVATE, 1, {tv_sec=0, tv_nsec=1000}) = -1 ETIMEDOUT' "futex: FUTEX_WAIT_PRIVATE with its timeout"
has 'futex(@A@, FUTEX_WAKE_PRIVATE, 1) = 0' "futex: FUTEX_WAKE_PRIVATE reads val only"
has 'futex(@A@, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=1000}, FUTEX_BITSET_MATCH_ANY) = -1 EAGAIN' \
	"futex: FUTEX_WAIT_BITSET, FUTEX_CLOCK_REALTIME, the bitset"
has 'futex(@A@, FUTEX_WAKE_OP_PRIVATE, 1, 2, @A@, FUTEX_OP_ADD<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0) = 0' \
	"futex: FUTEX_WAKE_OP val2 and the encoded operation"
has 'futex(@A@, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, @A@, 1) = -1 EAGAIN' "futex: FUTEX_CMP_REQUEUE val2, uaddr2, val3"
has 'prctl(PR_SET_NAME, "dmtest") = 0' "prctl: PR_SET_NAME and its string"
has 'prctl(PR_GET_PDEATHSIG, [SIGUSR2]) = 0' "prctl: PR_GET_PDEATHSIG, the signal written"
has 'signalfd4(-1, [USR1 USR2 RT_5], 8, SFD_CLOEXEC|SFD_NONBLOCK) = @P@' "signalfd4: flags by name"
printf '%s\n' "$out" | grep -E 'siginfo|sigtimedwait|waitid|clone3|futex|sigaltstack' | head -12 | sed 's/^/# /'
