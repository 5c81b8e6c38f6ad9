/* emu/sys/marshal.c: the generic marshaller.  Driven only by a struct
 * dm_sig (generated from specs/syscalls): converts every argument from the
 * guest's representation to the host's, calls the host syscall of the same
 * name, converts outputs back.  See docs/syscalls.md for the rules.
 *
 *   scalars      width and signedness by kind, 64-bit pairs joined (reg/nregs, ABI byte order)
 *   flags/enums  through the constant set (unknown bits/values pass through, reported once)
 *   dirfd        AT_FDCWD via the at_special set;  sig: guest -> host number (0 stays 0)
 *   path/str     copied in (EFAULT, ENAMETOOLONG); absolute paths honour the -L sysroot
 *   buf_in/out   checked in place (no copy): EFAULT unless the guest map allows it;
 *                an output buffer that runs off the map is clamped to its mapped prefix
 *   in/out/inout structs or primitive arrays, converted by the generated converters;
 *                outputs are written back on success (and on EINTR, for nanosleep's rmtp)
 *   sigset_*     guest signal bits <-> host mask; the size argument becomes the host's 8
 *   strv         copied to a host vector
 * A NULL guest pointer is passed as NULL: the host kernel then answers as the
 * guest's would (EFAULT or "absent"). */
#include <glib.h>
#include <string.h>

#include "emu/sys/internal.h"

#define MAXARG 8
/* A struct array larger than this is not copied: it reaches the host as a
 * faulting pointer, so the kernel's own count check decides (writev's
 * UIO_MAXIOV, poll's RLIMIT_NOFILE: EINVAL) and a count it accepts gets
 * EFAULT.  No syscall array the kernel takes is this large in practice. */
#define MAX_BYTES (64u << 20)

struct dm_marshal {
	const struct dm_abi *abi;
	const struct dm_sig *sig;
	const uint64_t *raw;
	uint64_t val[MAXARG];        /* guest value of each argument */
	void *buf[MAXARG];           /* host buffer we own */
	size_t n[MAXARG];            /* elements in buf */
	char **vec[MAXARG];          /* strv */
	int has_override[MAXARG];
	uint64_t override[MAXARG];   /* host value forced by another argument (sigsetsize) */
};

struct dm_marshal *dm_marshal_new(const struct dm_abi *abi, const struct dm_sig *sig, const uint64_t *raw)
{
	struct dm_marshal *m = g_new0(struct dm_marshal, 1);
	m->abi = abi;
	m->sig = sig;
	m->raw = raw;
	for (int i = 0; i < sig->nargs && i < MAXARG; i++)
		m->val[i] = dm_arg_value(abi, raw, &sig->args[i]);
	return m;
}

void dm_marshal_free(struct dm_marshal *m)
{
	if (!m) return;
	for (int i = 0; i < MAXARG; i++) {
		g_free(m->buf[i]);
		if (m->vec[i]) g_strfreev(m->vec[i]);
	}
	g_free(m);
}

/* Byte length of a buffer argument: from its length argument (a value, or a
 * pointer to a socklen_t-style int), or : bytes(N). */
static int buf_len(struct dm_marshal *m, const struct dm_arg *a, uint64_t *len)
{
	if (a->len_arg >= 0 && a->len_arg < m->sig->nargs) {
		const struct dm_arg *l = &m->sig->args[a->len_arg];
		uint64_t v = m->val[a->len_arg];
		if (l->kind == DM_ARG_inout || l->kind == DM_ARG_input || l->kind == DM_ARG_out) {
			if (!v) { *len = 0; return 0; }
			unsigned w = l->len_const ? l->len_const : 4;
			if (dm_get_guest(m->abi, v, w, &v)) return -EFAULT;
			v = (uint32_t)v;
		}
		if (l->kind == DM_ARG_int && (int64_t)v < 0) return -EINVAL;
		*len = v;
		return 0;
	}
	*len = a->len_const;
	return 0;
}

static int elems(struct dm_marshal *m, const struct dm_arg *a, uint64_t *n)
{
	if (a->count_arg >= 0 && a->count_arg < m->sig->nargs) {
		*n = m->val[a->count_arg];
		const struct dm_arg *c = &m->sig->args[a->count_arg];
		if (c->kind == DM_ARG_int && (int64_t)*n < 0) return -EINVAL;
	} else {
		*n = a->count ? a->count : 1;
	}
	return 0;
}

