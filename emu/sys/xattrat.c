/* emu/sys/xattrat.c: setxattrat and getxattrat (Linux 6.13), whose value
 * travels in a size-versioned struct xattr_args { u64 value; u32 size;
 * u32 flags; } (16 bytes in version 0) holding a guest address.  The host
 * gets the guest's usize bytes (the kernel checks the size: EINVAL below 16,
 * E2BIG above a page or for non-zero bytes it does not know) with the three
 * fields in host order and value rebased: a buffer that is not guest memory
 * (all of `size`: read for set, write for get) becomes a faulting pointer.
 * listxattrat and removexattrat are plain signatures. */
#include <glib.h>
#include <string.h>

#include "emu/sys/internal.h"

#define XATTR_ARGS_MAX 4096

/* A path or name argument: copied (NULL stays NULL), else a faulting pointer. */
static int str_in(uint64_t g, int path, char **s, long *h)
{
	*s = NULL;
	if (!g) { *h = 0; return 0; }
	int r = path ? dm_copy_path(g, s) : dm_copy_str(g, 256, s);
	if (r == -EFAULT) { *h = (long)DM_FAULTING_HOST_PTR; return 0; }
	if (r == -ENAMETOOLONG && !path) r = -ERANGE;     /* xattr names: the kernel's ERANGE */
	if (r) return r;
	*h = (long)(uintptr_t)*s;
	return 0;
}

static int64_t xattrat(struct dm_sys_call *c, const char *name, int prot)
{
	int64_t dfd = dm_dirfd_to_host(c->abi, dm_call_arg(c, 0));
	uint64_t gpath = dm_call_arg(c, 1), gname = dm_call_arg(c, 3), gargs = dm_call_arg(c, 4);
	uint32_t at_flags = (uint32_t)dm_call_arg(c, 2);
	uint64_t usize = dm_call_arg(c, 5);
	const struct dm_constset *af = c->abi->sets[DM_SET_at_flags];
	if (af) at_flags = (uint32_t)dm_set_to_host(af, at_flags);
	char *path = NULL, *xname = NULL;
	long hpath, hname, hargs = (long)DM_FAULTING_HOST_PTR;
	uint8_t args[XATTR_ARGS_MAX];
	int r = str_in(gpath, 1, &path, &hpath);
	if (!r) r = str_in(gname, 0, &xname, &hname);
	if (!r && usize >= 16 && usize <= XATTR_ARGS_MAX && !dm_copy_from_guest(args, gargs, usize)) {
		uint64_t value = dm_gload(c->abi, args, 8);
		uint32_t size = (uint32_t)dm_gload(c->abi, args + 8, 4), flags = (uint32_t)dm_gload(c->abi, args + 12, 4);
		void *hv = value && size ? dm_guest_ptr(value, size, prot) : NULL;
		uint64_t hval = !value ? 0 : !size ? (uint64_t)(uintptr_t)dm_g2h(value)
			      : hv ? (uint64_t)(uintptr_t)hv : DM_FAULTING_HOST_PTR;
		memcpy(args, &hval, 8);
		memcpy(args + 8, &size, 4);
		memcpy(args + 12, &flags, 4);
		hargs = (long)(uintptr_t)args;
	} else if (!r && (usize < 16 || usize > XATTR_ARGS_MAX)) {
		hargs = gargs ? (long)(uintptr_t)args : 0;   /* the kernel refuses the size first */
	}
	if (!r) r = (int)dm_host_syscall(dm_host_nr(name), (long)dfd, hpath, at_flags, hname, hargs, (long)usize);
	g_free(path);
	g_free(xname);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_setxattrat(struct dm_sys_call *c) { return xattrat(c, "setxattrat", DM_PROT_READ); }
int64_t dm_sys_getxattrat(struct dm_sys_call *c) { return xattrat(c, "getxattrat", DM_PROT_WRITE); }
