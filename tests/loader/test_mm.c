/* tests/loader/test_mm.c: unit tests of the guest page map (emu/mm), the
 * memory syscalls and /proc emulation (emu/proc), without a CPU. */
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/abi/xlat.h"
#include "emu/mm/mm.h"
#include "emu/mm/mmsys.h"
#include "emu/proc/proc.h"
#include "emu/process.h"

#define PG 4096ull
#define RW (DM_PROT_READ | DM_PROT_WRITE)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

/* emu/dbt is not linked: count invalidations instead */
static int invalidations;
void dm_exec_invalidate(uint64_t addr, uint64_t len) { (void)addr; (void)len; invalidations++; }
void dm_exec_invalidate_icache(uint64_t addr, uint64_t len) { (void)addr; (void)len; }   /* emu/mm/codeprot.c: nothing is protected here */

static const struct dm_cpu_model models64[] = { { "max", 0, 0, NULL, "processor\t: %u\nmodel\t: test\n", NULL }, { NULL } };
static const struct dm_arch arch64 = { .name = "test64", .elf_class = 2, .elf_data = 1, .page_size = 4096,
				       .models = models64 };
static const struct dm_arch arch32 = { .name = "test32", .elf_class = 1, .elf_data = 1, .page_size = 4096 };

static char emulator_data[3 * 4096] __attribute__((aligned(4096))) = { 1 };

static size_t count_in(uint64_t s, uint64_t e)
{
	size_t n, k = 0;
	struct dm_vma *v = dm_mm_snapshot(&n);
	for (size_t i = 0; i < n; i++) k += v[i].start < e && v[i].end > s;
	g_free(v);
	return k;
}

static void test_access(void)
{
	int64_t g = dm_mm_map(0, 3 * PG, RW, ANON, -1, 0, NULL);
	g_assert_cmpint(g, >, 0);
	g_assert_true(dm_mm_access_ok(g, 3 * PG, RW));
	g_assert_true(dm_mm_access_ok(g + 5, 0, RW));
	g_assert_false(dm_mm_access_ok(g - 1, 2, DM_PROT_READ));
	g_assert_false(dm_mm_access_ok(g, 3 * PG + 1, DM_PROT_READ));
	g_assert_false(dm_mm_access_ok(g, PG, DM_PROT_EXEC));
	g_assert_false(dm_mm_access_ok(~0ull - 4, 16, DM_PROT_READ));
	char buf[8] = "abcdefg", out[8];
	g_assert_cmpint(dm_copy_to_guest(g + 100, buf, 8), ==, 0);
	g_assert_cmpint(dm_copy_from_guest(out, g + 100, 8), ==, 0);
	g_assert_cmpstr(out, ==, "abcdefg");
	g_assert_cmpint(dm_copy_to_guest(g + 3 * PG - 1, buf, 2), ==, -EFAULT);
	g_assert_cmpint(dm_copy_from_guest(out, g + 3 * PG - 4, 8), ==, -EFAULT);
	/* read-only: no writes */
	g_assert_cmpint(dm_mm_protect(g + PG, PG, DM_PROT_READ), ==, 0);
	g_assert_cmpint(dm_copy_to_guest(g + PG + 8, buf, 2), ==, -EFAULT);
	g_assert_cmpint(dm_copy_from_guest(out, g + PG + 8, 2), ==, 0);
	/* strings: a string running into an inaccessible page is EFAULT */
	g_assert_cmpint(dm_mm_protect(g + 2 * PG, PG, 0), ==, 0);
	memset(dm_g2h(g + PG - 3), 'x', 3);
	g_assert_cmpint(dm_mm_protect(g + PG, PG, RW), ==, 0);
	memset(dm_g2h(g + PG), 'y', PG);
	g_assert_cmpint(dm_guest_strnlen(g + PG - 3, 100000), ==, -EFAULT);
	((char *)dm_g2h(g + PG))[10] = 0;
	g_assert_cmpint(dm_guest_strnlen(g + PG - 3, 100000), ==, 13);
	g_assert_cmpint(dm_guest_strnlen(g + PG - 3, 13), ==, -ENAMETOOLONG);
	g_assert_cmpint(dm_guest_strnlen(g + PG - 3, 14), ==, 13);
	g_assert_cmpint(dm_guest_strnlen(g + 3 * PG, 10), ==, -EFAULT);
	g_assert_cmpint(dm_mm_unmap(g, 3 * PG), ==, 0);
	g_assert_false(dm_mm_access_ok(g, 1, DM_PROT_READ));
}

