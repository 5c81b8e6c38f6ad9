/* emu/sys/guestmem.c: guest memory as the syscall layer sees it: checked
 * pointers, strings, string vectors, paths (with the -L sysroot), integers
 * in guest byte order.  Every guest pointer a syscall touches goes through
 * here, so a bad one is EFAULT and never an emulator crash. */
#include <glib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "emu/abi/bytes.h"
#include "emu/sys/internal.h"

uint64_t dm_gload(const struct dm_abi *abi, const void *p, unsigned n)
{
	int be = abi->endian == DM_BIG;
	switch (n) {
	case 1: return dm_ld8(p);
	case 2: return be ? dm_ld16be(p) : dm_ld16le(p);
	case 4: return be ? dm_ld32be(p) : dm_ld32le(p);
	case 8: return be ? dm_ld64be(p) : dm_ld64le(p);
	}
	return 0;
}

void dm_gstore(const struct dm_abi *abi, void *p, unsigned n, uint64_t v)
{
	int be = abi->endian == DM_BIG;
	switch (n) {
	case 1: dm_st8(p, (uint8_t)v); break;
	case 2: be ? dm_st16be(p, (uint16_t)v) : dm_st16le(p, (uint16_t)v); break;
	case 4: be ? dm_st32be(p, (uint32_t)v) : dm_st32le(p, (uint32_t)v); break;
	case 8: be ? dm_st64be(p, v) : dm_st64le(p, v); break;
	}
}

int dm_get_guest(const struct dm_abi *abi, uint64_t addr, unsigned n, uint64_t *v)
{
	uint8_t b[8];
	if (dm_copy_from_guest(b, addr, n)) return -EFAULT;
	*v = dm_gload(abi, b, n);
	return 0;
}

int dm_put_guest(const struct dm_abi *abi, uint64_t addr, unsigned n, uint64_t v)
{
	uint8_t b[8];
	dm_gstore(abi, b, n, v);
	return dm_copy_to_guest(addr, b, n) ? -EFAULT : 0;
}

void *dm_guest_ptr(uint64_t addr, uint64_t len, int prot)
{
	if (addr == 0 && len == 0) return NULL;
	if (addr + len < addr) return NULL;
	if (!dm_mm_access_ok(addr, len ? len : 1, prot)) return NULL;
	return dm_g2h(addr);
}

uint64_t dm_guest_prefix(uint64_t addr, uint64_t len, int prot)
{
	if (len == 0) return 0;
	if (addr + len > addr && dm_mm_access_ok(addr, len, prot)) return len;
	const uint64_t page = 4096;
	uint64_t done = 0;
	while (done < len) {
		uint64_t a = addr + done;
		uint64_t chunk = page - (a & (page - 1));
		if (chunk > len - done) chunk = len - done;
		if (!dm_mm_access_ok(a, chunk, prot)) break;
		done += chunk;
	}
	return done;
}

int dm_copy_str(uint64_t addr, size_t max, char **out)
{
	long n = dm_guest_strnlen(addr, max);
	if (n < 0) return (int)n;
	char *s = g_malloc(n + 1);
	if (dm_copy_from_guest(s, addr, n + 1)) { g_free(s); return -EFAULT; }
	s[n] = 0;
	*out = s;
	return 0;
}

char *dm_sysroot_path(const char *path)
{
	const char *root = dm_proc.sysroot;
	struct stat st;
	if (root && *root && path[0] == '/' && path[1] != 0) {
		char *p = g_strconcat(root, path, NULL);
		if (lstat(p, &st) == 0) return p;
		g_free(p);
	}
	return g_strdup(path);
}

int dm_copy_path(uint64_t addr, char **out)
{
	char *s;
	int r = dm_copy_str(addr, DM_PATH_MAX, &s);
	if (r) return r;
	if (s[0] == '/' && dm_proc.sysroot) {
		*out = dm_sysroot_path(s);
		g_free(s);
	} else {
		*out = s;
	}
	return 0;
}

int dm_copy_strv(const struct dm_abi *abi, uint64_t addr, char ***out)
{
	unsigned w = dm_gword(abi);
	GPtrArray *v = g_ptr_array_new();
	for (uint64_t i = 0;; i++) {
		uint64_t p;
		if (i > 1u << 20 || dm_get_guest(abi, addr + i * w, w, &p)) goto fault;
		if (!p) break;
		char *s;
		int r = dm_copy_str(p, 1u << 20, &s);
		if (r) { g_ptr_array_add(v, NULL); g_strfreev((char **)g_ptr_array_free(v, FALSE)); return r; }
		g_ptr_array_add(v, s);
	}
	g_ptr_array_add(v, NULL);
	*out = (char **)g_ptr_array_free(v, FALSE);
	return 0;
fault:
	g_ptr_array_add(v, NULL);
	g_strfreev((char **)g_ptr_array_free(v, FALSE));
	return -EFAULT;
}
