/* emu/strace/strings.c: strings and buffers in -strace lines, quoted and cut
 * as strace(1) does: path names whole, everything else at -s bytes. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "emu/strace/internal.h"
#include "emu/strace/strace.h"
#include "emu/sys/internal.h"

unsigned dm_strace_size = 32;

int dm_strace_parse_size(const char *v)
{
	char *end;
	errno = 0;
	unsigned long n = strtoul(v, &end, 10);
	if (!*v || *v == '-' || *end || errno || n > 1u << 20) return -1;
	dm_strace_size = (unsigned)n;
	return 0;
}

FILE *dm_strace_out(void) { return dm_proc.log ? dm_proc.log : stderr; }

void dm_strace_quoted(GString *s, const uint8_t *b, size_t n, int more)
{
	g_string_append_c(s, '"');
	for (size_t i = 0; i < n; i++) {
		uint8_t ch = b[i];
		switch (ch) {
		case '"': g_string_append(s, "\\\""); break;
		case '\\': g_string_append(s, "\\\\"); break;
		case '\n': g_string_append(s, "\\n"); break;
		case '\t': g_string_append(s, "\\t"); break;
		case '\r': g_string_append(s, "\\r"); break;
		case '\v': g_string_append(s, "\\v"); break;
		case '\f': g_string_append(s, "\\f"); break;
		default:
			if (ch >= 32 && ch < 127) g_string_append_c(s, (char)ch);
			else if (i + 1 < n && b[i + 1] >= '0' && b[i + 1] <= '7')
				g_string_append_printf(s, "\\%03o", ch);   /* "\0" then "1" is not "\01" */
			else g_string_append_printf(s, "\\%o", ch);
		}
	}
	g_string_append_c(s, '"');
	if (more) g_string_append(s, "...");
}

static void addr_only(GString *s, uint64_t addr)
{
	g_string_append_printf(s, "0x%llx", (unsigned long long)addr);
}

void dm_strace_gstring(GString *s, uint64_t addr, int path)
{
	if (!addr) { g_string_append(s, "NULL"); return; }
	size_t max = path ? PATH_MAX : dm_strace_size;
	long n = dm_guest_strnlen(addr, max + 1);
	int more = 0;
	if (n == -ENAMETOOLONG) { n = (long)max; more = 1; }
	if (n < 0) { addr_only(s, addr); return; }
	uint8_t *b = g_malloc((size_t)n + 1);
	if (dm_copy_from_guest(b, addr, (size_t)n)) addr_only(s, addr);
	else dm_strace_quoted(s, b, (size_t)n, more);
	g_free(b);
}

void dm_strace_gbytes(GString *s, uint64_t addr, uint64_t len)
{
	if (!addr) { g_string_append(s, "NULL"); return; }
	uint64_t n = len > dm_strace_size ? dm_strace_size : len;
	uint8_t *b = g_malloc(n + 1);
	if (dm_copy_from_guest(b, addr, n)) addr_only(s, addr);
	else dm_strace_quoted(s, b, n, len > n);
	g_free(b);
}

void dm_strace_gbytes_str(GString *s, uint64_t addr, unsigned n)
{
	if (n > dm_strace_size) n = dm_strace_size;
	uint8_t *b = g_malloc((size_t)n + 1);
	if (dm_copy_from_guest(b, addr, n)) addr_only(s, addr);
	else dm_strace_quoted(s, b, strnlen((const char *)b, n), 0);
	g_free(b);
}

void dm_strace_gbytes_hex(GString *s, uint64_t addr, uint64_t len)
{
	uint64_t n = len > dm_strace_size ? dm_strace_size : len;
	uint8_t *b = g_malloc(n + 1);
	if (dm_copy_from_guest(b, addr, n)) {
		addr_only(s, addr);
	} else {
		g_string_append_c(s, '"');
		for (uint64_t i = 0; i < n; i++) g_string_append_printf(s, "\\x%02x", b[i]);
		g_string_append(s, len > n ? "\"..." : "\"");
	}
	g_free(b);
}