/* Pointer to one struct, struct array, or primitive array. */
static int pointee_in(struct dm_marshal *m, int i, const struct dm_arg *a, uint64_t *host)
{
	uint64_t g = m->val[i], n;
	int r = elems(m, a, &n);
	if (r) return r;
	if (!g) { *host = 0; return 0; }
	if (a->type) {
		const struct dm_type *t = a->type;
		if (n > MAX_BYTES / (t->gsize > t->hsize ? t->gsize : t->hsize)) return -EFAULT;
		int prot = a->kind == DM_ARG_input ? DM_PROT_READ : DM_PROT_WRITE;
		if (n && !dm_mm_access_ok(g, (uint64_t)t->gsize * n, prot)) return -EFAULT;
		/* an output the call fills completely, or only its first `ret`
		 * elements (len_ret): nothing of the guest's to keep */
		if (a->kind == DM_ARG_out && (n <= 1 || (a->flags & DM_A_LEN_RET))) {
			m->buf[i] = g_malloc0(t->hsize * (n ? n : 1));
		} else if ((r = dm_struct_in(t, g, n, &m->buf[i]))) {
			return r;
		}
		m->n[i] = n;
		*host = (uint64_t)(uintptr_t)m->buf[i];
		return 0;
	}
	if (a->len_const) {
		unsigned es = a->len_const / (a->count ? a->count : 1);
		if (es != 1 && es != 2 && es != 4 && es != 8) {
			if (n > MAX_BYTES / a->len_const) return -EFAULT;
			es = 1, n *= a->len_const;
		}
		if (n > MAX_BYTES / es) return -EFAULT;
		int prot = a->kind == DM_ARG_input ? DM_PROT_READ : DM_PROT_WRITE;
		if (n && !dm_mm_access_ok(g, n * es, prot)) return -EFAULT;
		uint8_t *b = g_malloc0(n * es + 8);
		if (a->kind != DM_ARG_out || n > 1) {
			if (n && dm_copy_from_guest(b, g, n * es)) { g_free(b); return -EFAULT; }
			if (m->abi->endian == DM_BIG)
				for (uint64_t k = 0; k < n; k++) {
					uint64_t v = dm_gload(m->abi, b + k * es, es);
					memcpy(b + k * es, &v, es);  /* host is little-endian */
				}
		}
		m->buf[i] = b;
		m->n[i] = n * es;
		*host = (uint64_t)(uintptr_t)b;
		return 0;
	}
	/* no type information: pass the address through */
	*host = (uint64_t)(uintptr_t)dm_g2h(g);
	return 0;
}

static void pointee_out(struct dm_marshal *m, int i, const struct dm_arg *a, long ret)
{
	uint64_t g = m->val[i];
	if (!g || !m->buf[i]) return;
	if (a->type) {
		/* an array of count 0 (ppoll with nfds 0) has nothing to write back */
		uint64_t n = a->count_arg >= 0 && a->count_arg < m->sig->nargs ? m->n[i] : m->n[i] ? m->n[i] : 1;
		/* len_ret: the kernel writes only the first `ret` elements (epoll_wait's
		 * events); the rest, and all of them when none is ready, stay the guest's */
		if (a->flags & DM_A_LEN_RET) n = ret < 0 ? 0 : (uint64_t)ret < n ? (uint64_t)ret : n;
		if (n) dm_struct_out(a->type, g, n, m->buf[i]);
		return;
	}
	if (a->len_const) {
		unsigned es = a->len_const / (a->count ? a->count : 1);
		if (es != 1 && es != 2 && es != 4 && es != 8) es = 1;
		uint8_t *b = m->buf[i];
		if (m->abi->endian == DM_BIG)
			for (uint64_t k = 0; k < m->n[i] / es; k++) {
				uint64_t v = 0;
				memcpy(&v, b + k * es, es);
				dm_gstore(m->abi, b + k * es, es, v);
			}
		dm_copy_to_guest(g, b, m->n[i]);
	}
}

static int marshal_one(struct dm_marshal *m, int i, uint64_t *host);

/* Swap a buffer of integers (: words(...)) between guest and host order in
 * place: the widths in a->words, the last repeating, 0xff ending the integers
 * (the rest is bytes); a tail shorter than its
 * word is left as is (a size-versioned struct cut short). */
