/* emu/sys/proc.c: process lifetime syscalls: exit, fork/vfork/clone (no
 * threads yet: CLONE_VM without CLONE_VFORK is ENOSYS), execve (foreign ELF
 * -> re-exec dragoman), wait4/waitid, and the per-thread records glibc sets
 * up at start (set_tid_address, robust list, rseq). */
#include <elf.h>
#include <fcntl.h>
#include <glib.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/sys/internal.h"

struct dm_sys_state dm_sys_state;

static void flush_logs(void)
{
	if (dm_proc.log) fflush(dm_proc.log);
	fflush(stderr);
}

int64_t dm_sys_exit_group(struct dm_sys_call *c)
{
	flush_logs();
	syscall(SYS_exit_group, (int)dm_call_arg(c, 0));
	_exit((int)dm_call_arg(c, 0));
}

/* Single-threaded for now: the last thread's exit ends the process. */
int64_t dm_sys_exit(struct dm_sys_call *c)
{
	return dm_sys_exit_group(c);
}

int64_t dm_sys_set_tid_address(struct dm_sys_call *c)
{
	dm_sys_state.clear_child_tid = dm_call_arg(c, 0);
	return syscall(SYS_gettid);
}

int64_t dm_sys_set_robust_list(struct dm_sys_call *c)
{
	uint64_t len = dm_call_arg(c, 1);
	if (len != 3u * dm_gword(c->abi)) return DM_GERR(EINVAL);
	dm_sys_state.robust_head = dm_call_arg(c, 0);
	dm_sys_state.robust_len = len;
	return 0;
}

int64_t dm_sys_get_robust_list(struct dm_sys_call *c)
{
	int64_t pid = (int32_t)dm_call_arg(c, 0);
	if (pid != 0 && pid != getpid() && pid != syscall(SYS_gettid)) return DM_GERR(ESRCH);
	unsigned w = dm_gword(c->abi);
	if (dm_put_guest(c->abi, dm_call_arg(c, 1), w, dm_sys_state.robust_head) ||
	    dm_put_guest(c->abi, dm_call_arg(c, 2), w, dm_sys_state.robust_len ? dm_sys_state.robust_len : 3u * w))
		return DM_GERR(EFAULT);
	return 0;
}

/* The kernel would update a guest rseq area on every preemption: refused
 * (glibc then runs without rseq). */
int64_t dm_sys_rseq(struct dm_sys_call *c)
{
	return DM_GERR(ENOSYS);
}

/* ---- fork ---------------------------------------------------------------- */

/* Flags with the same meaning on every Linux ABI (include/uapi/linux/sched.h). */
#define G_CLONE_VM 0x100u
#define G_CLONE_VFORK 0x4000u
#define G_CLONE_SETTLS 0x80000u
#define G_CLONE_PARENT_SETTID 0x100000u
#define G_CLONE_CHILD_CLEARTID 0x200000u
#define G_CLONE_CHILD_SETTID 0x1000000u
#define G_CLONE_FS 0x200u
#define G_CLONE_FILES 0x400u
#define G_CLONE_SIGHAND 0x800u
#define G_CLONE_SYSVSEM 0x40000u
#define G_CLONE_THREAD 0x10000u
#define G_CSIGNAL 0xffu

