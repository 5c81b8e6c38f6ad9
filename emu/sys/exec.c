/* emu/sys/exec.c: execve and execveat.  A foreign ELF (or a script whose
 * interpreter is one) re-executes dragoman with the same options; anything
 * else is the host's to run; under binfmt_misc the kernel runs everything.
 * docs/threads.md ("exec").
 *
 * The heap copies an exec makes (path, argv, envp, dragoman's argv) are held
 * on a per-thread list and freed when the exec fails.  When it succeeds in a
 * process that shares our memory (vfork, posix_spawn), nothing of that
 * process runs again to free them: the helper thread that waited for the
 * exec frees them on the same TLS (dm_exec_heap_release, emu/thread/vmproc.c). */
#include <elf.h>
#include <stdbool.h>
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/self.h"
#include "emu/sys/internal.h"
#include "emu/sys/seccomp.h"

/* emu/self.c is in libdm_os, which the syscall layer's own tests do not link */
bool dm_self_binfmt(void) __attribute__((weak));
long dm_self_exec(char **argv, char **envp, long (*sys)(long nr, long, long, long, long, long, long)) __attribute__((weak));

struct held {
	void (*fn)(void *);
	void *p;
};
static __thread struct held held[9];
static __thread int nheld;

static void *hold(void (*fn)(void *), void *p)
{
	if (p && nheld < (int)G_N_ELEMENTS(held)) held[nheld++] = (struct held){ fn, p };
	return p;
}

static void release_to(int mark)
{
	while (nheld > mark) {
		nheld--;
		held[nheld].fn(held[nheld].p);
	}
}

void dm_exec_heap_release(void) { release_to(0); }

static void free_strv(void *p) { g_strfreev(p); }
static void free_array(void *p) { g_ptr_array_free(p, TRUE); }

static void flush_logs(void)
{
	if (dm_proc.log) fflush(dm_proc.log);
	fflush(stderr);
}

/* Is the open file a foreign ELF dragoman runs?  1 yes, 0 no (native or not ELF). */
static int foreign_elf_fd(int fd)
{
	unsigned char h[64];
	ssize_t n = pread(fd, h, sizeof h, 0);
	if (n < 20 || memcmp(h, ELFMAG, SELFMAG)) return 0;
	uint8_t cls = h[EI_CLASS], data = h[EI_DATA];
	uint16_t mach = data == ELFDATA2MSB ? (uint16_t)(h[18] << 8 | h[19]) : (uint16_t)(h[18] | h[19] << 8);
	if (mach == EM_X86_64 || mach == EM_386) return 0;
	return dm_arch_by_elf(mach, cls, data) != NULL;
}

static int foreign_elf(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) return 0;
	int r = foreign_elf_fd(fd);
	close(fd);
	return r;
}

