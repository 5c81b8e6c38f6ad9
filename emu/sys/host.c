/* emu/sys/host.c: the host side of a syscall.  The host's numbers come from
 * the generated x86_64 table (the host is an x86_64 Linux kernel), looked up
 * by the guest syscall's name; all host syscalls funnel through
 * dm_host_syscall(). */
#include <errno.h>
#include <glib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/signal/signal.h"
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
	/* arm: send/recv are sendto/recvfrom without an address (the marshaller
	 * places arguments by name: the address ones stay NULL); arm's older
	 * number for sync_file_range2 takes the same arguments by name */
	{ "send", "sendto" }, { "recv", "recvfrom" }, { "arm_sync_file_range", "sync_file_range" },
	{ "sync_file_range2", "sync_file_range" },
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

const struct dm_abi *dm_host_abi(void)
{
	static const struct dm_abi *h;
	if (!h) h = dm_abi_find("x86_64");
	return h;
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

/* ---- the blocking-syscall path ------------------------------------------------
 *
 * dm_safe_syscall_raw(pending, nr, a0..a5) is the only instruction sequence
 * that enters the host kernel for a guest syscall:
 *
 *     dm_safe_syscall_start:  cmpl $0, (pending)     -- a guest signal queued?
 *                             jnz  interrupted
 *                             syscall
 *     dm_safe_syscall_end:    ret
 *     interrupted:            return -DM_ERESTARTSYS
 *
 * The host handler of guest-handled signals (emu/signal/signal.c) sets the
 * thread's pending flag and, when the interrupted rip lies in [start, end),
 * moves it to `interrupted`.  So a signal that arrives after the check but
 * before the kernel has started the call (or one the host kernel decided to
 * restart: it rewinds rip to the syscall instruction) never leaves us blocked
 * in the kernel: the call reports "restart", the dispatcher delivers the
 * guest handler and the guest executes its svc again.  A signal that
 * interrupts the call inside the kernel makes it return -EINTR (host handlers
 * have SA_RESTART only when the guest asked for it: then the host kernel
 * rewinds, which lands in the window: restart).  docs/signals.md. */
__asm__(
	".text\n"
	".globl dm_safe_syscall_raw\n"
	".type dm_safe_syscall_raw,@function\n"
	".globl dm_safe_syscall_start\n"
	".globl dm_safe_syscall_end\n"
	".globl dm_safe_syscall_interrupted\n"
	"dm_safe_syscall_raw:\n"
	"	.cfi_startproc\n"
	"	push %rbx\n"
	"	.cfi_adjust_cfa_offset 8\n"
	"	.cfi_rel_offset %rbx, 0\n"
	"	mov %rdi, %rbx\n"          /* pending flag */
	"	mov %rsi, %rax\n"          /* nr */
	"	mov %rdx, %rdi\n"          /* a0 */
	"	mov %rcx, %rsi\n"          /* a1 */
	"	mov %r8, %rdx\n"           /* a2 */
	"	mov %r9, %r10\n"           /* a3 */
	"	mov 16(%rsp), %r8\n"       /* a4 */
	"	mov 24(%rsp), %r9\n"       /* a5 */
	"dm_safe_syscall_start:\n"
	"	cmpl $0, (%rbx)\n"
	"	jnz dm_safe_syscall_interrupted\n"
	"	syscall\n"
	"dm_safe_syscall_end:\n"
	"	pop %rbx\n"
	"	.cfi_adjust_cfa_offset -8\n"
	"	.cfi_restore %rbx\n"
	"	ret\n"
	"	.cfi_adjust_cfa_offset 8\n"
	"	.cfi_rel_offset %rbx, 0\n"
	"dm_safe_syscall_interrupted:\n"
	"	mov $-512, %rax\n"         /* -DM_ERESTARTSYS */
	"	pop %rbx\n"
	"	.cfi_adjust_cfa_offset -8\n"
	"	.cfi_restore %rbx\n"
	"	ret\n"
	"	.cfi_endproc\n"
	".size dm_safe_syscall_raw, .-dm_safe_syscall_raw\n");

__thread volatile int dm_signal_pending;

/* emu/signal's, when linked in (test programs of emu/sys run without it) */
__attribute__((weak)) void dm_signal_temp_mask(uint64_t host_mask) { (void)host_mask; }

long dm_host_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
{
	/* The calls that install a temporary signal mask for their duration: a
	 * guest handler that interrupts them runs with that mask, and its frame
	 * records the mask from before the call (as for rt_sigsuspend). */
	const uint64_t *tmp = NULL;
	switch (nr) {
	case SYS_ppoll: tmp = (const uint64_t *)a3; break;
	case SYS_pselect6: if (a5) tmp = *(const uint64_t *const *)a5; break;
	case SYS_epoll_pwait: case SYS_epoll_pwait2: tmp = (const uint64_t *)a4; break;
	default: break;
	}
	long r = dm_safe_syscall_raw(&dm_signal_pending, nr, a0, a1, a2, a3, a4, a5);
	if (r == -EINTR && tmp) dm_signal_temp_mask(*tmp);
	return r;
}

int64_t dm_sys_err(const struct dm_abi *abi, long r)
{
	if (r == -DM_ERESTARTSYS) return DM_SYS_RESTART;
	if (r < 0 && r >= -4095)
		return -(int64_t)dm_errno_to_guest(abi, (int)-r);
	return r;
}
