/* emu/sys/msghdr.c: sendmsg and recvmsg (and the arrays of sendmmsg and
 * recvmmsg), whose struct user_msghdr points to
 * more guest structures: the address (sockaddr: its sa_family is a native
 * u16), the iovec array (guest words) and the control messages (struct
 * cmsghdr: a long and two ints, each record aligned to a long, then data).
 * Where all of these are the host's (a 64-bit little-endian guest) the
 * generic marshaller passes them through; otherwise they are converted here:
 * SCM_RIGHTS (s32 descriptors) and SCM_CREDENTIALS (struct ucred: three u32)
 * data into the other byte order, other control data as bytes.  The socket
 * level of a control message is SOL_SOCKET's guest value translated through
 * the socket_level set. */
#include <glib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>

#include "emu/abi/field.h"
#include "emu/sys/internal.h"

#define IOV_MAX_ 1024
#define NAME_MAX_ 128                /* sizeof(struct sockaddr_storage) */
#define CTL_MAX (1u << 20)

struct msg {
	struct msghdr h;
	uint8_t g[64];                   /* the guest's msghdr */
	uint8_t name[NAME_MAX_];
	void *iov, *ctl;
	uint64_t gname, gctl, gctllen;
	uint32_t gnamelen;
};

static int64_t get(const struct dm_abi *abi, const uint8_t *g, const char *f)
{
	int64_t v = 0;
	dm_field_get(abi, abi->types[DM_T_msghdr], g, f, &v);
	return v;
}

/* Do msghdr, iovec and cmsghdr need no conversion on this ABI? */
static bool passthrough(const struct dm_abi *abi)
{
	const struct dm_type *m = abi->types[DM_T_msghdr], *i = abi->types[DM_T_iovec], *c = abi->types[DM_T_cmsghdr];
	return abi->endian != DM_BIG && m && m->identity && i && i->identity && c && c->identity;
}

static void swap_family(const struct dm_abi *abi, uint8_t *sa, uint32_t len)
{
	if (len < 2) return;
	uint16_t v;
	memcpy(&v, sa, 2);
	dm_gstore(abi, sa, 2, v);          /* a swap: its own inverse */
}

static void swap_words(const struct dm_abi *abi, uint8_t *p, size_t n)
{
	for (size_t k = 0; k + 4 <= n; k += 4) {
		uint32_t v;
		memcpy(&v, p + k, 4);
		dm_gstore(abi, p + k, 4, v);
	}
}

/* fds and credentials: s32/u32 words; anything else is bytes */
static void swap_data(const struct dm_abi *abi, int level, int type, uint8_t *p, size_t n)
{
	if (abi->endian == DM_BIG && level == SOL_SOCKET && (type == SCM_RIGHTS || type == SCM_CREDENTIALS))
		swap_words(abi, p, n);
}

static size_t galign(const struct dm_abi *abi, size_t n)
{
	size_t a = abi->bits / 8;
	return (n + a - 1) & ~(a - 1);
}

static int level_to_host(const struct dm_abi *abi, int64_t l)
{
	const struct dm_constset *s = abi->sets[DM_SET_socket_level];
	return s ? (int)dm_set_to_host(s, (uint64_t)l) : (int)l;
}

static int level_to_guest(const struct dm_abi *abi, int l)
{
	const struct dm_constset *s = abi->sets[DM_SET_socket_level];
	return s ? (int)dm_set_to_guest(s, (uint64_t)l) : l;
}

