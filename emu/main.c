/* emu/main.c: dragoman's command line (docs/cli.md).
 *
 *   dragoman [options] PROGRAM [ARGS...]
 *
 * Options use QEMU linux-user's spelling (one or two dashes) and stop at the
 * first non-option.  The guest architecture comes from the ELF header, or
 * from the name dragoman runs under (dragoman-aarch64[-static], for
 * binfmt_misc, whose argv is taken as the kernel makes it: emu/self.h).
 * Then: the page map, the loader, a fresh CPU, and the dispatch loop. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <stdbool.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/abi/xlat.h"
#include "emu/dbt/exec.h"
#include "emu/gdbstub/gdbstub.h"
#include "emu/guest_random.h"
#include "emu/loader/loader.h"
#include "emu/mm/mm.h"
#include "emu/proc/proc.h"
#include "emu/process.h"
#include "emu/self.h"
#include "emu/strace/strace.h"
#include "emu/sys/seccomp.h"
#include "emu/sys/sys.h"
#include "generated/ids.h"

#define DM_VERSION "0.1.0"

/* emu/sys reaches /proc emulation through weak references, which do not pull
 * an object out of a static library: name it here so the linker keeps it. */
static void *const link_proc[] __attribute__((used)) = { (void *)dm_proc_open, (void *)dm_proc_readlink };

#ifndef AT_FLAGS_PRESERVE_ARGV0
#define AT_FLAGS_PRESERVE_ARGV0 1
#endif

static void print_abis(void)
{
	printf("%-12s %4s %-6s %8s %10s %6s %6s\n", "ABI", "bits", "endian", "syscalls", "signatures", "types", "ioctls");
	for (size_t i = 0; i < dm_nabis; i++) {
		const struct dm_abi *a = dm_abis[i];
		unsigned sigs = 0, types = 0;
		for (uint32_t k = 0; k < a->nsyscalls; k++) sigs += a->syscalls[k].sig != NULL;
		for (int t = 0; t < DM_NTYPES; t++) types += a->types[t] != NULL;
		printf("%-12s %4u %-6s %8u %10u %6u %6u\n", a->name, a->bits, a->endian == DM_BIG ? "big" : "little",
		       a->nsyscalls, sigs, types, a->nioctls);
	}
}

/* One line per syscall: number, name and its prototype as the specs declare it. */
static int print_syscalls(const char *name)
{
	const struct dm_abi *a = dm_abi_find(name);
	if (!a) {
		fprintf(stderr, "dragoman: unknown ABI '%s' (see --abis)\n", name);
		return 2;
	}
	for (uint32_t k = 0; k < a->nsyscalls; k++) {
		const struct dm_syscall *s = &a->syscalls[k];
		printf("%6u %s(", s->nr, s->name);
		if (!s->sig) { printf("?)  [no signature]\n"); continue; }
		for (unsigned j = 0; j < s->sig->nargs; j++) {
			const struct dm_arg *g = &s->sig->args[j];
			printf("%s%s %s", j ? ", " : "", dm_arg_kind_names[g->kind], g->name);
			if (g->type) printf(":%s", g->type->name);
			if (g->set) printf(":%s", g->set->name);
			if (g->nregs == 2) printf("@r%u+r%u", g->reg, g->reg + 1);
		}
		printf(") -> %s", dm_ret_kind_names[s->sig->ret]);
		if (s->sig->custom) printf("  [custom: %s]", s->sig->custom);
		printf("\n");
	}
	return 0;
}

/* Who answers each `custom` row of every ABI, as this binary is linked: a
 * handler, the spec's fixed errno, or nobody (ENOSYS: tests/custom_handlers.t
 * fails unless its list names the row's owner).  "runs" says whether a front
 * end compiled in uses that ABI.  First, handler-table entries this binary
 * lacks (ABI "unlinked"). */
