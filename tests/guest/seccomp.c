/* tests/guest/seccomp.c: seccomp as the guest's kernel applies it, each case
 * in a fork child (the parent prints how it ended):
 *   strict mode (prctl and seccomp(2)): read, write, exit run, getpid and
 *   prctl(PR_GET_SECCOMP) kill with SIGKILL;
 *   filters: ERRNO for one syscall (others run), the filter sees the arch,
 *   the number and the arguments; TRAP (SIGSYS with si_code, si_syscall by
 *   name, si_arch, si_errno, si_call_addr); TRACE without a tracer (ENOSYS);
 *   KILL_PROCESS and KILL_THREAD (the process in its last thread, else the
 *   thread alone, as strict mode); the winning action of several filters;
 *   inherited across fork and execve (the program re-runs itself); TSYNC
 *   with a second thread (and its failure when that thread has its own
 *   filter); programs and arguments the kernel refuses (EINVAL, EFAULT,
 *   EOPNOTSUPP, EACCES without no_new_privs as a non-root user). */
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

#if defined(__aarch64__)
#define NATIVE_ARCH AUDIT_ARCH_AARCH64
#elif defined(__x86_64__)
#define NATIVE_ARCH AUDIT_ARCH_X86_64
#elif defined(__s390x__)
#define NATIVE_ARCH AUDIT_ARCH_S390X
#elif defined(__arm__)
#define NATIVE_ARCH AUDIT_ARCH_ARM
#endif

static const char *sysname(long nr)
{
	if (nr == __NR_uname) return "uname";
	if (nr == __NR_getpid) return "getpid";
	if (nr == __NR_getppid) return "getppid";
	if (nr == __NR_close) return "close";
	if (nr == __NR_write) return "write";
	return "other";
}

static const char *signame(int s)
{
	switch (s) {
	case SIGKILL: return "SIGKILL";
	case SIGSYS: return "SIGSYS";
	case SIGSEGV: return "SIGSEGV";
	case SIGABRT: return "SIGABRT";
	}
	return "other signal";
}

/* fn in a fork child; print how it ended (the core-dump bit depends on the
 * host's core settings: not shown) */
static void run(const char *what, void (*fn)(void))
{
	printf("== %s\n", what);
	pid_t p = fork();
	if (p == 0) {
		fn();
		_exit(0);
	}
	int st;
	waitpid(p, &st, 0);
	if (WIFSIGNALED(st)) printf("-> killed by %s\n", signame(WTERMSIG(st)));
	else printf("-> exit %d\n", WEXITSTATUS(st));
}

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

static long install(unsigned flags, struct sock_filter *f, unsigned short n)
{
	struct sock_fprog fp = { .len = n, .filter = f };
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &fp);
}

/* arch must be the native one (else kill), then nr == target gives ret, others ALLOW */
#define ARCH_CHECK                                                               \
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)), \
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_ARCH, 1, 0),                  \
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS)
#define ON_NR(nr, ret)                                                           \
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),   \
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1),                         \
	BPF_STMT(BPF_RET | BPF_K, (ret)),                                        \
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)

static long one_rule(unsigned flags, long nr, unsigned ret)
{
	struct sock_filter f[] = { ARCH_CHECK, ON_NR(nr, ret) };
	return install(flags, f, (unsigned short)(sizeof f / sizeof f[0]));
}

/* ---- strict mode ---------------------------------------------------------------- */

static void strict_prctl(void)
{
	int pfd[2];
	if (pipe(pfd)) _exit(1);
	printf("PR_GET_SECCOMP before: %d\n", prctl(PR_GET_SECCOMP));
	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT) != 0) _exit(2);
	say("strict: write works\n");
	char c = 0;
	if (write(pfd[1], "x", 1) == 1 && read(pfd[0], &c, 1) == 1 && c == 'x') say("strict: read works\n");
	syscall(SYS_getpid);
	say("strict: getpid returned\n");
}