static void swap_words(const struct dm_abi *abi, const struct dm_arg *a, uint8_t *b, size_t len, int to_host)
{
	size_t off = 0;
	/* words(2, 0) is a sockaddr's: its family's own integers (sockopt_fields.c),
	 * read while sa_family is in host order */
	bool sockaddr = a->words[0] == 2 && (unsigned char)a->words[1] == 0xff;
	if (sockaddr && !to_host) dm_sockaddr_fields(abi, b, len, 0);
	for (const char *w = a->words; off < len; w += w[1] ? 1 : 0) {
		unsigned n = (unsigned char)*w;
		if (n == 0xff || off + n > len) break;
		uint64_t v = 0;
		if (to_host) {
			v = dm_gload(abi, b + off, n);
			memcpy(b + off, &v, n);  /* host is little-endian */
		} else {
			memcpy(&v, b + off, n);
			dm_gstore(abi, b + off, n, v);
		}
		off += n;
	}
	if (sockaddr && to_host) dm_sockaddr_fields(abi, b, len, 1);
}

/* A big-endian guest's integer buffer: the host sees a swapped copy, and a
 * buf_out is swapped back and written after the call (dm_marshal_out). */
static int words_in(struct dm_marshal *m, int i, const struct dm_arg *a, uint64_t len, uint64_t *host)
{
	if (len > MAX_BYTES) return -EFAULT;
	uint8_t *b = g_malloc0(len + 8);
	if (len && dm_copy_from_guest(b, m->val[i], len)) { g_free(b); return -EFAULT; }
	swap_words(m->abi, a, b, len, 1);
	m->buf[i] = b;
	m->n[i] = len;
	*host = (uint64_t)(uintptr_t)b;
	return 0;
}

/* A bad guest pointer reaches the host as DM_FAULTING_HOST_PTR (internal.h). */
int dm_marshal_in(struct dm_marshal *m, int i, uint64_t *host)
{
	int r = marshal_one(m, i, host);
	if (r == -EFAULT && m->sig->args[i].kind >= DM_ARG_ptr) {
		*host = DM_FAULTING_HOST_PTR;
		return 0;
	}
	return r;
}

static int marshal_one(struct dm_marshal *m, int i, uint64_t *host)
{
	const struct dm_arg *a = &m->sig->args[i];
	uint64_t v = m->val[i];
	int r;
	switch (a->kind) {
	/* dragoman's own descriptor (selffd.c) is no guest file: the host sees
	 * -1, never a valid descriptor, so every call answers as for a closed
	 * one (EBADF, in the kernel's order; an fd probe by fstat finds nothing) */
	case DM_ARG_fd:
		if (dm_selffd_is((int)v)) { *host = (uint64_t)-1; return 0; }
		break;
	case DM_ARG_dirfd:
		*host = dm_selffd_is((int)v) ? (uint64_t)-1 : (uint64_t)dm_dirfd_to_host(m->abi, v);
		return 0;
	case DM_ARG_sig:
		if (v == 0) { *host = 0; return 0; }
		*host = (uint64_t)dm_signal_to_host(m->abi, (int)v);
		return *host ? 0 : -EINVAL;
	case DM_ARG_ptr:
		*host = v ? (uint64_t)(uintptr_t)dm_g2h(v) : 0;
		return 0;
	case DM_ARG_path:
	case DM_ARG_str: {
		if (!v) { *host = 0; return 0; }
		char *s;
		r = a->kind == DM_ARG_path ? dm_copy_path(v, &s) : dm_copy_str(v, DM_STR_MAX, &s);
		if (r) return r;
		m->buf[i] = s;
		*host = (uint64_t)(uintptr_t)s;
		return 0;
	}
	case DM_ARG_strv:
		if (!v) { *host = 0; return 0; }
		if ((r = dm_copy_strv(m->abi, v, &m->vec[i]))) return r;
		*host = (uint64_t)(uintptr_t)m->vec[i];
		return 0;
	case DM_ARG_buf_in:
	case DM_ARG_buf_out: {
		uint64_t len;
		if (!v) { *host = 0; return 0; }
		if ((r = buf_len(m, a, &len))) return r;
		int prot = a->kind == DM_ARG_buf_in ? DM_PROT_READ : DM_PROT_WRITE;
		if (a->words && m->abi->endian == DM_BIG) return words_in(m, i, a, len, host);
		void *p = dm_guest_ptr(v, len, prot);
		if (!p && len) {
			uint64_t ok = a->kind == DM_ARG_buf_out && !(a->flags & DM_A_WHOLE) ? dm_guest_prefix(v, len, prot) : 0;
			int la = a->len_arg;
			if (!ok || la < 0 || m->sig->args[la].kind >= DM_ARG_ptr) return -EFAULT;
			m->has_override[la] = 1;       /* clamp to what is mapped */
			m->override[la] = ok;
			p = dm_g2h(v);
		}
		*host = (uint64_t)(uintptr_t)(p ? p : dm_g2h(v));
		return 0;
	}
	case DM_ARG_input:
	case DM_ARG_out:
	case DM_ARG_inout:
		return pointee_in(m, i, a, host);
	case DM_ARG_sigset_in:
	case DM_ARG_sigset_out: {
		if (!v) { *host = 0; return 0; }
		unsigned gs = dm_guest_sigset_size(m->abi);
		if (a->len_arg >= 0) {
			if (m->val[a->len_arg] != gs) return -EINVAL;
			m->has_override[a->len_arg] = 1;
			m->override[a->len_arg] = 8;
		}
		uint8_t g[DM_NSIG / 8 + 8];
		int prot = a->kind == DM_ARG_sigset_in ? DM_PROT_READ : DM_PROT_WRITE;
		if (!dm_mm_access_ok(v, gs, prot)) return -EFAULT;
		uint64_t *h = g_new0(uint64_t, 1);
		if (a->kind == DM_ARG_sigset_in) {
			if (dm_copy_from_guest(g, v, gs)) { g_free(h); return -EFAULT; }
			*h = dm_gsigset_to_host(m->abi, g, gs);
		}
		m->buf[i] = h;
		*host = (uint64_t)(uintptr_t)h;
		return 0;
	}
	default:
		break;
	}
	/* plain integers (int uint long ulong size ssize off loff u64 fd pid uid gid mode flags clockid) */
	*host = a->set ? dm_set_to_host(a->set, v) : v;
	return 0;
}