static void print_handlers(void)
{
	dm_custom_fn fn;
	const char *n;
	for (size_t i = 0; (n = dm_custom_entry(i, &fn)); i++)
		if (!fn) printf("unlinked - %s MISSING\n", n);   /* a weak table entry nobody defines */
	printf("# ABI runs syscall answer\n");
	for (size_t i = 0; i < dm_nabis; i++) {
		const struct dm_abi *a = dm_abis[i];
		int runs = 0;
		for (int k = 0; dm_arches[k]; k++) runs |= !strcmp(dm_arches[k]->abi_name, a->name);
		for (uint32_t k = 0; k < a->nsyscalls; k++) {
			const struct dm_syscall *s = &a->syscalls[k];
			if (!s->sig || !s->sig->custom) continue;
			int handler = dm_custom_lookup(s->name) != NULL;
			printf("%s %s %s ", a->name, runs ? "yes" : "no", s->name);
			if (s->sig->fixed_errno) {
				const char *e = dm_enum_name(a->sets[DM_SET_errno], (uint64_t)s->sig->fixed_errno);
				printf("errno:%s%s\n", e ? e : "?", handler ? "+handler" : "");
			} else {
				printf("%s\n", handler ? "handler" : "MISSING");
			}
		}
	}
}

static const struct { const char *name; unsigned bit; const char *help; } log_items[] = {
	{ "unimp", DM_LOG_UNIMP, "unimplemented instructions and system calls" },
	{ "in_asm", DM_LOG_IN_ASM, "guest code of each translated block" },
	{ "op", DM_LOG_IR, "IR of each translated block" },
	{ "exec", DM_LOG_EXEC, "each block as it runs" },
	{ "strace", DM_LOG_STRACE, "system calls (same as -strace)" },
	{ "page", DM_LOG_PAGE, "guest memory map changes, and the map at start" },
	{ "int", DM_LOG_INT, "signals delivered to guest handlers, and deaths by signal" },
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: dragoman [options] PROGRAM [ARGS...]\n"
		"Run a Linux program built for another CPU (the guest architecture comes from its ELF header;\n"
		"run as dragoman-ARCH to insist on one).  Options stop at the first non-option.\n"
		"\n"
		"  -L DIR         guest root for the ELF interpreter and absolute paths      QEMU_LD_PREFIX\n"
		"  -E VAR=VALUE[,VAR=VALUE...]  set guest environment variables (repeatable) QEMU_SET_ENV\n"
		"  -U VAR[,VAR...] remove variables from the guest's environment            QEMU_UNSET_ENV\n"
		"  -0 ARGV0       the guest's argv[0] (default: PROGRAM)                     QEMU_ARGV0\n"
		"  -s SIZE        guest stack size (k/M/G suffixes; default RLIMIT_STACK)    QEMU_STACK_SIZE\n"
		"  -cpu NAME      CPU model ('-cpu help' lists them)                         QEMU_CPU\n"
		"  -r RELEASE     the kernel release uname(2) reports                        QEMU_UNAME\n"
		"  -seed N        reproducible AT_RANDOM and getrandom(2) bytes              QEMU_RAND_SEED\n"
		"  -p SIZE        host page size (only the host's own is accepted)\n"
		"  -strace        trace system calls (also --strace)                         QEMU_STRACE\n"
		"  -strace-s N    bytes of strings and buffers -strace shows (32)            DM_STRACE_SIZE\n"
		"  -g PORT|PATH   wait for gdb on TCP PORT or Unix socket PATH before the     QEMU_GDB\n"
		"                 first instruction (docs/gdbstub.md)\n"
		"  -d ITEMS       log ITEMS, comma-separated ('-d help' lists them)          QEMU_LOG\n"
		"  -D FILE        write the log to FILE instead of stderr                    QEMU_LOG_FILENAME\n"
		"  -h, --help     this text\n"
		"  --version      the version\n"
		"  --abis         list the guest ABIs the generated tables describe\n"
		"  --syscalls ABI print ABI's system call table with signatures\n"
		"  --handlers     who answers each `custom` syscall of every ABI (handler, errno, MISSING)\n"
		"  --exec-fd FD   PROGRAM is the file open as FD (closed before the guest starts), PROGRAM\n"
		"                 only its name: how dragoman runs a program a guest fexecve()s\n");
}

