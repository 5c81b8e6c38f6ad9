/* emu/sys/pmadvise.c: process_madvise.  The iovec array (spec type iovec)
 * holds guest addresses.  For the caller itself (a pidfd of our own process:
 * its fdinfo's Pid), whose advice may be destructive since Linux 6.13
 * (MADV_DONTNEED and friends), every range must be guest memory, as for
 * madvise: the kernel advises the ranges in order and stops at the first
 * one it cannot (ENOMEM for unmapped memory, EPERM for sealed read-only
 * anonymous memory and a discarding advice), returning the bytes done before
 * it; the host gets exactly the ranges before that one.  Another process's
 * addresses are its own: they go to the kernel as they are. */
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

#include "emu/sys/internal.h"

#define IOV_MAX_ 1024

static bool pidfd_is_self(int pidfd)
{
	char path[64], *text = NULL;
	snprintf(path, sizeof path, "/proc/self/fdinfo/%d", pidfd);
	if (!g_file_get_contents(path, &text, NULL, NULL)) return false;
	const char *p = strstr(text, "\nPid:");
	bool self = p && strtol(p + 5, NULL, 10) == (long)getpid();
	g_free(text);
	return self;
}

int64_t dm_sys_process_madvise(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int pidfd = (int)dm_call_arg(c, 0);
	uint64_t gvec = dm_call_arg(c, 1), vlen = dm_call_arg(c, 2);
	uint32_t flags = (uint32_t)dm_call_arg(c, 4);
	uint64_t advice;
	if (dm_enum_to_host(abi->sets[DM_SET_madvise], (uint32_t)dm_call_arg(c, 3), &advice) < 0) advice = (uint32_t)dm_call_arg(c, 3);
	struct iovec *v = NULL;
	long hv = (long)DM_FAULTING_HOST_PTR;
	uint64_t n = vlen, page = dm_mm_page_size();
	int stop = 0;
	if (vlen <= IOV_MAX_ && gvec && !dm_struct_in(abi->types[DM_T_iovec], gvec, vlen, (void **)&v)) {
		hv = (long)(uintptr_t)v;
		bool discard = advice == MADV_DONTNEED || advice == MADV_DONTNEED_LOCKED || advice == MADV_FREE ||
			       advice == MADV_REMOVE;
		if (vlen && pidfd_is_self(pidfd)) {
			for (n = 0; n < vlen; n++) {
				uint64_t s = dm_h2g(v[n].iov_base), len = v[n].iov_len;
				if (!len) continue;
				uint64_t e = (s + len + page - 1) & ~(page - 1);
				s &= ~(page - 1);
				if (!dm_mm_covered(s, e - s)) { stop = ENOMEM; break; }
				if (discard && dm_mm_seal_blocks_discard(s, e - s)) { stop = EPERM; break; }
			}
		}
	} else if (vlen > IOV_MAX_) {
		hv = (long)(uintptr_t)dm_g2h(gvec);   /* the kernel's EINVAL, before it reads */
	}
	long r;
	if (stop && n == 0) r = -stop;
	else r = dm_host_syscall(dm_host_nr("process_madvise"), pidfd, hv, (long)n, (long)advice, flags, 0);
	g_free(v);
	return dm_sys_err(abi, r);
}
