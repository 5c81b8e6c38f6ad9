/* emu/sys/seccomp.c: seccomp(2), prctl(PR_SET/GET_SECCOMP) and the check
 * every guest syscall passes in dm_syscall (seccomp.h).
 *
 * Kernel facts this follows (linux/seccomp.h, seccomp(2), the kernel's
 * seccomp documentation):
 *   - strict mode leaves read, write, exit and rt_sigreturn; any other call
 *     ends the thread as do_exit(SIGKILL) (the process, for its last thread);
 *   - filters form a chain, newest first; all run, and the verdict with the
 *     lowest signed action (SECCOMP_RET_ACTION_FULL) wins, the newest filter
 *     on a tie; its low 16 bits are the action's data;
 *   - a filter is attached only with no_new_privs or CAP_SYS_ADMIN (EACCES),
 *     at most 32768 instructions along the chain, counting 4 more per filter
 *     (ENOMEM); TSYNC first checks every other thread has no filter or an
 *     ancestor of the caller's (else the call returns that thread's id, or
 *     ESRCH with TSYNC_ESRCH).
 * A filter is immutable once attached and shared by the threads and fork
 * children that inherit it; it lives as long as the process. */

#include <errno.h>
#include <glib.h>
#include <linux/capability.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/signal/guest_signal.h"
#include "emu/strace/strace.h"
#include "emu/sys/internal.h"
#include "emu/sys/seccomp.h"
#include "emu/sys/seccomp_bpf.h"
#include "emu/thread/thread.h"

#pragma weak dm_thread_foreach_sysrec
#pragma weak dm_thread_live_count
#pragma weak dm_thread_set_sysrec
#pragma weak dm_thread_sysrec
/* the signal layer: not in the syscall unit test's link (which sets no filter) */
#pragma weak dm_signal_force
#pragma weak dm_signal_die

struct dm_seccomp_filter {
	struct dm_seccomp_filter *prev;
	unsigned len;
	int log;                          /* SECCOMP_FILTER_FLAG_LOG: kept, nothing is logged */
	struct dm_bpf_insn insns[];
};

/* seccomp(2) operations, filter flags and actions (linux/seccomp.h, the same on every ABI) */
enum { OP_STRICT = 0, OP_FILTER = 1, OP_ACTION_AVAIL = 2, OP_NOTIF_SIZES = 3 };
enum {
	F_TSYNC = 1, F_LOG = 2, F_SPEC_ALLOW = 4, F_NEW_LISTENER = 8, F_TSYNC_ESRCH = 16, F_WAIT_KILLABLE_RECV = 32,
};
#define RET_KILL_PROCESS 0x80000000u
#define RET_KILL_THREAD 0x00000000u
#define RET_TRAP 0x00030000u
#define RET_ERRNO 0x00050000u
#define RET_USER_NOTIF 0x7fc00000u
#define RET_TRACE 0x7ff00000u
#define RET_LOG 0x7ffc0000u
#define RET_ALLOW 0x7fff0000u
#define RET_ACTION_FULL 0xffff0000u
#define RET_DATA 0x0000ffffu
#define MAX_INSNS_PER_PATH 32768      /* (1 << 18) / sizeof(struct sock_filter) */
#define MAX_ERRNO 4095
#define SYS_SECCOMP_CODE 1            /* SIGSYS si_code */
#define CAP_SYS_ADMIN_BIT 21

/* TSYNC's exclusion: it and thread creation (dm_seccomp_inherit) take it. */
static pthread_mutex_t sync_lock = PTHREAD_MUTEX_INITIALIZER;

void dm_seccomp_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) pthread_mutex_lock(&sync_lock);
	else if (phase == DM_FORK_PARENT) pthread_mutex_unlock(&sync_lock);
	else pthread_mutex_init(&sync_lock, NULL);
}

static int mode_of(const struct dm_sys_state *s) { return __atomic_load_n(&s->seccomp_mode, __ATOMIC_ACQUIRE); }
static struct dm_seccomp_filter *filter_of(const struct dm_sys_state *s)
{
	return __atomic_load_n(&s->seccomp_filter, __ATOMIC_ACQUIRE);
}

/* The calling thread's, read as members of the TLS object: GCC 12's UBSan
 * null check of a pointer to a TLS variable tests flags of an add the
 * linker may relax into a lea, and then fires at random. */
