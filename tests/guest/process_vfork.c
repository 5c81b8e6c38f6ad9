/* tests/guest/process_vfork.c: processes that share their parent's memory
 * (clone with CLONE_VM, without CLONE_THREAD): vfork's child writes the
 * parent's variables, posix_spawn reports exec failures through that shared
 * memory, and a clone(CLONE_VM) child runs beside its parent with its own
 * pid, file table and signal dispositions. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

extern char **environ;

static void show_status(const char *what, int st)
{
	if (WIFEXITED(st)) printf("%s: exited %d\n", what, WEXITSTATUS(st));
	else if (WIFSIGNALED(st)) printf("%s: signal %d\n", what, WTERMSIG(st));
	else printf("%s: status %#x\n", what, st);
}

static volatile int shared_counter;
static volatile int child_saw_pid_differs;

static void vfork_shares_memory(void)
{
	puts("-- vfork shares memory");
	int before = getpid();
	shared_counter = 1;
	pid_t p = vfork();
	if (p == 0) {
		/* the parent is suspended: this write is the parent's */
		shared_counter = 42;
		child_saw_pid_differs = getpid() != before;
		_exit(3);
	}
	/* the child has exited before vfork returns here */
	SHOW("counter after vfork = %d", shared_counter);
	SHOW("child pid differs = %d", child_saw_pid_differs);
	int st;
	OK(waitpid(p, &st, 0) == p);
	show_status("vfork child", st);
}

static void vfork_exec(void)
{
	puts("-- vfork + exec");
	pid_t p = vfork();
	if (p == 0) {
		char *argv[] = { "sh", "-c", "exit 5", NULL };
		execve("/bin/sh", argv, environ);
		_exit(127);
	}
	int st;
	OK(waitpid(p, &st, 0) == p);
	show_status("vfork exec child", st);

	/* a failed exec leaves the child running in our memory: the errno it saw is ours to read */
	static volatile int exec_errno;
	p = vfork();
	if (p == 0) {
		char *argv[] = { "nope", NULL };
		execve("/nonexistent/program", argv, environ);
		exec_errno = errno;
		_exit(127);
	}
	OK(waitpid(p, &st, 0) == p);
	SHOW("failed exec errno = %s", ename(exec_errno));
	show_status("failed exec child", st);
}

static void spawn(void)
{
	puts("-- posix_spawn");
	pid_t pid = -1;
	char *ok_argv[] = { "sh", "-c", "exit 7", NULL };
	int r = posix_spawn(&pid, "/bin/sh", NULL, NULL, ok_argv, environ);
	SHOW("posix_spawn /bin/sh = %s", ename(r));
	int st;
	OK(waitpid(pid, &st, 0) == pid);
	show_status("spawned sh", st);

	/* glibc's child writes the exec error into the parent's memory and exits 127;
	 * posix_spawn then returns that error and reaps the child itself */
	char *bad_argv[] = { "x", NULL };
	pid = -1;
	r = posix_spawn(&pid, "/nonexistent/program", NULL, NULL, bad_argv, environ);
	SHOW("posix_spawn missing = %s", ename(r));
	r = posix_spawnp(&pid, "no-such-program-anywhere", NULL, NULL, bad_argv, environ);
	SHOW("posix_spawnp missing = %s", ename(r));
	OK(waitpid(-1, &st, WNOHANG) == -1 && errno == ECHILD);

	/* file actions run in the child: our own table is untouched */
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addclose(&fa, 0);
	char *echo_argv[] = { "sh", "-c", "echo should-not-appear; exit 0", NULL };
	r = posix_spawn(&pid, "/bin/sh", &fa, NULL, echo_argv, environ);
	SHOW("posix_spawn with file actions = %s", ename(r));
	OK(waitpid(pid, &st, 0) == pid);
	show_status("redirected child", st);
	OK(fcntl(0, F_GETFD) >= 0);
	posix_spawn_file_actions_destroy(&fa);

	/* a file action that fails is reported like an exec error */
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 3, "/nonexistent/dir/file", O_RDONLY, 0);
	r = posix_spawn(&pid, "/bin/sh", &fa, NULL, ok_argv, environ);
	SHOW("posix_spawn failing open = %s", ename(r));
	posix_spawn_file_actions_destroy(&fa);

	/* POSIX_SPAWN_SETSIGDEF resets a handler in the child only */
	struct sigaction sa = { .sa_handler = SIG_IGN };
	sigaction(SIGTERM, &sa, NULL);
	posix_spawnattr_t at;
	posix_spawnattr_init(&at);
	sigset_t def;
	sigemptyset(&def);
	sigaddset(&def, SIGTERM);
	posix_spawnattr_setsigdefault(&at, &def);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF);
	char *kill_argv[] = { "sh", "-c", "kill -TERM $$; exit 0", NULL };
	r = posix_spawn(&pid, "/bin/sh", NULL, &at, kill_argv, environ);
	SHOW("posix_spawn SETSIGDEF = %s", ename(r));
	OK(waitpid(pid, &st, 0) == pid);
	show_status("SETSIGDEF child", st);
	sigaction(SIGTERM, NULL, &sa);
	OK(sa.sa_handler == SIG_IGN);
	sa.sa_handler = SIG_DFL;
	sigaction(SIGTERM, &sa, NULL);
	posix_spawnattr_destroy(&at);
}

