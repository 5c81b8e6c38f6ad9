/* emu/proc/proc.c: /proc files that must show the guest, not dragoman
 * (/proc/self/status only while the guest thread is under seccomp).
 * Synthesized files are built into a memfd when opened (a snapshot, as the
 * kernel's seq_file is per read) and handed out read-only. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/mm/mm.h"
#include "emu/proc/proc.h"
#include "emu/process.h"

enum what { P_NONE, P_EXE, P_MAPS, P_AUXV, P_CMDLINE, P_CPUINFO, P_STATUS };

/* The guest's seccomp state of thread tid (emu/sys/seccomp.c; weak: the
 * loader's unit test links no syscall layer). */
int dm_seccomp_status(int tid, int *mode, unsigned *nfilters) __attribute__((weak));

/* "/proc//self/./maps" -> "/proc/self/maps" */
static char *tidy(const char *path)
{
	GString *o = g_string_new(NULL);
	const char *p = path;
	while (*p) {
		if (*p == '/') {
			while (p[1] == '/') p++;
			if (p[1] == '.' && (p[2] == '/' || p[2] == 0)) {
				p += 2;
				continue;
			}
		}
		g_string_append_c(o, *p++);
	}
	while (o->len > 1 && o->str[o->len - 1] == '/') g_string_truncate(o, o->len - 1);
	return g_string_free(o, FALSE);
}

/* digits only, as a number */
static long number(const char *s, const char **end)
{
	*end = s;
	if (*s < '0' || *s > '9') return -1;
	long v = 0;
	while (*s >= '0' && *s <= '9' && v < 100000000) v = v * 10 + (*s++ - '0');
	*end = s;
	return v;
}

/* The file inside our own /proc/<pid> directory that path names, or NULL;
 * *tid: the thread whose file it is (the process's: its leader). */
static const char *own_file(const char *path, long *tid)
{
	const char *p;
	*tid = getpid();
	if (strncmp(path, "/proc/", 6)) return NULL;
	p = path + 6;
	if (!strncmp(p, "self/", 5)) p += 5;
	else if (!strncmp(p, "thread-self/", 12)) {
		*tid = gettid();
		return p + 12;
	} else {
		const char *e;
		long pid = number(p, &e);
		if (pid != getpid() || *e != '/') return NULL;
		p = e + 1;
	}
	if (!strncmp(p, "task/", 5)) {
		const char *e;
		*tid = number(p + 5, &e);
		if (*tid < 0 || *e != '/') return NULL;
		char dir[64];
		snprintf(dir, sizeof dir, "/proc/self/task/%ld", *tid);
		if (access(dir, F_OK) != 0) return NULL;
		p = e + 1;
	}
	return p;
}

static enum what classify(const char *path, long *tid)
{
	if (!strcmp(path, "/proc/cpuinfo")) return P_CPUINFO;
	const char *f = own_file(path, tid);
	if (!f) return P_NONE;
	if (!strcmp(f, "status")) return P_STATUS;
	if (!strcmp(f, "exe")) return P_EXE;
	if (!strcmp(f, "maps")) return P_MAPS;
	if (!strcmp(f, "auxv")) return P_AUXV;
	if (!strcmp(f, "cmdline")) return P_CMDLINE;
	return P_NONE;
}

/* A read-only fd holding data. */
static int synth(const void *data, size_t n, int flags)
{
	int m = memfd_create("dragoman-proc", MFD_CLOEXEC);
	if (m < 0) return -errno;
	const char *p = data;
	for (size_t done = 0; done < n;) {
		ssize_t k = write(m, p + done, n - done);
		if (k < 0 && errno == EINTR) continue;
		if (k <= 0) {
			int e = k < 0 ? errno : EIO;
			close(m);
			return -e;
		}
		done += (size_t)k;
	}
	char link[64];
	snprintf(link, sizeof link, "/proc/self/fd/%d", m);
	int fd = open(link, O_RDONLY | (flags & (O_CLOEXEC | O_NONBLOCK)));
	int e = errno;
	close(m);
	return fd < 0 ? -e : fd;
}

/* The host's status file of path with the Seccomp lines of the guest's
 * state (mode, number of filters): NULL when the host's read fails. */
/* The model's stanzas for every online CPU (what nproc counts, unless the
 * guest was pinned to fewer), numbered from 0 as Linux numbers them. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"   /* the formats are the arch's constant data */