static void strict_exit(void)
{
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL) != 0) _exit(2);
	say("strict via seccomp(2): exit(7) next\n");
	syscall(SYS_exit, 7);
}

static void strict_getseccomp(void)
{
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL) != 0) _exit(2);
	prctl(PR_GET_SECCOMP);
	say("strict: prctl returned\n");
}

/* the low 32 bits of a u64 argument: a BPF word load reads the machine's
 * byte order, so on a big-endian machine they are the second word */
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define ARG_LO(n) (offsetof(struct seccomp_data, args[n]) + 4)
#else
#define ARG_LO(n) offsetof(struct seccomp_data, args[n])
#endif

/* ---- filters -------------------------------------------------------------------- */

/* the Seccomp lines of a status file under /proc */
static void status_lines(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		printf("%s: %s\n", path, ename(errno));
		return;
	}
	char line[256];
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, "Seccomp", 7)) printf("%s", line);
	fclose(f);
}

static void errno_uname(void)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	R(one_rule(0, __NR_uname, SECCOMP_RET_ERRNO | EPERM));
	struct utsname u;
	R(uname(&u));
	OK(getppid() > 1);
	R(prctl(PR_GET_SECCOMP));
	/* a filter on an argument: close(1000) gets errno 77, close(-1) runs (EBADF) */
	struct sock_filter f[] = {
		ARCH_CHECK,
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_close, 0, 3),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG_LO(0)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 1000, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 77),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	R(install(0, f, sizeof f / sizeof f[0]));
	errno = 0;
	long r = close(1000);
	printf("close(1000) -> %ld errno %d\n", r, errno);
	R(close(-1));
	R(uname(&u));     /* the older filter still applies */
	status_lines("/proc/self/status");
	status_lines("/proc/thread-self/status");
}

static void precedence(void)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	/* ERRNO wins over TRACE and LOG whatever the order; of two ERRNOs the newer filter's */
	R(one_rule(0, __NR_getppid, SECCOMP_RET_TRACE));
	R(one_rule(0, __NR_getppid, SECCOMP_RET_ERRNO | 11));
	R(one_rule(0, __NR_getppid, SECCOMP_RET_LOG));
	R(getppid());
	R(one_rule(0, __NR_getppid, SECCOMP_RET_ERRNO | 12));
	R(getppid());
	/* TRACE without a tracer: ENOSYS, the call skipped */
	R(one_rule(0, __NR_uname, SECCOMP_RET_TRACE));
	struct utsname u;
	R(uname(&u));
	/* errno data above 4095 is cut to 4095 */
	R(one_rule(0, __NR_getpid, SECCOMP_RET_ERRNO | 5000));
	errno = 0;
	long r = syscall(SYS_getpid);
	printf("getpid -> %ld errno %d\n", r, errno);
}

static volatile int trap_code, trap_errno, trap_arch_ok, trap_addr_ok;
static volatile long trap_nr;

static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	(void)sig, (void)uc;
	trap_code = si->si_code;
	trap_nr = si->si_syscall;
	trap_errno = si->si_errno;
	trap_arch_ok = si->si_arch == NATIVE_ARCH;
	/* the address after the syscall instruction: inside libc's syscall() */
	uintptr_t a = (uintptr_t)si->si_call_addr, s = (uintptr_t)syscall;
	trap_addr_ok = a > s && a < s + 64;
}

static void trap(void)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	struct sigaction sa = { .sa_sigaction = on_sigsys, .sa_flags = SA_SIGINFO };
	sigaction(SIGSYS, &sa, NULL);
	R(one_rule(0, __NR_getppid, SECCOMP_RET_TRAP | 42));
	syscall(SYS_getppid, 1, 2, 3);
	printf("si_code %d (SYS_SECCOMP is %d), si_syscall %s, si_errno %d, si_arch native arch: %s\n", trap_code,
	       1, sysname(trap_nr), trap_errno, trap_arch_ok ? "yes" : "no");
	printf("si_call_addr in syscall(): %s\n", trap_addr_ok ? "yes" : "no");
	/* blocked SIGSYS: the kernel forces it, and it kills */
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGSYS);
	sigprocmask(SIG_BLOCK, &s, NULL);
	syscall(SYS_getppid);
	say("returned with SIGSYS blocked\n");
}

