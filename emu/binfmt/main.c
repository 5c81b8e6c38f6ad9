/* emu/binfmt/main.c: dragoman-binfmt, registers dragoman with binfmt_misc
 * (docs/cli.md, "dragoman-binfmt").
 *
 *   dragoman-binfmt --install [ARCH...]   one entry "dragoman-ARCH" per arch
 *   dragoman-binfmt --remove [ARCH...]
 *   dragoman-binfmt --list
 *
 * Magic and mask come from the arch's ELF identity (arch/idents.c, the same
 * facts the loader checks).  An entry is ours when its name is dragoman-ARCH
 * and its interpreter is a dragoman-ARCH[-static] binary: anything else of
 * that name is reported and left alone. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statfs.h>
#include <unistd.h>

#include "arch/ident.h"
#include "emu/binfmt/rule.h"

#define BINFMTFS_MAGIC 0x42494e4d

static const char *misc_dir = "/proc/sys/fs/binfmt_misc";

static void usage(FILE *f)
{
	fprintf(f,
		"usage: dragoman-binfmt --install|--remove [OPTIONS] [ARCH...]\n"
		"       dragoman-binfmt --list | --arches\n"
		"Register dragoman with the kernel's binfmt_misc: one entry dragoman-ARCH per guest\n"
		"architecture (default: all of them), so that their programs run as if native.\n"
		"\n"
		"  --install           register (an entry of ours already there is replaced)\n"
		"  --remove            remove our entries\n"
		"  --list              each architecture's entry, and other entries for the same programs\n"
		"  --arches            the guest architectures this build runs, one per line\n"
		"  --persistent        flag F: the kernel opens the interpreter now (works in chroots and containers)\n"
		"  --preserve-argv0    flag P: the program gets its own argv[0]\n"
		"  --credential        flags C and O: credentials (setuid) from the program, not the interpreter\n"
		"  --path DIR          where dragoman-ARCH-static is (default: this tool's directory)\n"
		"  --dynamic           use dragoman-ARCH instead of dragoman-ARCH-static\n"
		"  --systemd DIR       write DIR/dragoman-ARCH.conf (binfmt.d) instead of registering\n"
		"  --binfmt-misc DIR   where binfmt_misc is mounted (default /proc/sys/fs/binfmt_misc)\n");
}

/* The file's text, or NULL. */
static char *slurp(const char *path)
{
	char *s = NULL;
	return g_file_get_contents(path, &s, NULL, NULL) ? s : NULL;
}

/* A "key value" line of an entry file ("interpreter /x/y"), or NULL. */
static char *entry_field(const char *text, const char *key)
{
	size_t k = strlen(key);
	for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (!strncmp(p, key, k) && (p[k] == ' ' || p[k] == ':')) {
			const char *v = p + k + (p[k] == ':');
			while (*v == ' ') v++;
			return g_strndup(v, strcspn(v, "\n"));
		}
	return NULL;
}

static int check_mounted(void)
{
	struct statfs sf;
	char *reg = g_build_filename(misc_dir, "register", NULL);
	int ok = statfs(misc_dir, &sf) == 0 && sf.f_type == BINFMTFS_MAGIC && access(reg, F_OK) == 0;
	g_free(reg);
	if (ok) return 0;
	fprintf(stderr,
		"dragoman-binfmt: binfmt_misc is not mounted at %s\n"
		"  (as root: mount -t binfmt_misc binfmt_misc %s)\n", misc_dir, misc_dir);
	return -1;
}

/* Is an interpreter path one of ours for this arch? */
static int our_interp(const char *interp, const struct dm_arch_ident *id)
{
	char *base = g_path_get_basename(interp);
	char *a = g_strconcat("dragoman-", id->name, NULL), *b = g_strconcat(a, "-static", NULL);
	int r = !strcmp(base, a) || !strcmp(base, b);
	g_free(base), g_free(a), g_free(b);
	return r;
}

enum state { ABSENT, OURS, FOREIGN };

/* The entry dragoman-ARCH: absent, ours, or someone else's (its interpreter in *interp). */
static enum state entry_state(const struct dm_arch_ident *id, char **text)
{
	char *name = dm_binfmt_entry_name(id);
	char *path = g_build_filename(misc_dir, name, NULL);
	char *t = slurp(path);
	g_free(name), g_free(path);
	*text = t;
	if (!t) return ABSENT;
	char *interp = entry_field(t, "interpreter");
	enum state s = interp && our_interp(interp, id) ? OURS : FOREIGN;
	g_free(interp);
	return s;
}

static int write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0) return -errno;
	ssize_t n = write(fd, text, strlen(text));
	int e = n < 0 ? -errno : 0;
	close(fd);
	return e;
}

