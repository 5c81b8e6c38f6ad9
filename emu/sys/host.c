/* emu/sys/host.c: the host side of a syscall.  The host's numbers come from
 * the generated x86_64 table (the host is an x86_64 Linux kernel), looked up
 * by the guest syscall's name; all host syscalls funnel through
 * dm_host_syscall(). */
#include <glib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/sys/internal.h"

/* Guest names the host spells differently but with the same arguments
 * (same order and meaning once the marshaller has converted them). */
static const char *const aliases[][2] = {
	{ "fstat64", "fstat" }, { "stat64", "stat" }, { "lstat64", "lstat" },
	{ "fstatat64", "newfstatat" }, { "newfstatat", "newfstatat" },
	{ "truncate64", "truncate" }, { "ftruncate64", "ftruncate" },
	{ "sendfile64", "sendfile" }, { "getdents", "getdents" },
	{ "getuid32", "getuid" }, { "geteuid32", "geteuid" }, { "getgid32", "getgid" },
	{ "getegid32", "getegid" }, { "setuid32", "setuid" }, { "setgid32", "setgid" },
	{ "setreuid32", "setreuid" }, { "setregid32", "setregid" }, { "setresuid32", "setresuid" },
	{ "getresuid32", "getresuid" }, { "setresgid32", "setresgid" }, { "getresgid32", "getresgid" },
	{ "setfsuid32", "setfsuid" }, { "setfsgid32", "setfsgid" }, { "getgroups32", "getgroups" },
	{ "setgroups32", "setgroups" }, { "chown32", "chown" }, { "lchown32", "lchown" },
	{ "fchown32", "fchown" }, { "ugetrlimit", "getrlimit" }, { "eventfd2", "eventfd2" },
};

static GHashTable *host_by_name;

static void host_init(void)
{
	const struct dm_abi *h = dm_abi_find("x86_64");
	host_by_name = g_hash_table_new(g_str_hash, g_str_equal);
	if (!h) return;
	for (uint32_t i = 0; i < h->nsyscalls; i++)
		g_hash_table_insert(host_by_name, (gpointer)h->syscalls[i].name, (gpointer)&h->syscalls[i]);
}

const struct dm_syscall *dm_host_entry(const char *name)
{
	if (!host_by_name) host_init();
	const struct dm_syscall *e = g_hash_table_lookup(host_by_name, name);
	if (e) return e;
	for (size_t i = 0; i < G_N_ELEMENTS(aliases); i++)
		if (!strcmp(aliases[i][0], name))
			return g_hash_table_lookup(host_by_name, aliases[i][1]);
	/* time64 twins of 32-bit ABIs: clock_gettime64 -> clock_gettime, ppoll_time64 -> ppoll */
	size_t n = strlen(name);
	char buf[64];
	if (n > 7 && n < sizeof buf && !strcmp(name + n - 7, "_time64")) {
		memcpy(buf, name, n - 7); buf[n - 7] = 0;
		return g_hash_table_lookup(host_by_name, buf);
	}
	if (n > 2 && n < sizeof buf && !strcmp(name + n - 2, "64")) {
		memcpy(buf, name, n - 2); buf[n - 2] = 0;
		return g_hash_table_lookup(host_by_name, buf);
	}
	return NULL;
}

long dm_host_nr(const char *name)
{
	const struct dm_syscall *e = dm_host_entry(name);
	return e ? (long)e->nr : -1;
}

long dm_host_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
{
	long r = syscall(nr, a0, a1, a2, a3, a4, a5);
	return r == -1 ? -errno : r;
}

int64_t dm_sys_err(const struct dm_abi *abi, long r)
{
	if (r < 0 && r >= -4095)
		return -(int64_t)dm_errno_to_guest(abi, (int)-r);
	return r;
}
