/* emu/sys/userfaultfd.c: the userfaultfd ioctls.
 * Guest memory is host memory (dm_g2h), so the host's userfaultfd does the
 * work: a guest access to a registered missing page is a host fault of the
 * emulating thread (JIT or interpreter code, or the host kernel's own copy in
 * a syscall), which the host blocks or turns into SIGBUS exactly as it would
 * for a native program.  What is left here: the structs (spec types, so a
 * big-endian guest gets them converted), the addresses in them (guest ->
 * host), and keeping registration to guest memory: a range is registered
 * only where the guest's page map has mappings, the rest counts as holes, as
 * the kernel treats unmapped parts of a range.  The emulator's own memory
 * can therefore never be registered, and UFFDIO_COPY/MOVE never read it
 * (their source must be guest memory).
 *
 * The replies of UFFDIO_API and UFFDIO_REGISTER (features, ioctls) are the
 * host kernel's.  struct uffd_msg, read from the descriptor, is converted in
 * fdtrans.c. */
#include <errno.h>
#include <glib.h>
#include <linux/userfaultfd.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>

#include "emu/mm/mm.h"
#include "emu/sys/internal.h"

#define PAGE 4096ull
/* A source address the host kernel cannot read (below vm.mmap_min_addr, so
 * never mapped) yet accepts as a user address: its copy fails with EFAULT, as
 * for an unmapped source (an address beyond the address space is EINVAL). */
#define BAD_SRC 0ull

/* The host layouts: every field is a u64 (linux/userfaultfd.h). */
struct range { uint64_t start, len; };
struct reg { struct range r; uint64_t mode, ioctls; };

enum op { O_API, O_REGISTER, O_UNREGISTER, O_RANGE, O_COPY, O_NEW };
static const struct {
	const char *name;
	enum op op;
	int type;       /* DM_T_* */
	int result;     /* the u64 word the kernel writes back (-1: none) */
	bool src_moves; /* UFFDIO_MOVE: the source pages leave their place */
} ops[] = {
	{ "UFFDIO_API", O_API, DM_T_uffdio_api, -1, false },
	{ "UFFDIO_REGISTER", O_REGISTER, DM_T_uffdio_register, 3, false },
	{ "UFFDIO_UNREGISTER", O_UNREGISTER, DM_T_uffdio_range, -1, false },
	{ "UFFDIO_WAKE", O_RANGE, DM_T_uffdio_range, -1, false },
	{ "UFFDIO_ZEROPAGE", O_RANGE, DM_T_uffdio_zeropage, 3, false },
	{ "UFFDIO_WRITEPROTECT", O_RANGE, DM_T_uffdio_writeprotect, -1, false },
	{ "UFFDIO_CONTINUE", O_RANGE, DM_T_uffdio_continue, 3, false },
	{ "UFFDIO_POISON", O_RANGE, DM_T_uffdio_poison, 3, false },
	{ "UFFDIO_COPY", O_COPY, DM_T_uffdio_copy, 4, false },
	{ "UFFDIO_MOVE", O_COPY, DM_T_uffdio_move, 4, true },
	{ "USERFAULTFD_IOC_NEW", O_NEW, -1, -1, false },
};

static long host_ioctl(int fd, const struct dm_ioctl *io, void *arg)
{
	return dm_host_syscall(SYS_ioctl, fd, io->host, (long)arg, 0, 0, 0);
}

/* The kernel's validate_range for the guest's address space: EINVAL. */
static bool range_ok(uint64_t start, uint64_t len)
{
	return !(start & (PAGE - 1)) && !(len & (PAGE - 1)) && len && start + len > start && start + len <= dm_mm_limit();
}

/* The guest-mapped pieces of [start, end): adjacent mappings joined. */
static size_t pieces(uint64_t start, uint64_t end, struct range **out)
{
	GArray *a = g_array_new(false, false, sizeof(struct range));
	struct dm_vma v;
	for (uint64_t at = start; at < end && dm_mm_next(at, &v) && v.start < end; at = v.end) {
		uint64_t s = MAX(v.start, start), e = MIN(v.end, end);
		struct range *last = a->len ? &g_array_index(a, struct range, a->len - 1) : NULL;
		if (last && last->start + last->len == s) last->len += e - s;
		else {
			struct range r = { s, e - s };
			g_array_append_val(a, r);
		}
	}
	size_t n = a->len;
	*out = (struct range *)(void *)g_array_free(a, false);
	return n;
}

