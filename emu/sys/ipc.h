/* emu/sys/ipc.h: System V IPC operations shared by the direct syscalls and
 * the ipc(2) multiplexer (ipc.c).  Each returns the guest-visible result
 * (>= 0 or -guest errno, or DM_SYS_RESTART).  `parse`: cmd carries the
 * layout version (IPC_64), as in the kernel's old_*ctl and ipc(2). */
#ifndef DM_SYS_IPC_H
#define DM_SYS_IPC_H

#include <stdbool.h>
#include <stdint.h>

#include "emu/abi/abi.h"

int64_t dm_ipc_shmctl(const struct dm_abi *abi, int id, int cmd, uint64_t buf, bool parse);
/* arg: union semun as the kernel receives it (a guest word). */
int64_t dm_ipc_semctl(const struct dm_abi *abi, int id, int num, int cmd, uint64_t arg, bool parse);
int64_t dm_ipc_msgctl(const struct dm_abi *abi, int id, int cmd, uint64_t buf, bool parse);
/* timeout: guest address of a struct of type ts (timespec or timespec64), 0 for none. */
int64_t dm_ipc_semtimedop(const struct dm_abi *abi, int id, uint64_t sops, uint64_t nsops, uint64_t timeout,
			  const struct dm_type *ts);
int64_t dm_ipc_msgsnd(const struct dm_abi *abi, int id, uint64_t msgp, uint64_t msgsz, int flags);
int64_t dm_ipc_msgrcv(const struct dm_abi *abi, int id, uint64_t msgp, uint64_t msgsz, int64_t msgtyp, int flags);

/* emu/mm/shm.c: shmat (the guest address or -guest errno) and shmdt; weak,
 * as every handler of another subsystem (NULL when not linked in). */
struct dm_sys_call;
int64_t dm_shm_attach(const struct dm_abi *abi, int shmid, uint64_t addr, int gflags) __attribute__((weak));
int64_t dm_sys_shmdt(struct dm_sys_call *c) __attribute__((weak));

#endif
