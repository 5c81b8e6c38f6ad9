/* emu/sys/mq.c: POSIX message queues' calls with structures: mq_open and
 * mq_getsetattr (struct mq_attr: four guest longs), mq_notify (struct
 * sigevent: the signal number is translated; SIGEV_THREAD, glibc's netlink
 * notification, carries a pointer to a 32-byte cookie).  mq_unlink and the
 * timed send/receive are plain signatures (specs/syscalls/ipc.lua). */
#include <glib.h>
#include <string.h>
#include <sys/syscall.h>

#include "emu/abi/field.h"
#include "emu/sys/internal.h"

#define NOTIFY_COOKIE_LEN 32     /* linux/mqueue.h */

int64_t dm_sys_mq_open(struct dm_sys_call *c)
{
	char *name;
	int e = dm_copy_str(dm_call_arg(c, 0), DM_PATH_MAX, &name);
	if (e) return DM_GERR(-e);
	uint64_t flags = dm_call_arg(c, 1), mode = dm_call_arg(c, 2), attr = dm_call_arg(c, 3);
	void *h = NULL;
	/* the kernel reads attr whenever it is given, O_CREAT or not */
	long r = attr ? dm_struct_in(c->abi->types[DM_T_mq_attr], attr, 1, &h) : 0;
	if (!r) r = dm_host_syscall(SYS_mq_open, (long)name, (long)flags, (long)mode, (long)h, 0, 0);
	g_free(name);
	g_free(h);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_mq_getsetattr(struct dm_sys_call *c)
{
	const struct dm_type *t = c->abi->types[DM_T_mq_attr];
	uint64_t set = dm_call_arg(c, 1), get = dm_call_arg(c, 2);
	void *h = NULL;
	uint64_t old[8];             /* the host's struct mq_attr: eight longs */
	long r = set ? dm_struct_in(t, set, 1, &h) : 0;
	if (!r) r = dm_host_syscall(SYS_mq_getsetattr, (long)dm_call_arg(c, 0), (long)h, get ? (long)&old : 0, 0, 0, 0);
	if (r >= 0 && get && dm_struct_out(t, get, 1, old)) r = -EFAULT;
	g_free(h);
	return dm_sys_err(c->abi, r);
}

int64_t dm_sys_mq_notify(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	int fd = (int)dm_call_arg(c, 0);
	uint64_t gev = dm_call_arg(c, 1);
	if (!gev) return dm_sys_err(abi, dm_host_syscall(SYS_mq_notify, fd, 0, 0, 0, 0, 0));
	const struct dm_type *t = abi->types[DM_T_sigevent];
	uint8_t g[128];
	if (t->gsize > sizeof g || dm_copy_from_guest(g, gev, t->gsize)) return DM_GERR(EFAULT);
	int64_t signo = 0, notify = 0, value = 0;
	dm_field_get(abi, t, g, "sigev_signo", &signo);
	dm_field_get(abi, t, g, "sigev_notify", &notify);
	dm_field_get(abi, t, g, "sigev_value.sival_ptr", &value);
	uint64_t hn;
	/* a value no name knows reaches the host unchanged: it says EINVAL */
	if (dm_enum_to_host(abi->sets[DM_SET_sigev_notify], (uint32_t)notify, &hn)) hn = (uint32_t)notify;
	if (hn == 0 /* SIGEV_SIGNAL */ && signo) {
		signo = signo < DM_NSIG ? dm_signal_to_host(abi, (int)signo) : 0;
		if (!signo) return DM_GERR(EINVAL);
	} else if (hn == 2 /* SIGEV_THREAD: signo is a netlink socket */) {
		value = (int64_t)(uintptr_t)dm_guest_ptr((uint64_t)value, NOTIFY_COOKIE_LEN, DM_PROT_READ);
		if (!value) return DM_GERR(EFAULT);
	}
	int64_t tid = 0;
	dm_field_get(abi, t, g, "_sigev_un._tid", &tid);
	/* the host's struct sigevent, filled by name */
	const struct dm_abi *ha = dm_host_abi();
	const struct dm_type *ht = ha->types[DM_T_sigevent];
	uint8_t h[128];
	memset(h, 0, sizeof h);
	dm_field_put(ha, ht, h, "sigev_value.sival_ptr", (uint64_t)value);
	dm_field_put(ha, ht, h, "sigev_signo", (uint64_t)signo);
	dm_field_put(ha, ht, h, "sigev_notify", hn);
	dm_field_put(ha, ht, h, "_sigev_un._tid", (uint64_t)tid);
	return dm_sys_err(abi, dm_host_syscall(SYS_mq_notify, fd, (long)h, 0, 0, 0, 0));
}