/* clone(CLONE_VM) without CLONE_VFORK: parent and child run at once */
static volatile int flag_from_child, flag_from_parent;
static int pipe_fds[2];

static void on_usr1(int s) { (void)s; flag_from_child = -1; }

static int clone_child(void *arg)
{
	(void)arg;
	/* our own dispositions: this does not change the parent's */
	signal(SIGUSR1, SIG_IGN);
	/* our own file table: closing does not close the parent's */
	close(pipe_fds[0]);
	flag_from_child = 1;
	while (!__atomic_load_n(&flag_from_parent, __ATOMIC_ACQUIRE)) sched_yield();
	return 9;
}

static void clone_vm(void)
{
	puts("-- clone(CLONE_VM)");
	if (pipe(pipe_fds)) return;
	struct sigaction sa = { .sa_handler = on_usr1 };
	sigaction(SIGUSR1, &sa, NULL);
	size_t sz = 256 * 1024;
	char *stack = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	pid_t p = clone(clone_child, stack + sz, CLONE_VM | SIGCHLD, NULL);
	OK(p > 0);
	while (!__atomic_load_n(&flag_from_child, __ATOMIC_ACQUIRE)) sched_yield();
	SHOW("child's write seen = %d", flag_from_child);
	__atomic_store_n(&flag_from_parent, 1, __ATOMIC_RELEASE);
	int st;
	OK(waitpid(p, &st, 0) == p);
	show_status("clone child", st);
	OK(fcntl(pipe_fds[0], F_GETFD) >= 0);
	kill(getpid(), SIGUSR1);
	SHOW("parent's handler still runs = %d", flag_from_child == -1);
	close(pipe_fds[0]);
	close(pipe_fds[1]);
	munmap(stack, sz);
}

/* a thread (CLONE_THREAD) with its own file table: no CLONE_FILES */
static volatile int thread_done;
static int own_table_thread(void *arg)
{
	close(*(int *)arg);
	__atomic_store_n(&thread_done, 1, __ATOMIC_RELEASE);
	return 0;
}

static void thread_without_files(void)
{
	puts("-- CLONE_THREAD without CLONE_FILES");
	int fds[2];
	if (pipe(fds)) return;
	size_t sz = 256 * 1024;
	char *stack = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	int flags = CLONE_VM | CLONE_FS | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM;
	OK(clone(own_table_thread, stack + sz, flags, &fds[0]) > 0);
	while (!__atomic_load_n(&thread_done, __ATOMIC_ACQUIRE)) sched_yield();
	OK(fcntl(fds[0], F_GETFD) >= 0);
	close(fds[0]);
	close(fds[1]);
	/* the thread's stack stays mapped: it may still be leaving */
}

/* posix_spawn of a program of the guest's own architecture (ourselves): under
 * dragoman the child runs under dragoman again */
static void spawn_self(void)
{
	puts("-- posix_spawn of ourselves");
	char *argv[] = { "self-again", "spawned", NULL };
	pid_t pid;
	int r = posix_spawn(&pid, "/proc/self/exe", NULL, NULL, argv, environ);
	SHOW("posix_spawn /proc/self/exe = %s", ename(r));
	int st;
	OK(waitpid(pid, &st, 0) == pid);
	show_status("spawned self", st);
}

int main(int argc, char **argv)
{
	/* the spawned copy: no output (it would race with the parent's), its
	 * status says whether argv[0] came through */
	if (argc > 1 && !strcmp(argv[1], "spawned")) return strcmp(argv[0], "self-again") ? 12 : 11;
	vfork_shares_memory();
	vfork_exec();
	spawn();
	spawn_self();
	clone_vm();
	thread_without_files();
	return 0;
}
