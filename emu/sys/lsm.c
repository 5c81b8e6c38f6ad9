/* emu/sys/lsm.c: lsm_get_self_attr and lsm_list_modules (Linux 6.8).  *size
 * is the buffer's capacity on entry, and the kernel writes back what it used
 * or, with E2BIG, what it would need: the write-back happens on that error
 * too, which the generic marshaller (outputs on success only) does not do.
 * The records (struct lsm_ctx: u64 fields and bytes; u64 LSM ids) are
 * written by the kernel straight into guest memory in host order; a
 * big-endian guest's u64s are swapped there afterwards (to_guest_u64s). */
#include <glib.h>

#include "emu/sys/internal.h"

/* n u64s at host address p, written by the kernel, into guest order */
static void to_guest_u64s(const struct dm_abi *abi, uint8_t *p, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		uint64_t v;
		memcpy(&v, p + 8 * k, 8);
		dm_gstore(abi, p + 8 * k, 8, v);
	}
}

/* args: the call's four host arguments; bufarg and sizearg are filled in here */
static int64_t sized_call(struct dm_sys_call *c, const char *name, int bufarg, int sizearg, long args[4])
{
	uint64_t gbuf = dm_call_arg(c, bufarg), gsize = dm_call_arg(c, sizearg), v;
	uint32_t size = 0;
	long hsize = (long)DM_FAULTING_HOST_PTR, hbuf = 0;
	if (gsize && !dm_get_guest(c->abi, gsize, 4, &v)) {
		size = (uint32_t)v;
		hsize = (long)(uintptr_t)&size;
	}
	if (gbuf) {
		void *p = size ? dm_guest_ptr(gbuf, size, DM_PROT_WRITE) : dm_g2h(gbuf);
		hbuf = p ? (long)(uintptr_t)p : (long)DM_FAULTING_HOST_PTR;
	}
	args[bufarg] = hbuf;
	args[sizearg] = hsize;
	long r = dm_host_syscall(dm_host_nr(name), args[0], args[1], args[2], args[3], 0, 0);
	if (r > 0 && c->abi->endian == DM_BIG && hbuf && hbuf != (long)DM_FAULTING_HOST_PTR) {
		uint8_t *b = (uint8_t *)(uintptr_t)hbuf;
		if (bufarg == 0) {
			to_guest_u64s(c->abi, b, r);          /* lsm_list_modules: r ids */
		} else {
			/* lsm_get_self_attr: r records, each u64 id, flags, len (the
			 * record's bytes), ctx_len, then the context bytes */
			size_t off = 0;
			for (long k = 0; k < r && off + 32 <= size; k++) {
				uint64_t len;
				memcpy(&len, b + off + 16, 8);
				to_guest_u64s(c->abi, b + off, 4);
				if (len < 32 || len > size - off) break;
				off += len;
			}
		}
	}
	if ((r >= 0 || r == -E2BIG) && hsize == (long)(uintptr_t)&size && dm_put_guest(c->abi, gsize, 4, size))
		r = -EFAULT;
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_lsm_get_self_attr(struct dm_sys_call *c)
{
	long a[4] = { (long)(uint32_t)dm_call_arg(c, 0), 0, 0, (long)(uint32_t)dm_call_arg(c, 3) };
	return sized_call(c, "lsm_get_self_attr", 1, 2, a);
}

int64_t dm_sys_lsm_list_modules(struct dm_sys_call *c)
{
	long a[4] = { 0, 0, (long)(uint32_t)dm_call_arg(c, 2), 0 };
	return sized_call(c, "lsm_list_modules", 0, 1, a);
}
