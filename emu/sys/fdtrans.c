/* emu/sys/fdtrans.c: descriptors whose data is a kernel struct, not bytes.
 * read(2) of an eventfd or timerfd gives a u64 counter, of a signalfd struct
 * signalfd_siginfo records, of an inotify descriptor struct inotify_event
 * records, of a fanotify descriptor struct fanotify_event_metadata records
 * and their info records; write(2) to an eventfd takes a u64.  The host kernel produces them
 * in host byte order and numbering, so a big-endian guest (or one whose
 * signal numbers differ) needs them converted.
 *
 * The descriptor's kind is recorded when the call that creates it succeeds
 * (only for an ABI that needs conversion) and follows the descriptor through
 * dup, dup2, dup3, fcntl(F_DUPFD*), close and close_range.  Not followed:
 * descriptors received over a Unix socket (SCM_RIGHTS) and those inherited
 * across a foreign execve; readv/pread on these descriptors are not
 * converted (programs read them with read(2)).
 *
 * /proc/PID/pagemap and /proc/kpageflags, kpagecount, kpagecgroup are
 * arrays of host-order u64 (reads must be 8-byte multiples): read and pread64
 * of them are swapped word by word.
 *
 * A userfaultfd descriptor gives struct uffd_msg records, which also hold
 * host addresses (the fault's, an mremap's, a madvise's): converted for a
 * big-endian guest or one whose memory is not at host address 0.
 *
 * The record layouts are the uapi's fixed-width ones (linux/signalfd.h,
 * linux/inotify.h, linux/fanotify.h, linux/userfaultfd.h), the same on every ABI: only byte order, signal
 * numbers and (userfaultfd) addresses differ. */
#include <fcntl.h>
#include <stdio.h>
#include <glib.h>
#include <string.h>
#include <sys/syscall.h>

#include "emu/abi/bytes.h"
#include "emu/mm/mm.h"
#include "emu/sys/internal.h"

enum fdkind { K_NONE, K_U64, K_SIGINFO, K_INOTIFY, K_FANOTIFY, K_U64ARRAY, K_UFFD };

/* What a syscall does to the kinds (by name, resolved once per ABI). */
enum action { A_NONE, A_NEW_U64, A_NEW_SIGINFO, A_NEW_INOTIFY, A_NEW_FANOTIFY, A_NEW_UFFD, A_OPEN, A_READ, A_WRITE, A_CLOSE, A_CLOSE_RANGE, A_DUP,
	      A_DUP_ONTO, A_FCNTL };
static const struct {
	const char *name;
	uint8_t action;
} by_name[] = {
	{ "eventfd", A_NEW_U64 }, { "eventfd2", A_NEW_U64 }, { "timerfd_create", A_NEW_U64 },
	{ "signalfd", A_NEW_SIGINFO }, { "signalfd4", A_NEW_SIGINFO }, { "inotify_init", A_NEW_INOTIFY },
	{ "inotify_init1", A_NEW_INOTIFY }, { "fanotify_init", A_NEW_FANOTIFY }, { "userfaultfd", A_NEW_UFFD }, { "open", A_OPEN }, { "openat", A_OPEN },
	{ "openat2", A_OPEN }, { "read", A_READ }, { "pread64", A_READ }, { "write", A_WRITE }, { "close", A_CLOSE },
	{ "close_range", A_CLOSE_RANGE }, { "dup", A_DUP }, { "dup2", A_DUP_ONTO }, { "dup3", A_DUP_ONTO },
	{ "fcntl", A_FCNTL }, { "fcntl64", A_FCNTL },
};

/* Kinds by descriptor: pages of 4096 descriptors made on first use, so
 * lookups take no lock (and nothing is held across fork). */
#define PAGE_FDS 4096
#define NPAGES 1024   /* 4M descriptors: beyond any RLIMIT_NOFILE the kernel allows by default */
static uint8_t *pages[NPAGES];
static int live;   /* descriptors with a kind: none, nothing to look at */

