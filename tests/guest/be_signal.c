/* tests/guest/be_signal.c: signal structures across the kernel ABI: sa_mask
 * bits above 32 (a 64-bit sigset_t word), siginfo_t through SA_SIGINFO for
 * SIGUSR1 from kill and from sigqueue (si_value) and for SIGCHLD (si_status,
 * si_code), sigaltstack's stack_t (ss_sp, ss_size, ss_flags), rt_sigtimedwait,
 * signalfd's signalfd_siginfo (fixed-width fields), and timer_create with
 * SIGEV_SIGNAL carrying sigev_value.  Pids and uids are printed as relations. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static volatile sig_atomic_t hits;
static siginfo_t last;
static void *last_sp_ok;
static char altstack[65536];

static void on_info(int sig, siginfo_t *si, void *uc)
{
	hits++;
	last = *si;
	char here;
	last_sp_ok = (void *)(uintptr_t)(&here >= altstack && &here < altstack + sizeof altstack);
	/* the mask while the handler runs: sa_mask plus the signal */
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	if (sig == SIGUSR1)
		printf("in handler: SIGRTMIN+5 blocked %d SIGUSR2 blocked %d SIGUSR1 blocked %d\n",
		       sigismember(&now, SIGRTMIN + 5), sigismember(&now, SIGUSR2), sigismember(&now, SIGUSR1));
}