void dm_marshal_out(struct dm_marshal *m, long ret)
{
	if (ret < 0 && ret != -EINTR) return;
	for (int i = 0; i < m->sig->nargs && i < MAXARG; i++) {
		const struct dm_arg *a = &m->sig->args[i];
		switch (a->kind) {
		case DM_ARG_out:
		case DM_ARG_inout:
			pointee_out(m, i, a, ret);
			break;
		case DM_ARG_buf_out:
			if (a->words && m->buf[i]) {
				swap_words(m->abi, a, m->buf[i], m->n[i], 0);
				dm_copy_to_guest(m->val[i], m->buf[i], m->n[i]);
			}
			break;
		case DM_ARG_sigset_out:
			if (m->val[i] && m->buf[i]) {
				unsigned gs = dm_guest_sigset_size(m->abi);
				uint8_t g[DM_NSIG / 8 + 8];
				dm_gsigset_to_guest(m->abi, g, gs, *(uint64_t *)m->buf[i]);
				dm_copy_to_guest(m->val[i], g, gs);
			}
			break;
		default:
			break;
		}
	}
}

int64_t dm_marshal(struct dm_sys_call *c)
{
	const struct dm_sig *sig = c->entry->sig;
	const struct dm_syscall *h = dm_host_entry(c->entry->name);
	if (!h) {
		dm_sys_report("syscall (no host counterpart)", c->entry->name);
		return DM_GERR(ENOSYS);
	}
	struct dm_marshal *m = dm_marshal_new(c->abi, sig, c->args);
	uint64_t hv[MAXARG] = { 0 };
	for (int i = 0; i < sig->nargs && i < MAXARG; i++) {
		int r = dm_marshal_in(m, i, &hv[i]);
		if (r < 0) {
			dm_marshal_free(m);
			return DM_GERR(-r);
		}
	}
	/* place each argument where the host's signature of the same name wants it */
	long ha[6] = { 0 };
	for (int i = 0; i < sig->nargs && i < MAXARG; i++) {
		uint64_t v = m->has_override[i] ? m->override[i] : hv[i];
		int k = h->sig ? dm_sig_arg(h->sig, sig->args[i].name) : i;
		if (h->sig && k < 0 && sig->nargs == h->sig->nargs) k = i;
		if (k >= 0 && k < 6) ha[k] = (long)v;
	}
	long r = dm_host_syscall(h->nr, ha[0], ha[1], ha[2], ha[3], ha[4], ha[5]);
	dm_marshal_out(m, r);
	dm_marshal_free(m);
	return dm_sys_err(c->abi, r);
}