/* "#!interp [arg]" -> 1 and the two strings; 0 if not a script. */
static int shebang(const char *path, char **interp, char **arg)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) return 0;
	char b[256];
	ssize_t n = read(fd, b, sizeof b - 1);
	close(fd);
	if (n < 3 || b[0] != '#' || b[1] != '!') return 0;
	b[n] = 0;
	char *e = strchr(b, '\n');
	if (e) *e = 0;
	char *p = b + 2;
	while (*p == ' ' || *p == '\t') p++;
	char *q = p;
	while (*q && *q != ' ' && *q != '\t') q++;
	if (q == p) return 0;
	char *rest = q;
	if (*rest) { *rest++ = 0; while (*rest == ' ' || *rest == '\t') rest++; }
	char *t = rest + strlen(rest);
	while (t > rest && (t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\r')) *--t = 0;
	*interp = g_strdup(p);
	*arg = *rest ? g_strdup(rest) : NULL;
	return 1;
}

/* Re-exec dragoman for a foreign program: self, its options, "-0 ARGV0",
 * target, args.  Through the descriptor of itself dragoman keeps (emu/self.c):
 * its host path may be gone (a chroot, no /proc).  execfd >= 0: the program
 * is that open file (fexecve), target only its name.  Seccomp filters
 * survive execve: the new dragoman reads them from a memfd it inherits
 * (-seccomp-fd N, consumed before the guest runs). */
static long exec_foreign_fd(const char *target, int execfd, char **argv, char **envp)
{
	int mark = nheld;
	int err, sfd = dm_seccomp_export(&err);
	if (err) return -err;
	GPtrArray *v = hold(free_array, g_ptr_array_new());
	g_ptr_array_add(v, NULL);   /* dm_self_exec fills in argv[0] */
	for (int i = 0; i < dm_proc.noptions; i++) g_ptr_array_add(v, dm_proc.options[i]);
	if (sfd >= 0) {
		g_ptr_array_add(v, (char *)"-seccomp-fd");
		g_ptr_array_add(v, hold(g_free, g_strdup_printf("%d", sfd)));
	}
	if (argv && argv[0]) {
		g_ptr_array_add(v, (char *)"-0");
		g_ptr_array_add(v, argv[0]);
	}
	char num[16];
	if (execfd >= 0) {
		snprintf(num, sizeof num, "%d", execfd);
		g_ptr_array_add(v, (char *)"--exec-fd");
		g_ptr_array_add(v, num);
	}
	g_ptr_array_add(v, (char *)target);
	for (int i = 1; argv && argv[0] && argv[i]; i++) g_ptr_array_add(v, argv[i]);
	g_ptr_array_add(v, NULL);
	flush_logs();
	long e = dm_self_exec ? dm_self_exec((char **)v->pdata, envp, dm_host_syscall) : -ENOENT;
	/* closed here, not by release_to: that may run in another process's
	 * helper thread (vmproc.c), where this number is not ours */
	if (sfd >= 0) close(sfd);
	release_to(mark);
	return e;
}

static long exec_foreign(const char *target, char **argv, char **envp)
{
	return exec_foreign_fd(target, -1, argv, envp);
}

/* The host's execve/execveat, through the safe-syscall stub (emu/sys/host.c)
 * like every call that may not return at once: a guest signal that the host
 * handler queued just before would otherwise be lost with this image (the
 * kernel keeps pending signals across execve, our queue is memory).  Then the
 * call reports "restart": the signal is delivered (or kills, as SIGTERM's
 * default does) and the guest's execve runs again.  A signal that arrives
 * once the kernel has started the exec stays pending into the new image. */
static long host_execve(const char *path, char **argv, char **envp)
{
	return dm_host_syscall(SYS_execve, (long)path, (long)argv, (long)envp, 0, 0, 0);
}

static long host_execveat(int fd, char **argv, char **envp)
{
	return dm_host_syscall(SYS_execveat, fd, (long)"", (long)argv, (long)envp, AT_EMPTY_PATH, 0);
}

static int64_t do_exec(struct dm_sys_call *c, const char *hpath, char **argv, char **envp)
{
	/* The guest's /proc/self/exe is the guest program, not dragoman: busybox
	 * re-executes itself through it to run an applet. */
	char exe[4096];
	ssize_t n = dm_proc_readlink ? dm_proc_readlink(hpath, exe, sizeof exe - 1) : -1;
	if (n > 0 && !strncmp(hpath, "/proc/", 6)) {
		exe[n] = 0;
		hpath = exe;
	}
	if (access(hpath, F_OK) != 0 || access(hpath, X_OK) != 0) return DM_GERR(errno);
	char *empty[] = { NULL };
	if (!envp) envp = empty;
	long r;
	int mark = nheld;
	char *interp = NULL, *iarg = NULL;
	if (dm_self_binfmt && dm_self_binfmt()) {
		/* started by binfmt_misc: so is any foreign program, by the kernel */
		flush_logs();
		r = host_execve(hpath, argv ? argv : empty, envp);
	} else if (foreign_elf(hpath)) {
		r = exec_foreign(hpath, argv, envp);
	} else if (shebang(hpath, &interp, &iarg)) {
		hold(g_free, interp);
		hold(g_free, iarg);
		char *ih = hold(g_free, dm_sysroot_path(interp));
		if (foreign_elf(ih)) {
			/* the interpreter is a guest program: run it under dragoman */
			GPtrArray *a = hold(free_array, g_ptr_array_new());
			g_ptr_array_add(a, interp);
			if (iarg) g_ptr_array_add(a, iarg);
			g_ptr_array_add(a, (char *)hpath);
			for (int i = 1; argv && argv[0] && argv[i]; i++) g_ptr_array_add(a, argv[i]);
			g_ptr_array_add(a, NULL);
			r = exec_foreign(ih, (char **)a->pdata, envp);
		} else {
			flush_logs();
			r = host_execve(hpath, argv ? argv : empty, envp);
		}
	} else {
		flush_logs();
		r = host_execve(hpath, argv ? argv : empty, envp);
	}
	release_to(mark);
	return dm_sys_err(c->abi, r);
}

/* fexecve, execveat(fd, "", AT_EMPTY_PATH): the program is an open file,
 * perhaps close-on-exec, perhaps with no /proc to name it.  A foreign ELF
 * goes to a new dragoman as an inherited descriptor (--exec-fd, which the new
 * dragoman closes before its guest starts) under the name the kernel gives
 * it, "/dev/fd/N"; a native ELF, and anything under binfmt_misc, is the
 * host's execveat (a close-on-exec foreign one through a copy, below); a
 * script through /proc/self/fd as execve does. */
static int64_t exec_fd(struct dm_sys_call *c, int fd, char **argv, char **envp)
{
	char *empty[] = { NULL };
	if (!envp) envp = empty;
	if (!argv) argv = empty;
	char name[32];
	snprintf(name, sizeof name, "/dev/fd/%d", fd);
	bool binfmt = dm_self_binfmt && dm_self_binfmt();
	unsigned char h[SELFMAG];
	bool elf = pread(fd, h, sizeof h, 0) == SELFMAG && !memcmp(h, ELFMAG, SELFMAG);
	long r;
	if (!binfmt && elf && foreign_elf_fd(fd)) {
		/* the kernel's checks for a program it runs: a regular file we may execute */
		struct stat st;
		if (fstat(fd, &st)) return DM_GERR(errno);
		if (!S_ISREG(st.st_mode)) return DM_GERR(EACCES);
		if (syscall(SYS_faccessat2, fd, "", X_OK, AT_EMPTY_PATH | AT_EACCESS) && errno != ENOSYS) return DM_GERR(errno);
		int m = fcntl(fd, F_DUPFD, 3);   /* not close-on-exec: the new dragoman reads it */
		if (m < 0) return DM_GERR(errno);
		r = exec_foreign_fd(name, m, argv, envp);
		close(m);
	} else if (binfmt && elf && (fcntl(fd, F_GETFD) & FD_CLOEXEC) && foreign_elf_fd(fd)) {
		/* binfmt_misc refuses a program it cannot name (a close-on-exec
		 * descriptor): exec a copy that stays open, and tell the new dragoman
		 * (DRAGOMAN_EXEC_FD, emu/main.c) to close it before its guest starts */
		int m = fcntl(fd, F_DUPFD, 3);
		if (m < 0) return DM_GERR(errno);
		GPtrArray *e = hold(free_array, g_ptr_array_new());
		for (char **p = envp; *p; p++)
			if (strncmp(*p, "DRAGOMAN_EXEC_FD=", 17)) g_ptr_array_add(e, *p);
		char *var = hold(g_free, g_strdup_printf("DRAGOMAN_EXEC_FD=%d", m));
		g_ptr_array_add(e, var);
		g_ptr_array_add(e, NULL);
		flush_logs();
		r = host_execveat(m, argv, (char **)e->pdata);
		close(m);
	} else if (binfmt || elf) {
		flush_logs();
		r = host_execveat(fd, argv, envp);
	} else {
		/* a script (or an O_PATH descriptor pread cannot read) */
		return do_exec(c, hold(g_free, g_strdup_printf("/proc/self/fd/%d", fd)), argv, envp);
	}
	return dm_sys_err(c->abi, r);
}

/* filename, argv, envp from the guest (argument positions i, i+1, i+2),
 * held until release_to; 0 or -errno (host). */
static int copy_args(struct dm_sys_call *c, int i, char **path, char ***argv, char ***envp)
{
	*path = NULL, *argv = *envp = NULL;
	int r = dm_copy_path(dm_call_named(c, "filename", i), path);
	hold(g_free, *path);
	if (!r && dm_call_named(c, "argv", i + 1)) r = dm_copy_strv(c->abi, dm_call_named(c, "argv", i + 1), argv);
	hold(free_strv, *argv);
	if (!r && dm_call_named(c, "envp", i + 2)) r = dm_copy_strv(c->abi, dm_call_named(c, "envp", i + 2), envp);
	hold(free_strv, *envp);
	return r;
}

int64_t dm_sys_execve(struct dm_sys_call *c)
{
	int mark = nheld;
	char *path, **argv, **envp;
	int r = copy_args(c, 0, &path, &argv, &envp);
	int64_t ret = r ? DM_GERR(-r) : do_exec(c, path, argv, envp);
	release_to(mark);
	return ret;
}

/* The checks the kernel's do_open_execat makes before it reads the file, in
 * its order: unknown flags (EINVAL), then the lookup from dirfd (EBADF,
 * ENOTDIR for a relative path from a non-directory, ENOENT, ...), then
 * AT_SYMLINK_NOFOLLOW on a symlink (ELOOP).  The lookup is the host's own
 * (an O_PATH open, which needs no permission on the file); do_exec then runs
 * the file by a path the host resolves the same way.  0 or -errno (host). */
static int execat_lookup(int64_t dirfd, const char *path, uint64_t flags)
{
	if (flags & ~(uint64_t)(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -EINVAL;
	struct stat st;
	if (!path[0]) return (flags & AT_EMPTY_PATH) ? (fstat((int)dirfd, &st) ? -errno : 0) : -ENOENT;
	int fd = openat((int)dirfd, path, O_PATH | O_CLOEXEC | (flags & AT_SYMLINK_NOFOLLOW ? O_NOFOLLOW : 0));
	if (fd < 0) return -errno;
	int r = fstat(fd, &st) ? -errno : S_ISLNK(st.st_mode) ? -ELOOP : 0;
	close(fd);
	return r;
}

int64_t dm_sys_execveat(struct dm_sys_call *c)
{
	int64_t dirfd = dm_dirfd_to_host(c->abi, dm_call_named(c, "fd", 0));
	uint64_t flags = dm_set_to_host(c->abi->sets[DM_SET_at_flags], dm_call_named(c, "flags", 4));
	int mark = nheld;
	char *path, **argv, **envp;
	int r = copy_args(c, 1, &path, &argv, &envp);
	if (!r) r = execat_lookup(path[0] == '/' ? AT_FDCWD : dirfd, path, flags);
	int64_t ret;
	if (r) {
		ret = DM_GERR(-r);
	} else if (!path[0]) {
		ret = exec_fd(c, (int)dirfd, argv, envp);
	} else {
		char *full;
		if (path[0] == '/') full = g_strdup(path);
		else if (!path[0]) full = g_strdup_printf("/proc/self/fd/%d", (int)dirfd);
		else if (dirfd == AT_FDCWD) full = g_strdup(path);
		else full = g_strdup_printf("/proc/self/fd/%d/%s", (int)dirfd, path);
		hold(g_free, full);
		ret = do_exec(c, full, argv, envp);
	}
	release_to(mark);
	return ret;
}