/* fork-like clone.  newsp/tls/ptid/ctid are guest values. */
static int64_t do_fork(struct dm_sys_call *c, uint64_t flags, uint64_t newsp, uint64_t ptid,
		       uint64_t ctid, uint64_t tls)
{
	int gsig = flags & G_CSIGNAL, hsig = 0;
	if (gsig && !(hsig = dm_signal_to_host(c->abi, gsig))) return DM_GERR(EINVAL);
	if ((flags & G_CLONE_VM) && !(flags & G_CLONE_VFORK)) {
		dm_sys_report("clone flags", "CLONE_VM without CLONE_VFORK (threads)");
		return DM_GERR(ENOSYS);
	}
	if (flags & (G_CLONE_THREAD | G_CLONE_SIGHAND)) {
		dm_sys_report("clone flags", "CLONE_THREAD/CLONE_SIGHAND");
		return DM_GERR(ENOSYS);
	}
	/* the rest (namespaces, CLONE_PARENT, ...) go to the host as they are */
	uint64_t hflags = dm_set_to_host(c->abi->sets[DM_SET_clone_flags], flags & ~(uint64_t)G_CSIGNAL);
	hflags &= ~(uint64_t)(G_CLONE_VM | G_CLONE_VFORK | G_CLONE_SETTLS | G_CLONE_PARENT_SETTID |
			      G_CLONE_CHILD_CLEARTID | G_CLONE_CHILD_SETTID | G_CLONE_FS | G_CLONE_FILES |
			      G_CLONE_SYSVSEM);
	/* vfork: the parent waits until the child execs or exits (a close-on-exec pipe) */
	int vpipe[2] = { -1, -1 };
	if (flags & G_CLONE_VFORK) {
		int p[2];
		if (pipe2(p, O_CLOEXEC) == 0) {
			vpipe[0] = fcntl(p[0], F_DUPFD_CLOEXEC, 900);
			vpipe[1] = fcntl(p[1], F_DUPFD_CLOEXEC, 900);
			close(p[0]);
			close(p[1]);
		}
	}
	flush_logs();
	long pid;
	if (hflags == 0 && hsig == SIGCHLD) pid = fork();
	else pid = syscall(SYS_clone, (long)(hflags | (unsigned)hsig), 0L, NULL, NULL, 0L);
	if (pid < 0) {
		int e = errno;
		if (vpipe[0] >= 0) { close(vpipe[0]); close(vpipe[1]); }
		return DM_GERR(e);
	}
	if (pid == 0) {
		if (vpipe[0] >= 0) close(vpipe[0]);   /* write end closes at exec or exit */
		const struct dm_arch *arch = c->cpu ? c->cpu->arch : NULL;
		if (newsp && arch && arch->set_sp) arch->set_sp(c->cpu, newsp);
		if ((flags & G_CLONE_SETTLS) && arch && arch->set_tls) arch->set_tls(c->cpu, tls);
		if (flags & G_CLONE_CHILD_SETTID) dm_put_guest(c->abi, ctid, 4, (uint64_t)syscall(SYS_gettid));
		dm_sys_state.clear_child_tid = (flags & G_CLONE_CHILD_CLEARTID) ? ctid : 0;
		return 0;
	}
	if (flags & G_CLONE_PARENT_SETTID) dm_put_guest(c->abi, ptid, 4, (uint64_t)pid);
	if (vpipe[0] >= 0) {
		char b;
		close(vpipe[1]);
		while (read(vpipe[0], &b, 1) < 0 && errno == EINTR) {}
		close(vpipe[0]);
	}
	return pid;
}

int64_t dm_sys_fork(struct dm_sys_call *c)
{
	return do_fork(c, SIGCHLD, 0, 0, 0, 0);
}

int64_t dm_sys_vfork(struct dm_sys_call *c)
{
	return do_fork(c, G_CLONE_VM | G_CLONE_VFORK | SIGCHLD, 0, 0, 0, 0);
}

/* clone's argument order differs per ABI; the arguments are read by name
 * from the generated signature.  tls only matters with CLONE_SETTLS and the
 * child tid pointer only with CLONE_CHILD_*TID: when the signature's order
 * cannot be trusted for an ABI (CLONE_BACKWARDS swaps tls and child_tidptr)
 * and only one of the two is nonzero, that one is the tid pointer. */
int64_t dm_sys_clone(struct dm_sys_call *c)
{
	uint64_t flags = dm_call_named(c, "flags", 0);
	uint64_t newsp = dm_call_named(c, "newsp", 1);
	uint64_t ptid = dm_call_named(c, "parent_tidptr", 2);
	uint64_t ctid = dm_call_named(c, "child_tidptr", 3);
	uint64_t tls = dm_call_named(c, "tls", 4);
	if ((flags & (G_CLONE_CHILD_SETTID | G_CLONE_CHILD_CLEARTID)) && !(flags & G_CLONE_SETTLS) && !ctid && tls) {
		ctid = tls;
		tls = 0;
	}
	return do_fork(c, flags, newsp, ptid, ctid, tls);
}

/* glibc falls back to clone when clone3 is ENOSYS. */
int64_t dm_sys_clone3(struct dm_sys_call *c)
{
	return DM_GERR(ENOSYS);
}

/* ---- exec ---------------------------------------------------------------- */