static void kill_process(void)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	struct sigaction sa = { .sa_sigaction = on_sigsys, .sa_flags = SA_SIGINFO };
	sigaction(SIGSYS, &sa, NULL);     /* a handler does not stop KILL_PROCESS */
	R(one_rule(0, __NR_getppid, SECCOMP_RET_KILL_PROCESS));
	syscall(SYS_getppid);
	say("getppid returned\n");
}

static void kill_thread_last(void)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	R(one_rule(0, __NR_getppid, SECCOMP_RET_KILL_THREAD));
	syscall(SYS_getppid);
	say("getppid returned\n");
}

/* A thread that puts itself in strict mode or under a KILL_THREAD filter
 * (filters are per thread) dies alone; pthread_join still returns (the
 * kernel clears its child tid). */
static void *doomed_thread(void *arg)
{
	if (*(int *)arg) syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL);
	else one_rule(0, __NR_getppid, SECCOMP_RET_KILL_THREAD);
	syscall(SYS_getppid);
	say("the doomed thread returned\n");
	return NULL;
}

static void thread_dies_alone(int strict)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	pthread_t t;
	pthread_create(&t, NULL, doomed_thread, &strict);
	pthread_join(t, NULL);
	printf("joined; main thread's getppid works: %s\n", getppid() > 1 ? "yes" : "no");
	R(prctl(PR_GET_SECCOMP));
}

static void kill_thread_sibling(void) { thread_dies_alone(0); }
static void strict_thread_sibling(void) { thread_dies_alone(1); }

/* ---- inheritance ------------------------------------------------------------------- */

static void across_fork(void)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	R(one_rule(0, __NR_uname, SECCOMP_RET_ERRNO | EPERM));
	fflush(stdout);
	pid_t p = fork();
	if (p == 0) {
		struct utsname u;
		printf("in the fork child: ");
		R(uname(&u));
		_exit(0);
	}
	waitpid(p, NULL, 0);
}

static char self[4096];

static void across_exec(void)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	R(one_rule(0, __NR_uname, SECCOMP_RET_ERRNO | EACCES));
	fflush(stdout);
	char *av[] = { self, "--exec-child", NULL };
	execv(self, av);
	printf("execv failed: %s\n", ename(errno));
}

static int exec_child(void)
{
	struct utsname u;
	printf("after execve: ");
	R(uname(&u));
	R(prctl(PR_GET_SECCOMP));
	return 0;
}

/* ---- TSYNC ------------------------------------------------------------------------------ */

static int go[2], done[2];

static void *other_thread(void *arg)
{
	int own_filter = *(int *)arg;
	if (own_filter) one_rule(0, __NR_getpid, SECCOMP_RET_ERRNO | 1);
	char c = 1;
	(void)!write(done[1], &c, 1);
	(void)!read(go[0], &c, 1);       /* the main thread has installed its filter */
	struct utsname u;
	errno = 0;
	long r = uname(&u);
	printf("uname in the other thread -> %ld %s\n", r, r ? ename(errno) : "");
	status_lines("/proc/thread-self/status");
	return NULL;
}

static void tsync_case(unsigned flags, int own_filter)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (pipe(go) || pipe(done)) _exit(1);
	pthread_t t;
	pthread_create(&t, NULL, other_thread, &own_filter);
	char c;
	(void)!read(done[0], &c, 1);
	long r = one_rule(flags, __NR_uname, SECCOMP_RET_ERRNO | EPERM);
	if (r > 0) printf("seccomp(TSYNC) -> a thread id: %s\n", r != getpid() ? "yes" : "no");
	else printf("seccomp(flags %#x) -> %ld %s\n", flags, r, r ? ename(errno) : "");
	(void)!write(go[1], &c, 1);
	pthread_join(t, NULL);
	status_lines("/proc/self/status");
}

