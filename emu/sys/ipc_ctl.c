/* emu/sys/ipc_ctl.c: shmctl, semctl and msgctl.  The command decides what
 * the last argument is (docs/syscalls.md, "SysV IPC"): a *_ds structure, an
 * info structure, an array of semaphore values, an int, or nothing.  Structs
 * go through the spec types (specs/types/ipc.lua); the 32-bit ABIs' split
 * times get their `_high` halves by name.  The host is asked with the IPC_64
 * layouts (x86_64's kernel has no other). */
#include <glib.h>
#include <string.h>
#include <sys/syscall.h>

#include "emu/abi/field.h"
#include "emu/sys/internal.h"
#include "emu/sys/ipc.h"

#define IPC_64_FLAG 0x100
#define GETALL_CMD 13
#define SETALL_CMD 17
#define SETVAL_CMD 16

enum kind { PLAIN, DS_OUT, DS_IN, INFO_OUT, SEMVALS_OUT, SEMVALS_IN, SETVAL_INT };

/* What a host command reads or writes, from the command's name. */
static enum kind cmd_kind(const char *name)
{
	static const struct { const char *name; enum kind k; } kinds[] = {
		{ "IPC_STAT", DS_OUT }, { "SHM_STAT", DS_OUT }, { "SHM_STAT_ANY", DS_OUT },
		{ "SEM_STAT", DS_OUT }, { "SEM_STAT_ANY", DS_OUT }, { "MSG_STAT", DS_OUT },
		{ "MSG_STAT_ANY", DS_OUT }, { "IPC_SET", DS_IN }, { "IPC_INFO", INFO_OUT },
		{ "SEM_INFO", INFO_OUT }, { "MSG_INFO", INFO_OUT }, { "SHM_INFO", INFO_OUT }, { "GETALL", SEMVALS_OUT },
		{ "SETALL", SEMVALS_IN }, { "SETVAL", SETVAL_INT },
	};
	for (size_t i = 0; name && i < sizeof kinds / sizeof kinds[0]; i++)
		if (!strcmp(kinds[i].name, name)) return kinds[i].k;
	return PLAIN;
}

/* Host struct -> guest memory through type id, with the `_high` halves of
 * the named time fields.  0 or -EFAULT (host numbering). */
static int out_struct(const struct dm_abi *abi, int tid, uint64_t addr, const void *host, const char *const *times)
{
	const struct dm_type *t = abi->types[tid], *ht = dm_host_abi()->types[tid];
	uint8_t *g = g_malloc0(t->gsize);
	t->to_guest(g, host);
	for (; times && *times; times++) {
		int64_t v;
		char high[48];
		g_snprintf(high, sizeof high, "%s_high", *times);
		if (dm_field_get(dm_host_abi(), ht, host, *times, &v)) dm_field_put(abi, t, g, high, (uint64_t)v >> 32);
	}
	int r = dm_copy_to_guest(addr, g, t->gsize);
	g_free(g);
	return r;
}

/* cmd without its version; false when it asks for the pre-IPC_64 layouts
 * of a struct-carrying command, which dragoman does not convert. */
static bool strip_version(const struct dm_abi *abi, bool parse, int *cmd, const struct dm_constset *cmds)
{
	if (!parse) return true;
	bool v64 = *cmd & IPC_64_FLAG;
	*cmd &= ~IPC_64_FLAG;
	const char *name = dm_enum_name(cmds, (uint32_t)*cmd);
	enum kind k = cmd_kind(name);
	if (!v64 && k != PLAIN && k != SETVAL_INT && k != SEMVALS_IN && k != SEMVALS_OUT) {
		dm_sys_report("ipc", "IPC_OLD layouts");
		(void)abi;
		return false;
	}
	return true;
}

/* The common part: run host call nr (id, cmd, buf) with buf converted per kind. */
struct ctl {
	long nr;
	int ds, info;                /* type ids of the command's structures */
	const char *const *times;
};

/* semctl has semnum before cmd */
static long host_ctl(const struct ctl *k, int id, int num, long cmd, void *p)
{
	if (k->nr == SYS_semctl) return dm_host_syscall(k->nr, id, num, cmd, (long)p, 0, 0);
	return dm_host_syscall(k->nr, id, cmd, (long)p, 0, 0, 0);
}

static int64_t run_ctl(const struct dm_abi *abi, const struct ctl *k, int id, int num, int gcmd, uint64_t buf,
		       const struct dm_constset *cmds)
{
	uint64_t hcmd;
	const char *name = dm_enum_name(cmds, (uint32_t)gcmd);
	if (!name || dm_enum_to_host(cmds, (uint32_t)gcmd, &hcmd)) {
		/* unknown: the host says EINVAL without touching an argument */
		return dm_sys_err(abi, host_ctl(k, id, num, gcmd, NULL));
	}
	enum kind kind = cmd_kind(name);
	int tid = kind == INFO_OUT ? k->info : k->ds;
	if (!strcmp(name, "SHM_INFO")) tid = DM_T_shm_info;
	void *h = NULL;
	long r;
	if (kind == DS_IN) {
		int e = dm_struct_in(abi->types[tid], buf, 1, &h);
		if (e) return DM_GERR(-e);
		r = host_ctl(k, id, num, (long)hcmd, h);
	} else if (kind == DS_OUT || kind == INFO_OUT) {
		h = g_malloc0(dm_host_abi()->types[tid]->gsize);
		r = host_ctl(k, id, num, (long)hcmd, h);
		if (r >= 0 && out_struct(abi, tid, buf, h, kind == DS_OUT ? k->times : NULL)) r = -EFAULT;
	} else {
		r = host_ctl(k, id, num, (long)hcmd, NULL);
	}
	g_free(h);
	return dm_sys_err(abi, r);
}

