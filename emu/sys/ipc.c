/* emu/sys/ipc.c: System V IPC operations (semop, semtimedop, msgsnd,
 * msgrcv), the direct syscalls of every IPC call, and the ipc(2)
 * multiplexer of the older 32-bit ABIs.  A semaphore operation is an array
 * of struct sembuf (converted per field); a message is a guest long mtype
 * followed by its text.  Checks the kernel makes before touching memory are
 * made here in its order, so that errnos match (ipc/sem.c, ipc/msg.c). */
#include <glib.h>
#include <string.h>
#include <sys/msg.h>
#include <sys/syscall.h>

#include "emu/sys/internal.h"
#include "emu/sys/ipc.h"

#define IPC_64_FLAG 0x100

/* Host flags of a set (unknown bits pass: the host rejects what it does not know). */
static int hflags(const struct dm_abi *abi, int set, int g)
{
	return (int)dm_set_to_host(abi->sets[set], (uint32_t)g);
}

/* A guest long, sign-extended. */
static int get_glong(const struct dm_abi *abi, uint64_t addr, int64_t *v)
{
	uint64_t x;
	int r = dm_get_guest(abi, addr, dm_gword(abi), &x);
	*v = abi->bits == 32 ? (int64_t)(int32_t)x : (int64_t)x;
	return r;
}

int64_t dm_ipc_semtimedop(const struct dm_abi *abi, int id, uint64_t sops, uint64_t nsops, uint64_t timeout,
			  const struct dm_type *ts)
{
	/* do_semtimedop: counts first; more than any SEMOPM: the host says E2BIG before reading */
	if (nsops < 1 || id < 0) return DM_GERR(EINVAL);
	if (nsops > 65536) return dm_sys_err(abi, dm_host_syscall(SYS_semtimedop, id, 0, (long)nsops, 0, 0, 0));
	void *h = NULL, *ht = NULL;
	/* an unreadable array goes to the host as a faulting pointer: its
	 * SEMOPM check (E2BIG, semop02) comes before it reads the array */
	long hsops = dm_struct_in(abi->types[DM_T_sembuf], sops, nsops, &h) ? (long)DM_FAULTING_HOST_PTR : (long)h;
	int e = 0;
	if (timeout) e = ts ? dm_struct_in(ts, timeout, 1, &ht) : -EINVAL;
	long r = e ? e : dm_host_syscall(SYS_semtimedop, id, hsops, (long)nsops, (long)ht, 0, 0);
	g_free(h);
	g_free(ht);
	return dm_sys_err(abi, r);
}

/* The host's msgmax (what the kernel checks msgsz against) and a size bound
 * for a receive buffer. */
static void msg_limits(long *msgmax, size_t *bound)
{
	struct msginfo mi;
	memset(&mi, 0, sizeof mi);
	dm_host_syscall(SYS_msgctl, 0, IPC_INFO, (long)&mi, 0, 0, 0);
	*msgmax = mi.msgmax;
	size_t b = (size_t)(mi.msgmax > mi.msgmnb ? mi.msgmax : mi.msgmnb);
	*bound = b > 65536 ? b : 65536;
}

int64_t dm_ipc_msgsnd(const struct dm_abi *abi, int id, uint64_t msgp, uint64_t msgsz, int flags)
{
	int64_t mtype;
	if (get_glong(abi, msgp, &mtype)) return DM_GERR(EFAULT);
	if (abi->bits == 32) msgsz = (uint32_t)msgsz;
	long msgmax;
	size_t bound;
	msg_limits(&msgmax, &bound);
	if ((int64_t)msgsz < 0 || msgsz > (uint64_t)msgmax || id < 0 || mtype < 1) return DM_GERR(EINVAL);
	uint8_t *m = g_malloc(sizeof(long) + msgsz);
	memcpy(m, &mtype, sizeof(long));
	long r = dm_copy_from_guest(m + sizeof(long), msgp + dm_gword(abi), msgsz);
	if (!r) r = dm_host_syscall(SYS_msgsnd, id, (long)m, (long)msgsz, hflags(abi, DM_SET_ipc_msg_flags, flags), 0, 0);
	g_free(m);
	return dm_sys_err(abi, r);
}

int64_t dm_ipc_msgrcv(const struct dm_abi *abi, int id, uint64_t msgp, uint64_t msgsz, int64_t msgtyp, int flags)
{
	if (abi->bits == 32) msgsz = (uint32_t)msgsz;
	if (id < 0 || (int64_t)msgsz < 0) return DM_GERR(EINVAL);
	long msgmax;
	size_t bound;
	msg_limits(&msgmax, &bound);
	/* no queued message is longer than the bound: receiving into less changes nothing */
	size_t n = msgsz < bound ? msgsz : bound;
	uint8_t *m = g_malloc(sizeof(long) + n);
	long r = dm_host_syscall(SYS_msgrcv, id, (long)m, (long)n, (long)msgtyp,
				 hflags(abi, DM_SET_ipc_msg_flags, flags), 0);
	if (r >= 0) {
		/* the kernel has dequeued the message already: a bad buffer loses it (EFAULT) */
		long mtype;
		memcpy(&mtype, m, sizeof mtype);
		if (dm_put_guest(abi, msgp, dm_gword(abi), (uint64_t)mtype) ||
		    dm_copy_to_guest(msgp + dm_gword(abi), m + sizeof(long), (size_t)r))
			r = -EFAULT;
	}
	g_free(m);
	return dm_sys_err(abi, r);
}

/* ---- the direct syscalls ------------------------------------------------------ */

#define ARG(i) dm_call_arg(c, i)