static void no_tsync(void) { tsync_case(0, 0); }
static void tsync(void) { tsync_case(SECCOMP_FILTER_FLAG_TSYNC, 0); }
static void tsync_conflict(void) { tsync_case(SECCOMP_FILTER_FLAG_TSYNC, 1); }
static void tsync_esrch(void) { tsync_case(SECCOMP_FILTER_FLAG_TSYNC | SECCOMP_FILTER_FLAG_TSYNC_ESRCH, 1); }

/* ---- refused --------------------------------------------------------------------------- */

static void invalid(void)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	struct sock_filter out_of_range[] = { BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 5, 0),
					       BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW) };
	struct sock_filter unknown[] = { { 0xff, 0, 0, 0 }, BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW) };
	struct sock_filter past_data[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 64),
					   BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW) };
	struct sock_filter no_ret[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0) };
	struct sock_filter ok[] = { BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW) };
	R(install(0, out_of_range, 2));
	R(install(0, unknown, 2));
	R(install(0, past_data, 2));
	R(install(0, no_ret, 1));
	R(install(0, ok, 0));
	R(syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, (void *)8));
	struct sock_fprog bad_array = { .len = 1, .filter = (struct sock_filter *)8 };
	R(syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &bad_array));
	R(install(1u << 12, ok, 1));
	R(syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 1, NULL));
	R(syscall(SYS_seccomp, 99, 0, NULL));
	unsigned action = SECCOMP_RET_ALLOW;
	R(syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action));
	action = SECCOMP_RET_KILL_PROCESS;
	R(syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action));
	action = 0x12340000;
	R(syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action));
	R(syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, (void *)8));
	R(prctl(PR_SET_SECCOMP, 3, 0, 0, 0));
	R(prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, (void *)8, 0, 0));
	R(prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &(struct sock_fprog){ 1, ok }, 0, 0));
	R(prctl(PR_GET_SECCOMP));
	/* a mode once set changes only to itself */
	R(syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL));
}

static void no_new_privs_missing(void)
{
	if (getuid() == 0 && setuid(65534) != 0) _exit(3);
	R(prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
	struct sock_filter ok[] = { BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW) };
	R(install(0, ok, 1));
	R(prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &(struct sock_fprog){ 1, ok }, 0, 0));
	/* the length is checked first */
	R(install(0, ok, 0));
	R(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
	R(install(0, ok, 1));
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--exec-child")) return exec_child();
	if (!realpath("/proc/self/exe", self)) return 1;
	run("strict mode by prctl", strict_prctl);
	run("strict mode by seccomp(2), exit", strict_exit);
	run("strict mode, prctl(PR_GET_SECCOMP)", strict_getseccomp);
	run("filter: ERRNO", errno_uname);
	run("filter: precedence, TRACE", precedence);
	run("filter: TRAP", trap);
	run("filter: KILL_PROCESS", kill_process);
	run("filter: KILL_THREAD in the only thread", kill_thread_last);
	run("filter: KILL_THREAD in a second thread", kill_thread_sibling);
	run("strict mode in a second thread", strict_thread_sibling);
	run("inherited across fork", across_fork);
	run("kept across execve", across_exec);
	run("no TSYNC: the other thread is free", no_tsync);
	run("TSYNC", tsync);
	run("TSYNC, the other thread has its own filter", tsync_conflict);
	run("TSYNC_ESRCH, the other thread has its own filter", tsync_esrch);
	run("refused programs and arguments", invalid);
	run("without no_new_privs, not root", no_new_privs_missing);
	R(prctl(PR_GET_SECCOMP));
	return 0;
}
