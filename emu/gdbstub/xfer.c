/* emu/gdbstub/xfer.c: the objects gdb reads with qXfer (the target
 * description, the guest's auxv, the program's path, the thread list) and
 * vFile, gdb's access to the guest's files (opened through -L's root, as
 * the guest's own opens would be; read-only). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/gdbstub/internal.h"
#include "emu/loader/loader.h"
#include "emu/process.h"

/* data[off, off+len) as a qXfer reply: 'm' when more follows, 'l' at the end */
static void slice(GString *r, const void *data, size_t size, uint64_t off, uint64_t len)
{
	if (off >= size) {
		g_string_append_c(r, 'l');
		return;
	}
	size_t n = size - off < len ? size - (size_t)off : (size_t)len;
	g_string_append_c(r, off + n < size ? 'm' : 'l');
	gdb_append_binary(r, (const uint8_t *)data + off, n);
}

static char *threads_xml(void)
{
	GString *x = g_string_new("<?xml version=\"1.0\"?>\n<threads>\n");
	pthread_mutex_lock(&gdb_lock);
	for (struct gdb_thread *t = gdb_threads; t; t = t->next)
		g_string_append_printf(x, "<thread id=\"p%x.%x\" core=\"0\"/>\n", gdb_pid, t->tid);
	pthread_mutex_unlock(&gdb_lock);
	g_string_append(x, "</threads>\n");
	return g_string_free(x, FALSE);
}

/* OBJECT:read:ANNEX:OFF,LEN */
void gdb_xfer(const char *args, GString *r)
{
	char **f = g_strsplit(args, ":", 4);
	if (g_strv_length(f) != 4 || strcmp(f[1], "read")) {
		g_strfreev(f);
		return;   /* unsupported: empty */
	}
	char *e;
	uint64_t off = strtoull(f[3], &e, 16), len = *e == ',' ? strtoull(e + 1, NULL, 16) : 0;
	const char *obj = f[0], *annex = f[2];
	if (!strcmp(obj, "features")) {
		const char *xml = dm_proc.arch->gdb->target_xml;
		if (strcmp(annex, "target.xml")) g_string_append(r, "E00");
		else slice(r, xml, strlen(xml), off, len);
	} else if (!strcmp(obj, "auxv")) {
		slice(r, dm_proc.auxv, dm_proc.auxv_len, off, len);
	} else if (!strcmp(obj, "exec-file")) {
		/* annex: the pid in hex, or empty for the current process */
		if (*annex && strtol(annex, NULL, 16) != gdb_pid) g_string_append(r, "E01");
		else slice(r, dm_proc.exe_path, strlen(dm_proc.exe_path), off, len);
	} else if (!strcmp(obj, "threads")) {
		char *x = threads_xml();
		slice(r, x, strlen(x), off, len);
		g_free(x);
	}
	g_strfreev(f);
}

/* ---- vFile ------------------------------------------------------------------------------ */

static GHashTable *vfds;      /* descriptors vFile opened: only those may be read or closed */

/* gdb's File-I/O errno values (gdb's remote protocol, "Errno Values") */
static int fio_errno(int e)
{
	static const int same[] = { EPERM, ENOENT, EINTR, EBADF, EACCES, EFAULT, EBUSY, EEXIST,
				    ENODEV, ENOTDIR, EISDIR, EINVAL, ENFILE, EMFILE, EFBIG, ENOSPC, ESPIPE, EROFS };
	for (size_t i = 0; i < G_N_ELEMENTS(same); i++)
		if (e == same[i]) return e;
	return e == ENAMETOOLONG ? 91 : 9999;
}

static void fio_error(GString *r, int e) { g_string_append_printf(r, "F-1,%x", fio_errno(e)); }

static char *hex_string(const char *hex)
{
	size_t n = strlen(hex) / 2;
	char *s = g_malloc(n + 1);
	int k = gdb_hex_decode(hex, (uint8_t *)s, n);
	if (k < 0) {
		g_free(s);
		return NULL;
	}
	s[k] = 0;
	return s;
}