static void test_split_merge(void)
{
	int64_t g = dm_mm_map(0, 4 * PG, RW, ANON, -1, 0, NULL);
	g_assert_cmpint(g, >, 0);
	g_assert_cmpuint(count_in(g, g + 4 * PG), ==, 1);
	g_assert_cmpint(dm_mm_protect(g + PG, 2 * PG, DM_PROT_READ), ==, 0);
	g_assert_cmpuint(count_in(g, g + 4 * PG), ==, 3);
	g_assert_cmpint(dm_mm_protect(g + PG, 2 * PG, RW), ==, 0);
	g_assert_cmpuint(count_in(g, g + 4 * PG), ==, 1);
	g_assert_cmpint(dm_mm_unmap(g + 2 * PG, PG), ==, 0);
	g_assert_cmpuint(count_in(g, g + 4 * PG), ==, 2);
	g_assert_false(dm_mm_covered(g, 4 * PG));
	g_assert_true(dm_mm_covered(g, 2 * PG));
	/* mprotect over a hole: ENOMEM, nothing changed */
	g_assert_cmpint(dm_mm_protect(g, 4 * PG, DM_PROT_READ), ==, -ENOMEM);
	g_assert_true(dm_mm_access_ok(g, PG, RW));
	g_assert_cmpint(dm_mm_protect(g + 1, PG, DM_PROT_READ), ==, -EINVAL);
	g_assert_cmpint(dm_mm_unmap(g, 4 * PG), ==, 0);
	g_assert_cmpuint(count_in(g, g + 4 * PG), ==, 0);
}

/* mseal: a DM_VMA_SEALED mark that the map's changes respect; the host
 * mapping stays unsealed (the emulator may still change it). */
static void test_seal(void)
{
	int64_t g = dm_mm_map(0, 4 * PG, RW, ANON, -1, 0, NULL);
	g_assert_cmpint(g, >, 0);
	g_assert_cmpint(dm_mm_seal(g + 1, PG), ==, -EINVAL);
	g_assert_cmpint(dm_mm_seal(g + PG, 2 * PG), ==, 0);
	g_assert_cmpuint(count_in(g, g + 4 * PG), ==, 3);
	g_assert_cmpint(dm_mm_seal(g + 2 * PG, PG), ==, 0);            /* again: no new split */
	g_assert_cmpuint(count_in(g, g + 4 * PG), ==, 3);
	g_assert_cmpint(dm_mm_unmap(g, 4 * PG), ==, -EPERM);
	g_assert_cmpuint(count_in(g, g + 4 * PG), ==, 3);              /* nothing unmapped */
	g_assert_cmpint(dm_mm_protect(g + PG, PG, DM_PROT_READ), ==, -EPERM);
	g_assert_true(dm_mm_access_ok(g + PG, PG, RW));
	g_assert_cmpint(dm_mm_remap(g + PG, PG, 2 * PG, MREMAP_MAYMOVE, 0), ==, -EPERM);
	g_assert_cmpint(dm_mm_map(g + 2 * PG, PG, RW, ANON | MAP_FIXED, -1, 0, NULL), ==, -EPERM);
	g_assert_cmpint(dm_mm_map(g + 2 * PG, PG, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0, NULL), ==, -EEXIST);
	g_assert_false(dm_mm_seal_blocks_discard(g + PG, PG));          /* writable */
	g_assert_cmpint(mprotect(dm_g2h(g + PG), PG, PROT_READ), ==, 0);  /* the host mapping is not sealed */
	g_assert_cmpint(mprotect(dm_g2h(g + PG), PG, PROT_READ | PROT_WRITE), ==, 0);
	/* the unsealed neighbours change as before */
	g_assert_cmpint(dm_mm_protect(g, PG, DM_PROT_READ), ==, 0);
	g_assert_cmpint(dm_mm_unmap(g, PG), ==, 0);
	g_assert_cmpint(dm_mm_unmap(g + 3 * PG, PG), ==, 0);
	g_assert_cmpint(dm_mm_seal(g + 3 * PG, PG), ==, -ENOMEM);
	g_assert_cmpint(dm_mm_seal(g, 2 * PG), ==, -ENOMEM);           /* partly mapped: nothing sealed */
	g_assert_cmpint(dm_mm_seal(g + PG, 0), ==, 0);
	/* read-only sealed anonymous memory: a discarding advice is refused */
	int64_t r = dm_mm_map(0, PG, DM_PROT_READ, ANON, -1, 0, NULL);
	g_assert_cmpint(dm_mm_seal(r, PG), ==, 0);
	g_assert_true(dm_mm_seal_blocks_discard(r, PG));
	g_assert_cmpint(dm_mm_unmap(r, PG), ==, -EPERM);
	g_assert_true(dm_mm_sealed(r, 1));
	int64_t u = dm_mm_map(0, PG, RW, ANON, -1, 0, NULL);
	g_assert_false(dm_mm_sealed(u, PG));
	g_assert_cmpint(dm_mm_unmap(u, PG), ==, 0);
	/* leave no sealed mapping behind for the later tests' address choices:
	 * the records go (dm_mm_forget), then the host pages */
	dm_mm_forget(g + PG, 2 * PG);
	dm_mm_forget(r, PG);
	g_assert_cmpuint(count_in(g + PG, g + 3 * PG), ==, 0);
	munmap(dm_g2h(g + PG), 2 * PG);
	munmap(dm_g2h(r), PG);
}

