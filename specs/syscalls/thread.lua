-- Threads: futexes, thread ids and robust lists, TLS registers, rseq, and
-- the scheduler.

-- futexes ------------------------------------------------------------------------------
local FUTEX_NOTE = "utime is a timeout for FUTEX_WAIT*, but a plain integer (val2) for REQUEUE/CMP_REQUEUE/WAKE_OP"
syscall "futex" { custom = "thread: futex words live in guest memory; the timeout argument is op-dependent",
  ptr "uaddr", int "op" : set "futex_ops", uint "val", input "utime" : struct "timespec" : optional(),
  ptr "uaddr2", uint "val3", ret = "long", note = FUTEX_NOTE }
syscall "futex_time64" { custom = "thread: futex words live in guest memory; the timeout argument is op-dependent",
  ptr "uaddr", int "op" : set "futex_ops", uint "val", input "utime" : struct "timespec64" : optional(),
  ptr "uaddr2", uint "val3", ret = "long", note = FUTEX_NOTE }
syscall "futex_waitv" { custom = "thread: array of struct futex_waitv with guest addresses",
  ptr "waiters", uint "nr_futexes", uint "flags", input "timeout" : struct "timespec64" : optional(),
  clockid "clockid" : set "clock_ids", ret = "long" }

-- thread ids and robust lists ------------------------------------------------------------
syscall "set_tid_address" { custom = "thread: clear_child_tid is a guest address the emulator clears and wakes at thread exit",
  ptr "tidptr", ret = "pid" }
syscall "set_robust_list" { custom = "thread: robust list is walked by the emulator at thread exit",
  ptr "head", size "len", ret = "long", note = "head points to a struct robust_list_head" }
syscall "get_robust_list" { custom = "thread: robust list is walked by the emulator at thread exit",
  pid "pid", ptr "head_ptr", ptr "len_ptr", ret = "long" }
syscall "rseq" { custom = "thread: the kernel would update a guest rseq area; refused (glibc runs without)", fixed_errno = "ENOSYS",
  ptr "rseq", uint "rseq_len", int "flags", uint "sig", ret = "int" }

-- TLS registers ---------------------------------------------------------------------------
syscall "set_thread_area" { custom = "thread: TLS register (i386 struct user_desc; mips, m68k: the TLS pointer)",
  ptr "u_info", ret = "int" }
syscall "get_thread_area" { custom = "thread: TLS register", ptr "u_info", ret = "int" }
syscall "ARM_set_tls" { custom = "thread: TLS register", ptr "val", ret = "int" }
syscall "ARM_get_tls" { custom = "thread: TLS register", ret = "ptr" }
syscall "arc_settls" { custom = "thread: TLS register", ptr "user_tls_data_ptr", ret = "int" }
syscall "arc_gettls" { custom = "thread: TLS register", ret = "ptr" }
syscall "modify_ldt" { custom = "x86 LDT", int "func", ptr "ptr", ulong "bytecount", ret = "int" }

-- the scheduler -------------------------------------------------------------------------------
syscall "sched_yield" { ret = "int" }
local CPUMASK = "cpu mask: an array of unsigned long, converted word by word (size and byte order)"
syscall "sched_getaffinity" { custom = CPUMASK,
  pid "pid", uint "len", buf_out "user_mask_ptr" : len "len", ret = "int",
  note = "returns the number of bytes written" }
syscall "sched_setaffinity" { custom = CPUMASK,
  pid "pid", uint "len", buf_in "user_mask_ptr" : len "len", ret = "int" }
syscall "sched_getparam" { pid "pid", out "param" : struct "sched_param", ret = "int" }
syscall "sched_setparam" { pid "pid", input "param" : struct "sched_param", ret = "int" }
syscall "sched_getscheduler" { pid "pid", ret = "int" }
syscall "sched_setscheduler" { pid "pid", int "policy", input "param" : struct "sched_param", ret = "int",
  note = "policy: SCHED_OTHER 0, FIFO 1, RR 2, BATCH 3, IDLE 5, DEADLINE 6, | SCHED_RESET_ON_FORK" }
syscall "sched_get_priority_max" { int "policy", ret = "int" }
syscall "sched_get_priority_min" { int "policy", ret = "int" }
syscall "sched_rr_get_interval" { pid "pid", out "interval" : struct "timespec", ret = "int" }
syscall "sched_rr_get_interval_time64" { pid "pid", out "interval" : struct "timespec64", ret = "int" }
local SCHED_ATTR = "struct sched_attr: fixed-width fields byte-swapped on big-endian guests, size in its first u32"
syscall "sched_getattr" { custom = SCHED_ATTR,
  pid "pid", buf_out "uattr" : len "usize", uint "usize", uint "flags", ret = "int" }
syscall "sched_setattr" { custom = SCHED_ATTR,
  pid "pid", ptr "uattr", uint "flags", ret = "int" }

-- futex2 (Linux 6.7; numbers: specs/numbers/newer.tbl): emu/sys/futex2.c
local FUTEX2 = "thread: futex words live in guest memory (size from FUTEX2_SIZE_* flags)"
syscall "futex_wake" { custom = FUTEX2, ptr "uaddr", ulong "mask", int "nr", uint "flags", ret = "long",
  note = "flags: FUTEX2_SIZE_U8..U64 0..3, FUTEX2_NUMA 4, FUTEX2_PRIVATE 128" }
syscall "futex_wait" { custom = FUTEX2, ptr "uaddr", ulong "val", ulong "mask", uint "flags",
  input "timeout" : struct "timespec64" : optional(), clockid "clockid" : set "clock_ids", ret = "long",
  note = "timeout is absolute on clockid" }
syscall "futex_requeue" { custom = FUTEX2 .. "; two struct futex_waitv", ptr "waiters", uint "flags",
  int "nr_wake", int "nr_requeue", ret = "long" }