/* The guest's msghdr at g -> m->h (host); send: its control messages too. */
static int msg_in(const struct dm_abi *abi, uint64_t g, struct msg *m, bool send)
{
	const struct dm_type *t = abi->types[DM_T_msghdr];
	if (t->gsize > sizeof m->g || dm_copy_from_guest(m->g, g, t->gsize)) return -EFAULT;
	m->gname = (uint64_t)get(abi, m->g, "msg_name");
	m->gnamelen = (uint32_t)get(abi, m->g, "msg_namelen");
	if (m->gname) {
		if ((int32_t)m->gnamelen < 0) return -EINVAL;
		uint32_t n = m->gnamelen < NAME_MAX_ ? m->gnamelen : NAME_MAX_;
		if (send) {
			if (dm_copy_from_guest(m->name, m->gname, n)) return -EFAULT;
			swap_family(abi, m->name, n);
		}
		m->h.msg_name = m->name;
		m->h.msg_namelen = send ? m->gnamelen : n;
	}
	uint64_t giov = (uint64_t)get(abi, m->g, "msg_iov"), niov = (uint64_t)get(abi, m->g, "msg_iovlen");
	if (niov > IOV_MAX_) return -EMSGSIZE;
	if (niov) {
		int r = dm_struct_in(abi->types[DM_T_iovec], giov, niov, &m->iov);
		if (r) return r;
	}
	m->h.msg_iov = m->iov;
	m->h.msg_iovlen = niov;
	m->gctl = (uint64_t)get(abi, m->g, "msg_control");
	m->gctllen = (uint64_t)get(abi, m->g, "msg_controllen");
	if (abi->bits == 32) m->gctllen = (uint32_t)m->gctllen;
	if (!m->gctl || !m->gctllen) return 0;
	if (m->gctllen > CTL_MAX) return -ENOBUFS;
	const struct dm_type *ct = abi->types[DM_T_cmsghdr];
	size_t gh = ct->gsize;
	if (!send) {
		/* host headers are never smaller than the guest's: room for each */
		size_t cap = m->gctllen + (m->gctllen / gh + 1) * (sizeof(struct cmsghdr) - gh + 8);
		m->ctl = g_malloc0(cap);
		m->h.msg_control = m->ctl;
		m->h.msg_controllen = cap;
		return 0;
	}
	uint8_t *gb = g_malloc(m->gctllen);
	if (dm_copy_from_guest(gb, m->gctl, m->gctllen)) { g_free(gb); return -EFAULT; }
	size_t cap = m->gctllen * 2 + 64, hoff = 0;
	uint8_t *hb = g_malloc0(cap);
	for (size_t off = 0; off + gh <= m->gctllen;) {
		uint64_t len = (uint64_t)dm_gload(abi, gb + off, abi->bits / 8);
		int level = (int)dm_gload(abi, gb + off + abi->bits / 8, 4);
		int type = (int)dm_gload(abi, gb + off + abi->bits / 8 + 4, 4);
		if (len < gh || len > m->gctllen - off) { g_free(gb); g_free(hb); return -EINVAL; }
		size_t n = len - gh;
		if (hoff + CMSG_SPACE(n) > cap) break;
		struct cmsghdr *hc = (struct cmsghdr *)(hb + hoff);
		hc->cmsg_len = CMSG_LEN(n);
		hc->cmsg_level = level_to_host(abi, level);
		hc->cmsg_type = type;
		memcpy(CMSG_DATA(hc), gb + off + gh, n);
		swap_data(abi, hc->cmsg_level, type, CMSG_DATA(hc), n);
		hoff += CMSG_SPACE(n);
		off += galign(abi, len);
	}
	g_free(gb);
	m->ctl = hb;
	m->h.msg_control = hb;
	m->h.msg_controllen = hoff;
	return 0;
}

static void msg_free(struct msg *m)
{
	g_free(m->iov);
	g_free(m->ctl);
}

/* After recvmsg: the address, the control messages and the lengths and
 * flags the kernel wrote, into the guest's msghdr at g. */
static int msg_out(const struct dm_abi *abi, uint64_t g, struct msg *m)
{
	const struct dm_type *t = abi->types[DM_T_msghdr], *ct = abi->types[DM_T_cmsghdr];
	int flags = m->h.msg_flags;
	if (m->gname) {
		uint32_t n = m->h.msg_namelen < m->gnamelen ? m->h.msg_namelen : m->gnamelen;
		swap_family(abi, m->name, n);
		if (n && dm_copy_to_guest(m->gname, m->name, n)) return -EFAULT;
		dm_field_put(abi, t, m->g, "msg_namelen", m->h.msg_namelen);
	}
	uint64_t goff = 0;
	if (m->gctl && m->gctllen) {
		size_t gh = ct->gsize, w = abi->bits / 8;
		uint8_t *gb = g_malloc0(m->gctllen);
		for (struct cmsghdr *hc = m->h.msg_controllen ? CMSG_FIRSTHDR(&m->h) : NULL; hc; hc = CMSG_NXTHDR(&m->h, hc)) {
			size_t n = hc->cmsg_len - CMSG_LEN(0);
			if (goff + gh > m->gctllen) { flags |= MSG_CTRUNC; break; }
			size_t room = m->gctllen - goff - gh;
			size_t k = n < room ? n : room;
			if (k < n) flags |= MSG_CTRUNC;
			dm_gstore(abi, gb + goff, w, gh + k);
			dm_gstore(abi, gb + goff + w, 4, (uint32_t)level_to_guest(abi, hc->cmsg_level));
			dm_gstore(abi, gb + goff + w + 4, 4, (uint32_t)hc->cmsg_type);
			memcpy(gb + goff + gh, CMSG_DATA(hc), k);
			swap_data(abi, hc->cmsg_level, hc->cmsg_type, gb + goff + gh, k);
			goff += galign(abi, gh + k);
			if (goff > m->gctllen) goff = m->gctllen;
			if (k < n) break;
		}
		int r = goff ? dm_copy_to_guest(m->gctl, gb, goff) : 0;
		g_free(gb);
		if (r) return -EFAULT;
	}
	dm_field_put(abi, t, m->g, "msg_controllen", goff);
	const struct dm_constset *fs = abi->sets[DM_SET_msg_flags];
	dm_field_put(abi, t, m->g, "msg_flags", (uint32_t)(fs ? dm_set_to_guest(fs, (uint32_t)flags) : (uint32_t)flags));
	return dm_copy_to_guest(g, m->g, t->gsize) ? -EFAULT : 0;
}