int64_t dm_ipc_shmctl(const struct dm_abi *abi, int id, int cmd, uint64_t buf, bool parse)
{
	static const char *const times[] = { "shm_atime", "shm_dtime", "shm_ctime", NULL };
	static const struct ctl k = { SYS_shmctl, DM_T_shmid64_ds, DM_T_shminfo64, times };
	const struct dm_constset *cmds = abi->sets[DM_SET_shmctl_cmds];
	if (!strip_version(abi, parse, &cmd, cmds)) return DM_GERR(EINVAL);
	return run_ctl(abi, &k, id, 0, cmd, buf, cmds);
}

int64_t dm_ipc_msgctl(const struct dm_abi *abi, int id, int cmd, uint64_t buf, bool parse)
{
	static const char *const times[] = { "msg_stime", "msg_rtime", "msg_ctime", NULL };
	static const struct ctl k = { SYS_msgctl, DM_T_msqid64_ds, DM_T_msginfo, times };
	const struct dm_constset *cmds = abi->sets[DM_SET_msgctl_cmds];
	if (!strip_version(abi, parse, &cmd, cmds)) return DM_GERR(EINVAL);
	return run_ctl(abi, &k, id, 0, cmd, buf, cmds);
}

/* GETALL/SETALL: an array of sem_nsems unsigned shorts in guest byte order. */
static int64_t semvals(const struct dm_abi *abi, int id, int hcmd, uint64_t arr)
{
	const struct dm_type *dt = dm_host_abi()->types[DM_T_semid64_ds];
	uint8_t *ds = g_malloc0(dt->gsize);
	long r = dm_host_syscall(SYS_semctl, id, 0, 2 /* IPC_STAT */, (long)ds, 0, 0);
	int64_t nsems = 0;
	dm_field_get(dm_host_abi(), dt, ds, "sem_nsems", &nsems);
	g_free(ds);
	if (r < 0) return dm_sys_err(abi, r);
	size_t n = (size_t)nsems;
	uint16_t *v = g_new0(uint16_t, n ? n : 1);
	uint8_t *g = g_malloc0(2 * (n ? n : 1));
	if (hcmd == SETALL_CMD) {
		if (dm_copy_from_guest(g, arr, 2 * n)) {
			r = -EFAULT;
			goto out;
		}
		for (size_t i = 0; i < n; i++) v[i] = (uint16_t)dm_gload(abi, g + 2 * i, 2);
	}
	r = dm_host_syscall(SYS_semctl, id, 0, hcmd, (long)v, 0, 0);
	if (r >= 0 && hcmd == GETALL_CMD) {
		for (size_t i = 0; i < n; i++) dm_gstore(abi, g + 2 * i, 2, v[i]);
		if (dm_copy_to_guest(arr, g, 2 * n)) r = -EFAULT;
	}
out:
	g_free(v);
	g_free(g);
	return dm_sys_err(abi, r);
}

int64_t dm_ipc_semctl(const struct dm_abi *abi, int id, int num, int cmd, uint64_t arg, bool parse)
{
	static const char *const times[] = { "sem_otime", "sem_ctime", NULL };
	const struct dm_constset *cmds = abi->sets[DM_SET_semctl_cmds];
	if (!strip_version(abi, parse, &cmd, cmds)) return DM_GERR(EINVAL);
	if (abi->bits == 32) arg = (uint32_t)arg;
	uint64_t hcmd;
	const char *name = dm_enum_name(cmds, (uint32_t)cmd);
	if (!name || dm_enum_to_host(cmds, (uint32_t)cmd, &hcmd))
		return dm_sys_err(abi, dm_host_syscall(SYS_semctl, id, num, cmd, 0, 0, 0));
	enum kind kind = cmd_kind(name);
	if (kind == SETVAL_INT) {
		/* the union's int: on 64-bit big-endian ABIs it is the word's high half (ipc/sem.c) */
		int val = (int)(abi->bits == 64 && abi->endian == DM_BIG ? arg >> 32 : arg);
		return dm_sys_err(abi, dm_host_syscall(SYS_semctl, id, num, (long)hcmd, val, 0, 0));
	}
	if (kind == SEMVALS_IN || kind == SEMVALS_OUT) return semvals(abi, id, (int)hcmd, arg);
	/* the rest take arg as the structure pointer, or nothing */
	static const struct ctl k = { SYS_semctl, DM_T_semid64_ds, DM_T_seminfo, times };
	return run_ctl(abi, &k, id, num, cmd, arg, cmds);
}
