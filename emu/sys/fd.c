/* emu/sys/fd.c: descriptor syscalls whose argument depends on another one:
 * fcntl/fcntl64 (by command), ioctl (the generated per-ABI ioctl table),
 * select/pselect6 (fd_set bitmaps are arrays of guest longs). */
#include <fcntl.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emu/sys/internal.h"

/* ---- fcntl ----------------------------------------------------------------- */

static int64_t lock_cmd(struct dm_sys_call *c, int fd, int hcmd, uint64_t garg, const struct dm_type *t)
{
	if (!t) return DM_GERR(EINVAL);
	void *h;
	int r = dm_struct_in(t, garg, 1, &h);
	if (r) return DM_GERR(-r);
	struct flock *fl = h;     /* host layout: x86_64 struct flock (64-bit offsets) */
	const struct dm_constset *types = c->abi->sets[DM_SET_flock_types];
	const struct dm_constset *whence = c->abi->sets[DM_SET_seek_whence];
	fl->l_type = (short)dm_set_to_host(types, (uint16_t)fl->l_type);
	fl->l_whence = (short)dm_set_to_host(whence, (uint16_t)fl->l_whence);
	long ret = dm_host_syscall(SYS_fcntl, fd, hcmd, (long)h, 0, 0, 0);
	if (ret >= 0 && (hcmd == F_GETLK || hcmd == F_OFD_GETLK)) {
		fl->l_type = (short)dm_set_to_guest(types, (uint16_t)fl->l_type);
		fl->l_whence = (short)dm_set_to_guest(whence, (uint16_t)fl->l_whence);
		if (dm_struct_out(t, garg, 1, h)) ret = -EFAULT;
	}
	g_free(h);
	return dm_sys_err(c->abi, ret);
}