static int remove_entry(const struct dm_arch_ident *id, int quiet_absent)
{
	char *text;
	enum state s = entry_state(id, &text);
	char *name = dm_binfmt_entry_name(id);
	int r = 0;
	if (s == FOREIGN) {
		char *interp = entry_field(text, "interpreter");
		fprintf(stderr, "dragoman-binfmt: entry %s/%s belongs to %s, not dragoman: left alone\n", misc_dir, name,
			interp ? interp : "(no interpreter)");
		g_free(interp);
		r = -1;
	} else if (s == OURS) {
		char *path = g_build_filename(misc_dir, name, NULL);
		int e = write_file(path, "-1");
		if (e) {
			fprintf(stderr, "dragoman-binfmt: removing %s: %s\n", path, g_strerror(-e));
			r = -1;
		}
		g_free(path);
	} else if (!quiet_absent) {
		printf("%s: not registered\n", name);
	}
	g_free(name), g_free(text);
	return r;
}

struct opts {
	unsigned flags;
	const char *path;      /* where the dragoman-ARCH binaries are */
	const char *systemd;   /* binfmt.d directory, or NULL */
	int dynamic;
};

/* DIR/dragoman-ARCH[-static], absolute: the kernel resolves the
 * interpreter from the root of whoever execs a program, not from here */
static char *interp_for(const struct dm_arch_ident *id, const struct opts *o)
{
	char *file = g_strconcat("dragoman-", id->name, o->dynamic ? "" : "-static", NULL);
	char *dir = g_canonicalize_filename(o->path, NULL);
	char *p = g_build_filename(dir, file, NULL);
	g_free(file), g_free(dir);
	return p;
}

static int install_entry(const struct dm_arch_ident *id, const struct opts *o)
{
	char *interp = interp_for(id, o), *name = dm_binfmt_entry_name(id);
	char *line = dm_binfmt_line(name, id, interp, o->flags);
	int r = 0;
	if (o->systemd) {
		char *file = g_strconcat(name, ".conf", NULL);
		char *path = g_build_filename(o->systemd, file, NULL);
		char *text = g_strconcat("# written by dragoman-binfmt: run ", id->name, " programs with dragoman\n", line,
					 "\n", NULL);
		GError *err = NULL;
		if (g_mkdir_with_parents(o->systemd, 0755) || !g_file_set_contents(path, text, -1, &err)) {
			fprintf(stderr, "dragoman-binfmt: %s: %s\n", path, err ? err->message : g_strerror(errno));
			g_clear_error(&err);
			r = -1;
		}
		g_free(file), g_free(path), g_free(text);
	} else if (access(interp, X_OK) != 0) {
		fprintf(stderr, "dragoman-binfmt: %s: %s (use --path DIR)\n", interp, g_strerror(errno));
		r = -1;
	} else {
		char *text;
		enum state s = entry_state(id, &text);
		g_free(text);
		if (s == OURS && remove_entry(id, 1) < 0) r = -1;
		if (s == FOREIGN) r = remove_entry(id, 1);   /* reports it, touches nothing */
		if (!r) {
			char *reg = g_build_filename(misc_dir, "register", NULL);
			int e = write_file(reg, line);
			if (e) {
				fprintf(stderr, "dragoman-binfmt: registering %s: %s\n", name, g_strerror(-e));
				r = -1;
			}
			g_free(reg);
		}
	}
	g_free(interp), g_free(name), g_free(line);
	return r;
}

/* systemd: remove DIR/dragoman-ARCH.conf when it is ours (starts with our comment). */
static int remove_conf(const struct dm_arch_ident *id, const char *dir)
{
	char *name = dm_binfmt_entry_name(id);
	char *file = g_strconcat(name, ".conf", NULL);
	char *path = g_build_filename(dir, file, NULL);
	char *t = slurp(path);
	int r = 0;
	if (t && !g_str_has_prefix(t, "# written by dragoman-binfmt")) {
		fprintf(stderr, "dragoman-binfmt: %s was not written by dragoman-binfmt: left alone\n", path);
		r = -1;
	} else if (t && unlink(path)) {
		fprintf(stderr, "dragoman-binfmt: %s: %s\n", path, g_strerror(errno));
		r = -1;
	}
	g_free(name), g_free(file), g_free(path), g_free(t);
	return r;
}

