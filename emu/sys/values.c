/* emu/sys/values.c: guest values -> host values: integer widths and
 * signedness by argument kind, 64-bit register pairs, constant sets (with
 * the unknown-bits policy), signal sets, wait statuses, AT_FDCWD, and struct
 * arrays through the generated converters. */
#include <glib.h>
#include <signal.h>
#include <string.h>
#include <sys/uio.h>

#include "emu/mm/codeprot.h"
#include "emu/sys/internal.h"

/* emu/mm (absent from the unit tests' links) */
#pragma weak dm_codeprot_before_write

static int kind_signed(unsigned k)
{
	switch (k) {
	case DM_ARG_int: case DM_ARG_long: case DM_ARG_ssize: case DM_ARG_off: case DM_ARG_loff:
	case DM_ARG_fd: case DM_ARG_dirfd: case DM_ARG_pid: case DM_ARG_sig: case DM_ARG_clockid:
	case DM_ARG_flags:
		return 1;
	}
	return 0;
}

/* bytes of the C type behind a scalar kind: 4 (int-like), 8 (64-bit), 0 (guest word) */
static unsigned kind_width(unsigned k)
{
	switch (k) {
	case DM_ARG_int: case DM_ARG_uint: case DM_ARG_fd: case DM_ARG_dirfd: case DM_ARG_pid:
	case DM_ARG_uid: case DM_ARG_gid: case DM_ARG_mode: case DM_ARG_sig: case DM_ARG_flags:
	case DM_ARG_clockid:
		return 4;
	case DM_ARG_loff: case DM_ARG_u64:
		return 8;
	}
	return 0;
}

uint64_t dm_arg_value(const struct dm_abi *abi, const uint64_t *raw, const struct dm_arg *a)
{
	uint64_t v;
	if (a->nregs == 2) {
		uint64_t r0 = raw[a->reg] & 0xffffffffu, r1 = raw[a->reg + 1] & 0xffffffffu;
		return abi->endian == DM_BIG ? (r0 << 32 | r1) : (r1 << 32 | r0);
	}
	v = raw[a->reg];
	unsigned w = kind_width(a->kind);
	if (w == 0) w = dm_gword(abi);
	if (w == 4) {
		if (kind_signed(a->kind)) return (uint64_t)(int64_t)(int32_t)v;
		return v & 0xffffffffu;
	}
	return v;
}

int dm_sig_arg(const struct dm_sig *sig, const char *name)
{
	if (!sig) return -1;
	for (int i = 0; i < sig->nargs; i++)
		if (!strcmp(sig->args[i].name, name)) return i;
	return -1;
}

/* The enum part of a value in a set whose values combine with flag bits of a
 * companion set (socket(2)'s type: SOCK_STREAM | SOCK_CLOEXEC).  Data, not
 * per-arch code: the pairs are spec set names. */
static const struct { enum dm_set_id set, flags; } companions[] = {
	{ DM_SET_socket_type, DM_SET_socket_type_flags },
};

static const struct dm_constset *companion(const struct dm_constset *s)
{
	for (size_t i = 0; i < G_N_ELEMENTS(companions); i++)
		if (dm_proc.abi->sets[companions[i].set] == s) return dm_proc.abi->sets[companions[i].flags];
	return NULL;
}