static int own_mode(void) { return __atomic_load_n(&dm_sys_state.seccomp_mode, __ATOMIC_ACQUIRE); }
static struct dm_seccomp_filter *own_filter(void)
{
	return __atomic_load_n(&dm_sys_state.seccomp_filter, __ATOMIC_ACQUIRE);
}

int dm_seccomp_on(void) { return own_mode() != DM_SECCOMP_OFF; }

void dm_seccomp_inherit(struct dm_sys_state *child, const struct dm_sys_state *creator)
{
	pthread_mutex_lock(&sync_lock);
	child->seccomp_filter = filter_of(creator);
	child->seccomp_mode = mode_of(creator);
	pthread_mutex_unlock(&sync_lock);
}

/* ---- the check on every guest syscall -------------------------------------------- */

int64_t dm_sys_exit(struct dm_sys_call *c);   /* proc.c */

static int live_threads(void) { return dm_thread_live_count ? dm_thread_live_count() : 1; }

/* -strace: the call ends without a result ("= ?", as strace(1) shows a
 * call its process dies in). */
static void trace_unfinished(struct dm_sys_call *c)
{
	if (dm_proc.log_mask & DM_LOG_STRACE) dm_strace_exit(c, DM_SYS_KEEP_REGS);
}

/* The process dies of sig (as of its default action: a handler or mask
 * does not matter; -strace prints no signal line, as strace(1) sees none). */
static _Noreturn void die(struct dm_sys_call *c, int host_sig)
{
	trace_unfinished(c);
	if (dm_signal_die) dm_signal_die(host_sig);
	abort();
}

/* The calling thread ends as do_exit(sig) would: the process, when it is
 * the last thread, dies of sig; otherwise only this thread goes (with the
 * exit(2) path: robust list, clear_child_tid). */
static _Noreturn void exit_thread(struct dm_sys_call *c, int host_sig)
{
	if (live_threads() > 1) {
		trace_unfinished(c);
		struct dm_sys_call x = { .cpu = c->cpu, .abi = c->abi };
		dm_sys_exit(&x);
	}
	die(c, host_sig);
}

static int64_t strict_check(struct dm_sys_call *c)
{
	static const char *const allowed[] = { "read", "write", "exit", "rt_sigreturn" };
	for (size_t i = 0; c->entry && i < G_N_ELEMENTS(allowed); i++)
		if (!strcmp(c->entry->name, allowed[i])) return DM_SECCOMP_RUN;
	exit_thread(c, SIGKILL);
}

/* struct seccomp_data in the guest's byte order: int nr, u32 arch, u64
 * instruction_pointer, u64 args[6].  The pc is the one after the syscall
 * instruction, as the kernel's instruction_pointer(regs) at entry. */
static void seccomp_data(struct dm_sys_call *c, uint8_t d[DM_SECCOMP_DATA_SIZE])
{
	dm_gstore(c->abi, d, 4, (uint32_t)c->nr);
	dm_gstore(c->abi, d + 4, 4, c->abi->audit_arch);
	dm_gstore(c->abi, d + 8, 8, c->cpu ? c->cpu->pc : 0);
	for (int i = 0; i < 6; i++) dm_gstore(c->abi, d + 16 + 8 * i, 8, c->args[i]);
}

static uint32_t run_filters(struct dm_sys_call *c)
{
	uint8_t d[DM_SECCOMP_DATA_SIZE];
	seccomp_data(c, d);
	uint32_t ret = RET_ALLOW;
	for (const struct dm_seccomp_filter *f = own_filter(); f; f = f->prev) {
		uint32_t r = dm_seccomp_bpf_run(f->insns, f->len, d, c->abi->endian == DM_BIG);
		if ((int32_t)(r & RET_ACTION_FULL) < (int32_t)(ret & RET_ACTION_FULL)) ret = r;
	}
	return ret;
}

static struct dm_gsiginfo sigsys_info(struct dm_sys_call *c, int err)
{
	struct dm_gsiginfo info = {
		.signo = dm_signal_to_guest(c->abi, SIGSYS), .code = SYS_SECCOMP_CODE, .err = err, .kind = DM_SIL_SYS,
		.addr = c->cpu ? c->cpu->pc : 0, .syscall = (int)c->nr, .arch = c->abi->audit_arch,
	};
	return info;
}

