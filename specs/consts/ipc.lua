-- System V IPC (linux/ipc.h, linux/shm.h, linux/sem.h, linux/msg.h): the
-- commands of the *ctl calls, the flags of shmat/semop/msgsnd/msgrcv, and
-- the call numbers of the ipc(2) multiplexer.  The same values on every ABI
-- today; spelling them out lets the checker prove it and -strace name them.

constset "ipc_flags" {
  kind = "flags",
  headers = { "linux/ipc.h" },
  values = { IPC_CREAT = 0x200, IPC_EXCL = 0x400, IPC_NOWAIT = 0x800 },
}

-- The *ctl commands carry IPC_64 (0x100) on the ABIs whose ctl calls parse
-- a layout version (docs/syscalls.md, SysV IPC): it is not one of them.
constset "ipc_version" {
  kind = "enum",
  headers = { "linux/ipc.h" },
  values = { IPC_OLD = 0, IPC_64 = 0x100 },
}

constset "shmctl_cmds" {
  kind = "enum",
  headers = { "linux/shm.h" },
  values = {
    IPC_RMID = 0, IPC_SET = 1, IPC_STAT = 2, IPC_INFO = 3,
    SHM_LOCK = 11, SHM_UNLOCK = 12, SHM_STAT = 13, SHM_INFO = 14, SHM_STAT_ANY = 15,
  },
}

constset "semctl_cmds" {
  kind = "enum",
  headers = { "linux/sem.h" },
  values = {
    IPC_RMID = 0, IPC_SET = 1, IPC_STAT = 2, IPC_INFO = 3,
    GETPID = 11, GETVAL = 12, GETALL = 13, GETNCNT = 14, GETZCNT = 15, SETVAL = 16, SETALL = 17,
    SEM_STAT = 18, SEM_INFO = 19, SEM_STAT_ANY = 20,
  },
}

constset "msgctl_cmds" {
  kind = "enum",
  headers = { "linux/msg.h" },
  values = {
    IPC_RMID = 0, IPC_SET = 1, IPC_STAT = 2, IPC_INFO = 3,
    MSG_STAT = 11, MSG_INFO = 12, MSG_STAT_ANY = 13,
  },
}

constset "shmat_flags" {
  kind = "flags",
  headers = { "linux/shm.h" },
  values = { SHM_RDONLY = 0x1000, SHM_RND = 0x2000, SHM_REMAP = 0x4000, SHM_EXEC = 0x8000 },
}

constset "sem_flags" {
  kind = "flags",
  headers = { "linux/sem.h" },
  values = { IPC_NOWAIT = 0x800, SEM_UNDO = 0x1000 },
}

constset "ipc_msg_flags" {
  kind = "flags",
  headers = { "linux/msg.h" },
  values = { IPC_NOWAIT = 0x800, MSG_NOERROR = 0x1000, MSG_EXCEPT = 0x2000, MSG_COPY = 0x4000 },
}

-- ipc(2): the low 16 bits of `call` (the high 16 are a version).
constset "ipc_calls" {
  kind = "enum",
  headers = { "linux/ipc.h" },
  values = {
    SEMOP = 1, SEMGET = 2, SEMCTL = 3, SEMTIMEDOP = 4,
    MSGSND = 11, MSGRCV = 12, MSGGET = 13, MSGCTL = 14,
    SHMAT = 21, SHMDT = 22, SHMGET = 23, SHMCTL = 24,
  },
}