static char *cpuinfo_text(void)
{
	const struct dm_cpu_model *m = dm_cpu_model(dm_proc.arch);
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1) n = 1;
	GString *t = g_string_new(NULL);
	if (m->cpuinfo_head) g_string_append_printf(t, m->cpuinfo_head, (unsigned)n);
	for (long i = 0; i < n; i++) g_string_append_printf(t, m->cpuinfo, (unsigned)i);
	return g_string_free(t, FALSE);
}
#pragma GCC diagnostic pop

static char *status_text(const char *path, int mode, unsigned nfilters, size_t *n)
{
	char *host;
	gsize len;
	if (!g_file_get_contents(path, &host, &len, NULL)) return NULL;
	GString *o = g_string_new(NULL);
	char **lines = g_strsplit(host, "\n", -1);
	for (char **l = lines; *l; l++) {
		if (!l[1] && !**l) break;                /* after the last newline */
		if (!strncmp(*l, "Seccomp:", 8)) g_string_append_printf(o, "Seccomp:\t%d\n", mode);
		else if (!strncmp(*l, "Seccomp_filters:", 16)) g_string_append_printf(o, "Seccomp_filters:\t%u\n", nfilters);
		else g_string_append_printf(o, "%s\n", *l);
	}
	g_strfreev(lines);
	g_free(host);
	*n = o->len;
	return g_string_free(o, FALSE);
}

int dm_proc_open(const char *path, int flags, int *fd)
{
	if (!path || strncmp(path, "/proc/", 6)) return 0;
	char *t = tidy(path);
	long tid;
	enum what w = classify(t, &tid);
	int smode = 0;
	unsigned nfilters = 0;
	/* status: the host's, unless the guest thread is under seccomp (the
	 * host's lines would say it is not) */
	if (w == P_STATUS && (!dm_seccomp_status || dm_seccomp_status((int)tid, &smode, &nfilters) || !smode))
		w = P_NONE;
	if (w == P_NONE) {
		g_free(t);
		return 0;
	}
	int r = 0;
	if ((w == P_CPUINFO && !(dm_proc.arch && dm_cpu_model(dm_proc.arch)->cpuinfo)) || (w == P_EXE && !dm_proc.exe_path)) r = 1;
	else if ((flags & O_ACCMODE) != O_RDONLY) r = -(w == P_EXE ? ETXTBSY : EACCES);
	else if (flags & O_DIRECTORY) r = -ENOTDIR;
	if (r) {
		g_free(t);
		if (r == 1) return 0;
		*fd = r;
		return 1;
	}
	switch (w) {
	case P_EXE:
		r = open(dm_proc.exe_path, flags & ~(O_CREAT | O_TRUNC | O_EXCL | O_TMPFILE));
		if (r < 0) r = -errno;
		break;
	case P_MAPS: {
		size_t n;
		char *text = dm_mm_format_maps(&n);
		r = synth(text, n, flags);
		g_free(text);
		break;
	}
	case P_AUXV: r = synth(dm_proc.auxv ? (const void *)dm_proc.auxv : "", dm_proc.auxv_len, flags); break;
	case P_CMDLINE: r = synth(dm_proc.cmdline ? dm_proc.cmdline : "", dm_proc.cmdline_len, flags); break;
	case P_CPUINFO: {
		char *text = cpuinfo_text();
		r = synth(text, strlen(text), flags);
		g_free(text);
		break;
	}
	case P_STATUS: {
		size_t n;
		char *text = status_text(t, smode, nfilters, &n);
		r = text ? synth(text, n, flags) : -ENOENT;
		g_free(text);
		break;
	}
	default: g_free(t); return 0;
	}
	g_free(t);
	*fd = r;  /* a host fd, or -errno */
	return 1;
}

ssize_t dm_proc_readlink(const char *path, char *buf, size_t n)
{
	if (!path || strncmp(path, "/proc/", 6) || !dm_proc.exe_path) return -1;
	char *t = tidy(path);
	long tid;
	enum what w = classify(t, &tid);
	g_free(t);
	if (w != P_EXE) return -1;
	size_t len = strlen(dm_proc.exe_path);
	if (len > n) len = n;
	memcpy(buf, dm_proc.exe_path, len);
	return (ssize_t)len;
}