int64_t dm_seccomp_enter(struct dm_sys_call *c)
{
	int mode = own_mode();
	if (mode == DM_SECCOMP_STRICT) return strict_check(c);
	if (mode != DM_SECCOMP_FILTER) return DM_SECCOMP_RUN;
	uint32_t ret = run_filters(c);
	uint32_t data = ret & RET_DATA;
	switch (ret & RET_ACTION_FULL) {
	case RET_ALLOW: case RET_LOG:
		return DM_SECCOMP_RUN;
	case RET_ERRNO:
		/* the data is an errno in the guest's own numbering */
		return -(int64_t)(data > MAX_ERRNO ? MAX_ERRNO : data);
	case RET_TRACE:
		return DM_GERR(ENOSYS);       /* no tracer: the call is skipped */
	case RET_TRAP: {
		/* the handler sees the registers of the call (x0 not replaced by a result) */
		struct dm_gsiginfo info = sigsys_info(c, (int)data);
		if (!dm_signal_force) die(c, SIGSYS);
		dm_signal_force(c->cpu, SIGSYS, &info);
		return DM_SYS_KEEP_REGS;
	}
	case RET_KILL_THREAD:
		if (live_threads() > 1) exit_thread(c, SIGSYS);
		break;                        /* the last thread: dies like the process, below */
	default:
		break;
	}
	/* KILL_PROCESS, the last thread's KILL_THREAD, and any action this
	 * kernel does not know (USER_NOTIF among them: docs/syscalls.md) */
	die(c, SIGSYS);
}

/* ---- attaching ----------------------------------------------------------------------- */

/* seccomp_may_assign_mode: a mode once set changes only to itself. */
static bool may_assign(int mode)
{
	int cur = own_mode();
	return cur == DM_SECCOMP_OFF || cur == mode;
}

static bool privileged_enough(void)
{
	if (prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1) return true;
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	if (syscall(SYS_capget, &h, d) != 0) return false;
	return (d[0].effective >> CAP_SYS_ADMIN_BIT) & 1;
}

static int64_t set_strict(void)
{
	if (!may_assign(DM_SECCOMP_STRICT)) return DM_GERR(EINVAL);
	__atomic_store_n(&dm_sys_state.seccomp_mode, DM_SECCOMP_STRICT, __ATOMIC_RELEASE);
	return 0;
}

/* struct sock_fprog { unsigned short len; struct sock_filter *filter; } at
 * guest address g; the filter array copied, converted and checked.  0 or
 * -errno (host numbering), in the kernel's order: EFAULT for the header,
 * EINVAL for the length, EACCES, EFAULT for the array, EINVAL for the code. */
static int prepare(const struct dm_abi *abi, uint64_t g, struct dm_seccomp_filter **out)
{
	unsigned w = dm_gword(abi);
	uint64_t len, prog;
	if (dm_get_guest(abi, g, 2, &len) || dm_get_guest(abi, g + w, w, &prog)) return -EFAULT;
	if (len == 0 || len > DM_BPF_MAXINSNS) return -EINVAL;
	if (!privileged_enough()) return -EACCES;
	uint8_t *raw = g_malloc(len * 8);
	if (dm_copy_from_guest(raw, prog, len * 8)) {
		g_free(raw);
		return -EFAULT;
	}
	struct dm_seccomp_filter *f = g_malloc0(sizeof *f + len * sizeof f->insns[0]);
	f->len = (unsigned)len;
	for (unsigned i = 0; i < len; i++) {
		const uint8_t *s = raw + 8 * i;
		f->insns[i] = (struct dm_bpf_insn){ (uint16_t)dm_gload(abi, s, 2), s[2], s[3], (uint32_t)dm_gload(abi, s + 4, 4) };
	}
	g_free(raw);
	int r = dm_seccomp_bpf_check(f->insns, f->len);
	if (r) {
		g_free(f);
		return r;
	}
	*out = f;
	return 0;
}

static bool is_ancestor(const struct dm_seccomp_filter *anc, const struct dm_seccomp_filter *f)
{
	if (!anc) return true;
	for (; f; f = f->prev)
		if (f == anc) return true;
	return false;
}

struct tsync {
	const struct dm_sys_state *caller;
	int failed_tid;
};

