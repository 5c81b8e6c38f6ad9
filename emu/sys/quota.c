/* emu/sys/quota.c: quotactl and quotactl_fd, whose addr argument is what
 * the command says: nothing, a quota file path (Q_QUOTAON), a u32 (Q_GETFMT,
 * the XFS on/off/rm flags), a VFS struct (spec types if_dqinfo, if_dqblk,
 * if_nextdqblk: converted field by field, in or out) or an XFS struct
 * (struct fs_disk_quota, fs_quota_stat, fs_quota_statv: fixed-width fields,
 * passed as bytes, exact on little-endian 64-bit guests).  An out struct is
 * written back on success; a buffer that is not guest memory reaches the
 * kernel as a faulting pointer, so EFAULT comes when the kernel copies.
 * quotactl's `special` is a block device path (sysroot-aware, NULL allowed
 * for Q_SYNC). */
#include <glib.h>
#include <string.h>

#include "emu/sys/internal.h"

enum { NONE, PATH, U32_IN, U32_OUT, T_IN, T_OUT, B_IN, B_OUT, B_INOUT };

struct qcmd { uint32_t sub; int kind; int type; unsigned bytes; };
#define XQM(x) (('X' << 8) + (x))
static const struct qcmd cmds[] = {
	{ 0x800001, NONE, 0, 0 },                 /* Q_SYNC */
	{ 0x800002, PATH, 0, 0 },                 /* Q_QUOTAON: the quota file */
	{ 0x800003, NONE, 0, 0 },                 /* Q_QUOTAOFF */
	{ 0x800004, U32_OUT, 0, 4 },              /* Q_GETFMT */
	{ 0x800005, T_OUT, DM_T_if_dqinfo, 0 },   /* Q_GETINFO */
	{ 0x800006, T_IN, DM_T_if_dqinfo, 0 },    /* Q_SETINFO */
	{ 0x800007, T_OUT, DM_T_if_dqblk, 0 },    /* Q_GETQUOTA */
	{ 0x800008, T_IN, DM_T_if_dqblk, 0 },     /* Q_SETQUOTA */
	{ 0x800009, T_OUT, DM_T_if_nextdqblk, 0 },/* Q_GETNEXTQUOTA */
	{ XQM(1), U32_IN, 0, 4 },                 /* Q_XQUOTAON */
	{ XQM(2), U32_IN, 0, 4 },                 /* Q_XQUOTAOFF */
	{ XQM(3), B_OUT, 0, 112 },                /* Q_XGETQUOTA: fs_disk_quota */
	{ XQM(4), B_IN, 0, 112 },                 /* Q_XSETQLIM */
	{ XQM(5), B_OUT, 0, 80 },                 /* Q_XGETQSTAT: fs_quota_stat */
	{ XQM(6), U32_IN, 0, 4 },                 /* Q_XQUOTARM */
	{ XQM(7), NONE, 0, 0 },                   /* Q_XQUOTASYNC */
	{ XQM(8), B_INOUT, 0, 160 },              /* Q_XGETQSTATV: fs_quota_statv (version in) */
	{ XQM(9), B_OUT, 0, 112 },                /* Q_XGETNEXTQUOTA */
};

static const struct qcmd *lookup(uint32_t cmd)
{
	uint32_t sub = cmd >> 8;
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
		if (cmds[i].sub >> 8 == sub) return &cmds[i];
	return NULL;
}

/* Run the host call `name` with the converted addr at argument index ai. */
static int64_t quota(struct dm_sys_call *c, const char *name, long a[4], int ai, uint32_t cmd)
{
	const struct dm_abi *abi = c->abi;
	uint64_t g = (uint64_t)a[ai];
	const struct qcmd *q = lookup(cmd);
	const struct dm_type *t = q && (q->kind == T_IN || q->kind == T_OUT) ? abi->types[q->type] : NULL;
	void *buf = NULL;
	char *path = NULL;
	uint32_t u = 0;
	long h = g ? (long)DM_FAULTING_HOST_PTR : 0;
	int kind = q ? q->kind : NONE;
	switch (kind) {
	case NONE:
		h = g ? (long)(uintptr_t)dm_g2h(g) : 0;   /* unused by the kernel */
		break;
	case PATH: {
		int r = g ? dm_copy_path(g, &path) : 0;
		if (r && r != -EFAULT) return DM_GERR(-r);
		if (path) h = (long)(uintptr_t)path;
		break;
	}
	case U32_IN: {
		uint64_t v;
		if (g && !dm_get_guest(abi, g, 4, &v)) { u = (uint32_t)v; h = (long)(uintptr_t)&u; }
		break;
	}
	case U32_OUT:
		if (g && dm_mm_access_ok(g, 4, DM_PROT_WRITE)) h = (long)(uintptr_t)&u;
		break;
	case T_IN:
		if (g && t && !dm_struct_in(t, g, 1, &buf)) h = (long)(uintptr_t)buf;
		break;
	case T_OUT:
		if (g && t && dm_mm_access_ok(g, t->gsize, DM_PROT_WRITE)) {
			buf = g_malloc0(t->hsize);
			h = (long)(uintptr_t)buf;
		}
		break;
	case B_IN: case B_OUT: case B_INOUT: {
		void *p = g ? dm_guest_ptr(g, q->bytes, kind == B_IN ? DM_PROT_READ : DM_PROT_READ | DM_PROT_WRITE) : NULL;
		if (p) h = (long)(uintptr_t)p;
		break;
	}
	}
	a[ai] = h;
	long r = dm_host_syscall(dm_host_nr(name), a[0], a[1], a[2], a[3], 0, 0);
	if (r >= 0 && kind == U32_OUT && h == (long)(uintptr_t)&u && dm_put_guest(abi, g, 4, u)) r = -EFAULT;
	if (r >= 0 && kind == T_OUT && buf && dm_struct_out(t, g, 1, buf)) r = -EFAULT;
	g_free(buf);
	g_free(path);
	return dm_sys_err(abi, r);
}

int64_t dm_sys_quotactl(struct dm_sys_call *c)
{
	uint32_t cmd = (uint32_t)dm_call_arg(c, 0);
	uint64_t gspecial = dm_call_arg(c, 1);
	char *special = NULL;
	long hs = 0;
	if (gspecial) {
		int r = dm_copy_path(gspecial, &special);
		if (r == -EFAULT) hs = (long)DM_FAULTING_HOST_PTR;
		else if (r) return DM_GERR(-r);
		else hs = (long)(uintptr_t)special;
	}
	long a[4] = { (long)cmd, hs, (long)(int32_t)dm_call_arg(c, 2), (long)dm_call_arg(c, 3) };
	int64_t r = quota(c, "quotactl", a, 3, cmd);
	g_free(special);
	return r;
}

int64_t dm_sys_quotactl_fd(struct dm_sys_call *c)
{
	uint32_t cmd = (uint32_t)dm_call_arg(c, 1);
	long a[4] = { (long)(int32_t)dm_call_arg(c, 0), (long)cmd, (long)(int32_t)dm_call_arg(c, 2), (long)dm_call_arg(c, 3) };
	return quota(c, "quotactl_fd", a, 3, cmd);
}
