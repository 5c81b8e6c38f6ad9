/* emu/proc/proc.c: /proc files that must show the guest, not dragoman.
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

enum what { P_NONE, P_EXE, P_MAPS, P_AUXV, P_CMDLINE, P_CPUINFO };

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

/* The file inside our own /proc/<pid> directory that path names, or NULL. */
static const char *own_file(const char *path)
{
	const char *p;
	if (strncmp(path, "/proc/", 6)) return NULL;
	p = path + 6;
	if (!strncmp(p, "self/", 5)) p += 5;
	else if (!strncmp(p, "thread-self/", 12)) return p + 12;
	else {
		const char *e;
		long pid = number(p, &e);
		if (pid != getpid() || *e != '/') return NULL;
		p = e + 1;
	}
	if (!strncmp(p, "task/", 5)) {
		const char *e;
		long tid = number(p + 5, &e);
		if (tid < 0 || *e != '/') return NULL;
		char dir[64];
		snprintf(dir, sizeof dir, "/proc/self/task/%ld", tid);
		if (access(dir, F_OK) != 0) return NULL;
		p = e + 1;
	}
	return p;
}

static enum what classify(const char *path)
{
	if (!strcmp(path, "/proc/cpuinfo")) return P_CPUINFO;
	const char *f = own_file(path);
	if (!f) return P_NONE;
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

int dm_proc_open(const char *path, int flags, int *fd)
{
	if (!path || strncmp(path, "/proc/", 6)) return 0;
	char *t = tidy(path);
	enum what w = classify(t);
	g_free(t);
	if (w == P_NONE) return 0;
	if (w == P_CPUINFO && !(dm_proc.arch && dm_proc.arch->cpuinfo)) return 0;
	if (w == P_EXE && !dm_proc.exe_path) return 0;
	int r;
	if ((flags & O_ACCMODE) != O_RDONLY) {
		*fd = w == P_EXE ? -ETXTBSY : -EACCES;
		return 1;
	}
	if (flags & O_DIRECTORY) {
		*fd = -ENOTDIR;
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
	case P_CPUINFO: r = synth(dm_proc.arch->cpuinfo, strlen(dm_proc.arch->cpuinfo), flags); break;
	default: return 0;
	}
	*fd = r;  /* a host fd, or -errno */
	return 1;
}

ssize_t dm_proc_readlink(const char *path, char *buf, size_t n)
{
	if (!path || strncmp(path, "/proc/", 6) || !dm_proc.exe_path) return -1;
	char *t = tidy(path);
	enum what w = classify(t);
	g_free(t);
	if (w != P_EXE) return -1;
	size_t len = strlen(dm_proc.exe_path);
	if (len > n) len = n;
	memcpy(buf, dm_proc.exe_path, len);
	return (ssize_t)len;
}