static uint64_t set_xlat(const struct dm_constset *s, uint64_t v, int to_host)
{
	if (!s || s->identity) return v;
	if (s->is_flags) {
		uint64_t unknown = 0;
		uint64_t r = to_host ? dm_flags_to_host(s, v, &unknown) : dm_flags_to_guest(s, v, &unknown);
		/* bits of names the other side lacks are dropped, not passed on */
		for (unsigned i = 0; i < s->n && unknown; i++) {
			const struct dm_const *c = &s->v[i];
			unsigned missing = to_host ? DM_C_NO_HOST : DM_C_NO_GUEST;
			unsigned self = to_host ? DM_C_NO_GUEST : DM_C_NO_HOST;
			uint64_t val = to_host ? c->guest : c->host, mask = to_host ? c->gmask : c->hmask;
			if ((c->flags & missing) && !(c->flags & self) && val && (v & mask) == val)
				unknown &= ~mask;
		}
		if (unknown) {
			char key[96];
			snprintf(key, sizeof key, "%s bits 0x%llx", s->name, (unsigned long long)unknown);
			dm_sys_report("flag", key);
		}
		return r | unknown;   /* policy: unknown bits pass through unchanged */
	}
	uint64_t out;
	if ((to_host ? dm_enum_to_host(s, v, &out) : dm_enum_to_guest(s, v, &out)) == 0) return out;
	const struct dm_constset *f = dm_proc.abi ? companion(s) : NULL;
	if (f) {
		uint64_t rest = to_host ? dm_flags_to_host(f, v, NULL) : dm_flags_to_guest(f, v, NULL);
		uint64_t fl_bits = 0;
		for (unsigned i = 0; i < f->n; i++) fl_bits |= to_host ? f->v[i].guest : f->v[i].host;
		uint64_t base = v & ~fl_bits;
		if ((to_host ? dm_enum_to_host(s, base, &out) : dm_enum_to_guest(s, base, &out)) == 0)
			return out | rest;
	}
	char key[96];
	snprintf(key, sizeof key, "%s value %lld", s->name, (long long)v);
	dm_sys_report("constant", key);
	return v;                 /* policy: unknown enum values pass through unchanged */
}

uint64_t dm_set_to_host(const struct dm_constset *s, uint64_t v) { return set_xlat(s, v, 1); }
uint64_t dm_set_to_guest(const struct dm_constset *s, uint64_t v) { return set_xlat(s, v, 0); }

unsigned dm_guest_sigset_size(const struct dm_abi *abi)
{
	if (abi->types[DM_T_sigset]) return abi->types[DM_T_sigset]->gsize;
	const struct dm_constset *s = abi->sets[DM_SET_signals];
	uint64_t max = 64;
	for (unsigned i = 0; s && i < s->n; i++)
		if (!(s->v[i].flags & DM_C_NO_GUEST) && s->v[i].guest > max && s->v[i].guest < DM_NSIG)
			max = s->v[i].guest;
	unsigned w = dm_gword(abi) * 8;
	return (unsigned)((max + w - 1) / w * w / 8);
}

/* A guest sigset is an array of guest longs, bit (sig-1) of the whole set. */
static int sigset_bit(const struct dm_abi *abi, const uint8_t *g, unsigned gsize, int sig)
{
	unsigned w = dm_gword(abi), bit = sig - 1;
	if (bit / 8 >= gsize) return 0;
	uint64_t word = dm_gload(abi, g + bit / (w * 8) * w, w);
	return (word >> (bit % (w * 8))) & 1;
}

uint64_t dm_gsigset_to_host(const struct dm_abi *abi, const void *g, unsigned gsize)
{
	uint64_t host = 0;
	for (int s = 1; s < DM_NSIG && (unsigned)(s - 1) / 8 < gsize; s++) {
		if (!sigset_bit(abi, g, gsize, s)) continue;
		int h = dm_signal_to_host(abi, s);
		if (h > 0 && h <= 64) host |= 1ull << (h - 1);
	}
	return host;
}

void dm_gsigset_to_guest(const struct dm_abi *abi, void *g, unsigned gsize, uint64_t host)
{
	unsigned w = dm_gword(abi);
	memset(g, 0, gsize);
	for (int h = 1; h <= 64; h++) {
		if (!(host >> (h - 1) & 1)) continue;
		int s = dm_signal_to_guest(abi, h);
		if (s <= 0 || (unsigned)(s - 1) / 8 >= gsize) continue;
		unsigned bit = s - 1;
		uint8_t *p = (uint8_t *)g + bit / (w * 8) * w;
		dm_gstore(abi, p, w, dm_gload(abi, p, w) | 1ull << (bit % (w * 8)));
	}
}

