/* emu/sys/misc.c: uname, getrandom, prctl, capabilities, personality, CPU affinity,
 * socket options; PR_SET/GET_SECCOMP are seccomp.c's.  (The syscalls refused on purpose have no code: their specs
 * say `fixed_errno`, and dispatch.c returns it.) */
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/guest_random.h"
#include "emu/sys/internal.h"
#include "emu/sys/seccomp.h"

/* ---- uname ----------------------------------------------------------------- */

int64_t dm_sys_uname(struct dm_sys_call *c)
{
	uint64_t g = dm_call_arg(c, 0);
	struct utsname u;
	const struct dm_type *t = c->abi->types[DM_T_utsname];
	size_t gsize = t ? t->gsize : sizeof u;
	if (!dm_mm_access_ok(g, gsize, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	if (uname(&u)) return DM_GERR(errno);
	const char *m = dm_proc.arch ? dm_proc.arch->name : dm_proc.abi->name;
	snprintf(u.machine, sizeof u.machine, "%s", m);
	if (dm_proc.uname_release) snprintf(u.release, sizeof u.release, "%s", dm_proc.uname_release);
	uint8_t *b = g_malloc0(gsize);
	memcpy(b, &u, gsize < sizeof u ? gsize : sizeof u);   /* six char[65]: no byte order */
	int r = dm_copy_to_guest(g, b, gsize);
	g_free(b);
	return r ? DM_GERR(EFAULT) : 0;
}

/* ---- getrandom ------------------------------------------------------------ */

/* The spec's signature, handled here so that -seed reaches the guest: the
 * flags the kernel knows (GRND_NONBLOCK 1, GRND_RANDOM 2, GRND_INSECURE 4;
 * RANDOM with INSECURE is EINVAL), at most what the kernel gives in one call
 * (INT_MAX bytes), written through a bounce buffer. */
int64_t dm_sys_getrandom(struct dm_sys_call *c)
{
	uint64_t g = dm_call_arg(c, 0), n = dm_call_arg(c, 1);
	unsigned flags = (unsigned)dm_call_arg(c, 2);
	if ((flags & ~7u) || (flags & 6u) == 6u) return DM_GERR(EINVAL);
	if (n > 0x7fffffff) n = 0x7fffffff;
	if (n > (1u << 20)) n = 1u << 20;   /* a short read, as the kernel may give: bounded bounce buffer */
	if (!n) return 0;
	if (!dm_mm_access_ok(g, n, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	void *b = g_malloc(n);
	long r = dm_guest_random(b, n, flags);
	if (r > 0 && dm_copy_to_guest(g, b, (size_t)r)) r = -EFAULT;
	g_free(b);
	return r < 0 ? DM_GERR((int)-r) : r;
}

/* ---- prctl -------------------------------------------------------------- */

/* Options are numbered the same on every Linux ABI (linux/prctl.h). */
int64_t dm_sys_prctl(struct dm_sys_call *c)
{
	int opt = (int)dm_call_arg(c, 0);
	uint64_t a2 = dm_call_arg(c, 1);
	char name[17];
	switch (opt) {
	case PR_SET_NAME: {
		memset(name, 0, sizeof name);
		long n = dm_guest_strnlen(a2, 16);
		if (n == -ENAMETOOLONG) n = 15;
		else if (n < 0) return DM_GERR(EFAULT);
		if (dm_copy_from_guest(name, a2, n)) return DM_GERR(EFAULT);
		name[n > 15 ? 15 : n] = 0;
		memcpy(dm_sys_state.comm, name, 16);
		return dm_sys_err(c->abi, prctl(PR_SET_NAME, name) ? -errno : 0);
	}
	case PR_GET_NAME:
		memset(name, 0, sizeof name);
		if (prctl(PR_GET_NAME, name)) return DM_GERR(errno);
		return dm_copy_to_guest(a2, name, 16) ? DM_GERR(EFAULT) : 0;
	case PR_SET_PDEATHSIG: {
		int hs = a2 ? dm_signal_to_host(c->abi, (int)a2) : 0;
		if (a2 && !hs) return DM_GERR(EINVAL);
		return dm_sys_err(c->abi, prctl(PR_SET_PDEATHSIG, hs) ? -errno : 0);
	}
	case PR_GET_PDEATHSIG: {
		int hs = 0;
		if (prctl(PR_GET_PDEATHSIG, &hs)) return DM_GERR(errno);
		return dm_put_guest(c->abi, a2, 4, (uint32_t)dm_signal_to_guest(c->abi, hs)) ? DM_GERR(EFAULT) : 0;
	}
	case PR_GET_CHILD_SUBREAPER: {
		int v = 0;
		if (prctl(opt, &v)) return DM_GERR(errno);
		return dm_put_guest(c->abi, a2, 4, (uint32_t)v) ? DM_GERR(EFAULT) : 0;
	}
	case PR_GET_TID_ADDRESS:
		return dm_put_guest(c->abi, a2, dm_gword(c->abi), dm_sys_state.clear_child_tid) ? DM_GERR(EFAULT) : 0;
	case PR_GET_DUMPABLE: case PR_SET_DUMPABLE: case PR_GET_KEEPCAPS: case PR_SET_KEEPCAPS:
	case PR_SET_CHILD_SUBREAPER: case PR_SET_NO_NEW_PRIVS: case PR_GET_NO_NEW_PRIVS:
	case PR_CAPBSET_READ: case PR_SET_TIMERSLACK: case PR_GET_TIMERSLACK: case PR_GET_SECUREBITS:
	case PR_SET_THP_DISABLE: case PR_GET_THP_DISABLE: case PR_CAP_AMBIENT: case PR_GET_TIMING:
	case PR_CAPBSET_DROP: case PR_SET_SECUREBITS:   /* capability state: the process's, as the guest's */
	{
		int r = prctl(opt, (unsigned long)a2, (unsigned long)dm_call_arg(c, 2), (unsigned long)dm_call_arg(c, 3),
			      (unsigned long)dm_call_arg(c, 4));
		return r < 0 ? DM_GERR(errno) : r;
	}
	case PR_SET_SECCOMP:             /* the guest's seccomp, never the host's (seccomp.c) */
		return dm_seccomp_prctl_set(c, a2, dm_call_arg(c, 2));
	case PR_GET_SECCOMP:
		return dm_seccomp_prctl_get();
	case PR_SET_MM:
		return DM_GERR(EPERM);
	default: {
		/* arch-specific options (SVE vector length, pointer auth, tagged
		 * addresses, ...) and the rest: EINVAL, as a kernel without the feature */
		char key[32];
		snprintf(key, sizeof key, "option %d", opt);
		dm_sys_report("prctl", key);
		return DM_GERR(EINVAL);
	}
	}
}

/* ---- capabilities -------------------------------------------------------- */

/* header { u32 version; int pid; }  data[1 or 2] { u32 effective, permitted,
 * inheritable; }.  The host kernel makes every check, in its order: version
 * (EINVAL, the preferred one written back), pid, then the data (EFAULT), so
 * memory the guest cannot access is passed as a faulting address, never
 * refused here first. */
static int cap_words(uint32_t version) { return version == 0x19980330 ? 1 : 2; }

static int64_t caps(struct dm_sys_call *c, int set)
{
	uint64_t gh = dm_call_arg(c, 0), gd = dm_call_arg(c, 1);
	uint64_t ver, pid;
	struct { uint32_t version; int pid; } h;
	int hok = !dm_get_guest(c->abi, gh, 4, &ver) && !dm_get_guest(c->abi, gh + 4, 4, &pid);
	if (hok) h.version = (uint32_t)ver, h.pid = (int)pid;
	uint32_t d[6] = { 0 };
	int n = hok ? cap_words(h.version) : 2;
	int dok = gd && dm_mm_access_ok(gd, 12u * n, set ? DM_PROT_READ : DM_PROT_WRITE);
	if (set && dok)
		for (int i = 0; i < 3 * n; i++) {
			uint64_t v;
			dm_get_guest(c->abi, gd + 4 * i, 4, &v);
			d[i] = (uint32_t)v;
		}
	long hd = !gd ? 0 : dok ? (long)d : (long)DM_FAULTING_HOST_PTR;
	long r = dm_host_syscall(set ? SYS_capset : SYS_capget, hok ? (long)&h : (long)DM_FAULTING_HOST_PTR, hd,
				 0, 0, 0, 0);
	if (hok && h.version != (uint32_t)ver)   /* both calls report the kernel's preferred version */
		dm_put_guest(c->abi, gh, 4, h.version);
	if (!set && r >= 0 && dok)
		for (int i = 0; i < 3 * n; i++) dm_put_guest(c->abi, gd + 4 * i, 4, d[i]);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_capget(struct dm_sys_call *c) { return caps(c, 0); }
int64_t dm_sys_capset(struct dm_sys_call *c) { return caps(c, 1); }

/* The guest's persona and flags are recorded here, not applied to the
 * emulator, but for two flags the host kernel implements for us and that it
 * keeps across execve: STICKY_TIMEOUTS (select, pselect6 and ppoll leave
 * the timeout alone; they reach the host as they are) and ADDR_NO_RANDOMIZE
 * (guest memory is placed by the host kernel).  Until a thread's first call
 * the host's flags are the guest's: what the exec before us or whoever
 * started dragoman (setarch -R) left.  The persona byte itself (PER_LINUX32
 * ...) is the guest's alone and does not survive a foreign exec. */
#define HOST_PERSONALITY_BITS (0x4000000u /* STICKY_TIMEOUTS */ | 0x0040000u /* ADDR_NO_RANDOMIZE */)

int64_t dm_sys_personality(struct dm_sys_call *c)
{
	uint32_t p = (uint32_t)dm_call_arg(c, 0);
	if (!dm_sys_state.personality_known) {
		long h = syscall(SYS_personality, 0xffffffffUL);
		dm_sys_state.personality = h < 0 ? 0 : (unsigned)h & 0xffffff00u;
		dm_sys_state.personality_known = true;
	}
	unsigned old = dm_sys_state.personality;
	if (p != 0xffffffffu) {
		dm_sys_state.personality = p;
		long h = syscall(SYS_personality, 0xffffffffUL);
		if (h >= 0) syscall(SYS_personality, ((unsigned)h & ~HOST_PERSONALITY_BITS) | (p & HOST_PERSONALITY_BITS));
	}
	return old;
}

/* sysinfo: a 32-bit guest's unsigned longs cannot hold this host's memory
 * sizes in bytes; the kernel's compat_sysinfo (kernel/sys.c) then raises
 * mem_unit to the page size and shifts every size by as much, as a 32-bit
 * kernel reports pages.  Plain truncation gave a guest 3.8 of 25 GB with
 * freeram above totalram. */
int64_t dm_sys_sysinfo(struct dm_sys_call *c)
{
	struct sysinfo s;
	if (sysinfo(&s)) return DM_GERR(errno);
	if (dm_gword(c->abi) == 4 && ((s.totalram >> 32) || (s.totalswap >> 32))) {
		unsigned shift = 0;
		while (s.mem_unit < 4096) s.mem_unit <<= 1, shift++;
		s.totalram >>= shift, s.freeram >>= shift, s.sharedram >>= shift, s.bufferram >>= shift;
		s.totalswap >>= shift, s.freeswap >>= shift, s.totalhigh >>= shift, s.freehigh >>= shift;
	}
	return dm_struct_out(c->abi->types[DM_T_sysinfo], dm_call_arg(c, 0), 1, &s) ? DM_GERR(EFAULT) : 0;
}

/* ---- CPU affinity: arrays of unsigned long, converted bit by bit ------------- */

int64_t dm_sys_sched_getaffinity(struct dm_sys_call *c)
{
	int pid = (int)dm_call_arg(c, 0);
	uint64_t len = (uint32_t)dm_call_arg(c, 1), g = dm_call_arg(c, 2);
	unsigned w = dm_gword(c->abi);
	if (len % w) return DM_GERR(EINVAL);
	if (len > 1 << 16) len = 1 << 16;
	uint64_t hlen = (len + 7) & ~7ull;
	uint64_t *h = g_malloc0(hlen + 8);
	long r = dm_host_syscall(SYS_sched_getaffinity, pid, (long)hlen, (long)h, 0, 0, 0);
	if (r > 0) {
		uint64_t n = (uint64_t)r < len ? (uint64_t)r : len;
		uint8_t *b = g_malloc0(n + 8);
		for (uint64_t bit = 0; bit < n * 8; bit++)
			if (h[bit / 64] >> (bit % 64) & 1) {
				uint8_t *p = b + bit / (w * 8) * w;
				dm_gstore(c->abi, p, w, dm_gload(c->abi, p, w) | 1ull << (bit % (w * 8)));
			}
		if (dm_copy_to_guest(g, b, n)) r = -EFAULT;
		else r = (long)n;
		g_free(b);
	}
	g_free(h);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_sched_setaffinity(struct dm_sys_call *c)
{
	int pid = (int)dm_call_arg(c, 0);
	uint64_t len = (uint32_t)dm_call_arg(c, 1), g = dm_call_arg(c, 2);
	unsigned w = dm_gword(c->abi);
	if (len > 1 << 16) len = 1 << 16;
	uint8_t *b = g_malloc0(len + 8);
	if (dm_copy_from_guest(b, g, len)) { g_free(b); return DM_GERR(EFAULT); }
	uint64_t hlen = (len + 7) & ~7ull;
	uint64_t *h = g_malloc0(hlen + 8);
	for (uint64_t i = 0; i < len / w; i++) {
		uint64_t v = dm_gload(c->abi, b + i * w, w);
		for (unsigned k = 0; k < w * 8; k++)
			if (v >> k & 1) { uint64_t bit = i * w * 8 + k; h[bit / 64] |= 1ull << (bit % 64); }
	}
	long r = dm_host_syscall(SYS_sched_setaffinity, pid, (long)hlen, (long)h, 0, 0, 0);
	g_free(b);
	g_free(h);
	return dm_sys_err(c->abi, r);
}

/* ---- socket options ------------------------------------------------------- */

/* SOL_SOCKET option numbers differ per ABI (socket_options set); other levels
 * are numbered alike.  Values: struct linger, struct timeval (SO_*TIMEO_OLD),
 * struct ucred (SO_PEERCRED) through their converters; the IP, IPv6 and packet
 * option structs field by field (sockopt_fields.c); other 4-byte values as
 * guest ints; anything else as bytes. */
static const struct dm_type *sockopt_type(const struct dm_abi *abi, const char *name)
{
	if (!name) return NULL;
	if (!strcmp(name, "SO_LINGER")) return abi->types[DM_T_linger];
	if (!strcmp(name, "SO_RCVTIMEO_OLD") || !strcmp(name, "SO_SNDTIMEO_OLD")) return abi->types[DM_T_timeval];
	if (!strcmp(name, "SO_PEERCRED")) return abi->types[DM_T_ucred];
	return NULL;
}

static int sockopt_xlat(struct dm_sys_call *c, int glevel, int gname, int *hlevel, int *hname, const char **sym)
{
	*hlevel = (int)dm_set_to_host(c->abi->sets[DM_SET_socket_level], (uint32_t)glevel);
	*hname = gname;
	*sym = NULL;
	if (*hlevel == SOL_SOCKET) {
		const struct dm_constset *s = c->abi->sets[DM_SET_socket_options];
		uint64_t h;
		*sym = s ? dm_enum_name(s, (uint32_t)gname) : NULL;
		if (!s || dm_enum_to_host(s, (uint32_t)gname, &h)) return -ENOPROTOOPT;
		*hname = (int)h;
	}
	return 0;
}

int64_t dm_sys_setsockopt(struct dm_sys_call *c)
{
	int fd = (int)dm_call_arg(c, 0), hl, hn;
	const char *sym;
	uint64_t gval = dm_call_arg(c, 3);
	int len = (int)dm_call_arg(c, 4);
	if (sockopt_xlat(c, (int)dm_call_arg(c, 1), (int)dm_call_arg(c, 2), &hl, &hn, &sym)) return DM_GERR(ENOPROTOOPT);
	if (len < 0) return DM_GERR(EINVAL);
	if (len > 1 << 20) return DM_GERR(ENOMEM);
	const struct dm_type *t = sockopt_type(c->abi, sym);
	void *h = NULL;
	long hlen = len;
	if (t && (unsigned)len >= t->gsize) {
		int r = dm_struct_in(t, gval, 1, &h);
		if (r) return DM_GERR(-r);
		hlen = t->hsize;
	} else if (gval) {
		h = g_malloc0(len + 8);
		if (len && dm_copy_from_guest(h, gval, len)) { g_free(h); return DM_GERR(EFAULT); }
		if (dm_sockopt_fields(c->abi, hl, hn, h, (unsigned)len, 1)) {
			/* a struct with its ints converted (sockopt_fields.c) */
		} else if (len == 4) { uint32_t v = (uint32_t)dm_gload(c->abi, h, 4); memcpy(h, &v, 4); }
	}
	long r = dm_host_syscall(SYS_setsockopt, fd, hl, hn, (long)h, hlen, 0);
	g_free(h);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_getsockopt(struct dm_sys_call *c)
{
	int fd = (int)dm_call_arg(c, 0), hl, hn;
	const char *sym;
	uint64_t gval = dm_call_arg(c, 3), glen = dm_call_arg(c, 4), len64;
	if (sockopt_xlat(c, (int)dm_call_arg(c, 1), (int)dm_call_arg(c, 2), &hl, &hn, &sym)) return DM_GERR(ENOPROTOOPT);
	if (dm_get_guest(c->abi, glen, 4, &len64)) return DM_GERR(EFAULT);
	int len = (int)len64;
	if (len < 0) return DM_GERR(EINVAL);
	if (len > 1 << 20) len = 1 << 20;
	if (len && !dm_mm_access_ok(gval, len, DM_PROT_WRITE)) return DM_GERR(EFAULT);
	const struct dm_type *t = sockopt_type(c->abi, sym);
	socklen_t hlen = t && (unsigned)len >= t->gsize ? t->hsize : (socklen_t)len;
	uint8_t *h = g_malloc0(hlen + 64);
	long r = dm_host_syscall(SYS_getsockopt, fd, hl, hn, (long)h, (long)&hlen, 0);
	if (r >= 0) {
		unsigned out;
		if (t && (unsigned)len >= t->gsize) {
			dm_struct_out(t, gval, 1, h);
			out = t->gsize;
		} else {
			out = hlen < (socklen_t)len ? hlen : (unsigned)len;
			if (dm_sockopt_fields(c->abi, hl, hn, h, out, 0)) {
				/* a struct with its ints converted (sockopt_fields.c) */
			} else if (out == 4) { uint32_t v; memcpy(&v, h, 4); dm_gstore(c->abi, h, 4, v); }
			dm_copy_to_guest(gval, h, out);
		}
		dm_put_guest(c->abi, glen, 4, out);
	}
	g_free(h);
	return dm_sys_err(c->abi, r);
}
/* ---- sysfs ------------------------------------------------------------------ */

/* sysfs(2): option 1 maps a filesystem name (arg1, a string) to its index,
 * 2 writes the name of index arg1 into the buffer arg2, 3 counts them.  The
 * host kernel decides every error; a bad guest pointer reaches it as one
 * it refuses, so EFAULT comes where the kernel's would. */
int64_t dm_sys_sysfs(struct dm_sys_call *c)
{
	int option = (int)dm_call_arg(c, 0);
	uint64_t a1 = dm_call_arg(c, 1), a2 = dm_call_arg(c, 2);
	long r;
	if (option == 1) {
		char *name = NULL;
		int e = dm_copy_str(a1, DM_PATH_MAX, &name);
		if (e == -ENAMETOOLONG) return DM_GERR(ENAMETOOLONG);
		r = dm_host_syscall(SYS_sysfs, 1, e ? (long)DM_FAULTING_HOST_PTR : (long)name, 0, 0, 0, 0);
		g_free(name);
	} else if (option == 2) {
		char name[256] = "";   /* a filesystem type name is short (file_system_type.name) */
		r = dm_host_syscall(SYS_sysfs, 2, (long)(unsigned)a1, (long)name, 0, 0, 0);
		if (r >= 0 && dm_copy_to_guest(a2, name, strlen(name) + 1)) r = -EFAULT;
	} else {
		r = dm_host_syscall(SYS_sysfs, option, (long)a1, (long)a2, 0, 0, 0);
	}
	return dm_sys_err(c->abi, r);
}

/* ---- mount ------------------------------------------------------------------ */

/* mount(2) passes through to the host, which decides (EPERM unless the caller
 * may mount).  The options are filesystem-dependent: like the kernel
 * (copy_mount_options), copy 4096 bytes of them, or as much of those as is
 * mapped (EFAULT when none is); string options, which every filesystem but legacy binary NFS takes,
 * need no conversion. */
int64_t dm_sys_mount(struct dm_sys_call *c)
{
	char *dev = NULL, *dir = NULL, *type = NULL, *data = NULL;
	uint64_t gdev = dm_call_arg(c, 0), gtype = dm_call_arg(c, 2), gdata = dm_call_arg(c, 4);
	int r = dm_copy_path(dm_call_arg(c, 1), &dir);
	if (!r && gdev)
		r = dm_copy_str(gdev, DM_PATH_MAX, &dev);
	if (!r && gtype)
		r = dm_copy_str(gtype, DM_PATH_MAX, &type);
	if (!r && gdata) {
		uint64_t n = dm_guest_prefix(gdata, 4096, DM_PROT_READ);
		if (!n)
			r = -EFAULT;
		else {
			data = g_malloc0(4097);
			memcpy(data, dm_guest_ptr(gdata, n, DM_PROT_READ), n);
		}
	}
	if (!r)
		r = dm_host_syscall(dm_host_nr("mount"), (long)dev, (long)dir, (long)type,
				    (long)dm_call_arg(c, 3), (long)data, 0);
	g_free(dev);
	g_free(dir);
	g_free(type);
	g_free(data);
	return dm_sys_err(c->abi, r);
}