static void can_sync(int tid, void *rec, void *arg)
{
	struct tsync *t = arg;
	const struct dm_sys_state *s = rec;
	if (!s || s == t->caller || t->failed_tid) return;
	int mode = mode_of(s);
	if (mode == DM_SECCOMP_OFF || (mode == DM_SECCOMP_FILTER && is_ancestor(filter_of(s), filter_of(t->caller))))
		return;
	t->failed_tid = tid;
}

static void do_sync(int tid, void *rec, void *arg)
{
	(void)tid;
	struct tsync *t = arg;
	struct dm_sys_state *s = rec;
	if (!s || s == t->caller) return;
	__atomic_store_n(&s->seccomp_filter, filter_of(t->caller), __ATOMIC_RELEASE);
	__atomic_store_n(&s->seccomp_mode, DM_SECCOMP_FILTER, __ATOMIC_RELEASE);
}

static int64_t set_filter(struct dm_sys_call *c, uint64_t flags, uint64_t uargs)
{
	const uint64_t known = F_TSYNC | F_LOG | F_SPEC_ALLOW | F_TSYNC_ESRCH;
	/* NEW_LISTENER and WAIT_KILLABLE_RECV belong to user notification,
	 * which is not provided: refused as by a kernel without it */
	if (flags & ~known) return DM_GERR(EINVAL);
	struct dm_seccomp_filter *f = NULL;
	int r = prepare(c->abi, uargs, &f);
	if (r) return DM_GERR(-r);
	if (dm_thread_set_sysrec) dm_thread_set_sysrec(&dm_sys_state);   /* TSYNC from another thread finds us */
	pthread_mutex_lock(&sync_lock);
	int64_t ret = 0;
	unsigned total = f->len;
	for (const struct dm_seccomp_filter *w = own_filter(); w; w = w->prev) total += w->len + 4;
	struct tsync t = { .caller = &dm_sys_state };
	if (!may_assign(DM_SECCOMP_FILTER)) ret = DM_GERR(EINVAL);
	else if (total > MAX_INSNS_PER_PATH) ret = DM_GERR(ENOMEM);
	else if ((flags & F_TSYNC) && dm_thread_foreach_sysrec) {
		dm_thread_foreach_sysrec(can_sync, &t);
		if (t.failed_tid) ret = (flags & F_TSYNC_ESRCH) ? DM_GERR(ESRCH) : t.failed_tid;
	}
	if (ret == 0) {
		f->log = (flags & F_LOG) != 0;
		f->prev = own_filter();
		__atomic_store_n(&dm_sys_state.seccomp_filter, f, __ATOMIC_RELEASE);
		__atomic_store_n(&dm_sys_state.seccomp_mode, DM_SECCOMP_FILTER, __ATOMIC_RELEASE);
		if ((flags & F_TSYNC) && dm_thread_foreach_sysrec) dm_thread_foreach_sysrec(do_sync, &t);
	} else {
		g_free(f);
	}
	pthread_mutex_unlock(&sync_lock);
	return ret;
}

static int64_t action_avail(struct dm_sys_call *c, uint64_t uargs)
{
	uint64_t a;
	if (dm_get_guest(c->abi, uargs, 4, &a)) return DM_GERR(EFAULT);
	switch ((uint32_t)a) {
	case RET_KILL_PROCESS: case RET_KILL_THREAD: case RET_TRAP: case RET_ERRNO: case RET_TRACE: case RET_LOG:
	case RET_ALLOW:
		return 0;
	default:
		return DM_GERR(EOPNOTSUPP);   /* USER_NOTIF too: not provided */
	}
}

int64_t dm_sys_seccomp(struct dm_sys_call *c)
{
	uint64_t op = (uint32_t)dm_call_named(c, "op", 0), flags = (uint32_t)dm_call_named(c, "flags", 1);
	uint64_t uargs = dm_call_named(c, "uargs", 2);
	switch (op) {
	case OP_STRICT:
		if (flags || uargs) return DM_GERR(EINVAL);
		return set_strict();
	case OP_FILTER:
		return set_filter(c, flags, uargs);
	case OP_ACTION_AVAIL:
		if (flags) return DM_GERR(EINVAL);
		return action_avail(c, uargs);
	default:
		/* OP_NOTIF_SIZES included: user notification is not provided */
		return DM_GERR(EINVAL);
	}
}