static enum fdkind kind_of(long fd)
{
	if (fd < 0 || fd >= (long)PAGE_FDS * NPAGES) return K_NONE;
	uint8_t *p = __atomic_load_n(&pages[fd / PAGE_FDS], __ATOMIC_ACQUIRE);
	return p ? (enum fdkind)__atomic_load_n(&p[fd % PAGE_FDS], __ATOMIC_RELAXED) : K_NONE;
}

static void set_kind(long fd, enum fdkind k)
{
	if (fd < 0 || fd >= (long)PAGE_FDS * NPAGES) return;
	uint8_t **slot = &pages[fd / PAGE_FDS];
	uint8_t *p = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
	if (!p) {
		if (k == K_NONE) return;
		uint8_t *fresh = g_malloc0(PAGE_FDS), *expect = NULL;
		if (__atomic_compare_exchange_n(slot, &expect, fresh, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) p = fresh;
		else {
			g_free(fresh);
			p = expect;
		}
	}
	uint8_t old = __atomic_exchange_n(&p[fd % PAGE_FDS], (uint8_t)k, __ATOMIC_RELAXED);
	if (!old && k) __atomic_add_fetch(&live, 1, __ATOMIC_RELAXED);
	if (old && !k) __atomic_sub_fetch(&live, 1, __ATOMIC_RELAXED);
}

static const struct dm_abi *actions_abi;
static uint8_t *actions;

static enum action action_of(const struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	if (__atomic_load_n(&actions_abi, __ATOMIC_ACQUIRE) != abi) {
		uint8_t *a = g_malloc0(abi->nsyscalls);
		for (uint32_t i = 0; i < abi->nsyscalls; i++)
			for (size_t k = 0; k < G_N_ELEMENTS(by_name); k++)
				if (!strcmp(abi->syscalls[i].name, by_name[k].name)) a[i] = by_name[k].action;
		actions = a;   /* a racing thread's table is the same; the loser's leaks once */
		__atomic_store_n(&actions_abi, abi, __ATOMIC_RELEASE);
	}
	size_t i = (size_t)(c->entry - abi->syscalls);
	return i < abi->nsyscalls ? (enum action)actions[i] : A_NONE;
}

/* Whether abi sees host data of kind k differently. */
static bool differs(const struct dm_abi *abi, enum fdkind k)
{
	if (abi->endian == DM_BIG) return true;
	if (k == K_UFFD) return dm_guest_base != 0;
	if (k != K_SIGINFO) return false;
	for (int s = 1; s < 65; s++)
		if (abi->sig_to_guest[s] != s) return true;
	return false;
}

/* struct signalfd_siginfo: the widths of its fields in order (128 bytes). */
static const uint8_t siginfo_widths[] = { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 8, 8, 8, 2, 2, 4, 8, 4 };

static void siginfo_to_guest(const struct dm_abi *abi, uint8_t *rec)
{
	unsigned off = 0;
	for (size_t i = 0; i < sizeof siginfo_widths; i++) {
		unsigned w = siginfo_widths[i];
		uint64_t v = 0;
		memcpy(&v, rec + off, w);
		if (i == 0) v = (uint32_t)dm_signal_to_guest(abi, (int)v);                     /* ssi_signo */
		if (i == 1 && v) v = (uint32_t)dm_errno_to_guest(abi, (int)(int32_t)v);      /* ssi_errno */
		/* ssi_int is the kernel's si_int: the sigval's first four bytes, which on
		 * a 64-bit big-endian guest are the high half of the word (ssi_ptr) */
		if (i == 11 && abi->endian == DM_BIG && abi->bits == 64) {
			uint64_t ptr;
			memcpy(&ptr, rec + 48, 8);
			v = (uint32_t)(ptr >> 32);
		}
		dm_gstore(abi, rec + off, w, v);
		off += w;
	}
}

static void inotify_to_guest(const struct dm_abi *abi, uint8_t *buf, long n)
{
	for (long off = 0; off + 16 <= n;) {
		uint32_t v[4];
		memcpy(v, buf + off, 16);
		for (int i = 0; i < 4; i++) dm_gstore(abi, buf + off + 4 * i, 4, v[i]);
		off += 16 + v[3];   /* len: the name's padded length */
	}
}

/* struct fanotify_event_metadata { u32 event_len; u8 vers, reserved; u16
 * metadata_len; u64 mask; s32 fd, pid; } then, up to event_len, info records
 * { u8 info_type, pad; u16 len; ... }: fid ones (1 FID, 2 DFID_NAME, 3 DFID,
 * 10 OLD_DFID_NAME, 12 NEW_DFID_NAME) hold a fsid (two s32) and a struct
 * file_handle (u32 bytes, s32 type, opaque), the rest of the record (the
 * name) bytes; 4 PIDFD an s32; 5 ERROR s32 error, u32 count; 6 RANGE u32 pad,
 * u64 offset, count; 7 MNT u64 mnt_id. */
static void store16(const struct dm_abi *abi, uint8_t *p) { uint16_t v; memcpy(&v, p, 2); dm_gstore(abi, p, 2, v); }
static void store32(const struct dm_abi *abi, uint8_t *p) { uint32_t v; memcpy(&v, p, 4); dm_gstore(abi, p, 4, v); }
static void store64(const struct dm_abi *abi, uint8_t *p) { uint64_t v; memcpy(&v, p, 8); dm_gstore(abi, p, 8, v); }

static void fanotify_info_to_guest(const struct dm_abi *abi, uint8_t *r, uint16_t len)
{
	switch (r[0]) {
	case 1: case 2: case 3: case 10: case 12:
		if (len >= 20) { store32(abi, r + 4); store32(abi, r + 8); store32(abi, r + 12); store32(abi, r + 16); }
		break;
	case 4: if (len >= 8) store32(abi, r + 4); break;
	case 5: if (len >= 12) { store32(abi, r + 4); store32(abi, r + 8); } break;
	case 6: if (len >= 24) { store64(abi, r + 8); store64(abi, r + 16); } break;
	case 7: if (len >= 16) store64(abi, r + 8); break;
	default: break;
	}
	store16(abi, r + 2);
}

static void fanotify_to_guest(const struct dm_abi *abi, uint8_t *buf, long n)
{
	for (long off = 0; off + 24 <= n;) {
		uint32_t elen;
		uint16_t mlen;
		memcpy(&elen, buf + off, 4);
		memcpy(&mlen, buf + off + 6, 2);
		if (elen < 24 || elen > n - off) return;
		for (uint32_t i = mlen; i + 4 <= elen;) {
			uint16_t ilen;
			memcpy(&ilen, buf + off + i + 2, 2);
			if (ilen < 4 || ilen > elen - i) break;
			fanotify_info_to_guest(abi, buf + off + i, ilen);
			i += ilen;
		}
		store32(abi, buf + off);
		store16(abi, buf + off + 6);
		store64(abi, buf + off + 8);
		store32(abi, buf + off + 16);
		store32(abi, buf + off + 20);
		off += elen;
	}
}

/* struct uffd_msg (32 bytes): u8 event, u8, u16, u32 reserved, then by event
 * 0x12 PAGEFAULT { u64 flags, u64 address, u32 ptid }, 0x13 FORK { u32 ufd },
 * 0x14 REMAP { u64 from, to, len }, 0x15 REMOVE and 0x16 UNMAP { u64 start,
 * end }.  A fork's new descriptor is a userfaultfd too. */
static void uffd_to_guest(const struct dm_abi *abi, uint8_t *m)
{
	uint64_t w[3];
	memcpy(w, m + 8, 24);
	switch (m[0]) {
	case 0x12:
		dm_gstore(abi, m + 8, 8, w[0]);
		dm_gstore(abi, m + 16, 8, dm_h2g((void *)(uintptr_t)w[1]));
		store32(abi, m + 24);
		break;
	case 0x13: {
		uint32_t ufd;
		memcpy(&ufd, m + 8, 4);
		set_kind(ufd, K_UFFD);
		store32(abi, m + 8);
		break;
	}
	case 0x14:
		dm_gstore(abi, m + 8, 8, dm_h2g((void *)(uintptr_t)w[0]));
		dm_gstore(abi, m + 16, 8, dm_h2g((void *)(uintptr_t)w[1]));
		dm_gstore(abi, m + 24, 8, w[2]);
		break;
	case 0x15: case 0x16:
		dm_gstore(abi, m + 8, 8, dm_h2g((void *)(uintptr_t)w[0]));
		dm_gstore(abi, m + 16, 8, dm_h2g((void *)(uintptr_t)w[1]));
		break;
	default: break;
	}
}

void dm_fdtrans_new_uffd(const struct dm_abi *abi, long fd)
{
	dm_mm_userfaultfd_seen();
	if (differs(abi, K_UFFD)) set_kind(fd, K_UFFD);
}

/* A write to a fanotify descriptor is a permission reply: struct
 * fanotify_response { s32 fd; u32 response; } and, with FAN_INFO, info
 * records ({ u8 type, pad; u16 len; } then the record).  The two words and
 * each record's len reach the host in its order; a record's body (an audit
 * rule's u32s) as well. */
static bool fanotify_response(struct dm_sys_call *c, int64_t *r)
{
	uint64_t count = dm_call_arg(c, 2);
	if (count < 8 || count > 4096) return false;   /* the kernel's own EINVAL */
	uint8_t *b = g_malloc(count);
	if (dm_copy_from_guest(b, dm_call_arg(c, 1), count)) {
		g_free(b);
		*r = DM_GERR(EFAULT);
		return true;
	}
	for (unsigned off = 0; off < 8; off += 4) { uint32_t v = (uint32_t)dm_gload(c->abi, b + off, 4); memcpy(b + off, &v, 4); }
	for (uint64_t off = 8; off + 4 <= count;) {
		uint16_t len = (uint16_t)dm_gload(c->abi, b + off + 2, 2);
		memcpy(b + off + 2, &len, 2);
		if (len < 4 || len > count - off) break;
		for (unsigned i = 4; i + 4 <= len; i += 4) { uint32_t v = (uint32_t)dm_gload(c->abi, b + off + i, 4); memcpy(b + off + i, &v, 4); }
		off += len;
	}
	*r = dm_sys_err(c->abi, dm_host_syscall(SYS_write, (int)dm_call_arg(c, 0), (long)b, (long)count, 0, 0, 0));
	g_free(b);
	return true;
}

/* Before the call: a write of a u64 to an eventfd takes the guest's value in
 * host order, a fanotify reply its words.  Returns true and *r when it made
 * the call itself. */
bool dm_fdtrans_before(struct dm_sys_call *c, int64_t *r)
{
	if (!__atomic_load_n(&live, __ATOMIC_RELAXED) || !c->entry) return false;
	if (action_of(c) != A_WRITE) return false;
	enum fdkind k = kind_of((long)(int)dm_call_arg(c, 0));
	if (k == K_FANOTIFY) return fanotify_response(c, r);
	if (k != K_U64) return false;
	uint64_t count = dm_call_arg(c, 2), v;
	if (count < 8) return false;   /* the kernel's EINVAL */
	if (dm_get_guest(c->abi, dm_call_arg(c, 1), 8, &v)) {
		*r = DM_GERR(EFAULT);
		return true;
	}
	*r = dm_sys_err(c->abi, dm_host_syscall(SYS_write, (int)dm_call_arg(c, 0), (long)&v, 8, 0, 0, 0));
	return true;
}

/* Whether the descriptor fd, just opened from the guest path at addr, is one
 * of /proc's u64 arrays: the name first (cheap), then where the descriptor
 * really leads. */
static bool is_u64_array(uint64_t addr, long fd)
{
	static const char *const names[] = { "pagemap", "kpageflags", "kpagecount", "kpagecgroup" };
	char *path, link[64], target[128];
	if (dm_copy_str(addr, 4096, &path)) return false;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	bool named = false;
	for (size_t i = 0; i < G_N_ELEMENTS(names); i++) named |= !strcmp(base, names[i]);
	g_free(path);
	if (!named) return false;
	snprintf(link, sizeof link, "/proc/self/fd/%ld", fd);
	long n = dm_host_syscall(SYS_readlink, (long)link, (long)target, sizeof target - 1, 0, 0, 0);
	if (n <= 0) return false;
	target[n] = 0;
	if (strncmp(target, "/proc/", 6)) return false;
	base = strrchr(target, '/') + 1;
	return !strcmp(base, "pagemap") || !strncmp(target, "/proc/kpage", 11);
}

/* After the call with result r (guest numbering). */
void dm_fdtrans_after(struct dm_sys_call *c, int64_t r)
{
	if (r < 0 || !c->entry) return;
	enum action a = action_of(c);
	if (a == A_NONE) return;
	enum fdkind nk = a == A_NEW_U64 ? K_U64 : a == A_NEW_SIGINFO ? K_SIGINFO : a == A_NEW_INOTIFY ? K_INOTIFY : a == A_NEW_FANOTIFY ? K_FANOTIFY : a == A_NEW_UFFD ? K_UFFD : K_NONE;
	if (nk == K_UFFD) dm_mm_userfaultfd_seen();
	if (nk) {
		if (differs(c->abi, nk)) set_kind(r, nk);
		return;
	}
	if (a == A_OPEN) {
		if (c->abi->endian == DM_BIG && is_u64_array(dm_call_named(c, "filename", 1), r)) set_kind(r, K_U64ARRAY);
		else if (__atomic_load_n(&live, __ATOMIC_RELAXED) && kind_of(r)) set_kind(r, K_NONE);   /* a number reused unseen */
		return;
	}
	if (!__atomic_load_n(&live, __ATOMIC_RELAXED)) return;
	long fd = (int)dm_call_arg(c, 0);
	switch (a) {
	case A_READ: {
		enum fdkind k = kind_of(fd);
		uint8_t *buf = k && r > 0 ? dm_guest_ptr(dm_call_arg(c, 1), (uint64_t)r, DM_PROT_WRITE) : NULL;
		if (!buf) return;
		if (k == K_U64 && r >= 8) dm_gstore(c->abi, buf, 8, dm_ld64le(buf));
		if (k == K_SIGINFO)
			for (int64_t off = 0; off + 128 <= r; off += 128) siginfo_to_guest(c->abi, buf + off);
		if (k == K_INOTIFY) inotify_to_guest(c->abi, buf, r);
		if (k == K_FANOTIFY) fanotify_to_guest(c->abi, buf, r);
		if (k == K_UFFD)
			for (int64_t off = 0; off + 32 <= r; off += 32) uffd_to_guest(c->abi, buf + off);
		if (k == K_U64ARRAY)
			for (int64_t off = 0; off + 8 <= r; off += 8) dm_gstore(c->abi, buf + off, 8, dm_ld64le(buf + off));
		return;
	}
	case A_CLOSE: set_kind(fd, K_NONE); return;
	case A_CLOSE_RANGE: {
		uint64_t first = (uint32_t)dm_call_arg(c, 0), last = (uint32_t)dm_call_arg(c, 1);
		if (dm_call_arg(c, 2) & 4) return;   /* CLOSE_RANGE_CLOEXEC closes nothing now */
		for (uint64_t f = first; f <= last && f < (uint64_t)PAGE_FDS * NPAGES; f++)
			if (kind_of((long)f)) set_kind((long)f, K_NONE);
		return;
	}
	case A_DUP: set_kind(r, kind_of(fd)); return;
	case A_DUP_ONTO: set_kind((int)dm_call_arg(c, 1), kind_of(fd)); return;
	case A_FCNTL: {
		uint64_t cmd;
		if (!dm_enum_to_host(c->abi->sets[DM_SET_fcntl_cmds], dm_call_arg(c, 1), &cmd) &&
		    (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC))
			set_kind(r, kind_of(fd));
		return;
	}
	default: return;
	}
}