static int parse_log(const char *items, unsigned *mask)
{
	if (!strcmp(items, "help")) {
		printf("Log items (-d ITEM,ITEM,...):\n");
		for (size_t i = 0; i < G_N_ELEMENTS(log_items); i++)
			printf("  %-8s %s\n", log_items[i].name, log_items[i].help);
		exit(0);
	}
	char **v = g_strsplit(items, ",", -1);
	for (char **p = v; *p; p++) {
		if (!**p) continue;
		size_t i;
		for (i = 0; i < G_N_ELEMENTS(log_items); i++)
			if (!strcmp(*p, log_items[i].name)) break;
		if (i == G_N_ELEMENTS(log_items)) {
			fprintf(stderr, "dragoman: -d: unknown log item '%s' (try -d help)\n", *p);
			g_strfreev(v);
			return -1;
		}
		*mask |= log_items[i].bit;
	}
	g_strfreev(v);
	return 0;
}

static int parse_size(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 0);
	if (errno || end == s) return -1;
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	}
	if (*end) return -1;
	*out = v;
	return 0;
}

/* -cpu help: one line per model, "ARCH: NAME (AT_HWCAP ..., AT_HWCAP2 ...)",
 * the default first and marked so (tests/lib/guest_arch.sh reads these). */
static void list_cpus(void)
{
	for (int i = 0; dm_arches[i]; i++)
		for (const struct dm_cpu_model *m = dm_arches[i]->models; m->name; m++)
			printf("%s: %s (%sAT_HWCAP %#llx, AT_HWCAP2 %#llx)\n", dm_arches[i]->name, m->name,
			       m == dm_arches[i]->models ? "the default: " : "", (unsigned long long)m->hwcap,
			       (unsigned long long)m->hwcap2);
	if (!dm_arches[0]) printf("(no guest architecture compiled in)\n");
	exit(0);
}

/* -cpu NAME for the program's architecture; the architecture's own name
 * (dragoman-aarch64 -cpu aarch64) means its default model. */
static bool select_cpu(const struct dm_arch *arch, const char *name)
{
	return !strcmp(name, arch->name) || dm_cpu_model_select(arch, name);
}

/* A QEMU_* setting from the environment.  None when the kernel marked this
 * exec secure (AT_SECURE: binfmt_misc's C flag gave a set-user-ID guest its
 * owner's credentials): the caller's environment must not choose the files
 * dragoman loads or writes with them, as ld.so ignores LD_* then. */
static bool secure;
static const char *setting(const char *name) { return secure ? NULL : g_getenv(name); }

/* PROGRAM as the shell would find it: a path when it has a slash, else the
 * current directory first (like QEMU), then $PATH. */
static char *find_program(const char *name)
{
	if (strchr(name, '/') || access(name, F_OK) == 0) return g_strdup(name);
	char *p = g_find_program_in_path(name);
	return p ? p : g_strdup(name);
}