int main(void)
{
	/* sa_mask with a real-time signal (bit > 32) and an ordinary one */
	struct sigaction sa = { .sa_sigaction = on_info, .sa_flags = SA_SIGINFO | SA_ONSTACK }, old;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGRTMIN + 5);
	sigaddset(&sa.sa_mask, SIGUSR2);
	R(sigaction(SIGUSR1, &sa, NULL));
	R(sigaction(SIGUSR1, NULL, &old));
	SHOW("old mask: SIGRTMIN+5 %d SIGUSR2 %d SIGRTMAX %d flags has SIGINFO %d ONSTACK %d", sigismember(&old.sa_mask, SIGRTMIN + 5),
	     sigismember(&old.sa_mask, SIGUSR2), sigismember(&old.sa_mask, SIGRTMAX), !!(old.sa_flags & SA_SIGINFO),
	     !!(old.sa_flags & SA_ONSTACK));
	/* the raw kernel sigset: 8 bytes, bit n-1 for signal n */
	uint64_t raw = 0;
	R(syscall(SYS_rt_sigaction, SIGUSR1, NULL, NULL, 8));
	sigset_t blk;
	sigemptyset(&blk);
	sigaddset(&blk, 40);
	sigaddset(&blk, SIGTERM);
	R(syscall(SYS_rt_sigprocmask, SIG_SETMASK, &blk, NULL, 8));
	R(syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &raw, 8));
	SHOW("raw mask %#llx", (unsigned long long)raw);
	R(syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &raw, 4));
	sigemptyset(&blk);
	sigprocmask(SIG_SETMASK, &blk, NULL);

	/* sigaltstack */
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0 }, os;
	R(sigaltstack(&ss, NULL));
	R(sigaltstack(NULL, &os));
	SHOW("altstack sp ok %d size %zu flags %d", os.ss_sp == altstack, os.ss_size, os.ss_flags);
	ss.ss_size = 100;
	R(sigaltstack(&ss, NULL));

	/* kill: SI_USER, si_pid, si_uid */
	R(kill(getpid(), SIGUSR1));
	SHOW("kill: hits %d signo %d code %d pid ok %d uid ok %d on altstack %d", hits, last.si_signo, last.si_code,
	     last.si_pid == getpid(), last.si_uid == getuid(), last_sp_ok != NULL);
	/* sigqueue: SI_QUEUE and the value (a pointer-sized union) */
	R(sigqueue(getpid(), SIGUSR1, (union sigval){ .sival_ptr = (void *)0x1234567 }));
	/* (not sival_int: which half of the pointer it overlays is the byte order's) */
	SHOW("sigqueue: code %d value %#lx", last.si_code, (unsigned long)last.si_value.sival_ptr);
	R(sigqueue(getpid(), SIGUSR1, (union sigval){ .sival_int = -77 }));
	SHOW("sigqueue int: %d", last.si_value.sival_int);

	/* SIGCHLD: status and code */
	R(sigaction(SIGCHLD, &sa, NULL));
	sigset_t ch;
	sigemptyset(&ch);
	sigaddset(&ch, SIGCHLD);
	sigprocmask(SIG_BLOCK, &ch, NULL);
	pid_t c = fork();
	if (c == 0) _exit(42);
	siginfo_t wi;
	R(sigwaitinfo(&ch, &wi) == SIGCHLD);
	SHOW("SIGCHLD: code %d (CLD_EXITED %d) status %d pid ok %d", wi.si_code, CLD_EXITED, wi.si_status, wi.si_pid == c);
	waitpid(c, NULL, 0);
	c = fork();
	if (c == 0) { raise(SIGKILL); _exit(1); }
	R(sigwaitinfo(&ch, &wi) == SIGCHLD);
	SHOW("SIGCHLD: code %d (CLD_KILLED %d) status %d", wi.si_code, CLD_KILLED, wi.si_status);
	waitpid(c, NULL, 0);

	/* rt_sigtimedwait */
	sigset_t w;
	sigemptyset(&w);
	sigaddset(&w, SIGRTMIN + 3);
	sigprocmask(SIG_BLOCK, &w, NULL);
	R(sigtimedwait(&w, &wi, &(struct timespec){ 0, 1000 }));
	sigqueue(getpid(), SIGRTMIN + 3, (union sigval){ .sival_int = 5 });
	sigqueue(getpid(), SIGRTMIN + 3, (union sigval){ .sival_int = 6 });
	R(sigtimedwait(&w, &wi, &(struct timespec){ 1, 0 }) - SIGRTMIN);
	SHOW("timedwait value %d", wi.si_value.sival_int);

	/* signalfd: the second queued one */
	int sfd = signalfd(-1, &w, 0);
	struct signalfd_siginfo fi;
	memset(&fi, 0, sizeof fi);
	R(read(sfd, &fi, sizeof fi));
	/* (not ssi_ptr: the int sent overlays the pointer's low or high half by byte order) */
	SHOW("signalfd: signo-RTMIN %d code %d int %d pid ok %d uid ok %d", (int)fi.ssi_signo - SIGRTMIN, fi.ssi_code,
	     fi.ssi_int, fi.ssi_pid == (uint32_t)getpid(), fi.ssi_uid == getuid());
	sigprocmask(SIG_UNBLOCK, &ch, NULL);
	sigaddset(&w, SIGCHLD);
	close(sfd);
	sfd = signalfd(-1, &w, SFD_NONBLOCK);
	sigprocmask(SIG_BLOCK, &w, NULL);
	c = fork();
	if (c == 0) _exit(9);
	waitid(P_PID, c, NULL, WEXITED | WNOWAIT);
	R(read(sfd, &fi, sizeof fi));
	SHOW("signalfd SIGCHLD: signo %d code %d status %d pid ok %d", fi.ssi_signo, fi.ssi_code, fi.ssi_status, fi.ssi_pid == (uint32_t)c);
	waitpid(c, NULL, 0);
	R(read(sfd, &fi, sizeof fi));
	close(sfd);

	/* timer_create SIGEV_SIGNAL: the value comes back in si_value, and si_timerid */
	timer_t t;
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGRTMIN + 3,
			       .sigev_value.sival_ptr = (void *)0xabcdef };
	R(timer_create(CLOCK_MONOTONIC, &ev, &t));
	struct itimerspec its = { .it_value = { 0, 1000000 } };
	R(timer_settime(t, 0, &its, NULL));
	R(sigtimedwait(&w, &wi, &(struct timespec){ hang_s(), 0 }) - SIGRTMIN);
	SHOW("timer: code %d (SI_TIMER %d) value %#lx overrun %d", wi.si_code, SI_TIMER, (unsigned long)wi.si_value.sival_ptr,
	     wi.si_overrun);
	struct itimerspec cur;
	R(timer_gettime(t, &cur));
	SHOW("disarmed %d", cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0);
	R(timer_delete(t));
	return 0;
}