static bool is_ours(long fd) { return vfds && g_hash_table_contains(vfds, GINT_TO_POINTER((int)fd)); }

static void put_be(uint8_t *p, uint64_t v, int n)
{
	for (int i = n - 1; i >= 0; i--, v >>= 8) p[i] = (uint8_t)v;
}

void gdb_vfile(const char *args, GString *r)
{
	if (!strncmp(args, "setfs:", 6)) {
		g_string_append(r, "F0");   /* one process, one filesystem view */
	} else if (!strncmp(args, "open:", 5)) {
		char *comma = strchr(args + 5, ',');
		char *hex = comma ? g_strndup(args + 5, (size_t)(comma - args - 5)) : NULL;
		char *path = hex ? hex_string(hex) : NULL;
		long flags = comma ? strtol(comma + 1, NULL, 16) : -1;
		g_free(hex);
		if (!path) {
			fio_error(r, EINVAL);
		} else if (flags != 0) {
			fio_error(r, EACCES);   /* reading only: gdb writes no guest file through us */
		} else {
			char *host = dm_sysroot_lookup(dm_proc.sysroot, path);
			int fd = open(host, O_RDONLY | O_CLOEXEC);
			if (fd < 0) {
				fio_error(r, errno);
			} else {
				if (!vfds) vfds = g_hash_table_new(NULL, NULL);
				g_hash_table_add(vfds, GINT_TO_POINTER(fd));
				g_string_append_printf(r, "F%x", fd);
			}
			g_free(host);
		}
		g_free(path);
	} else if (!strncmp(args, "pread:", 6)) {
		char *e;
		long fd = strtol(args + 6, &e, 16);
		uint64_t count = *e == ',' ? strtoull(e + 1, &e, 16) : 0;
		uint64_t off = *e == ',' ? strtoull(e + 1, &e, 16) : 0;
		if (!is_ours(fd)) {
			fio_error(r, EBADF);
			return;
		}
		if (count > 0x3000) count = 0x3000;   /* the reply fits in PacketSize even escaped */
		uint8_t *buf = g_malloc(count + 1);
		ssize_t n = pread((int)fd, buf, count, (off_t)off);
		if (n < 0) {
			fio_error(r, errno);
		} else {
			g_string_append_printf(r, "F%zx;", (size_t)n);
			gdb_append_binary(r, buf, (size_t)n);
		}
		g_free(buf);
	} else if (!strncmp(args, "close:", 6)) {
		long fd = strtol(args + 6, NULL, 16);
		if (!is_ours(fd)) {
			fio_error(r, EBADF);
			return;
		}
		g_hash_table_remove(vfds, GINT_TO_POINTER((int)fd));
		close((int)fd);
		g_string_append(r, "F0");
	} else if (!strncmp(args, "fstat:", 6)) {
		long fd = strtol(args + 6, NULL, 16);
		struct stat st;
		if (!is_ours(fd) || fstat((int)fd, &st) < 0) {
			fio_error(r, EBADF);
			return;
		}
		/* gdb's struct stat: big-endian, 32-bit fields but for size, blksize, blocks */
		uint8_t b[64];
		put_be(b + 0, st.st_dev, 4);
		put_be(b + 4, st.st_ino, 4);
		put_be(b + 8, st.st_mode, 4);
		put_be(b + 12, st.st_nlink, 4);
		put_be(b + 16, st.st_uid, 4);
		put_be(b + 20, st.st_gid, 4);
		put_be(b + 24, st.st_rdev, 4);
		put_be(b + 28, (uint64_t)st.st_size, 8);
		put_be(b + 36, (uint64_t)st.st_blksize, 8);
		put_be(b + 44, (uint64_t)st.st_blocks, 8);
		put_be(b + 52, (uint64_t)st.st_atime, 4);
		put_be(b + 56, (uint64_t)st.st_mtime, 4);
		put_be(b + 60, (uint64_t)st.st_ctime, 4);
		g_string_append_printf(r, "F%x;", (unsigned)sizeof b);
		gdb_append_binary(r, b, sizeof b);
	}
	/* anything else (pwrite, unlink, readlink): unsupported, the empty reply */
}