static void list(void)
{
	GDir *d = g_dir_open(misc_dir, 0, NULL);
	GPtrArray *others = g_ptr_array_new_with_free_func(g_free);   /* name, magic pairs */
	const char *n;
	while (d && (n = g_dir_read_name(d))) {
		if (!strcmp(n, "register") || !strcmp(n, "status")) continue;
		char *p = g_build_filename(misc_dir, n, NULL), *t = slurp(p);
		g_ptr_array_add(others, g_strdup(n));
		g_ptr_array_add(others, t ? entry_field(t, "magic") : NULL);
		g_free(p), g_free(t);
	}
	if (d) g_dir_close(d);
	for (int i = 0; dm_arch_idents[i].name; i++) {
		const struct dm_arch_ident *id = &dm_arch_idents[i];
		char *text, *name = dm_binfmt_entry_name(id), *magic = dm_binfmt_magic_hex(id);
		enum state s = entry_state(id, &text);
		if (s == ABSENT) {
			printf("%s: not registered\n", id->name);
		} else {
			char *interp = entry_field(text, "interpreter"), *flags = entry_field(text, "flags");
			printf("%s: %s %s, interpreter %s, flags %s\n", id->name,
			       s == OURS ? "registered as" : "entry taken by another program:", name, interp ? interp : "?",
			       flags && *flags ? flags : "-");
			if (s == OURS && !g_str_has_prefix(text, "enabled")) printf("%s: (entry disabled)\n", id->name);
			g_free(interp), g_free(flags);
		}
		for (guint k = 0; k + 1 < others->len; k += 2)
			if (others->pdata[k + 1] && !strcmp(others->pdata[k + 1], magic) && strcmp(others->pdata[k], name))
				printf("%s: also matched by entry %s\n", id->name, (char *)others->pdata[k]);
		g_free(text), g_free(name), g_free(magic);
	}
	g_ptr_array_free(others, TRUE);
}

static const struct dm_arch_ident *find_arch(const char *name)
{
	for (int i = 0; dm_arch_idents[i].name; i++)
		if (!strcmp(dm_arch_idents[i].name, name)) return &dm_arch_idents[i];
	return NULL;
}

int main(int argc, char **argv)
{
	enum { NONE, INSTALL, REMOVE, LIST, ARCHES } mode = NONE;
	struct opts o = { 0 };
	GPtrArray *arches = g_ptr_array_new();
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = NULL;
		if (!strcmp(a, "--path") || !strcmp(a, "--systemd") || !strcmp(a, "--binfmt-misc")) {
			if (i + 1 >= argc) {
				fprintf(stderr, "dragoman-binfmt: %s needs an argument\n", a);
				return 2;
			}
			val = argv[++i];
		}
		if (!strcmp(a, "--install")) mode = INSTALL;
		else if (!strcmp(a, "--remove")) mode = REMOVE;
		else if (!strcmp(a, "--list")) mode = LIST;
		else if (!strcmp(a, "--arches")) mode = ARCHES;
		else if (!strcmp(a, "--persistent")) o.flags |= DM_BINFMT_F;
		else if (!strcmp(a, "--preserve-argv0")) o.flags |= DM_BINFMT_P;
		else if (!strcmp(a, "--credential")) o.flags |= DM_BINFMT_C;
		else if (!strcmp(a, "--dynamic")) o.dynamic = 1;
		else if (!strcmp(a, "--path")) o.path = val;
		else if (!strcmp(a, "--systemd")) o.systemd = val;
		else if (!strcmp(a, "--binfmt-misc")) misc_dir = val;
		else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else if (a[0] == '-') {
			fprintf(stderr, "dragoman-binfmt: unknown option %s (try --help)\n", a);
			return 2;
		} else if (!find_arch(a)) {
			fprintf(stderr, "dragoman-binfmt: no guest architecture '%s' in this build (see --arches)\n", a);
			return 2;
		} else {
			g_ptr_array_add(arches, (void *)find_arch(a));
		}
	}
	if (mode == NONE) {
		usage(stderr);
		return 2;
	}
	if (mode == ARCHES) {
		for (int i = 0; dm_arch_idents[i].name; i++) printf("%s\n", dm_arch_idents[i].name);
		return 0;
	}
	if (!arches->len)
		for (int i = 0; dm_arch_idents[i].name; i++) g_ptr_array_add(arches, (void *)&dm_arch_idents[i]);
	if (!(mode != LIST && o.systemd) && check_mounted() < 0) return 1;
	if (mode == LIST) {
		list();
		return 0;
	}
	char *self_dir = NULL;
	if (!o.path) {
		char *self = g_file_read_link("/proc/self/exe", NULL);
		self_dir = self ? g_path_get_dirname(self) : g_strdup(".");
		g_free(self);
		o.path = self_dir;
	}
	int bad = 0;
	for (guint k = 0; k < arches->len; k++) {
		const struct dm_arch_ident *id = arches->pdata[k];
		if (mode == INSTALL) bad |= install_entry(id, &o) < 0;
		else if (o.systemd) bad |= remove_conf(id, o.systemd) < 0;
		else bad |= remove_entry(id, 0) < 0;
	}
	g_free(self_dir);
	return bad ? 1 : 0;
}
