/* emu/sys/socketcall.c: socketcall(2), the socket multiplexer of the older
 * ABIs (i386, m68k, ppc32, s390x, sh4, sparc, mips o32): `call` picks a socket
 * syscall and `args` points to its arguments, an array of guest longs.  glibc
 * still reaches every socket call through it on s390x.
 *
 * The call numbers are a spec set (socketcall_calls, proven against
 * linux/net.h) whose names are the syscalls they stand for (SYS_SENDTO ->
 * sendto); the call then runs exactly as if the guest had made it directly
 * (its own marshaller or handler).  accept, send and recv have no syscall of
 * their own on some of these ABIs: they run as accept4 / sendto / recvfrom
 * with the extra arguments zero, as the kernel's own __sys_accept4,
 * __sys_sendto and __sys_recvfrom calls do. */
#include <ctype.h>
#include <string.h>

#include "emu/sys/internal.h"

#define NCALLS 21   /* SYS_SENDMMSG + 1 */

/* The kernel's implementations of calls that may have no syscall number. */
static const struct {
	const char *name, *as;
	unsigned extra;   /* zero arguments appended */
} alias[] = { { "accept", "accept4", 1 }, { "send", "sendto", 2 }, { "recv", "recvfrom", 2 } };

static const struct dm_syscall *by_name(const struct dm_abi *abi, const char *name)
{
	for (uint32_t i = 0; i < abi->nsyscalls; i++)
		if (abi->syscalls[i].sig && !strcmp(abi->syscalls[i].name, name)) return &abi->syscalls[i];
	return NULL;
}

struct target {
	const struct dm_syscall *e;
	unsigned nargs;   /* guest longs read from args */
};

/* The syscall that call stands for on abi, or e == NULL. */
static struct target resolve(const struct dm_abi *abi, uint64_t call)
{
	struct target t = { 0 };
	const struct dm_constset *s = abi->sets[DM_SET_socketcall_calls];
	for (unsigned i = 0; s && i < s->n; i++) {
		if (s->v[i].guest != call || (s->v[i].flags & DM_C_NO_GUEST)) continue;
		char name[32];
		const char *n = s->v[i].name + 4;   /* past "SYS_" */
		size_t k = 0;
		for (; n[k] && k < sizeof name - 1; k++) name[k] = (char)tolower((unsigned char)n[k]);
		name[k] = 0;
		unsigned extra = 0;
		t.e = by_name(abi, name);
		for (size_t a = 0; !t.e && a < sizeof alias / sizeof alias[0]; a++)
			if (!strcmp(alias[a].name, name)) {
				t.e = by_name(abi, alias[a].as);
				extra = alias[a].extra;
			}
		if (t.e) t.nargs = t.e->sig->nargs - extra;
		break;
	}
	return t;
}

/* Resolved once per ABI (a process has one; a foreign exec starts afresh). */
static const struct dm_abi *cached_abi;
static struct target cache[NCALLS];

int64_t dm_sys_socketcall(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	uint64_t call = (uint32_t)dm_call_arg(c, 0), args = dm_call_arg(c, 1);
	if (call < 1 || call >= NCALLS) return DM_GERR(EINVAL);
	if (__atomic_load_n(&cached_abi, __ATOMIC_ACQUIRE) != abi) {
		struct target t[NCALLS];
		for (uint64_t i = 1; i < NCALLS; i++) t[i] = resolve(abi, i);
		memcpy(cache, t, sizeof t);   /* racing threads write the same values */
		__atomic_store_n(&cached_abi, abi, __ATOMIC_RELEASE);
	}
	struct target t = cache[call];
	if (!t.e) return DM_GERR(EINVAL);   /* the kernel's answer to a call it does not know */
	struct dm_sys_call d = { .cpu = c->cpu, .abi = abi, .entry = t.e, .nr = t.e->nr };
	unsigned w = dm_gword(abi);
	for (unsigned i = 0; i < t.nargs; i++)
		if (dm_get_guest(abi, args + (uint64_t)i * w, w, &d.args[i])) return DM_GERR(EFAULT);
	return dm_sys_run(&d);
}