static int64_t do_fcntl(struct dm_sys_call *c, int is64)
{
	int fd = (int)dm_call_arg(c, 0);
	uint32_t gcmd = (uint32_t)dm_call_arg(c, 1);
	uint64_t garg = c->args[2];
	const struct dm_constset *cmds = c->abi->sets[DM_SET_fcntl_cmds];
	if (dm_selffd_is(fd)) return DM_GERR(EBADF);   /* dragoman's own (selffd.c) */
	const char *name = cmds ? dm_enum_name(cmds, gcmd) : NULL;
	if (!name) {
		/* A command the specs do not name (newer than the headers they are
		 * proven against: F_DUPFD_QUERY, F_CREATED_QUERY, ...) goes to the host
		 * as it is, with its argument as an integer, as the enum policy says:
		 * the new commands are numbered alike on every ABI (F_LINUX_SPECIFIC_BASE),
		 * take integers, and the host answers EINVAL for what it does not know. */
		char key[32];
		snprintf(key, sizeof key, "F_? %u", gcmd);
		dm_sys_report("fcntl", key);
		return dm_sys_err(c->abi, dm_host_syscall(SYS_fcntl, fd, (long)gcmd, (long)garg, 0, 0, 0));
	}
	const struct dm_type *flock_t = c->abi->types[is64 && c->abi->types[DM_T_flock64] ? DM_T_flock64 : DM_T_flock];
	if (!strcmp(name, "F_GETLK64") || !strcmp(name, "F_GETLK")) return lock_cmd(c, fd, F_GETLK, garg, flock_t);
	if (!strcmp(name, "F_SETLK64") || !strcmp(name, "F_SETLK")) return lock_cmd(c, fd, F_SETLK, garg, flock_t);
	if (!strcmp(name, "F_SETLKW64") || !strcmp(name, "F_SETLKW")) return lock_cmd(c, fd, F_SETLKW, garg, flock_t);
	if (!strcmp(name, "F_OFD_GETLK")) return lock_cmd(c, fd, F_OFD_GETLK, garg, flock_t);
	if (!strcmp(name, "F_OFD_SETLK")) return lock_cmd(c, fd, F_OFD_SETLK, garg, flock_t);
	if (!strcmp(name, "F_OFD_SETLKW")) return lock_cmd(c, fd, F_OFD_SETLKW, garg, flock_t);
	uint64_t hcmd;
	if (dm_enum_to_host(cmds, gcmd, &hcmd)) return DM_GERR(EINVAL);
	const struct dm_constset *ofl = c->abi->sets[DM_SET_open_flags];
	if (!strcmp(name, "F_GETFL")) {
		long r = dm_host_syscall(SYS_fcntl, fd, F_GETFL, 0, 0, 0, 0);
		return r < 0 ? dm_sys_err(c->abi, r) : (int64_t)dm_set_to_guest(ofl, (uint64_t)r);
	}
	if (!strcmp(name, "F_SETFL"))
		return dm_sys_err(c->abi, dm_host_syscall(SYS_fcntl, fd, F_SETFL, (long)dm_set_to_host(ofl, (uint32_t)garg), 0, 0, 0));
	if (!strcmp(name, "F_SETSIG")) {
		int hs = garg ? dm_signal_to_host(c->abi, (int)garg) : 0;
		if (garg && !hs) return DM_GERR(EINVAL);
		return dm_sys_err(c->abi, dm_host_syscall(SYS_fcntl, fd, F_SETSIG, hs, 0, 0, 0));
	}
	if (!strcmp(name, "F_GETSIG")) {
		long r = dm_host_syscall(SYS_fcntl, fd, F_GETSIG, 0, 0, 0, 0);
		return r <= 0 ? dm_sys_err(c->abi, r) : dm_signal_to_guest(c->abi, (int)r);
	}
	if (!strcmp(name, "F_GETOWN_EX") || !strcmp(name, "F_SETOWN_EX")) {
		/* struct f_owner_ex { int type; pid_t pid; } */
		uint64_t ty, pid;
		const struct dm_constset *ot = c->abi->sets[DM_SET_f_owner_types];
		int h[2] = { 0, 0 };
		if (!strcmp(name, "F_SETOWN_EX")) {
			if (dm_get_guest(c->abi, garg, 4, &ty) || dm_get_guest(c->abi, garg + 4, 4, &pid)) return DM_GERR(EFAULT);
			h[0] = (int)dm_set_to_host(ot, (uint32_t)ty);
			h[1] = (int)pid;
		} else if (!dm_mm_access_ok(garg, 8, DM_PROT_WRITE)) {
			return DM_GERR(EFAULT);
		}
		long r = dm_host_syscall(SYS_fcntl, fd, (long)hcmd, (long)h, 0, 0, 0);
		if (r >= 0 && !strcmp(name, "F_GETOWN_EX")) {
			dm_put_guest(c->abi, garg, 4, (uint32_t)dm_set_to_guest(ot, (uint32_t)h[0]));
			dm_put_guest(c->abi, garg + 4, 4, (uint32_t)h[1]);
		}
		return dm_sys_err(c->abi, r);
	}
	if (!strcmp(name, "F_GETOWNER_UIDS")) {
		if (!dm_mm_access_ok(garg, 8, DM_PROT_WRITE)) return DM_GERR(EFAULT);
		uint32_t u[2];
		long r = dm_host_syscall(SYS_fcntl, fd, (long)hcmd, (long)u, 0, 0, 0);
		if (r >= 0) { dm_put_guest(c->abi, garg, 4, u[0]); dm_put_guest(c->abi, garg + 4, 4, u[1]); }
		return dm_sys_err(c->abi, r);
	}
	if (!strcmp(name, "F_GET_RW_HINT") || !strcmp(name, "F_SET_RW_HINT") ||
	    !strcmp(name, "F_GET_FILE_RW_HINT") || !strcmp(name, "F_SET_FILE_RW_HINT")) {
		uint64_t v = 0;
		if (dm_get_guest(c->abi, garg, 8, &v)) return DM_GERR(EFAULT);
		long r = dm_host_syscall(SYS_fcntl, fd, (long)hcmd, (long)&v, 0, 0, 0);
		if (r >= 0 && dm_put_guest(c->abi, garg, 8, v)) return DM_GERR(EFAULT);
		return dm_sys_err(c->abi, r);
	}
	/* integer argument (F_DUPFD*, F_GETFD/SETFD, F_GETOWN/SETOWN, leases, pipe size, seals, notify) */
	return dm_sys_err(c->abi, dm_host_syscall(SYS_fcntl, fd, (long)hcmd, (long)(int64_t)(int32_t)garg, 0, 0, 0));
}

int64_t dm_sys_fcntl(struct dm_sys_call *c) { return do_fcntl(c, c->abi->bits == 32 ? 0 : 1); }
int64_t dm_sys_fcntl64(struct dm_sys_call *c) { return do_fcntl(c, 1); }