/* Is the file a foreign ELF dragoman runs?  1 yes, 0 no (native or not ELF). */
static int foreign_elf(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) return 0;
	unsigned char h[64];
	ssize_t n = read(fd, h, sizeof h);
	close(fd);
	if (n < 20 || memcmp(h, ELFMAG, SELFMAG)) return 0;
	uint8_t cls = h[EI_CLASS], data = h[EI_DATA];
	uint16_t mach = data == ELFDATA2MSB ? (uint16_t)(h[18] << 8 | h[19]) : (uint16_t)(h[18] | h[19] << 8);
	if (mach == EM_X86_64 || mach == EM_386) return 0;
	return dm_arch_by_elf(mach, cls, data) != NULL;
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

/* Re-exec dragoman for a foreign program: self, its options, "-0 ARGV0", target, args. */
static long exec_foreign(const char *target, char **argv, char **envp)
{
	GPtrArray *v = g_ptr_array_new();
	g_ptr_array_add(v, dm_proc.self_path ? dm_proc.self_path : (char *)"/proc/self/exe");
	for (int i = 0; i < dm_proc.noptions; i++) g_ptr_array_add(v, dm_proc.options[i]);
	if (argv && argv[0]) {
		g_ptr_array_add(v, (char *)"-0");
		g_ptr_array_add(v, argv[0]);
	}
	g_ptr_array_add(v, (char *)target);
	for (int i = 1; argv && argv[0] && argv[i]; i++) g_ptr_array_add(v, argv[i]);
	g_ptr_array_add(v, NULL);
	flush_logs();
	execve(v->pdata[0], (char **)v->pdata, envp);
	long e = -errno;
	g_ptr_array_free(v, TRUE);
	return e;
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
	char *interp = NULL, *iarg = NULL;
	if (foreign_elf(hpath)) {
		r = exec_foreign(hpath, argv, envp);
	} else if (shebang(hpath, &interp, &iarg)) {
		char *ih = dm_sysroot_path(interp);
		if (foreign_elf(ih)) {
			/* the interpreter is a guest program: run it under dragoman */
			GPtrArray *a = g_ptr_array_new();
			g_ptr_array_add(a, interp);
			if (iarg) g_ptr_array_add(a, iarg);
			g_ptr_array_add(a, (char *)hpath);
			for (int i = 1; argv && argv[0] && argv[i]; i++) g_ptr_array_add(a, argv[i]);
			g_ptr_array_add(a, NULL);
			r = exec_foreign(ih, (char **)a->pdata, envp);
			g_ptr_array_free(a, FALSE);
		} else {
			flush_logs();
			r = execve(hpath, argv ? argv : empty, envp) ? -errno : 0;
		}
		g_free(ih);
	} else {
		flush_logs();
		r = execve(hpath, argv ? argv : empty, envp) ? -errno : 0;
	}
	g_free(interp);
	g_free(iarg);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_execve(struct dm_sys_call *c)
{
	char *path = NULL, **argv = NULL, **envp = NULL;
	int r = dm_copy_path(dm_call_named(c, "filename", 0), &path);
	if (!r && dm_call_named(c, "argv", 1)) r = dm_copy_strv(c->abi, dm_call_named(c, "argv", 1), &argv);
	if (!r && dm_call_named(c, "envp", 2)) r = dm_copy_strv(c->abi, dm_call_named(c, "envp", 2), &envp);
	int64_t ret = r ? DM_GERR(-r) : do_exec(c, path, argv, envp);
	g_free(path);
	g_strfreev(argv);
	g_strfreev(envp);
	return ret;
}

int64_t dm_sys_execveat(struct dm_sys_call *c)
{
	int64_t dirfd = dm_dirfd_to_host(c->abi, dm_call_named(c, "fd", 0));
	uint64_t flags = dm_set_to_host(c->abi->sets[DM_SET_at_flags], dm_call_named(c, "flags", 4));
	char *path = NULL, **argv = NULL, **envp = NULL;
	int r = dm_copy_path(dm_call_named(c, "filename", 1), &path);
	if (!r && dm_call_named(c, "argv", 2)) r = dm_copy_strv(c->abi, dm_call_named(c, "argv", 2), &argv);
	if (!r && dm_call_named(c, "envp", 3)) r = dm_copy_strv(c->abi, dm_call_named(c, "envp", 3), &envp);
	int64_t ret;
	if (r) {
		ret = DM_GERR(-r);
	} else {
		char *full;
		if (path[0] == '/') full = g_strdup(path);
		else if (!path[0] && (flags & AT_EMPTY_PATH)) full = g_strdup_printf("/proc/self/fd/%d", (int)dirfd);
		else if (dirfd == AT_FDCWD) full = g_strdup(path);
		else full = g_strdup_printf("/proc/self/fd/%d/%s", (int)dirfd, path);
		ret = do_exec(c, full, argv, envp);
		g_free(full);
	}
	g_free(path);
	g_strfreev(argv);
	g_strfreev(envp);
	return ret;
}

/* ---- wait ---------------------------------------------------------------- */

int64_t dm_sys_wait4(struct dm_sys_call *c)
{
	int64_t pid = (int32_t)dm_call_named(c, "upid", 0);
	uint64_t staddr = dm_call_named(c, "stat_addr", 1);
	int options = (int)dm_set_to_host(c->abi->sets[DM_SET_wait_options], (uint32_t)dm_call_named(c, "options", 2));
	uint64_t ruaddr = dm_call_named(c, "ru", 3);
	const struct dm_type *rt = c->abi->types[DM_T_rusage];
	if (staddr && !dm_mm_access_ok(staddr, 4, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	if (ruaddr && (!rt || !dm_mm_access_ok(ruaddr, rt->gsize, DM_PROT_WRITE))) return DM_GERR(EFAULT);
	int st = 0;
	struct rusage ru;
	memset(&ru, 0, sizeof ru);
	long r = dm_host_syscall(SYS_wait4, pid, (long)&st, options, ruaddr ? (long)&ru : 0, 0, 0);
	if (r > 0) {
		if (staddr) dm_put_guest(c->abi, staddr, 4, (uint32_t)dm_wstatus_to_guest(c->abi, st));
		if (ruaddr) dm_struct_out(rt, ruaddr, 1, &ru);
	}
	return dm_sys_err(c->abi, r);
}

/* siginfo_t for SIGCHLD, in the generic Linux layout: signo, errno, code,
 * then the union at the word-aligned offset 12/16: pid, uid, status.
 * (MIPS swaps code and errno: not handled yet.) */
int64_t dm_sys_waitid(struct dm_sys_call *c)
{
	uint64_t which = dm_set_to_host(c->abi->sets[DM_SET_waitid_idtype], (uint32_t)dm_call_named(c, "which", 0));
	int64_t id = (int32_t)dm_call_named(c, "upid", 1);
	uint64_t infop = dm_call_named(c, "infop", 2);
	int options = (int)dm_set_to_host(c->abi->sets[DM_SET_wait_options], (uint32_t)dm_call_named(c, "options", 3));
	uint64_t ruaddr = dm_call_named(c, "ru", 4);
	const struct dm_type *rt = c->abi->types[DM_T_rusage];
	const unsigned gsz = 128;
	if (infop && !dm_mm_access_ok(infop, gsz, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	if (ruaddr && (!rt || !dm_mm_access_ok(ruaddr, rt->gsize, DM_PROT_WRITE))) return DM_GERR(EFAULT);
	siginfo_t si;
	struct rusage ru;
	memset(&si, 0, sizeof si);
	memset(&ru, 0, sizeof ru);
	long r = dm_host_syscall(SYS_waitid, (long)which, id, (long)&si, options, ruaddr ? (long)&ru : 0, 0);
	if (r >= 0) {
		if (infop) {
			uint8_t g[128];
			memset(g, 0, sizeof g);
			unsigned u = dm_gword(c->abi) == 8 ? 16 : 12;
			if (si.si_signo) {
				int status = si.si_status;
				if (si.si_code != CLD_EXITED) status = dm_signal_to_guest(c->abi, status);
				dm_gstore(c->abi, g + 0, 4, (uint32_t)dm_signal_to_guest(c->abi, si.si_signo));
				dm_gstore(c->abi, g + 4, 4, (uint32_t)si.si_errno);
				dm_gstore(c->abi, g + 8, 4, (uint32_t)si.si_code);
				dm_gstore(c->abi, g + u, 4, (uint32_t)si.si_pid);
				dm_gstore(c->abi, g + u + 4, 4, (uint32_t)si.si_uid);
				dm_gstore(c->abi, g + u + 8, 4, (uint32_t)status);
			}
			dm_copy_to_guest(infop, g, gsz);
		}
		if (ruaddr) dm_struct_out(rt, ruaddr, 1, &ru);
	}
	return dm_sys_err(c->abi, r);
}
