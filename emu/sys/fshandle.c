/* emu/sys/fshandle.c: name_to_handle_at and open_by_handle_at, whose
 * struct file_handle { u32 handle_bytes; int handle_type; u8 f_handle[]; }
 * is as long as its first field says.  The guest's header is read in its
 * byte order, the opaque handle bytes travel as they are (the kernel made
 * them), and name_to_handle_at writes back what the kernel wrote: the whole
 * handle on success, the size it needs with EOVERFLOW.  A handle that cannot
 * be read reaches the kernel as a faulting pointer, so EFAULT comes after the
 * path lookup, as in the kernel. */
#include <glib.h>
#include <string.h>

#include "emu/sys/internal.h"

#define MAX_HANDLE_SZ 128
#define AT_HANDLE_MNT_ID_UNIQUE 1   /* Linux 6.12: mount_id is a u64 */

struct host_handle { uint32_t handle_bytes; int32_t handle_type; uint8_t f_handle[MAX_HANDLE_SZ]; };

/* Guest handle header (and, with bytes, its f_handle) -> host; false when unreadable. */
static bool handle_in(const struct dm_abi *abi, uint64_t g, struct host_handle *h, bool bytes)
{
	uint8_t hdr[8];
	if (dm_copy_from_guest(hdr, g, 8)) return false;
	h->handle_bytes = (uint32_t)dm_gload(abi, hdr, 4);
	h->handle_type = (int32_t)dm_gload(abi, hdr + 4, 4);
	if (bytes && h->handle_bytes <= MAX_HANDLE_SZ && dm_copy_from_guest(h->f_handle, g + 8, h->handle_bytes))
		return false;
	return true;
}

int64_t dm_sys_name_to_handle_at(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int64_t dfd = dm_dirfd_to_host(abi, dm_call_arg(c, 0));
	uint64_t gpath = dm_call_arg(c, 1), gh = dm_call_arg(c, 2), gmnt = dm_call_arg(c, 3);
	int flags = (int)dm_call_arg(c, 4);
	const struct dm_constset *af = abi->sets[DM_SET_at_flags];
	int hflags = af ? (int)dm_set_to_host(af, (uint32_t)flags) : flags;
	char *path = NULL;
	long hpath = 0;
	if (gpath) {
		int r = dm_copy_path(gpath, &path);
		if (r == -EFAULT) hpath = (long)DM_FAULTING_HOST_PTR;
		else if (r) return DM_GERR(-r);
		else hpath = (long)(uintptr_t)path;
	}
	struct host_handle h = { 0 };
	uint32_t cap = 0;
	long hh = (long)DM_FAULTING_HOST_PTR;
	if (gh && handle_in(abi, gh, &h, false)) {
		cap = h.handle_bytes;
		hh = (long)(uintptr_t)&h;
	} else if (!gh) {
		hh = 0;
	}
	uint64_t mnt = 0;
	unsigned mnt_size = (flags & AT_HANDLE_MNT_ID_UNIQUE) ? 8 : 4;
	long hmnt = gmnt && dm_mm_access_ok(gmnt, mnt_size, DM_PROT_WRITE) ? (long)(uintptr_t)&mnt
		  : gmnt ? (long)DM_FAULTING_HOST_PTR : 0;
	long r = dm_host_syscall(dm_host_nr("name_to_handle_at"), (long)dfd, hpath, hh, hmnt, hflags, 0);
	g_free(path);
	if ((r == 0 || r == -EOVERFLOW) && hh == (long)(uintptr_t)&h) {
		uint8_t out[8 + MAX_HANDLE_SZ];
		dm_gstore(abi, out, 4, h.handle_bytes);
		dm_gstore(abi, out + 4, 4, (uint32_t)h.handle_type);
		size_t n = 4;
		if (r == 0) {
			n = 8 + (h.handle_bytes <= cap ? h.handle_bytes : cap);
			memcpy(out + 8, h.f_handle, n - 8);
		}
		if (dm_copy_to_guest(gh, out, n)) r = -EFAULT;
	}
	if (r == 0 && hmnt == (long)(uintptr_t)&mnt && dm_put_guest(abi, gmnt, mnt_size, mnt_size == 8 ? mnt : (uint32_t)mnt))
		r = -EFAULT;
	return dm_sys_err(abi, r);
}

int64_t dm_sys_open_by_handle_at(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int mount_fd = (int)dm_call_arg(c, 0);
	uint64_t gh = dm_call_arg(c, 1);
	const struct dm_constset *of = abi->sets[DM_SET_open_flags];
	long flags = of ? (long)dm_set_to_host(of, (uint32_t)dm_call_arg(c, 2)) : (long)dm_call_arg(c, 2);
	struct host_handle h = { 0 };
	long hh = gh && handle_in(abi, gh, &h, true) ? (long)(uintptr_t)&h : gh ? (long)DM_FAULTING_HOST_PTR : 0;
	return dm_sys_err(abi, dm_host_syscall(dm_host_nr("open_by_handle_at"), mount_fd, hh, flags, 0, 0, 0));
}