/* "#!" line of path: interpreter and optional argument, as binfmt_script reads it. */
static int read_shebang(const char *path, char **interp, char **arg)
{
	FILE *f = fopen(path, "rb");
	if (!f) return 0;
	char buf[256];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = 0;
	if (n < 2 || buf[0] != '#' || buf[1] != '!') return 0;
	char *nl = strchr(buf, '\n');
	if (nl) *nl = 0;
	char *p = buf + 2;
	while (*p == ' ' || *p == '\t') p++;
	char *e = p;
	while (*e && *e != ' ' && *e != '\t') e++;
	if (e == p) return -1;
	*interp = g_strndup(p, (size_t)(e - p));
	while (*e == ' ' || *e == '\t') e++;
	char *t = e + strlen(e);
	while (t > e && (t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\r')) t--;
	*arg = t > e ? g_strndup(e, (size_t)(t - e)) : NULL;
	return 1;
}

int main(int argc, char **argv)
{
	dm_proc.log = stderr;

	/* dragoman-ARCH or dragoman-ARCH-static: the arch is fixed (binfmt_misc
	 * registers one name per arch); plain dragoman-static is any arch */
	const struct dm_arch *forced = NULL;
	char *base = g_path_get_basename(argv[0]);
	if (!strncmp(base, "dragoman-", 9) && strcmp(base, "dragoman-static")) {
		char *name = g_strdup(base + 9);
		if (g_str_has_suffix(name, "-static")) name[strlen(name) - 7] = 0;
		forced = dm_arch_by_name(name);
		if (!forced) {
			fprintf(stderr, "dragoman: %s: no guest architecture '%s' in this build\n", base, name);
			return 1;
		}
		g_free(name);
	}
	g_free(base);
	/* under binfmt_misc, argv is the kernel's: no options, PROGRAM is argv[1] */
	bool binfmt = dm_self_via_binfmt(argc, argv, forced);
	dm_self_init(argv[0], binfmt);

	/* environment first, the command line overrides */
	char **genv = g_get_environ();
	secure = getauxval(AT_SECURE) != 0;
	const char *sysroot = setting("QEMU_LD_PREFIX");
	const char *argv0 = setting("QEMU_ARGV0");
	const char *cpu_name = setting("QEMU_CPU");
	const char *uname_release = setting("QEMU_UNAME");
	const char *seed = setting("QEMU_RAND_SEED");
	const char *log_file = setting("QEMU_LOG_FILENAME");
	const char *gdb_spec = setting("QEMU_GDB");
	uint64_t stack_size = 0;
	unsigned mask = 0;
	if (setting("QEMU_STRACE")) mask |= DM_LOG_STRACE;
	if (setting("DM_STRACE_SIZE") && dm_strace_parse_size(setting("DM_STRACE_SIZE")) < 0) {
		fprintf(stderr, "dragoman: DM_STRACE_SIZE: bad size '%s'\n", setting("DM_STRACE_SIZE"));
		return 2;
	}
	if (setting("QEMU_LOG") && parse_log(setting("QEMU_LOG"), &mask) < 0) return 2;
	if (setting("QEMU_STACK_SIZE") && parse_size(setting("QEMU_STACK_SIZE"), &stack_size) < 0) {
		fprintf(stderr, "dragoman: QEMU_STACK_SIZE: bad size '%s'\n", setting("QEMU_STACK_SIZE"));
		return 2;
	}
	const char *set_env = setting("QEMU_SET_ENV"), *unset_env = setting("QEMU_UNSET_ENV");
	if (set_env) {
		char **v = g_strsplit(set_env, ",", -1);
		for (char **p = v; *p; p++) {
			char *eq = strchr(*p, '=');
			if (!eq) continue;
			*eq = 0;
			genv = g_environ_setenv(genv, *p, eq + 1, TRUE);
		}
		g_strfreev(v);
	}
	if (unset_env) {
		char **v = g_strsplit(unset_env, ",", -1);
		for (char **p = v; *p; p++) genv = g_environ_unsetenv(genv, *p);
		g_strfreev(v);
	}

	int exec_fd = -1;   /* --exec-fd: PROGRAM is this open file, the name only names it */
	if (binfmt) {
		/* a guest's fexecve under binfmt_misc (emu/sys/exec.c): the kernel names
		 * the program /dev/fd/K, which needs no /proc when K is open here.
		 * DRAGOMAN_EXEC_FD=K: K was opened for this exec only */
		const char *close_k = g_getenv("DRAGOMAN_EXEC_FD");
		int k = dm_self_dev_fd(argv[1]);
		if (k >= 0) exec_fd = close_k && atoi(close_k) == k ? k : fcntl(k, F_DUPFD_CLOEXEC, 3);
		genv = g_environ_unsetenv(genv, "DRAGOMAN_EXEC_FD");
	}
	const char *seccomp_fd = NULL;
	int seccomp_at = -1;          /* its index in argv: not passed on as an option */
	int exec_fd_at = -1;          /* the same for --exec-fd */
	int gdb_at = -1;              /* and for -g: a program the guest execs is not debugged */
	int i = 1;
	for (; !binfmt && i < argc; i++) {
		const char *o = argv[i];
		if (o[0] != '-' || !o[1]) break;
		if (!strcmp(o, "--")) {
			i++;
			break;
		}
		if (o[1] == '-') o++;  /* --x is -x */
		const char *val = NULL;
		static const char *const with_arg[] = { "-L", "-E", "-U", "-0", "-cpu", "-d", "-D", "-s", "-syscalls",
							"-exec-fd", "-seccomp-fd", "-r", "-p", "-seed", "-g", "-strace-s", NULL };
		for (int k = 0; with_arg[k]; k++)
			if (!strcmp(o, with_arg[k])) {
				if (i + 1 >= argc) {
					fprintf(stderr, "dragoman: option %s needs an argument (try --help)\n", argv[i]);
					return 2;
				}
				val = argv[++i];
			}
		if (!strcmp(o, "-h") || !strcmp(o, "-help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(o, "-version")) {
			printf("dragoman %s\n", DM_VERSION);
			return 0;
		} else if (!strcmp(o, "-abis")) {
			print_abis();
			return 0;
		} else if (!strcmp(o, "-syscalls")) {
			return print_syscalls(val);
		} else if (!strcmp(o, "-handlers")) {
			print_handlers();
			return 0;
		} else if (!strcmp(o, "-L")) {
			struct stat st;
			int e = stat(val, &st) ? errno : S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
			if (e) {
				fprintf(stderr, "dragoman: -L %s: %s\n", val, strerror(e));
				return 1;
			}
			sysroot = val;
		} else if (!strcmp(o, "-E")) {
			/* VAR=VALUE[,VAR=VALUE...], split at commas as QEMU does */
			char **v = g_strsplit(val, ",", -1);
			for (char **p = v; *p; p++) {
				const char *eq = strchr(*p, '=');
				if (!eq || eq == *p) {
					fprintf(stderr, "dragoman: -E %s: expected VAR=VALUE\n", *p);
					return 2;
				}
				char *k = g_strndup(*p, (size_t)(eq - *p));
				genv = g_environ_setenv(genv, k, eq + 1, TRUE);
				g_free(k);
			}
			g_strfreev(v);
		} else if (!strcmp(o, "-U")) {
			char **v = g_strsplit(val, ",", -1);
			for (char **p = v; *p; p++) genv = g_environ_unsetenv(genv, *p);
			g_strfreev(v);
		} else if (!strcmp(o, "-seed")) {
			seed = val;
		} else if (!strcmp(o, "-r")) {
			uname_release = val;
		} else if (!strcmp(o, "-p")) {
			/* QEMU's host page size option: dragoman's is the host's own */
			char *end;
			unsigned long ps = strtoul(val, &end, 0);
			if (*end || !ps || (ps & (ps - 1))) {
				fprintf(stderr, "page size must be a power of two\n");
				return 1;
			}
			if (ps != (unsigned long)sysconf(_SC_PAGESIZE)) {
				fprintf(stderr, "dragoman: -p %s: the host page size is %ld; no other is emulated\n", val,
					sysconf(_SC_PAGESIZE));
				return 1;
			}
		} else if (!strcmp(o, "-0")) {
			argv0 = val;
		} else if (!strcmp(o, "-cpu")) {
			cpu_name = val;
		} else if (!strcmp(o, "-d")) {
			if (parse_log(val, &mask) < 0) return 2;
		} else if (!strcmp(o, "-D")) {
			log_file = val;
		} else if (!strcmp(o, "-s")) {
			if (parse_size(val, &stack_size) < 0) {
				fprintf(stderr, "dragoman: -s %s: bad size\n", val);
				return 2;
			}
		} else if (!strcmp(o, "-exec-fd")) {
			char *end;
			long fd = strtol(val, &end, 10);
			if (*end || end == val || fd < 0 || fd > INT_MAX) {
				fprintf(stderr, "dragoman: --exec-fd %s: not a descriptor\n", val);
				return 2;
			}
			exec_fd = (int)fd;
			exec_fd_at = i - 1;   /* for this run only: not passed on */
		} else if (!strcmp(o, "-g")) {
			gdb_spec = val;
			gdb_at = i - 1;
		} else if (!strcmp(o, "-strace")) {
			mask |= DM_LOG_STRACE;
		} else if (!strcmp(o, "-strace-s")) {
			if (dm_strace_parse_size(val) < 0) {
				fprintf(stderr, "dragoman: -strace-s %s: bad size\n", val);
				return 2;
			}
		} else if (!strcmp(o, "-seccomp-fd")) {
			/* internal: the seccomp filters of a guest that exec'd (emu/sys/exec.c) */
			seccomp_fd = val;
			seccomp_at = i - 1;
		} else {
			fprintf(stderr, "dragoman: unknown option %s (try --help)\n", argv[i]);
			return 2;
		}
	}
	if (cpu_name && !strcmp(cpu_name, "help")) list_cpus();
	if (cpu_name && forced && !select_cpu(forced, cpu_name)) {
		fprintf(stderr, "dragoman: unable to find CPU model '%s' for %s (-cpu help lists them)\n", cpu_name, forced->name);
		return 1;
	}
	if (i >= argc) {
		fprintf(stderr, "dragoman: no program given (try --help)\n");
		return 2;
	}
	dm_proc.options = g_new0(char *, i);
	for (int k = 1; k < i; k++)
		if (k != seccomp_at && k != seccomp_at + 1 && k != exec_fd_at && k != exec_fd_at + 1 && k != gdb_at &&
		    k != gdb_at + 1)
			dm_proc.options[dm_proc.noptions++] = argv[k];
	if (seccomp_fd) {
		char *end;
		long fd = strtol(seccomp_fd, &end, 10);
		if (*end || fd < 0 || fd > INT32_MAX || dm_seccomp_import((int)fd) < 0) return 1;
	}
	dm_proc.log_mask = mask;
	if (log_file) {
		FILE *f = fopen(log_file, "w");
		if (!f) {
			fprintf(stderr, "dragoman: -D %s: %s\n", log_file, g_strerror(errno));
			return 1;
		}
		setvbuf(f, NULL, _IOLBF, 0);
		dm_proc.log = f;
	}
	if (sysroot && *sysroot) dm_proc.sysroot = g_canonicalize_filename(sysroot, NULL);
	if (uname_release) dm_proc.uname_release = g_strdup(uname_release);
	if (seed) {
		char *end;
		errno = 0;
		unsigned long long v = strtoull(seed, &end, 0);
		if (errno || *end || end == seed) {
			fprintf(stderr, "dragoman: -seed %s: not a number\n", seed);
			return 2;
		}
		dm_guest_random_seed(v);
	}

	/* the program and the guest's argv */
	const char *prog = argv[i];
	GPtrArray *gargv = g_ptr_array_new();
	if (binfmt && (getauxval(AT_FLAGS) & AT_FLAGS_PRESERVE_ARGV0) && i + 1 < argc) {
		/* binfmt_misc with the P flag: PROGRAM, then the original argv[0], ARGS */
		for (int k = i + 1; k < argc; k++) g_ptr_array_add(gargv, argv[k]);
	} else {
		for (int k = i; k < argc; k++) g_ptr_array_add(gargv, argv[k]);
	}
	if (argv0) gargv->pdata[0] = (char *)argv0;
	char *path = exec_fd >= 0 || binfmt ? g_strdup(prog) : find_program(prog);
	/* AT_EXECFN: what the caller exec'd (under binfmt_misc, a script it ran
	 * PROGRAM for is the kernel's answer too) */
	const char *execfn = binfmt ? (const char *)getauxval(AT_EXECFN) : prog;

	/* "#!" scripts: run the interpreter (a guest path), as binfmt_script does
	 * (under binfmt_misc the kernel did, and PROGRAM matched an ELF magic) */
	for (int depth = 0; !binfmt && exec_fd < 0; depth++) {
		char *interp = NULL, *arg = NULL;
		int sb = read_shebang(path, &interp, &arg);
		if (sb == 0) break;
		if (sb < 0 || depth == 4) {
			fprintf(stderr, "dragoman: %s: %s\n", prog, sb < 0 ? "bad #! line" : "too many levels of #! interpreters");
			return 126;
		}
		g_ptr_array_remove_index(gargv, 0);
		g_ptr_array_insert(gargv, 0, path);
		if (arg) g_ptr_array_insert(gargv, 0, arg);
		g_ptr_array_insert(gargv, 0, interp);
		path = dm_sysroot_lookup(dm_proc.sysroot, interp);
		if (access(path, F_OK) != 0) {
			fprintf(stderr, "dragoman: %s: interpreter %s: %s\n", prog, interp, g_strerror(errno));
			return 127;
		}
	}
	g_ptr_array_add(gargv, NULL);

	struct dm_elf exe;
	struct dm_load_error err;
	/* binfmt_misc's O (and C) flag: the kernel opened PROGRAM for us, which
	 * the caller may not be allowed to read (an execute-only or setuid file) */
	errno = 0;
	unsigned long execfd = getauxval(AT_EXECFD);
	bool have_execfd = binfmt && errno != ENOENT;
	if (exec_fd >= 0) {
		if (have_execfd) close((int)execfd);   /* O flag and /dev/fd/K: one is enough */
		execfd = (unsigned long)exec_fd;
		have_execfd = true;
	}
	/* /proc/self/exe: the file the descriptor is open on, when /proc can tell */
	char fdlink[32], *fdpath = NULL;
	snprintf(fdlink, sizeof fdlink, "/proc/self/fd/%lu", execfd);
	if (have_execfd) fdpath = g_file_read_link(fdlink, NULL);
	if (!have_execfd && access(path, F_OK) == 0 && access(path, X_OK) != 0 && !g_file_test(path, G_FILE_TEST_IS_DIR)) {
		fprintf(stderr, "dragoman: %s: Permission denied\n", prog);
		return 126;
	}
	if ((have_execfd ? dm_elf_open_fd((int)execfd, path, forced, &exe, &err)
			 : dm_elf_open(path, forced, &exe, &err)) < 0) {
		fprintf(stderr, "dragoman: %s: %s\n", prog, err.msg);
		return err.status;
	}
	const struct dm_arch *arch = exe.arch;
	dm_proc.arch = arch;
	if (cpu_name && !select_cpu(arch, cpu_name)) {
		fprintf(stderr, "dragoman: unable to find CPU model '%s' for %s (-cpu help lists them)\n", cpu_name, arch->name);
		return 1;
	}
	dm_proc.abi = dm_abi_find(arch->abi_name);
	if (!dm_proc.abi) {
		fprintf(stderr, "dragoman: %s: no system call tables for ABI '%s'\n", prog, arch->abi_name);
		return 1;
	}
	char *real = fdpath ? fdpath : realpath(path, NULL);
	dm_proc.exe_path = real ? real : g_canonicalize_filename(path, NULL);

	int r = dm_mm_init(arch);
	if (r < 0) {
		fprintf(stderr, "dragoman: %s: cannot reserve the guest address space: %s\n", prog, g_strerror(-r));
		return 1;
	}
	struct dm_load_args la = { .argv = (char *const *)gargv->pdata, .envp = genv, .execfn = execfn,
				   .sysroot = dm_proc.sysroot, .stack_size = stack_size };
	struct dm_load_result lr;
	if (dm_load(&exe, &la, &lr, &err) < 0) {
		fprintf(stderr, "dragoman: %s: %s\n", prog, err.msg);
		return err.status;
	}
	dm_elf_close(&exe);
	if (mask & DM_LOG_PAGE) {
		fprintf(dm_proc.log, "page: guest map at start (entry %#llx, sp %#llx, brk %#llx)\n",
			(unsigned long long)lr.entry, (unsigned long long)lr.sp, (unsigned long long)dm_proc.brk_start);
		dm_mm_dump(dm_proc.log);
	}

	struct dm_cpu *cpu = calloc(1, arch->cpu_size);
	if (!cpu) {
		fprintf(stderr, "dragoman: out of memory\n");
		return 1;
	}
	cpu->arch = arch;
	arch->cpu_reset(cpu);
	cpu->arch = arch;
	arch->cpu_start(cpu, lr.entry, lr.sp);
	dm_sys_main_thread();
	if (gdb_spec && *gdb_spec && dm_gdb_start(gdb_spec) < 0) return 1;
	dm_exec_run(cpu);
}

/* Under ./configure --sanitize: the guest's exit ends the process from deep
 * inside the syscall layer, so "leaks" at exit are by design; report only
 * real memory errors. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