static int64_t do_register(int fd, const struct dm_ioctl *io, struct reg *h)
{
	if (!range_ok(h->r.start, h->r.len)) return -EINVAL;
	struct range *p;
	size_t n = pieces(h->r.start, h->r.start + h->r.len, &p);
	long ret = n ? 0 : -EINVAL;   /* no mapping in the range: the kernel's EINVAL */
	uint64_t ioctls = ~0ull;
	size_t done = 0;
	for (; done < n && ret == 0; done++) {
		struct reg r = { { (uint64_t)(uintptr_t)dm_g2h(p[done].start), p[done].len }, h->mode, 0 };
		ret = host_ioctl(fd, io, &r);
		ioctls &= r.ioctls;
	}
	if (ret < 0)   /* the kernel checks every part before it registers any */
		for (size_t i = 0; i + 1 < done; i++) {
			struct range r = { (uint64_t)(uintptr_t)dm_g2h(p[i].start), p[i].len };
			dm_host_syscall(SYS_ioctl, fd, UFFDIO_UNREGISTER, (long)&r, 0, 0, 0);
		}
	g_free(p);
	if (ret == 0) h->ioctls = ioctls;
	return ret;
}

static int64_t do_unregister(int fd, const struct dm_ioctl *io, struct range *h)
{
	if (!range_ok(h->start, h->len)) return -EINVAL;
	struct range *p;
	size_t n = pieces(h->start, h->start + h->len, &p);
	long ret = n ? 0 : -EINVAL;
	for (size_t i = 0; i < n && ret == 0; i++) {
		struct range r = { (uint64_t)(uintptr_t)dm_g2h(p[i].start), p[i].len };
		ret = host_ioctl(fd, io, &r);
	}
	g_free(p);
	return ret;
}

/* COPY and MOVE: struct { dst, src, len, mode, result }.  The source must
 * be guest memory: readable for a copy, mapped for a move.  A source that
 * is guest memory only for a prefix is copied up to there, and the guest
 * hears what the kernel says of a partial copy (EAGAIN, the bytes done). */
static long do_copy(int fd, const struct dm_ioctl *io, uint64_t *w, bool moves)
{
	uint64_t dst = w[0], src = w[1], len = w[2];
	uint64_t ok = moves ? (dm_mm_covered(src, len) ? len : 0) : dm_guest_prefix(src, len, DM_PROT_READ);
	ok &= ~(PAGE - 1);
	uint64_t hw[5] = { (uint64_t)(uintptr_t)dm_g2h(dst), ok ? (uint64_t)(uintptr_t)dm_g2h(src) : BAD_SRC,
			   ok && ok < len ? ok : len, w[3], w[4] };
	long ret = host_ioctl(fd, io, hw);
	w[4] = hw[4];
	if (ret == 0 && ok && ok < len) ret = -EAGAIN;
	return ret;
}

static int64_t uffd_ioctl(struct dm_sys_call *c, const struct dm_ioctl *io, int fd, uint64_t garg)
{
	size_t k = 0;
	while (k < G_N_ELEMENTS(ops) && strcmp(ops[k].name, io->name)) k++;
	if (k == G_N_ELEMENTS(ops)) return DM_GERR(ENOTTY);
	if (ops[k].op == O_NEW) {
		uint64_t unknown = 0;
		uint64_t f = dm_flags_to_host(c->abi->sets[DM_SET_open_flags], (uint32_t)garg, &unknown) | unknown;
		long r = dm_host_syscall(SYS_ioctl, fd, io->host, (long)f, 0, 0, 0);
		if (r >= 0) dm_fdtrans_new_uffd(c->abi, r);
		return dm_sys_err(c->abi, r);
	}
	const struct dm_type *t = c->abi->types[ops[k].type];
	uint64_t *h;
	if (dm_struct_in(t, garg, 1, (void **)&h)) return DM_GERR(EFAULT);
	uint64_t nw = t->hsize / 8, before = ops[k].result >= 0 ? h[ops[k].result] : 0;
	long ret;
	switch (ops[k].op) {
	case O_API: ret = host_ioctl(fd, io, h); break;
	case O_REGISTER: ret = do_register(fd, io, (struct reg *)h); break;
	case O_UNREGISTER: ret = do_unregister(fd, io, (struct range *)h); break;
	case O_COPY: ret = do_copy(fd, io, h, ops[k].src_moves); break;
	default: {
		uint64_t start = h[0];
		if (!range_ok(h[0], h[1])) { ret = -EINVAL; break; }
		h[0] = (uint64_t)(uintptr_t)dm_g2h(start);
		ret = host_ioctl(fd, io, h);
		h[0] = start;
		break;
	}
	}
	/* written back as the kernel does: the API reply (zeroed on EINVAL), the
	 * registration's ioctls, an operation's count when the host set it */
	bool out = ops[k].op == O_API ? ret == 0 || ret == -EINVAL
		 : ops[k].op == O_REGISTER ? ret == 0
		 : ops[k].result >= 0 && h[ops[k].result] != before;
	if (out && nw && dm_struct_out(t, garg, 1, h)) ret = -EFAULT;
	g_free(h);
	return dm_sys_err(c->abi, ret);
}

dm_ioctl_fn dm_uffd_ioctl(const char *name)
{
	for (size_t k = 0; k < G_N_ELEMENTS(ops); k++)
		if (!strcmp(ops[k].name, name)) return uffd_ioctl;
	return NULL;
}
