/* tests/guest/process_wait.c: fork, vfork, wait4 and waitid: exit, kill,
 * stop and continue, with status words and siginfo translated; WNOHANG,
 * WNOWAIT, ECHILD; process groups and sessions (setpgid, setsid, getpgid,
 * getsid); a pty as controlling terminal with tcsetpgrp/tcgetpgrp. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "common.h"

static void show_status(const char *what, int st)
{
	if (WIFEXITED(st)) printf("%s: exited %d\n", what, WEXITSTATUS(st));
	else if (WIFSIGNALED(st)) printf("%s: killed by %s\n", what, strsignal(WTERMSIG(st)));
	else if (WIFSTOPPED(st)) printf("%s: stopped by %s\n", what, strsignal(WSTOPSIG(st)));
	else if (WIFCONTINUED(st)) printf("%s: continued\n", what);
	else printf("%s: status %#x\n", what, st);
}

static void show_info(const char *what, const siginfo_t *si, pid_t pid)
{
	const char *code = si->si_code == CLD_EXITED ? "CLD_EXITED" : si->si_code == CLD_KILLED ? "CLD_KILLED"
		: si->si_code == CLD_DUMPED ? "CLD_DUMPED" : si->si_code == CLD_STOPPED ? "CLD_STOPPED"
		: si->si_code == CLD_CONTINUED ? "CLD_CONTINUED" : "?";
	int st = si->si_status;
	printf("%s: signo %s code %s pid %s status %s\n", what, si->si_signo == SIGCHLD ? "SIGCHLD" : "?", code,
	       si->si_pid == pid ? "ok" : "wrong",
	       si->si_code == CLD_EXITED ? (char[16]){ 0 } + 0 : strsignal(st));
	if (si->si_code == CLD_EXITED) printf("  exit value %d\n", st);
}

static pid_t child_sleeping(void)
{
	pid_t p = fork();
	if (p == 0) {
		for (;;) pause();
	}
	return p;
}

int main(void)
{
	int st;
	struct rusage ru;
	puts("-- wait4");
	pid_t p = fork();
	if (p == 0) _exit(42);
	R(wait4(p, &st, 0, &ru) == p);
	show_status("exit 42", st);
	p = child_sleeping();
	kill(p, SIGTERM);
	waitpid(p, &st, 0);
	show_status("SIGTERM", st);
	p = child_sleeping();
	kill(p, SIGUSR1);
	waitpid(p, &st, 0);
	show_status("SIGUSR1", st);
	p = child_sleeping();
	kill(p, SIGSTOP);
	waitpid(p, &st, WUNTRACED);
	show_status("SIGSTOP", st);
	kill(p, SIGCONT);
	waitpid(p, &st, WCONTINUED);
	show_status("SIGCONT", st);
	R(waitpid(p, &st, WNOHANG));
	kill(p, SIGKILL);
	waitpid(p, &st, 0);
	show_status("SIGKILL", st);
	R(waitpid(-1, &st, 0));                    /* ECHILD */
	R(waitpid(-1, &st, 0x12345600));           /* EINVAL */

	puts("-- waitid");
	siginfo_t si;
	p = fork();
	if (p == 0) _exit(7);
	memset(&si, 0, sizeof si);
	R(waitid(P_PID, p, &si, WEXITED | WNOWAIT));
	show_info("exit 7 (nowait)", &si, p);
	memset(&si, 0, sizeof si);
	R(waitid(P_ALL, 0, &si, WEXITED));
	show_info("exit 7", &si, p);
	p = child_sleeping();
	memset(&si, 0, sizeof si);
	R(waitid(P_PID, p, &si, WEXITED | WNOHANG));
	printf("WNOHANG with nothing to report: si_pid %d\n", si.si_pid);
	kill(p, SIGSTOP);
	memset(&si, 0, sizeof si);
	R(waitid(P_PID, p, &si, WSTOPPED));
	show_info("stopped", &si, p);
	kill(p, SIGCONT);
	memset(&si, 0, sizeof si);
	R(waitid(P_PID, p, &si, WCONTINUED));
	show_info("continued", &si, p);
	kill(p, SIGHUP);
	memset(&si, 0, sizeof si);
	R(waitid(P_PID, p, &si, WEXITED));
	show_info("SIGHUP", &si, p);
	R(waitid(P_PID, p, &si, WEXITED));          /* ECHILD */
	R(waitid(P_PID, getpid(), &si, 0));          /* EINVAL: no event requested */

	puts("-- vfork");
	volatile int x = 1;
	p = vfork();
	if (p == 0) _exit(9);
	waitpid(p, &st, 0);
	show_status("vfork child", st);
	printf("parent ran after the child: %d\n", x);

	puts("-- process groups and sessions");
	printf("getpgid(0) == getpgrp(): %s\n", getpgid(0) == getpgrp() ? "yes" : "no");
	int pfd[2];
	pipe(pfd);
	p = fork();
	if (p == 0) {
		char c;
		read(pfd[0], &c, 1);
		printf("child: own group %s, same session %s\n", getpgrp() == getpid() ? "yes" : "no",
		       getsid(0) == getsid(getppid()) ? "yes" : "no");
		pid_t s = setsid();
		printf("child: setsid gives a new session %s, pgid %s, sid %s\n", s == getpid() ? "yes" : "no",
		       getpgrp() == getpid() ? "yes" : "no", getsid(0) == getpid() ? "yes" : "no");
		R(setsid());                             /* EPERM: already a group leader */
		fflush(stdout);
		_exit(0);
	}
	R(setpgid(p, p));                            /* parent moves the child into its own group */
	R(getpgid(p) == p);
	write(pfd[1], "x", 1);
	waitpid(p, &st, 0);
	R(setpgid(p, p));                            /* ESRCH: gone */
	R(setpgid(0, 999999));                       /* EPERM: no such group in this session */
	R(getsid(999999));                           /* ESRCH */

	puts("-- controlling terminal");
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	grantpt(m);
	unlockpt(m);
	char *name = ptsname(m);
	fflush(stdout);
	p = fork();
	if (p == 0) {
		setsid();
		int s = open(name, O_RDWR);              /* the session's first tty: becomes controlling */
		R(ioctl(s, TIOCSCTTY, 0));
		printf("tcgetpgrp is my group: %s\n", tcgetpgrp(s) == getpgrp() ? "yes" : "no");
		pid_t sid;
		R(ioctl(s, TIOCGSID, &sid) == 0 && sid == getpid());
		pid_t q = fork();
		if (q == 0) {
			setpgid(0, 0);
			for (;;) pause();
		}
		setpgid(q, q);
		R(tcsetpgrp(s, q));
		printf("foreground group is the child's: %s\n", tcgetpgrp(s) == q ? "yes" : "no");
		signal(SIGTTOU, SIG_IGN);
		R(tcsetpgrp(s, getpgrp()));
		printf("foreground group is mine again: %s\n", tcgetpgrp(s) == getpgrp() ? "yes" : "no");
		R(tcsetpgrp(s, 999999));                /* EPERM */
		kill(q, SIGKILL);
		waitpid(q, NULL, 0);
		fflush(stdout);
		_exit(0);
	}
	waitpid(p, &st, 0);
	show_status("terminal child", st);
	R(tcgetpgrp(m) >= 0);
	int fd = open("/dev/null", O_RDWR);
	R(tcsetpgrp(fd, getpgrp()));                 /* ENOTTY */
	return 0;
}