/* ---- ioctl ------------------------------------------------------------------- */

int64_t dm_sys_ioctl(struct dm_sys_call *c)
{
	int fd = (int)dm_call_arg(c, 0);
	uint32_t req = (uint32_t)c->args[1];
	const struct dm_ioctl *io = dm_ioctl_lookup(c->abi, req);
	dm_ioctl_fn fn = io && io->has_host && io->custom ? dm_ioctl_custom(io->name) : NULL;
	if (fn) return fn(c, io, fd, c->args[2]);
	if (!io || !io->has_host || io->custom) {
		char key[64];
		if (io) snprintf(key, sizeof key, "%s", io->name);
		else snprintf(key, sizeof key, "0x%08x", req);
		dm_sys_report("ioctl", key);
		if (fcntl(fd, F_GETFD) < 0) return DM_GERR(EBADF);
		return DM_GERR(ENOTTY);
	}
	if (!io->has_arg)
		return dm_sys_err(c->abi, dm_host_syscall(SYS_ioctl, fd, io->host, (long)c->args[2], 0, 0, 0));
	struct dm_sig sig = { io->name, NULL, DM_RET_int, 1, 3, &io->arg };
	struct dm_marshal *m = dm_marshal_new(c->abi, &sig, c->args);
	uint64_t h;
	int r = dm_marshal_in(m, 0, &h);
	if (r) { dm_marshal_free(m); return DM_GERR(-r); }
	long ret = dm_host_syscall(SYS_ioctl, fd, io->host, (long)h, 0, 0, 0);
	dm_marshal_out(m, ret);
	dm_marshal_free(m);
	return dm_sys_err(c->abi, ret);
}

/* ---- select ------------------------------------------------------------------ */

/* A guest fd_set: n bits in an array of guest longs. */
static int fdset_in(struct dm_sys_call *c, uint64_t g, int n, uint64_t *h)
{
	if (!g) return 0;
	unsigned w = dm_gword(c->abi), words = (n + w * 8 - 1) / (w * 8);
	uint8_t *b = g_malloc(words * w + 1);
	if (dm_copy_from_guest(b, g, words * w)) { g_free(b); return -EFAULT; }
	memset(h, 0, (n + 63) / 64 * 8);
	for (unsigned i = 0; i < words; i++) {
		uint64_t v = dm_gload(c->abi, b + i * w, w);
		for (unsigned k = 0; k < w * 8 && v; k++, v >>= 1)
			if (v & 1) {
				unsigned fd = i * w * 8 + k;
				if ((int)fd < n) h[fd / 64] |= 1ull << (fd % 64);
			}
	}
	g_free(b);
	return 0;
}

static int fdset_out(struct dm_sys_call *c, uint64_t g, int n, const uint64_t *h)
{
	if (!g) return 0;
	unsigned w = dm_gword(c->abi), words = (n + w * 8 - 1) / (w * 8);
	uint8_t *b = g_malloc0(words * w + 1);
	for (int fd = 0; fd < n; fd++)
		if (h[fd / 64] >> (fd % 64) & 1) {
			uint8_t *p = b + fd / (w * 8) * w;
			dm_gstore(c->abi, p, w, dm_gload(c->abi, p, w) | 1ull << (fd % (w * 8)));
		}
	int r = dm_copy_to_guest(g, b, words * w) ? -EFAULT : 0;
	g_free(b);
	return r;
}