int64_t dm_sys_shmctl(struct dm_sys_call *c)
{
	return dm_ipc_shmctl(c->abi, (int)ARG(0), (int)ARG(1), ARG(2), c->abi->ipc_old_ctl);
}

int64_t dm_sys_semctl(struct dm_sys_call *c)
{
	return dm_ipc_semctl(c->abi, (int)ARG(0), (int)ARG(1), (int)ARG(2), ARG(3), c->abi->ipc_old_ctl);
}

int64_t dm_sys_msgctl(struct dm_sys_call *c)
{
	return dm_ipc_msgctl(c->abi, (int)ARG(0), (int)ARG(1), ARG(2), c->abi->ipc_old_ctl);
}

int64_t dm_sys_semop(struct dm_sys_call *c)
{
	return dm_ipc_semtimedop(c->abi, (int)ARG(0), ARG(1), (uint32_t)ARG(2), 0, NULL);
}

static int64_t semtimedop(struct dm_sys_call *c)
{
	return dm_ipc_semtimedop(c->abi, (int)ARG(0), ARG(1), (uint32_t)ARG(2), ARG(3), c->entry->sig->args[3].type);
}
int64_t dm_sys_semtimedop(struct dm_sys_call *c) { return semtimedop(c); }
int64_t dm_sys_semtimedop_time64(struct dm_sys_call *c) { return semtimedop(c); }

int64_t dm_sys_msgsnd(struct dm_sys_call *c)
{
	return dm_ipc_msgsnd(c->abi, (int)ARG(0), ARG(1), ARG(2), (int)ARG(3));
}

int64_t dm_sys_msgrcv(struct dm_sys_call *c)
{
	return dm_ipc_msgrcv(c->abi, (int)ARG(0), ARG(1), ARG(2), (int64_t)ARG(3), (int)ARG(4));
}

/* ---- ipc(2) ----------------------------------------------------------------------
 * The kernel's ksys_ipc (ipc/syscall.c): which argument is what per call. */

static int64_t host_plain(const struct dm_abi *abi, const char *name, long a0, long a1, long a2)
{
	return dm_sys_err(abi, dm_host_syscall(dm_host_nr(name), a0, a1, a2, 0, 0, 0));
}

int64_t dm_sys_ipc(struct dm_sys_call *c)
{
	const struct dm_abi *abi = c->abi;
	uint32_t call = (uint32_t)ARG(0), version = call >> 16;
	int first = (int)ARG(1);
	uint64_t second = ARG(2), third = ARG(3), ptr = ARG(4), fifth = ARG(5);
	uint64_t op;
	if (dm_enum_to_host(abi->sets[DM_SET_ipc_calls], call & 0xffff, &op)) return DM_GERR(ENOSYS);
	unsigned w = dm_gword(abi);
	switch (op) {
	case 1: /* SEMOP */
		return dm_ipc_semtimedop(abi, first, ptr, (uint32_t)second, 0, NULL);
	case 4: /* SEMTIMEDOP: the ABI's own timespec (in third where the ABI says so) */
		return dm_ipc_semtimedop(abi, first, ptr, (uint32_t)second, abi->ipc_timeout_third ? third : fifth,
					 abi->types[DM_T_timespec]);
	case 2: /* SEMGET */
		return host_plain(abi, "semget", first, (int)second, (int)third);
	case 3: { /* SEMCTL: ptr points to the union */
		uint64_t arg;
		if (!ptr) return DM_GERR(EINVAL);
		if (dm_get_guest(abi, ptr, w, &arg)) return DM_GERR(EFAULT);
		return dm_ipc_semctl(abi, first, (int)second, (int)third, arg, true);
	}
	case 11: /* MSGSND */
		return dm_ipc_msgsnd(abi, first, ptr, second, (int)third);
	case 12: /* MSGRCV: version 0 passes struct ipc_kludge { msgp; long msgtyp; } */
		if (version == 0) {
			uint64_t msgp, typ;
			if (!ptr) return DM_GERR(EINVAL);
			if (dm_get_guest(abi, ptr, w, &msgp) || dm_get_guest(abi, ptr + w, w, &typ)) return DM_GERR(EFAULT);
			int64_t t = w == 4 ? (int64_t)(int32_t)typ : (int64_t)typ;
			return dm_ipc_msgrcv(abi, first, msgp, second, t, (int)third);
		}
		return dm_ipc_msgrcv(abi, first, ptr, second, w == 4 ? (int64_t)(int32_t)fifth : (int64_t)fifth,
				     (int)third);
	case 13: /* MSGGET */
		return host_plain(abi, "msgget", first, (int)second, 0);
	case 14: /* MSGCTL */
		return dm_ipc_msgctl(abi, first, (int)second, ptr, true);
	case 21: { /* SHMAT: the address goes to *third */
		if (version == 1) return DM_GERR(EINVAL);
		if (!dm_shm_attach) return DM_GERR(ENOSYS);
		int64_t r = dm_shm_attach(abi, first, ptr, (int)second);
		if (r < 0) return r;
		return dm_put_guest(abi, third, w, (uint64_t)r) ? DM_GERR(EFAULT) : 0;
	}
	case 22: { /* SHMDT */
		if (!dm_sys_shmdt) return DM_GERR(ENOSYS);
		struct dm_sys_call d = *c;
		d.args[0] = ptr;
		d.entry = NULL;
		return dm_sys_shmdt(&d);
	}
	case 23: /* SHMGET */
		return host_plain(abi, "shmget", first, (long)second, (int)third);
	case 24: /* SHMCTL */
		return dm_ipc_shmctl(abi, first, (int)second, ptr, true);
	default:
		return DM_GERR(ENOSYS);
	}
}