static void test_emulator_memory(void)
{
	uint64_t mine = dm_h2g(emulator_data);
	emulator_data[PG] = 42;
	/* MAP_FIXED over emulator memory fails and leaves it alone */
	g_assert_cmpint(dm_mm_map(mine, PG, RW, ANON | MAP_FIXED, -1, 0, NULL), ==, -ENOMEM);
	g_assert_cmpint(dm_mm_map(mine, PG, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0, NULL), ==, -EEXIST);
	g_assert_cmpint(emulator_data[PG], ==, 42);
	/* munmap of emulator memory is a no-op */
	g_assert_cmpint(dm_mm_unmap(mine, 3 * PG), ==, 0);
	g_assert_cmpint(emulator_data[PG], ==, 42);
	g_assert_false(dm_mm_access_ok(mine, 1, DM_PROT_READ));
	/* a guest range next to emulator memory: MAP_FIXED across both fails, guest part intact */
	int64_t g = dm_mm_map(0, 4 * PG, RW, ANON, -1, 0, NULL);
	g_assert_cmpint(g, >, 0);
	((char *)dm_g2h(g))[0] = 7;
	g_assert_cmpint(dm_mm_unmap(g + 2 * PG, 2 * PG), ==, 0);
	void *other = mmap(dm_g2h(g + 3 * PG), PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	g_assert_true(other == dm_g2h(g + 3 * PG));  /* "emulator" memory at g+3 pages */
	g_assert_cmpint(dm_mm_map(g, 4 * PG, RW, ANON | MAP_FIXED, -1, 0, NULL), ==, -ENOMEM);
	g_assert_cmpint(((char *)dm_g2h(g))[0], ==, 7);
	g_assert_true(dm_mm_free(g + 2 * PG, PG));
	/* ... and the gap it claimed was given back */
	void *gap = mmap(dm_g2h(g + 2 * PG), PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	g_assert_true(gap == dm_g2h(g + 2 * PG));
	munmap(gap, PG);
	/* MAP_FIXED over guest + free memory works and replaces the guest part */
	g_assert_cmpint(dm_mm_map(g, 3 * PG, RW, ANON | MAP_FIXED, -1, 0, NULL), ==, g);
	g_assert_cmpint(((char *)dm_g2h(g))[0], ==, 0);
	g_assert_cmpint(dm_mm_map(g, PG, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0, NULL), ==, -EEXIST);
	g_assert_cmpint(dm_mm_unmap(g, 4 * PG), ==, 0);
	g_assert_cmpint(*(volatile char *)other, ==, 0);  /* still mapped: not the guest's */
	munmap(other, PG);
}

static void test_invalidate(void)
{
	int64_t g = dm_mm_map(0, 2 * PG, DM_PROT_READ | DM_PROT_EXEC, ANON, -1, 0, NULL);
	int before = invalidations;
	g_assert_cmpint(dm_mm_protect(g, PG, RW), ==, 0);
	g_assert_cmpint(invalidations, >, before);
	before = invalidations;
	g_assert_cmpint(dm_mm_unmap(g + PG, PG), ==, 0);
	g_assert_cmpint(invalidations, >, before);
	before = invalidations;
	g_assert_cmpint(dm_mm_unmap(g, PG), ==, 0);  /* RW now: nothing to forget */
	g_assert_cmpint(invalidations, ==, before);
}

static void test_maps_format(void)
{
	char path[] = "/tmp/dm_test_mm_XXXXXX";
	int fd = mkstemp(path);
	g_assert_cmpint(fd, >=, 0);
	g_assert_cmpint(ftruncate(fd, 4 * PG), ==, 0);
	int64_t f = dm_mm_map(0, 2 * PG, DM_PROT_READ, MAP_PRIVATE, fd, PG, NULL);
	g_assert_cmpint(f, >, 0);
	int64_t a = dm_mm_map(0, PG, RW, ANON, -1, 0, "[stack]");
	int64_t b = dm_mm_map(0, PG, DM_PROT_READ, MAP_SHARED | MAP_ANONYMOUS, -1, 0, NULL);
	size_t n;
	char *maps = dm_mm_format_maps(&n);
	char **lines = g_strsplit(maps, "\n", -1);
	int seen = 0;
	for (char **l = lines; *l && **l; l++) {
		unsigned long long s, e;
		g_assert_cmpint(sscanf(*l, "%llx-%llx", &s, &e), ==, 2);
		if (s == (uint64_t)f) {
			g_assert_cmpuint(strlen(*l), >, 73);
			g_assert_cmpstr(*l + 73, ==, path);
			g_assert_true(strstr(*l, " r--p 00001000 ") != NULL);
			seen |= 1;
		} else if (s == (uint64_t)a) {
			g_assert_cmpstr(*l + 73, ==, "[stack]");
			seen |= 2;
		} else if (s == (uint64_t)b) {
			g_assert_true(g_str_has_suffix(*l, " r--s 00000000 00:00 0 "));
			seen |= 4;
		}
	}
	g_assert_cmpint(seen, ==, 7);
	g_strfreev(lines);
	g_free(maps);
	dm_mm_unmap(f, 2 * PG);
	dm_mm_unmap(a, PG);
	dm_mm_unmap(b, PG);
	close(fd);
	unlink(path);
}

static struct dm_sys_call call(uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5)
{
	struct dm_sys_call c = { .abi = dm_abi_find("aarch64"), .args = { a0, a1, a2, a3, a4, a5 } };
	g_assert_nonnull(c.abi);
	return c;
}

static void test_syscalls(void)
{
	/* aarch64: PROT_READ 1, PROT_WRITE 2, PROT_BTI 0x10; MAP_PRIVATE 2, MAP_ANONYMOUS 0x20 */
	struct dm_sys_call c = call(0, 2 * PG, 1 | 2 | 0x10, 0x22, (uint64_t)-1, 0);
	int64_t g = dm_sys_mmap(&c);
	g_assert_cmpint(g, >, 0);
	g_assert_true(dm_mm_access_ok(g, 2 * PG, RW));
	c = call(0, PG, 0x40, 0x22, (uint64_t)-1, 0);  /* unknown prot bit */
	g_assert_cmpint(dm_sys_mmap(&c), ==, -EINVAL);
	c = call(0, 0, 3, 0x22, (uint64_t)-1, 0);
	g_assert_cmpint(dm_sys_mmap(&c), ==, -EINVAL);
	c = call(0, PG, 3, 0x20, (uint64_t)-1, 0);  /* neither private nor shared */
	g_assert_cmpint(dm_sys_mmap(&c), ==, -EINVAL);
	c = call((uint64_t)g, PG, 1, 0, 0, 0);
	g_assert_cmpint(dm_sys_mprotect(&c), ==, 0);
	g_assert_false(dm_mm_access_ok(g, 1, DM_PROT_WRITE));
	c = call((uint64_t)g + 1, PG, 1, 0, 0, 0);
	g_assert_cmpint(dm_sys_mprotect(&c), ==, -EINVAL);
	/* mincore: bad vector EFAULT, unmapped range ENOMEM */
	c = call((uint64_t)g, 2 * PG, 16, 0, 0, 0);
	g_assert_cmpint(dm_sys_mincore(&c), ==, -EFAULT);
	c = call((uint64_t)g, 2 * PG, (uint64_t)g + PG, 0, 0, 0);
	g_assert_cmpint(dm_sys_mincore(&c), ==, 0);
	c = call((uint64_t)g + 2 * PG, PG, (uint64_t)g + PG, 0, 0, 0);
	g_assert_cmpint(dm_sys_mincore(&c), ==, -ENOMEM);
	c = call((uint64_t)g, 2 * PG, 4 /* MADV_DONTNEED */, 0, 0, 0);
	g_assert_cmpint(dm_sys_madvise(&c), ==, 0);
	g_assert_cmpint(((char *)dm_g2h(g + PG))[0], ==, 0);
	/* mremap: a range spanning two mappings is EFAULT, like the kernel */
	c = call((uint64_t)g, 2 * PG, 64 * PG, 1 /* MREMAP_MAYMOVE */, 0, 0);
	g_assert_cmpint(dm_sys_mremap(&c), ==, -EFAULT);
	c = call((uint64_t)g, PG, 3, 0, 0, 0);
	g_assert_cmpint(dm_sys_mprotect(&c), ==, 0);
	/* mremap: grow, moving; the contents follow */
	((char *)dm_g2h(g + PG))[5] = 9;
	c = call((uint64_t)g, 2 * PG, 64 * PG, 1 /* MREMAP_MAYMOVE */, 0, 0);
	int64_t m = dm_sys_mremap(&c);
	g_assert_cmpint(m, >, 0);
	g_assert_cmpint(((char *)dm_g2h(m + PG))[5], ==, 9);
	g_assert_true(dm_mm_access_ok(m + PG, 63 * PG, RW));
	g_assert_true(m == g || !dm_mm_access_ok(g, 1, DM_PROT_READ));
	c = call((uint64_t)m + 64 * PG, PG, 2 * PG, 1, 0, 0);  /* not mapped */
	g_assert_cmpint(dm_sys_mremap(&c), ==, -EFAULT);
	c = call((uint64_t)m, 64 * PG, 0, 0, 0, 0);
	g_assert_cmpint(dm_sys_munmap(&c), ==, 0);
	g_assert_false(dm_mm_access_ok(m, 1, DM_PROT_READ));
}

static void test_brk(void)
{
	int64_t r = dm_mm_map(0, 64 * PG, 0, ANON, -1, 0, NULL);
	g_assert_cmpint(r, >, 0);
	dm_mm_unmap(r, 64 * PG);
	uint64_t start = r + PG;
	dm_brk_init(start);
	struct dm_sys_call c = call(0, 0, 0, 0, 0, 0);
	g_assert_cmpuint(dm_sys_brk(&c), ==, start);
	c = call(start + 10000, 0, 0, 0, 0, 0);
	g_assert_cmpuint(dm_sys_brk(&c), ==, start + 10000);
	g_assert_true(dm_mm_access_ok(start, 3 * PG, RW));
	memset(dm_g2h(start), 1, 10000);
	c = call(start + 5000, 0, 0, 0, 0, 0);
	g_assert_cmpuint(dm_sys_brk(&c), ==, start + 5000);
	g_assert_false(dm_mm_access_ok(start + 2 * PG, 1, DM_PROT_READ));
	c = call(start - 1, 0, 0, 0, 0, 0);
	g_assert_cmpuint(dm_sys_brk(&c), ==, start + 5000);
	/* something in the way: brk fails, the break stays */
	int64_t wall = dm_mm_map(start + 8 * PG, PG, DM_PROT_READ, ANON | MAP_FIXED, -1, 0, NULL);
	g_assert_cmpint(wall, ==, (int64_t)(start + 8 * PG));
	c = call(start + 20 * PG, 0, 0, 0, 0, 0);
	g_assert_cmpuint(dm_sys_brk(&c), ==, start + 5000);
	c = call(start + 6 * PG, 0, 0, 0, 0, 0);
	g_assert_cmpuint(dm_sys_brk(&c), ==, start + 6 * PG);
	struct dm_vma v;
	g_assert_true(dm_mm_lookup(start, &v));
	g_assert_cmpstr(v.name, ==, "[heap]");
	g_assert_cmpuint(v.end, ==, start + 6 * PG);
	c = call(start, 0, 0, 0, 0, 0);
	g_assert_cmpuint(dm_sys_brk(&c), ==, start);
	g_assert_false(dm_mm_access_ok(start, 1, DM_PROT_READ));
	dm_mm_unmap(wall, PG);
}

static char *read_all(int fd)
{
	GString *s = g_string_new(NULL);
	char buf[512];
	ssize_t n;
	while ((n = read(fd, buf, sizeof buf)) > 0) g_string_append_len(s, buf, n);
	close(fd);
	return g_string_free(s, FALSE);
}

static void test_proc(void)
{
	dm_proc.arch = &arch64;
	dm_proc.exe_path = "/usr/bin/guest-program";
	static const char cmd[] = "prog\0-x\0arg";
	dm_proc.cmdline = (char *)cmd;
	dm_proc.cmdline_len = sizeof cmd;
	static uint8_t auxv[32] = { 6, 0, 0, 0, 0, 0, 0, 0, 0, 0x10 };
	dm_proc.auxv = auxv;
	dm_proc.auxv_len = sizeof auxv;
	int64_t g = dm_mm_map(0, PG, RW, ANON, -1, 0, "[stack]");

	int fd = -1;
	g_assert_cmpint(dm_proc_open("/proc/self/maps", O_RDONLY, &fd), ==, 1);
	g_assert_cmpint(fd, >=, 0);
	char *text = read_all(fd), *want = dm_mm_format_maps(NULL);
	g_assert_cmpstr(text, ==, want);
	g_assert_true(strstr(text, "[stack]") != NULL);
	g_free(text);
	g_free(want);

	char p[64];
	snprintf(p, sizeof p, "/proc/%d/cmdline", (int)getpid());
	g_assert_cmpint(dm_proc_open(p, O_RDONLY | O_CLOEXEC, &fd), ==, 1);
	g_assert_cmpint(fcntl(fd, F_GETFD) & FD_CLOEXEC, ==, FD_CLOEXEC);
	char buf[64];
	g_assert_cmpint(read(fd, buf, sizeof buf), ==, sizeof cmd);
	g_assert_cmpint(memcmp(buf, cmd, sizeof cmd), ==, 0);
	close(fd);

	g_assert_cmpint(dm_proc_open("/proc//self/./auxv", O_RDONLY, &fd), ==, 1);
	g_assert_cmpint(read(fd, buf, sizeof buf), ==, 32);
	g_assert_cmpint(buf[9], ==, 0x10);
	g_assert_cmpint(write(fd, "x", 1), ==, -1);  /* read-only */
	close(fd);

	g_assert_cmpint(dm_proc_open("/proc/self/maps", O_RDWR, &fd), ==, 1);
	g_assert_cmpint(fd, ==, -EACCES);
	g_assert_cmpint(dm_proc_open("/proc/cpuinfo", O_RDONLY, &fd), ==, 1);
	text = read_all(fd);
	{   /* the stanza once per online CPU, numbered from 0 */
		GString *want = g_string_new(NULL);
		for (long k = 0; k < sysconf(_SC_NPROCESSORS_ONLN); k++) g_string_append_printf(want, "processor\t: %ld\nmodel\t: test\n", k);
		g_assert_cmpstr(text, ==, want->str);
		g_string_free(want, TRUE);
	}
	g_free(text);
	g_assert_cmpint(dm_proc_open("/proc/self/status", O_RDONLY, &fd), ==, 0);
	g_assert_cmpint(dm_proc_open("/proc/1/maps", O_RDONLY, &fd), ==, 0);
	g_assert_cmpint(dm_proc_open("/etc/passwd", O_RDONLY, &fd), ==, 0);
	snprintf(p, sizeof p, "/proc/self/task/%d/maps", (int)getpid());
	g_assert_cmpint(dm_proc_open(p, O_RDONLY, &fd), ==, 1);
	close(fd);

	dm_proc.exe_path = "/bin/sh";  /* exists: exe opens the guest program */
	g_assert_cmpint(dm_proc_open("/proc/thread-self/exe", O_RDONLY, &fd), ==, 1);
	g_assert_cmpint(fd, >=, 0);
	close(fd);
	g_assert_cmpint(dm_proc_readlink("/proc/self/exe", buf, sizeof buf), ==, 7);
	g_assert_cmpint(memcmp(buf, "/bin/sh", 7), ==, 0);
	g_assert_cmpint(dm_proc_readlink("/proc/self/exe", buf, 3), ==, 3);
	snprintf(p, sizeof p, "/proc/%d/exe", (int)getpid());
	g_assert_cmpint(dm_proc_readlink(p, buf, sizeof buf), ==, 7);
	g_assert_cmpint(dm_proc_readlink("/proc/self/fd/0", buf, sizeof buf), ==, -1);
	g_assert_cmpint(dm_proc_readlink("/proc/self/cwd", buf, sizeof buf), ==, -1);
	dm_mm_unmap(g, PG);
}

static void window_child(void)
{
	g_assert_cmpint(dm_mm_init(&arch32), ==, 0);
	g_assert_cmpuint(dm_guest_base, !=, 0);
	g_assert_cmpuint(dm_mm_limit(), ==, 1ull << 32);
	int64_t a = dm_mm_map(0, 4 * PG, RW, ANON, -1, 0, NULL);
	g_assert_cmpint(a, >, 0);
	g_assert_cmpint(a + 4 * PG, <=, 1ll << 32);
	memset(dm_g2h(a), 5, 4 * PG);
	int64_t b = dm_mm_map(0x10000000, PG, RW, ANON | MAP_FIXED, -1, 0, NULL);
	g_assert_cmpint(b, ==, 0x10000000);
	g_assert_cmpint(dm_mm_map(0x10000000, PG, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0, NULL), ==, -EEXIST);
	g_assert_cmpint(dm_mm_map(0x20000000, PG, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0, NULL), ==, 0x20000000);
	g_assert_cmpint(dm_mm_map(0x20000000, PG, RW, ANON, -1, 0, NULL), !=, 0x20000000);  /* hint taken */
	g_assert_cmpint(dm_mm_map(0xfffff000, 2 * PG, RW, ANON | MAP_FIXED, -1, 0, NULL), ==, -ENOMEM);
	g_assert_cmpint(dm_mm_unmap(a, 4 * PG), ==, 0);
	g_assert_false(dm_mm_access_ok(a, 1, DM_PROT_READ));
	/* the window stays reserved: the host cannot hand the hole out */
	void *h = mmap(dm_g2h(a), PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	g_assert_true(h == MAP_FAILED);
	/* mremap growing in place through the reservation */
	int64_t c = dm_mm_map(0x30000000, PG, RW, ANON | MAP_FIXED, -1, 0, NULL);
	g_assert_cmpint(dm_mm_remap(c, PG, 4 * PG, 0, 0), ==, c);
	g_assert_true(dm_mm_access_ok(c, 4 * PG, RW));
	memset(dm_g2h(c), 1, 4 * PG);
	exit(0);
}

static void test_window(void)
{
	if (g_test_subprocess()) {
		window_child();
		return;
	}
	g_test_trap_subprocess(NULL, 0, 0);
	g_test_trap_assert_passed();
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_proc.log = stderr;
	if (!g_test_subprocess()) g_assert_cmpint(dm_mm_init(&arch64), ==, 0);
	g_test_add_func("/mm/access", test_access);
	g_test_add_func("/mm/split_merge", test_split_merge);
	g_test_add_func("/mm/seal", test_seal);
	g_test_add_func("/mm/emulator_memory", test_emulator_memory);
	g_test_add_func("/mm/invalidate", test_invalidate);
	g_test_add_func("/mm/maps_format", test_maps_format);
	g_test_add_func("/mm/syscalls", test_syscalls);
	g_test_add_func("/mm/brk", test_brk);
	g_test_add_func("/proc/files", test_proc);
	g_test_add_func("/mm/window32", test_window);
	return g_test_run();
}
