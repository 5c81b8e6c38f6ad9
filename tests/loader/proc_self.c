/* tests/loader/proc_self.c: a guest program (static aarch64) printing what
 * it sees in /proc/self: exe (readlink and open), cmdline, auxv (compared
 * with its own stack), maps (its own mappings must be there) and its name
 * (comm, stat, status: what the kernel would show, the program's file name).
 * tests/loader_proc.t runs it under dragoman. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

static size_t slurp(const char *path, char *buf, size_t n)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0) return 0;
	size_t got = 0;
	ssize_t k;
	while (got < n && (k = read(fd, buf + got, n - got)) > 0) got += (size_t)k;
	close(fd);
	return got;
}

static char maps[1 << 16];
static int global = 42;

int main(int argc, char **argv, char **envp)
{
	char buf[4096];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	printf("exe %s\n", buf);
	char mine[64];
	snprintf(mine, sizeof mine, "/proc/%d/exe", (int)getpid());
	n = readlink(mine, buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	printf("pid exe %s\n", buf);

	/* /proc/self/exe opens the program itself: an aarch64 ELF */
	unsigned char h[20] = { 0 };
	int fd = open("/proc/self/exe", O_RDONLY);
	if (fd >= 0) { if (read(fd, h, sizeof h) < 0) h[0] = 0; close(fd); }
	printf("exe is aarch64 ELF: %s\n", !memcmp(h, "\177ELF", 4) && h[18] == 183 ? "yes" : "no");

	size_t len = slurp("/proc/self/cmdline", buf, sizeof buf);
	printf("cmdline");
	for (size_t i = 0; i < len; i += strlen(buf + i) + 1) printf(" [%s]", buf + i);
	printf("\n");

	char **e = envp;
	while (*e) e++;
	const uint64_t *auxv = (const uint64_t *)(e + 1), *a = auxv;
	while (a[0]) a += 2;
	size_t alen = (size_t)((const char *)(a + 2) - (const char *)auxv);
	len = slurp("/proc/self/auxv", buf, sizeof buf);
	printf("auxv matches the stack: %s\n", len == alen && !memcmp(buf, auxv, alen) ? "yes" : "no");

	len = slurp("/proc/self/maps", maps, sizeof maps - 1);
	maps[len] = 0;
	unsigned long long s, t;
	int stack = 0, heap_or_data = 0, code = 0;
	uintptr_t sp = (uintptr_t)&argc, pc = (uintptr_t)&main, data = (uintptr_t)&global;
	for (char *l = maps; *l; l = strchr(l, '\n') + 1) {
		char perms[5];
		if (sscanf(l, "%llx-%llx %4s", &s, &t, perms) != 3) break;
		if (sp >= s && sp < t && perms[0] == 'r' && perms[1] == 'w' && strstr(l, "[stack]")) stack = 1;
		if (pc >= s && pc < t && perms[2] == 'x') code = 1;
		if (data >= s && data < t && perms[1] == 'w') heap_or_data = 1;
		if (!strchr(l, '\n')) break;
	}
	printf("maps: stack %s, code %s, data %s\n", stack ? "yes" : "no", code ? "yes" : "no", heap_or_data ? "yes" : "no");
	printf("maps mentions the program: %s\n", strstr(maps, argv[0] + (argv[0][0] == '.' ? 1 : 0)) ? "yes" : "no");

	len = slurp("/proc/cpuinfo", buf, sizeof buf - 1);
	buf[len] = 0;
	printf("cpuinfo looks like aarch64: %s\n", strstr(buf, "CPU architecture: 8") || strstr(buf, "Features") ? "yes" : "no");

	len = slurp("/proc/self/comm", buf, sizeof buf - 1);
	buf[len] = 0;
	printf("comm %s", buf);
	len = slurp("/proc/self/stat", buf, sizeof buf - 1);
	buf[len] = 0;
	char *close_paren = strrchr(buf, ')');
	if (close_paren) close_paren[1] = 0;
	printf("stat %s\n", strchr(buf, '(') ? strchr(buf, '(') : "?");
	len = slurp("/proc/self/status", buf, sizeof buf - 1);
	buf[len] = 0;
	printf("status %.*s\n", (int)strcspn(buf, "\n"), buf);
	return 0;
}