static int64_t do_select(struct dm_sys_call *c, int n, const uint64_t g[3], uint64_t gtime,
			 const struct dm_type *tt, int pselect, uint64_t gsig)
{
	if (n < 0 || n > 1 << 20) return DM_GERR(EINVAL);
	size_t bytes = (n + 63) / 64 * 8 + 8;
	uint64_t *h[3];
	int r = 0;
	for (int i = 0; i < 3; i++) {
		h[i] = g[i] ? g_malloc0(bytes) : NULL;
		if (!r && g[i]) {
			int prot = DM_PROT_READ | DM_PROT_WRITE;
			unsigned w = dm_gword(c->abi);
			if (n && !dm_mm_access_ok(g[i], (n + w * 8 - 1) / (w * 8) * w, prot)) r = -EFAULT;
			else r = fdset_in(c, g[i], n, h[i]);
		}
	}
	void *ht = NULL;
	if (!r && gtime) {
		if (!tt) r = -EINVAL;
		else r = dm_struct_in(tt, gtime, 1, &ht);
	}
	struct { uint64_t *ss; size_t len; } hs = { NULL, 8 };
	uint64_t mask;
	if (!r && pselect && gsig) {
		uint64_t sp, sl;
		unsigned w = dm_gword(c->abi);
		if (dm_get_guest(c->abi, gsig, w, &sp) || dm_get_guest(c->abi, gsig + w, w, &sl)) r = -EFAULT;
		else if (sp) {
			unsigned gs = dm_guest_sigset_size(c->abi);
			uint8_t b[DM_NSIG / 8 + 8];
			if (sl != gs) r = -EINVAL;
			else if (dm_copy_from_guest(b, sp, gs)) r = -EFAULT;
			else { mask = dm_gsigset_to_host(c->abi, b, gs); hs.ss = &mask; }
		}
	}
	long ret = r;
	if (!r) {
		if (pselect)
			ret = dm_host_syscall(SYS_pselect6, n, (long)h[0], (long)h[1], (long)h[2], (long)ht, gsig ? (long)&hs : 0);
		else
			ret = dm_host_syscall(SYS_select, n, (long)h[0], (long)h[1], (long)h[2], (long)ht, 0);
		if (ret >= 0)
			for (int i = 0; i < 3; i++) fdset_out(c, g[i], n, h[i]);
		if ((ret >= 0 || ret == -EINTR) && ht) dm_struct_out(tt, gtime, 1, ht);
	}
	for (int i = 0; i < 3; i++) g_free(h[i]);
	g_free(ht);
	return dm_sys_err(c->abi, ret);
}

int64_t dm_sys_pselect6(struct dm_sys_call *c)
{
	uint64_t g[3] = { dm_call_arg(c, 1), dm_call_arg(c, 2), dm_call_arg(c, 3) };
	const struct dm_sig *s = c->entry ? c->entry->sig : NULL;
	const struct dm_type *tt = s && s->nargs > 4 && s->args[4].type ? s->args[4].type : c->abi->types[DM_T_timespec];
	return do_select(c, (int)dm_call_arg(c, 0), g, dm_call_arg(c, 4), tt, 1, dm_call_arg(c, 5));
}
/* 32-bit ABIs' time64 twin: the signature's timespec64 is what differs */
int64_t dm_sys_pselect6_time64(struct dm_sys_call *c) { return dm_sys_pselect6(c); }

int64_t dm_sys_select(struct dm_sys_call *c)
{
	uint64_t g[3] = { dm_call_arg(c, 1), dm_call_arg(c, 2), dm_call_arg(c, 3) };
	return do_select(c, (int)dm_call_arg(c, 0), g, dm_call_arg(c, 4), c->abi->types[DM_T_timeval], 0, 0);
}

int64_t dm_sys__newselect(struct dm_sys_call *c) { return dm_sys_select(c); }

/* pipe(2): the descriptors go to the guest's int[2], or on the ABIs that
 * return them in registers (specs/abi pipe_regs) the first is the result and
 * the second goes to the arch's second result register. */
int64_t dm_sys_pipe(struct dm_sys_call *c)
{
	int fds[2];
	long r = dm_host_syscall(SYS_pipe2, (long)fds, 0, 0, 0, 0, 0);
	if (r < 0) return dm_sys_err(c->abi, r);
	if (c->abi->pipe_regs && c->cpu->arch->syscall_ret2) {
		c->cpu->arch->syscall_ret2(c->cpu, (uint64_t)fds[1]);
		return fds[0];
	}
	uint8_t g[8];
	dm_gstore(c->abi, g, 4, (uint32_t)fds[0]);
	dm_gstore(c->abi, g + 4, 4, (uint32_t)fds[1]);
	if (c->abi->pipe_regs || dm_copy_to_guest(dm_call_arg(c, 0), g, 8)) {
		/* (pipe_regs without the arch hook cannot run: no such front-end) */
		dm_host_syscall(SYS_close, fds[0], 0, 0, 0, 0, 0);
		dm_host_syscall(SYS_close, fds[1], 0, 0, 0, 0, 0);
		return DM_GERR(EFAULT);
	}
	return 0;
}
