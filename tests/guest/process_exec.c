/* tests/guest/process_exec.c: execve and execveat.  The program re-executes
 * itself (a foreign binary under dragoman: dragoman runs again with the same
 * options) and checks, in the new image, argv[0], /proc/self/exe, AT_EXECFN
 * and the environment; exec from a multi-threaded process (the other threads
 * are gone, the exec'ing thread becomes the main thread); fexecve through
 * execveat(AT_EMPTY_PATH); a native program (/bin/sh) run from the guest;
 * the errors (ENOENT, EACCES, ENOEXEC, EFAULT). */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common.h"

static char self[PATH_MAX];

/* The new image: argv = { argv0, "--child", what, path } */
static int child(int argc, char **argv)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	exe[n > 0 ? n : 0] = 0;
	const char *execfn = (const char *)getauxval(AT_EXECFN);
	printf("[%s] argv[0] = %s, argc = %d\n", argv[2], argv[0], argc);
	printf("[%s] /proc/self/exe is the program: %s\n", argv[2], !strcmp(exe, argv[3]) ? "yes" : "no");
	printf("[%s] AT_EXECFN: %s\n", argv[2], execfn && (!strcmp(execfn, argv[3]) || !strncmp(execfn, "/dev/fd/", 8) || !strncmp(execfn, "/proc/", 6)) ? "ok" : "wrong");
	printf("[%s] AT_PHDR set: %s, env DM_TEST=%s\n", argv[2], getauxval(AT_PHDR) ? "yes" : "no",
	       getenv("DM_TEST") ? getenv("DM_TEST") : "(unset)");
	printf("[%s] threads %d, tid == pid %s\n", argv[2], count_tasks(),
	       syscall(SYS_gettid) == getpid() ? "yes" : "no");
	char buf[64];
	printf("[%s] fd 5 (close-on-exec) closed: %s, fd 6 kept: %s\n", argv[2], read(5, buf, 1) < 0 ? "yes" : "no",
	       fcntl(6, F_GETFD) >= 0 ? "yes" : "no");
	return 11;
}

static int run(const char *what, void (*how)(const char *what))
{
	fflush(stdout);
	pid_t p = fork();
	if (p == 0) {
		how(what);
		printf("exec failed: %s\n", ename(errno));
		_exit(127);
	}
	int st;
	waitpid(p, &st, 0);
	printf("%s: exit %d\n", what, WEXITSTATUS(st));
	return st;
}

static void plain(const char *what)
{
	char *argv[] = { "renamed-argv0", "--child", (char *)what, self, NULL };
	char *envp[] = { "DM_TEST=plain", NULL };
	execve(self, argv, envp);
}

static void via_fd(const char *what)
{
	int fd = open(self, O_RDONLY);
	char *argv[] = { "fexecve", "--child", (char *)what, self, NULL };
	syscall(SYS_execveat, fd, "", argv, environ, AT_EMPTY_PATH);
}

static void via_dirfd(const char *what)
{
	char dir[PATH_MAX];
	strcpy(dir, self);
	char *slash = strrchr(dir, '/');
	*slash = 0;
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	char *argv[] = { "dirfd", "--child", (char *)what, self, NULL };
	syscall(SYS_execveat, dfd, slash + 1, argv, environ, 0);
}

static void *exec_from_thread(void *arg)
{
	char *argv[] = { "from-thread", "--child", "multi-threaded", self, NULL };
	execv(self, argv);
	return NULL;
}
static void *blocker(void *arg)
{
	for (;;) pause();
	return NULL;
}
static void multi(const char *what)
{
	pthread_t t;
	for (int i = 0; i < 3; i++) pthread_create(&t, NULL, blocker, NULL);
	pthread_create(&t, NULL, exec_from_thread, NULL);
	for (;;) pause();
}

static void native_sh(const char *what)
{
	char *argv[] = { "sh", "-c", "echo native shell says $0 $1; exit 5", "zero", "one", NULL };
	execv("/bin/sh", argv);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--child")) return child(argc, argv);
	if (!realpath("/proc/self/exe", self)) return 1;
	setenv("DM_TEST", "inherited", 1);
	int cloexec = open("/dev/null", O_RDONLY | O_CLOEXEC);
	int kept = open("/dev/null", O_RDONLY);
	dup2(cloexec, 5);
	fcntl(5, F_SETFD, FD_CLOEXEC);
	dup2(kept, 6);
	run("plain", plain);
	run("execveat AT_EMPTY_PATH", via_fd);
	run("execveat dirfd", via_dirfd);
	run("multi-threaded", multi);
	run("native /bin/sh", native_sh);
	puts("-- errors");
	char *av[] = { "x", NULL };
	R(execve("/nonexistent/prog", av, environ));
	R(execve("/dev/null", av, environ));                  /* EACCES: not executable */
	char tmp[] = "/tmp/dm-noexec-XXXXXX";
	int fd = mkstemp(tmp);
	write(fd, "\x7f" "ELF garbage", 12);
	fchmod(fd, 0755);
	close(fd);
	R(execve(tmp, av, environ));                          /* ENOEXEC */
	unlink(tmp);
	char *volatile bad = (char *)16;
	R(execve(bad, av, environ));                          /* EFAULT */
	R(execve(self, (char **)bad, environ));               /* EFAULT */
	/* execveat's own checks, in the kernel's order (LTP execveat02); none
	 * of these runs anything */
	int opath = open(self, O_PATH);
	char lnk[64];
	snprintf(lnk, sizeof lnk, "/tmp/dm-execlink-%d", (int)getpid());
	symlink(self, lnk);
	R(syscall(SYS_execveat, -1, "", av, environ, AT_EMPTY_PATH));         /* EBADF */
	R(syscall(SYS_execveat, 999, "", av, environ, AT_EMPTY_PATH));        /* EBADF */
	R(syscall(SYS_execveat, opath, "", av, environ, 0));                  /* ENOENT */
	R(syscall(SYS_execveat, opath, self, av, environ, -1));               /* EINVAL */
	R(syscall(SYS_execveat, opath, lnk, av, environ, AT_SYMLINK_NOFOLLOW)); /* ELOOP */
	R(syscall(SYS_execveat, opath, "x", av, environ, 0));                 /* ENOTDIR */
	R(syscall(SYS_execveat, -1, "x", av, environ, 0));                    /* EBADF */
	R(syscall(SYS_execveat, AT_FDCWD, "/nonexistent/x", av, environ, 0)); /* ENOENT */
	unlink(lnk);
	return 0;
}