int64_t dm_seccomp_prctl_set(struct dm_sys_call *c, uint64_t mode, uint64_t filter)
{
	if (mode == DM_SECCOMP_STRICT) return set_strict();
	if (mode == DM_SECCOMP_FILTER) return set_filter(c, 0, filter);
	return DM_GERR(EINVAL);
}

int64_t dm_seccomp_prctl_get(void) { return own_mode(); }

int dm_seccomp_status(int tid, int *mode, unsigned *nfilters)
{
	const struct dm_seccomp_filter *f;
	if (tid == (int)syscall(SYS_gettid)) {
		*mode = own_mode();
		f = own_filter();
	} else {
		const struct dm_sys_state *s = dm_thread_sysrec ? dm_thread_sysrec(tid) : NULL;
		if (!s) return -1;
		*mode = mode_of(s);
		f = filter_of(s);
	}
	for (*nfilters = 0; f; f = f->prev) ++*nfilters;
	return 0;
}

/* ---- across execve ---------------------------------------------------------------------- */

/* The memfd: "DMSC", mode, count, then per filter (oldest first) flags,
 * len and the instructions in host byte order. */
int dm_seccomp_export(int *err)
{
	*err = 0;
	if (own_mode() != DM_SECCOMP_FILTER) return -1;
	GPtrArray *chain = g_ptr_array_new();
	for (struct dm_seccomp_filter *f = own_filter(); f; f = f->prev) g_ptr_array_insert(chain, 0, f);
	GByteArray *b = g_byte_array_new();
	uint32_t hdr[3] = { 0x43534d44u, DM_SECCOMP_FILTER, chain->len };
	g_byte_array_append(b, (const guint8 *)hdr, sizeof hdr);
	for (unsigned i = 0; i < chain->len; i++) {
		const struct dm_seccomp_filter *f = chain->pdata[i];
		uint32_t fh[2] = { (uint32_t)f->log, f->len };
		g_byte_array_append(b, (const guint8 *)fh, sizeof fh);
		g_byte_array_append(b, (const guint8 *)f->insns, f->len * (guint)sizeof f->insns[0]);
	}
	g_ptr_array_free(chain, TRUE);
	int fd = memfd_create("dragoman-seccomp", 0);
	if (fd < 0) *err = errno;
	else if (write(fd, b->data, b->len) != (ssize_t)b->len) {
		*err = ENOMEM;
		close(fd);
		fd = -1;
	}
	g_byte_array_free(b, TRUE);
	return fd;
}

int dm_seccomp_import(int fd)
{
	struct stat st;
	uint8_t *buf = NULL;
	int ok = 0;
	if (fstat(fd, &st) == 0 && st.st_size >= 12) {
		buf = g_malloc((size_t)st.st_size);
		ok = pread(fd, buf, (size_t)st.st_size, 0) == st.st_size;
	}
	close(fd);
	uint32_t hdr[3];
	if (ok) memcpy(hdr, buf, sizeof hdr);
	ok = ok && hdr[0] == 0x43534d44u && hdr[1] == DM_SECCOMP_FILTER;
	size_t off = 12;
	struct dm_seccomp_filter *top = NULL;
	for (uint32_t i = 0; ok && i < hdr[2]; i++) {
		uint32_t fh[2];
		ok = off + 8 <= (size_t)st.st_size;
		if (!ok) break;
		memcpy(fh, buf + off, 8);
		off += 8;
		ok = fh[1] >= 1 && fh[1] <= DM_BPF_MAXINSNS && off + fh[1] * sizeof(struct dm_bpf_insn) <= (size_t)st.st_size;
		if (!ok) break;
		struct dm_seccomp_filter *f = g_malloc0(sizeof *f + fh[1] * sizeof f->insns[0]);
		f->log = (int)fh[0];
		f->len = fh[1];
		memcpy(f->insns, buf + off, fh[1] * sizeof f->insns[0]);
		off += fh[1] * sizeof f->insns[0];
		/* the LEN rewrite is idempotent: checking again proves the bytes came through whole */
		ok = dm_seccomp_bpf_check(f->insns, f->len) == 0;
		f->prev = top;
		top = f;
	}
	g_free(buf);
	if (!ok || !top) {
		fprintf(stderr, "dragoman: -seccomp-fd: not a filter chain from dragoman\n");
		return -1;
	}
	dm_sys_state.seccomp_filter = top;
	dm_sys_state.seccomp_mode = DM_SECCOMP_FILTER;
	return 0;
}
