/* emu/sys/mount_api.c: fsconfig(2), the one call of the mount API whose
 * argument cannot be described: what `value` points to depends on `cmd`
 * (specs/syscalls/fs.lua has the rest: fsopen, fsmount, fspick, move_mount,
 * open_tree, mount_setattr).
 *
 *   FSCONFIG_SET_STRING        value: a string
 *   FSCONFIG_SET_BINARY        value: aux bytes
 *   FSCONFIG_SET_PATH(_EMPTY)  value: a path (sysroot-aware), aux: its dirfd
 *   FSCONFIG_SET_FD            value: NULL, aux: an fd (guest fds are host fds)
 *   FSCONFIG_SET_FLAG, CMD_*   value: NULL
 *
 * The host kernel makes every check (which arguments must be NULL, aux's
 * range, the fd): anything unreadable reaches it as DM_FAULTING_HOST_PTR, so
 * EFAULT comes only where, and after what, the guest's kernel would give. */
#include <glib.h>
#include <string.h>

#include "emu/sys/internal.h"

/* A string argument: copied (path: with the sysroot), else a faulting pointer. */
static int copy_arg(uint64_t g, int path, size_t max, char **s, long *h)
{
	*s = NULL;
	if (!g) { *h = 0; return 0; }
	int r = path ? dm_copy_path(g, s) : dm_copy_str(g, max, s);
	if (r == -EFAULT) { *h = (long)DM_FAULTING_HOST_PTR; return 0; }
	if (r) return r;
	*h = (long)(uintptr_t)*s;
	return 0;
}

int64_t dm_sys_fsconfig(struct dm_sys_call *c)
{
	int fd = (int)dm_call_arg(c, 0);
	uint32_t gcmd = (uint32_t)dm_call_arg(c, 1);
	uint64_t gkey = dm_call_arg(c, 2), gval = dm_call_arg(c, 3);
	int aux = (int)dm_call_arg(c, 4);
	const struct dm_constset *cmds = c->abi->sets[DM_SET_fsconfig_cmds];
	const char *name = cmds ? dm_enum_name(cmds, gcmd) : NULL;
	uint64_t hcmd = gcmd;        /* a command the spec lacks goes as it is: the host refuses it */
	if (name) dm_enum_to_host(cmds, gcmd, &hcmd);
	char *key = NULL, *val = NULL;
	long hkey, hval = gval ? (long)DM_FAULTING_HOST_PTR : 0;   /* must-be-NULL values: only nullness matters */
	long haux = aux;
	/* key and string value: the kernel's strndup_user(.., 256), EINVAL when longer */
	int r = copy_arg(gkey, 0, 255, &key, &hkey);
	if (r == -ENAMETOOLONG) r = -EINVAL;
	if (!r && name && !strcmp(name, "FSCONFIG_SET_STRING")) {
		r = copy_arg(gval, 0, 255, &val, &hval);
		if (r == -ENAMETOOLONG) r = -EINVAL;
	} else if (!r && name && !strcmp(name, "FSCONFIG_SET_BINARY")) {
		void *p = gval && aux > 0 ? dm_guest_ptr(gval, (uint64_t)aux, DM_PROT_READ) : NULL;
		if (p) hval = (long)(uintptr_t)p;
	} else if (!r && name && (!strcmp(name, "FSCONFIG_SET_PATH") || !strcmp(name, "FSCONFIG_SET_PATH_EMPTY"))) {
		r = copy_arg(gval, 1, 0, &val, &hval);
		haux = (long)dm_dirfd_to_host(c->abi, (uint64_t)(int64_t)aux);
	}
	if (!r) r = (int)dm_host_syscall(dm_host_nr("fsconfig"), fd, (long)hcmd, hkey, hval, haux, 0);
	g_free(key);
	g_free(val);
	return dm_sys_err(c->abi, r);
}
