/* emu/sys/socketcall.c: socketcall(call, args), the socket multiplexer of
 * the old ABIs (i386, m68k, s390x...).  Its arguments are an array of
 * longs in guest memory (guest word size and byte order); the call runs as
 * the direct syscall of that name, through the ABI's own table, so it is
 * marshalled and traced as any other.  Calls the ABI has no direct syscall
 * for take their modern equivalent, as the kernel's own socketcall does:
 * accept is accept4 with no flags, send/recv are sendto/recvfrom without an
 * address. */
#include <errno.h>
#include <string.h>

#include "emu/abi/bytes.h"
#include "emu/mm/mm.h"
#include "emu/sys/internal.h"

/* linux/net.h SYS_* numbering: name, argument count */
static const struct { const char *name, *alt; unsigned nargs; } calls[] = {
	[1] = { "socket", NULL, 3 },         [2] = { "bind", NULL, 3 },
	[3] = { "connect", NULL, 3 },        [4] = { "listen", NULL, 2 },
	[5] = { "accept", "accept4", 3 },    [6] = { "getsockname", NULL, 3 },
	[7] = { "getpeername", NULL, 3 },    [8] = { "socketpair", NULL, 4 },
	[9] = { "send", "sendto", 4 },       [10] = { "recv", "recvfrom", 4 },
	[11] = { "sendto", NULL, 6 },        [12] = { "recvfrom", NULL, 6 },
	[13] = { "shutdown", NULL, 2 },      [14] = { "setsockopt", NULL, 5 },
	[15] = { "getsockopt", NULL, 5 },    [16] = { "sendmsg", NULL, 3 },
	[17] = { "recvmsg", NULL, 3 },       [18] = { "accept4", NULL, 4 },
	[19] = { "recvmmsg", NULL, 5 },      [20] = { "sendmmsg", NULL, 4 },
};

static const struct dm_syscall *by_name(const struct dm_abi *abi, const char *name)
{
	for (uint32_t k = 0; k < abi->nsyscalls; k++)
		if (abi->syscalls[k].name && !strcmp(abi->syscalls[k].name, name)) return &abi->syscalls[k];
	return NULL;
}

int64_t dm_sys_socketcall(struct dm_sys_call *c)
{
	uint64_t call = (uint32_t)c->args[0];
	if (call == 0 || call >= sizeof calls / sizeof calls[0]) return DM_GERR(EINVAL);
	unsigned w = c->abi->bits / 8, n = calls[call].nargs;
	uint8_t b[6 * 8];
	if (dm_copy_from_guest(b, c->args[1], (size_t)n * w)) return DM_GERR(EFAULT);
	struct dm_sys_call sub = { .cpu = c->cpu, .abi = c->abi };
	for (unsigned i = 0; i < n; i++) {
		const uint8_t *p = b + i * w;
		sub.args[i] = w == 4 ? (c->abi->endian == DM_BIG ? dm_ld32be(p) : dm_ld32le(p))
				     : (c->abi->endian == DM_BIG ? dm_ld64be(p) : dm_ld64le(p));
	}
	sub.entry = by_name(c->abi, calls[call].name);
	if (!sub.entry && calls[call].alt) sub.entry = by_name(c->abi, calls[call].alt);   /* the extra arguments stay 0 */
	if (!sub.entry) return DM_GERR(ENOSYS);
	sub.nr = sub.entry->nr;
	return dm_sys_run(&sub);
}
