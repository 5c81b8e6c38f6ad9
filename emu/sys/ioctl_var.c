/* emu/sys/ioctl_var.c: the ioctls a spec marks `custom` because their
 * argument has a variable length (a header, then a count of records it
 * names).  The header and the records are spec types, converted by the
 * generated converters; only the counting is written here.  dm_sys_ioctl
 * (fd.c) looks a custom ioctl up by name with dm_ioctl_custom; one without
 * a handler here stays ENOTTY. */
#include <glib.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <net/if.h>
#include <string.h>
#include <sys/syscall.h>

#include "emu/sys/internal.h"

/* FS_IOC_FIEMAP: struct fiemap, then fm_extent_count fiemap_extent slots
 * that the kernel fills one by one (0 slots: it only counts).  The host gets
 * no more slots than the guest can take plus one, so a guest array that
 * runs off its mapping gives EFAULT exactly when the kernel would write
 * beyond it.  The kernel writes the header back also on EBADR (fm_flags then
 * holds the flags it does not support). */
static int64_t fiemap(struct dm_sys_call *c, const struct dm_ioctl *io, int fd, uint64_t garg)
{
	const struct dm_type *t = c->abi->types[DM_T_fiemap], *te = c->abi->types[DM_T_fiemap_extent];
	struct fiemap *h;
	int r = dm_struct_in(t, garg, 1, (void **)&h);
	if (r) return DM_GERR(EFAULT);
	uint32_t count = h->fm_extent_count;
	if (count > UINT32_MAX / sizeof(struct fiemap_extent)) { g_free(h); return DM_GERR(EINVAL); }
	uint64_t gext = garg + t->gsize;
	uint64_t room = count ? dm_guest_prefix(gext, (uint64_t)count * te->gsize, DM_PROT_WRITE) / te->gsize : 0;
	uint32_t hcount = count ? (uint32_t)MIN((uint64_t)count, MIN(room + 1, (64u << 20) / sizeof(struct fiemap_extent))) : 0;
	struct fiemap *hb = g_malloc0(sizeof *hb + (size_t)hcount * sizeof(struct fiemap_extent));
	memcpy(hb, h, sizeof *hb);
	g_free(h);
	hb->fm_extent_count = hcount;
	long ret = dm_host_syscall(SYS_ioctl, fd, io->host, (long)hb, 0, 0, 0);
	if (ret == 0 || ret == -EBADR) {
		uint32_t n = count ? MIN(hb->fm_mapped_extents, hcount) : 0;
		hb->fm_extent_count = count;
		if (n > room || (n && dm_struct_out(te, gext, n, hb->fm_extents)) || dm_struct_out(t, garg, 1, hb))
			ret = -EFAULT;
	}
	g_free(hb);
	return dm_sys_err(c->abi, ret);
}

/* FIDEDUPERANGE: struct file_dedupe_range, then dest_count
 * file_dedupe_range_info records (each with a destination fd: a plain
 * number, guest fds are host fds); all read first, all written back on
 * success, as the kernel does.  The kernel's size limit (a page: ENOMEM) is
 * the host's to apply, on the same size. */
static int64_t dedupe(struct dm_sys_call *c, const struct dm_ioctl *io, int fd, uint64_t garg)
{
	const struct dm_type *t = c->abi->types[DM_T_file_dedupe_range], *ti = c->abi->types[DM_T_file_dedupe_range_info];
	struct file_dedupe_range *h;
	void *info;
	if (dm_struct_in(t, garg, 1, (void **)&h)) return DM_GERR(EFAULT);
	uint16_t count = h->dest_count;
	if (dm_struct_in(ti, garg + t->gsize, count, &info)) { g_free(h); return DM_GERR(EFAULT); }
	size_t hsz = sizeof *h + (size_t)count * sizeof(struct file_dedupe_range_info);
	struct file_dedupe_range *hb = g_malloc0(hsz);
	memcpy(hb, h, sizeof *h);
	memcpy(hb->info, info, (size_t)count * sizeof(struct file_dedupe_range_info));
	g_free(h);
	g_free(info);
	long ret = dm_host_syscall(SYS_ioctl, fd, io->host, (long)hb, 0, 0, 0);
	if (ret == 0 && (dm_struct_out(t, garg, 1, hb) || dm_struct_out(ti, garg + t->gsize, count, hb->info)))
		ret = -EFAULT;
	g_free(hb);
	return dm_sys_err(c->abi, ret);
}

/* SIOCGIFCONF: struct ifconf names a buffer of ifc_len bytes that the kernel
 * fills with whole struct ifreq records (a NULL buffer: it only says how many
 * bytes all of them need).  Lengths are counted in the guest's ifreq size. */
static int64_t ifconf(struct dm_sys_call *c, const struct dm_ioctl *io, int fd, uint64_t garg)
{
	const struct dm_type *t = c->abi->types[DM_T_ifconf], *tr = c->abi->types[DM_T_ifreq];
	struct ifconf *h;
	if (dm_struct_in(t, garg, 1, (void **)&h)) return DM_GERR(EFAULT);
	char *gbuf = h->ifc_buf;                   /* the guest buffer, as a host address */
	int glen = h->ifc_len;
	size_t n = glen > 0 ? (size_t)glen / tr->gsize : 0;
	struct ifconf hc = { .ifc_len = (int)(n * sizeof(struct ifreq)) };
	if (gbuf) hc.ifc_buf = g_malloc0(n * sizeof(struct ifreq) + 1);
	long ret = dm_host_syscall(SYS_ioctl, fd, io->host, (long)&hc, 0, 0, 0);
	if (ret == 0) {
		size_t got = (size_t)hc.ifc_len / sizeof(struct ifreq);
		h->ifc_len = (int)(got * tr->gsize);
		if ((gbuf && got && dm_struct_out(tr, dm_h2g(gbuf), got, hc.ifc_buf)) || dm_struct_out(t, garg, 1, h))
			ret = -EFAULT;
		/* each record's address (ifr_addr, in the union after the 16-byte name)
		 * starts with a native u16 sa_family: the union travels as bytes */
		for (size_t k = 0; ret == 0 && gbuf && c->abi->endian == DM_BIG && k < got; k++) {
			uint8_t *fam = (uint8_t *)gbuf + k * tr->gsize + IFNAMSIZ;
			uint16_t v;
			memcpy(&v, fam, 2);
			dm_gstore(c->abi, fam, 2, v);
		}
	}
	g_free(hc.ifc_buf);
	g_free(h);
	return dm_sys_err(c->abi, ret);
}

static const struct {
	const char *name;
	dm_ioctl_fn fn;
} handlers[] = {
	{ "SIOCGIFCONF", ifconf },
	{ "FS_IOC_FIEMAP", fiemap },
	{ "FIDEDUPERANGE", dedupe },
};

dm_ioctl_fn dm_ioctl_custom(const char *name)
{
	for (size_t i = 0; i < G_N_ELEMENTS(handlers); i++)
		if (!strcmp(handlers[i].name, name)) return handlers[i].fn;
	return dm_uffd_ioctl(name);
}