int dm_wstatus_to_guest(const struct dm_abi *abi, int st)
{
	if ((st & 0x7f) == 0) return st;                      /* exited */
	if ((st & 0xff) == 0x7f) {                              /* stopped: WSTOPSIG in bits 8..15 */
		int s = dm_signal_to_guest(abi, (st >> 8) & 0xff);
		return (st & ~0xff00) | (s & 0xff) << 8;
	}
	if (st == 0xffff) return st;                          /* continued */
	int s = dm_signal_to_guest(abi, st & 0x7f);           /* signaled (+ core dump bit 0x80) */
	return (st & ~0x7f) | (s & 0x7f);
}

int64_t dm_dirfd_to_host(const struct dm_abi *abi, uint64_t v)
{
	const struct dm_constset *s = abi->sets[DM_SET_at_special];
	for (unsigned i = 0; s && i < s->n; i++)
		if (!(s->v[i].flags & DM_C_NO_GUEST) && (int32_t)s->v[i].guest == (int32_t)v)
			return (int64_t)(int32_t)s->v[i].host;
	return (int64_t)(int32_t)v;
}

/* Pointer fields hold guest addresses; the host kernel needs host ones.  A
 * union is a pointer only when every member is one (ifconf's ifc_buf and
 * ifc_req): then it is rebased once.  In a union that mixes pointers with
 * data (ifreq's ifru_data and ifru_addr) the bytes are whatever the ioctl
 * says; rebasing them would corrupt the data members, so they are left. */
static void rebase_ptrs(const struct dm_type *t, uint8_t *h, int to_host)
{
	if (!dm_guest_base) return;
	if (t->is_union) {
		for (unsigned i = 0; i < t->nfields; i++)
			if (t->fields[i].type || !(t->fields[i].flags & DM_F_PTR)) return;
	}
	for (unsigned i = 0; i < (t->is_union && t->nfields ? 1u : t->nfields); i++) {
		const struct dm_field *f = &t->fields[i];
		if (f->hoff < 0) continue;
		if (f->type) { rebase_ptrs(f->type, h + f->hoff, to_host); continue; }
		if ((f->flags & DM_F_PTR) && f->hsize == 8) {
			uint64_t p;
			memcpy(&p, h + f->hoff, 8);
			if (p) p = to_host ? p + dm_guest_base : p - dm_guest_base;
			memcpy(h + f->hoff, &p, 8);
		}
	}
}

int dm_struct_in(const struct dm_type *t, uint64_t addr, size_t n, void **out)
{
	size_t gbytes = (size_t)t->gsize * n;
	uint8_t *g = g_malloc(gbytes ? gbytes : 1);
	if (gbytes && dm_copy_from_guest(g, addr, gbytes)) { g_free(g); return -EFAULT; }
	uint8_t *h = g_malloc0((size_t)t->hsize * n + 1);
	for (size_t i = 0; i < n; i++) {
		t->to_host(h + i * t->hsize, g + i * t->gsize);
		rebase_ptrs(t, h + i * t->hsize, 1);
	}
	g_free(g);
	/* the host kernel may write an iovec's buffer (readv, recvmsg,
	 * process_vm_readv): a page write-protected for code there would make
	 * it fail with EFAULT (emu/mm/codeprot.h) */
	if (dm_codeprot_before_write && t->hsize == sizeof(struct iovec) && !strcmp(t->name, "iovec"))
		for (size_t i = 0; i < n; i++) {
			const struct iovec *v = (const struct iovec *)(void *)(h + i * t->hsize);
			if (v->iov_base) dm_codeprot_before_write(dm_h2g(v->iov_base), v->iov_len);
		}
	*out = h;
	return 0;
}

int dm_struct_out(const struct dm_type *t, uint64_t addr, size_t n, const void *host)
{
	size_t gbytes = (size_t)t->gsize * n;
	uint8_t *g = g_malloc0(gbytes ? gbytes : 1);
	uint8_t *tmp = g_malloc(t->hsize + 1);
	for (size_t i = 0; i < n; i++) {
		memcpy(tmp, (const uint8_t *)host + i * t->hsize, t->hsize);
		rebase_ptrs(t, tmp, 0);
		t->to_guest(g + i * t->gsize, tmp);
	}
	int r = gbytes && dm_copy_to_guest(addr, g, gbytes) ? -EFAULT : 0;
	g_free(tmp);
	g_free(g);
	return r;
}
