/* tests/guest/procinfo.c: ids, uname, rlimits, fork/wait, signals by exit status, prctl,
 * personality (STICKY_TIMEOUTS; the flags a new image inherits). */
#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/select.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

#define CAP_KILL_BIT 5   /* linux/capability.h: CAP_KILL */

/* personality: STICKY_TIMEOUTS leaves select's timeout as it was;
 * ADDR_NO_RANDOMIZE is kept by execve (the new image reports it) */
static void persona(const char *self)
{
	if (self) {
		SHOW("after exec: personality %#x", (unsigned)personality(0xffffffff));
		return;
	}
	SHOW("personality at start %#x", (unsigned)personality(0xffffffff));
	for (int sticky = 0; sticky < 2; sticky++) {
		R(personality(sticky ? STICKY_TIMEOUTS : 0));
		struct timeval tv = { 0, 5000 };
		R(select(0, NULL, NULL, NULL, &tv));
		SHOW("sticky %d: timeout left %ld us", sticky, (long)tv.tv_usec);
	}
	SHOW("personality %#x", (unsigned)personality(ADDR_NO_RANDOMIZE));
	pid_t pid = fork();
	if (pid == 0) {
		execl("/proc/self/exe", "procinfo", "persona", (char *)NULL);
		_exit(127);
	}
	int st;
	waitpid(pid, &st, 0);
	SHOW("personality back to %#x", (unsigned)personality(0));
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "persona")) {
		persona(argv[1]);
		return 0;
	}
	persona(NULL);
	OK(getpid() == syscall(SYS_getpid));
	OK(getpid() == syscall(SYS_gettid));
	OK(getppid() > 0);
	OK(getuid() == geteuid());
	OK(getgid() == getegid());
	uid_t r, e, s;
	R(getresuid(&r, &e, &s));
	OK(r == getuid() && s == getuid());
	OK(getpgrp() == getpgid(0));
	OK(getsid(0) > 0);
	int ng = getgroups(0, NULL);
	OK(ng >= 0);
	struct utsname u;
	R(uname(&u));
	SHOW("sysname %s", u.sysname);
	OK(u.machine[0] != 0);
	OK(u.release[0] >= '2');
	struct rlimit rl, rl2;
	R(getrlimit(RLIMIT_NOFILE, &rl));
	rl2 = rl;
	rl2.rlim_cur = rl.rlim_cur > 64 ? 64 : rl.rlim_cur;
	R(setrlimit(RLIMIT_NOFILE, &rl2));
	R(getrlimit(RLIMIT_NOFILE, &rl2));
	SHOW("nofile soft=%llu", (unsigned long long)rl2.rlim_cur);
	R(prlimit(0, RLIMIT_NOFILE, &rl, &rl2));
	SHOW("old soft=%llu", (unsigned long long)rl2.rlim_cur);
	R(getrlimit(RLIMIT_STACK, &rl));
	OK(rl.rlim_cur > 0);
	R(getrlimit(99, &rl));
	struct rusage ru;
	R(getrusage(RUSAGE_SELF, &ru));
	R(umask(022));
	R(umask(077));
	R(umask(022));
	char name[17] = { 0 };
	R(prctl(PR_SET_NAME, "dmtest-name"));
	R(prctl(PR_GET_NAME, name));
	SHOW("name %s", name);
	cpu_set_t cs;
	CPU_ZERO(&cs);
	R(sched_getaffinity(0, sizeof cs, &cs));
	OK(CPU_COUNT(&cs) > 0);
	R(sched_setaffinity(0, sizeof cs, &cs));
	OK(sysconf(_SC_NPROCESSORS_ONLN) > 0);
	OK(sysconf(_SC_PAGESIZE) == 4096);
	/* fork + exit status */
	pid_t c = fork();
	if (c == 0) _exit(42);
	int st;
	OK(waitpid(c, &st, 0) == c);
	SHOW("exited=%d status=%d", WIFEXITED(st), WEXITSTATUS(st));
	/* killed by a signal: the status carries the signal number */
	c = fork();
	if (c == 0) { pause(); _exit(0); }
	R(kill(c, SIGTERM));
	OK(waitpid(c, &st, 0) == c);
	SHOW("signaled=%d sig=%d (%s)", WIFSIGNALED(st), WTERMSIG(st), WTERMSIG(st) == SIGTERM ? "SIGTERM" : "?");
	c = fork();
	if (c == 0) { raise(SIGUSR1); _exit(0); }
	OK(waitpid(c, &st, 0) == c);
	SHOW("signaled=%d sig=%s", WIFSIGNALED(st), WTERMSIG(st) == SIGUSR1 ? "SIGUSR1" : "?");
	/* waitid */
	c = fork();
	if (c == 0) _exit(5);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	R(waitid(P_PID, c, &si, WEXITED));
	SHOW("waitid signo=%s code=%s status=%d pid_ok=%d", si.si_signo == SIGCHLD ? "SIGCHLD" : "?",
	     si.si_code == CLD_EXITED ? "CLD_EXITED" : "?", si.si_status, si.si_pid == c);
	R(waitpid(-1, &st, WNOHANG));
	/* vfork + exec of a missing program */
	c = vfork();
	if (c == 0) { execl("/nonexistent/prog", "prog", (char *)NULL); _exit(127); }
	OK(waitpid(c, &st, 0) == c);
	SHOW("vfork child status=%d", WEXITSTATUS(st));
	/* exec of a real program: /bin/true is a native or guest binary, either works */
	c = fork();
	if (c == 0) { execl("/bin/sh", "sh", "-c", "exit 3", (char *)NULL); _exit(126); }
	OK(waitpid(c, &st, 0) == c);
	SHOW("sh status=%d", WEXITSTATUS(st));
	R(setpgid(0, 0));
	OK(getpgrp() == getpid());
	/* capabilities (LTP capset02): the kernel's checks in its order, and the
	 * bounding set, in a child so the drop stays there */
	c = fork();
	if (c == 0) {
		struct { uint32_t version; int pid; } h = { 0x20080522, 0 };
		uint32_t d[6];
		R(syscall(SYS_capget, &h, d));
		R(syscall(SYS_capset, &h, d));
		R(syscall(SYS_capset, &h, (void *)16));
		R(syscall(SYS_capget, (void *)16, d));
		h.version = 0x12345678;
		R(syscall(SYS_capget, &h, d));
		SHOW("preferred version %#x", h.version);
		h.version = 0x12345678;
		R(syscall(SYS_capset, &h, d));
		SHOW("preferred version %#x", h.version);
		R(syscall(SYS_capset, &h, (void *)16));   /* version 3 data from a bad pointer */
		R(prctl(PR_CAPBSET_READ, CAP_KILL_BIT));
		R(prctl(PR_CAPBSET_DROP, CAP_KILL_BIT));
		R(prctl(PR_CAPBSET_READ, CAP_KILL_BIT));
		R(prctl(PR_GET_SECUREBITS));
		_exit(0);
	}
	OK(waitpid(c, &st, 0) == c);
	return 0;
}