static int64_t msg_call(struct dm_sys_call *c, bool send)
{
	const struct dm_abi *abi = c->abi;
	if (passthrough(abi)) return dm_marshal(c);
	int fd = (int)dm_call_arg(c, 0);
	uint64_t g = dm_call_arg(c, 1);
	const struct dm_constset *fs = abi->sets[DM_SET_msg_flags];
	uint32_t gflags = (uint32_t)dm_call_arg(c, 2);
	long flags = (long)(fs ? dm_set_to_host(fs, gflags) : gflags);
	struct msg m = { 0 };
	int r = msg_in(abi, g, &m, send);
	long res = r ? r : dm_host_syscall(send ? SYS_sendmsg : SYS_recvmsg, fd, (long)&m.h, flags, 0, 0, 0);
	if (res >= 0 && !send) {
		int e = msg_out(abi, g, &m);
		if (e) res = e;
	}
	msg_free(&m);
	return dm_sys_err(abi, res);
}

int64_t dm_sys_sendmsg(struct dm_sys_call *c) { return msg_call(c, true); }
int64_t dm_sys_recvmsg(struct dm_sys_call *c) { return msg_call(c, false); }

/* sendmmsg/recvmmsg: an array of struct mmsghdr { msghdr; unsigned msg_len; }.
 * Every entry is converted as sendmsg's is, then the host runs the whole
 * array in one call, so that MSG_WAITFORONE, the timeout and the count of
 * messages done are the kernel's own; msg_len (and for recvmmsg each
 * msghdr's lengths and flags) go back for the messages done.  An entry
 * that cannot be read ends the array there: the kernel too stops at the
 * first bad entry and reports the messages before it, or the error. */
#define MMSG_MAX 1024                /* UIO_MAXIOV: the kernel's cap on vlen */

static int64_t mmsg_call(struct dm_sys_call *c, bool send, const struct dm_type *tt)
{
	const struct dm_abi *abi = c->abi;
	if (passthrough(abi)) return dm_marshal(c);
	const struct dm_type *mt = abi->types[DM_T_mmsghdr], *ht = abi->types[DM_T_msghdr];
	int fd = (int)dm_call_arg(c, 0);
	uint64_t g = dm_call_arg(c, 1), gt = send ? 0 : dm_call_arg(c, 4);
	uint32_t vlen = (uint32_t)dm_call_arg(c, 2);
	const struct dm_constset *fs = abi->sets[DM_SET_msg_flags];
	uint32_t gflags = (uint32_t)dm_call_arg(c, 3);
	long flags = (long)(fs ? dm_set_to_host(fs, gflags) : gflags);
	if (vlen > MMSG_MAX) vlen = MMSG_MAX;
	void *ts = NULL;
	if (gt) {
		int r = dm_struct_in(tt, gt, 1, &ts);
		if (r) return dm_sys_err(abi, r);
	}
	struct msg *m = g_new0(struct msg, vlen ? vlen : 1);
	struct mmsghdr *h = g_new0(struct mmsghdr, vlen ? vlen : 1);
	uint32_t n = 0;
	long res = 0;
	for (; n < vlen; n++) {
		int r = msg_in(abi, g + (uint64_t)n * mt->gsize, &m[n], send);
		if (r) { res = r; break; }
		h[n].msg_hdr = m[n].h;
	}
	if (n || !res) {
		/* (vlen 0 reaches the kernel too: its answer for the descriptor) */
		res = dm_host_syscall(send ? SYS_sendmmsg : SYS_recvmmsg, fd, (long)h, n, flags, (long)ts, 0);
		for (long k = 0; k < res; k++) {
			uint64_t e = g + (uint64_t)k * mt->gsize;
			m[k].h = h[k].msg_hdr;
			int r = send ? 0 : msg_out(abi, e, &m[k]);
			if (!r) r = dm_put_guest(abi, e + ht->gsize, 4, h[k].msg_len);
			if (r) { res = k ? k : r; break; }
		}
		/* the kernel writes back the time left only when a message came */
		if (res > 0 && ts && dm_struct_out(tt, gt, 1, ts)) res = -EFAULT;
	}
	for (uint32_t k = 0; k < n; k++) msg_free(&m[k]);
	g_free(m);
	g_free(h);
	g_free(ts);
	return dm_sys_err(abi, res);
}

static const struct dm_type *timeout_type(struct dm_sys_call *c, int dflt)
{
	const struct dm_sig *s = c->entry ? c->entry->sig : NULL;
	return s && s->nargs > 4 && s->args[4].type ? s->args[4].type : c->abi->types[dflt];
}

int64_t dm_sys_sendmmsg(struct dm_sys_call *c) { return mmsg_call(c, true, NULL); }
int64_t dm_sys_recvmmsg(struct dm_sys_call *c) { return mmsg_call(c, false, timeout_type(c, DM_T_timespec)); }
int64_t dm_sys_recvmmsg_time64(struct dm_sys_call *c) { return mmsg_call(c, false, timeout_type(c, DM_T_timespec64)); }
