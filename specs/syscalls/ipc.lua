-- System V IPC and POSIX message queues.  The *ctl calls carry command-
-- dependent structures (ipc64_perm layouts differ per ABI), shared memory
-- attaches into the guest's address space, and messages start with a long.

local IPC_FLAGS = "flags: IPC_CREAT 0x200, IPC_EXCL 0x400, IPC_NOWAIT 0x800 | permission bits (same on every ABI)"

syscall "ipc" { custom = "multiplexer: call selects a SysV IPC operation (and IPC version in its high 16 bits)",
  uint "call", int "first", ulong "second", ulong "third", ptr "ptr", long "fifth", ret = "long" }

-- shared memory
syscall "shmget" { int "key", size "size", int "shmflg", ret = "int", note = IPC_FLAGS }
syscall "shmat" { custom = "guest memory map", int "shmid", ptr "shmaddr", int "shmflg", ret = "ptr" }
syscall "shmdt" { custom = "guest memory map", ptr "shmaddr", ret = "int" }
syscall "shmctl" { custom = "command-dependent struct shmid64_ds / shminfo", int "shmid", int "cmd",
  ptr "buf", ret = "int" }

-- semaphores
syscall "semget" { int "key", int "nsems", int "semflg", ret = "int", note = IPC_FLAGS }
syscall "semctl" { custom = "command-dependent union semun (struct semid64_ds, array of ushort, int)",
  int "semid", int "semnum", int "cmd", ulong "arg", ret = "int" }
syscall "semop" { custom = "array of struct sembuf { ushort, short, short }",
  int "semid", ptr "tsops", uint "nsops", ret = "int" }
syscall "semtimedop" { custom = "array of struct sembuf { ushort, short, short }",
  int "semid", ptr "tsops", uint "nsops", input "timeout" : struct "timespec" : optional(), ret = "int" }
syscall "semtimedop_time64" { custom = "array of struct sembuf { ushort, short, short }",
  int "semid", ptr "tsops", uint "nsops", input "timeout" : struct "timespec64" : optional(), ret = "int" }

-- message queues
syscall "msgget" { int "key", int "msgflg", ret = "int", note = IPC_FLAGS }
syscall "msgsnd" { custom = "struct msgbuf: a long mtype then msgsz bytes",
  int "msqid", ptr "msgp", size "msgsz", int "msgflg", ret = "int" }
syscall "msgrcv" { custom = "struct msgbuf: a long mtype then msgsz bytes",
  int "msqid", ptr "msgp", size "msgsz", long "msgtyp", int "msgflg", ret = "ssize" }
syscall "msgctl" { custom = "command-dependent struct msqid64_ds / msginfo", int "msqid", int "cmd",
  ptr "buf", ret = "int" }

-- POSIX message queues
syscall "mq_open" { custom = "struct mq_attr (four longs)",
  str "name", int "oflag" : set "open_flags", mode "mode", ptr "attr", ret = "fd" }
syscall "mq_unlink" { str "name", ret = "int" }
syscall "mq_timedsend" { fd "mqdes", buf_in "msg_ptr" : len "msg_len", size "msg_len", uint "msg_prio",
  input "abs_timeout" : struct "timespec" : optional(), ret = "int" }
syscall "mq_timedsend_time64" { fd "mqdes", buf_in "msg_ptr" : len "msg_len", size "msg_len",
  uint "msg_prio", input "abs_timeout" : struct "timespec64" : optional(), ret = "int" }
syscall "mq_timedreceive" { fd "mqdes", buf_out "msg_ptr" : len "msg_len", size "msg_len",
  out "msg_prio" : struct "uint" : optional(), input "abs_timeout" : struct "timespec" : optional(),
  ret = "ssize" }
syscall "mq_timedreceive_time64" { fd "mqdes", buf_out "msg_ptr" : len "msg_len", size "msg_len",
  out "msg_prio" : struct "uint" : optional(), input "abs_timeout" : struct "timespec64" : optional(),
  ret = "ssize" }
syscall "mq_notify" { custom = "struct sigevent carries a signal number", fd "mqdes", input "notification" : struct "sigevent" : optional(),
  ret = "int" }
syscall "mq_getsetattr" { custom = "struct mq_attr (four longs)", fd "mqdes", ptr "mqstat",
  ptr "omqstat", ret = "int" }
