-- Miscellaneous: randomness, the kernel log, I/O priorities, and interfaces
-- whose shared state the emulator cannot mediate (refused by hand).

syscall "getrandom" { buf_out "buf" : len "count", size "count", uint "flags", ret = "ssize",
  note = "flags: GRND_NONBLOCK 1, GRND_RANDOM 2, GRND_INSECURE 4" }
syscall "syslog" { int "type", buf_out "buf" : len "len", int "len", ret = "int",
  note = "type: SYSLOG_ACTION_*; buf is used by READ* actions only" }
syscall "ioprio_get" { int "which", int "who", ret = "int" }
syscall "ioprio_set" { int "which", int "who", int "ioprio", ret = "int" }

-- A refusal is spelled out: `fixed_errno` makes the dispatcher return that errno
-- (docs/syscalls.md); tests/custom_handlers.t holds every other custom row to a handler.
local REFUSED = "shared state in guest memory the emulator cannot mediate: refused"
syscall "io_uring_setup" { custom = REFUSED, fixed_errno = "ENOSYS", uint "entries", ptr "params", ret = "fd" }
syscall "io_uring_enter" { custom = REFUSED, fixed_errno = "ENOSYS", uint "fd", uint "to_submit", uint "min_complete",
  uint "flags", ptr "argp", size "argsz", ret = "int" }
syscall "io_uring_register" { custom = REFUSED, fixed_errno = "ENOSYS", uint "fd", uint "opcode", ptr "arg", uint "nr_args",
  ret = "int" }
syscall "userfaultfd" { custom = REFUSED, fixed_errno = "ENOSYS", int "flags", ret = "fd" }
syscall "perf_event_open" { custom = REFUSED, fixed_errno = "ENOSYS", ptr "attr_uptr", pid "pid", int "cpu", fd "group_fd",
  ulong "flags", ret = "fd" }
syscall "bpf" { custom = REFUSED, fixed_errno = "ENOSYS", int "cmd", ptr "uattr", uint "size", ret = "int" }

-- time adjustment: struct timex is all longs plus a timeval; not described yet
syscall "adjtimex" { custom = "struct timex conversion", ptr "txc_p", ret = "int",
  note = "returns the clock state (TIME_OK, ...)" }
syscall "clock_adjtime" { custom = "struct timex conversion", clockid "which_clock" : set "clock_ids",
  ptr "utx", ret = "int" }
syscall "clock_adjtime64" { custom = "struct __kernel_timex conversion", clockid "which_clock" : set "clock_ids",
  ptr "utx", ret = "int" }
syscall "stime" { input "tptr" : struct "long", ret = "int", note = "tptr is a __kernel_old_time_t" }

syscall "getdomainname" { buf_out "name" : len "len", int "len", ret = "int", note = "sparc64" }
syscall "process_mrelease" { fd "pidfd", uint "flags", ret = "int" }

-- architecture helpers ---------------------------------------------------------------------
local ATOMIC = "atomic operation on guest memory for CPUs without one"
syscall "atomic_cmpxchg_32" { custom = ATOMIC, ulong "newval", int "oldval", int "d3", int "d4",
  int "d5", ptr "mem", ret = "int", note = "m68k (ColdFire)" }
syscall "atomic_barrier" { custom = ATOMIC, ret = "int", note = "m68k" }
syscall "arc_usr_cmpxchg" { custom = ATOMIC, ptr "uaddr", uint "expected", uint "new", ret = "int",
  note = "arc without LLSC; the result is also reported in the Z flag" }
syscall "sysmips" { custom = "mips: MIPS_ATOMIC_SET and friends act on guest memory", long "cmd",
  long "arg1", long "arg2", ret = "long" }
syscall "cachectl" { custom = "guest code cache", ptr "addr", int "nbytes", int "op", ret = "int",
  note = "mips" }
syscall "osf_getsysinfo" { custom = "alpha: FP control and system information", ulong "op",
  ptr "buffer", ulong "nbytes", ptr "start", ptr "arg", ret = "long" }
syscall "osf_setsysinfo" { custom = "alpha: FP control and system information", ulong "op",
  ptr "buffer", ulong "nbytes", ptr "start", ptr "arg", ret = "long" }

-- Landlock.  landlock_create_ruleset was added by following docs/adding-a-syscall.md.
syscall "landlock_create_ruleset" { buf_in "attr" : len "size" : optional(), size "size", uint "flags",
  ret = "fd",
  note = "attr is struct landlock_ruleset_attr (u64 fields) passed as bytes: exact on little-endian guests; "
      .. "flags: LANDLOCK_CREATE_RULESET_VERSION 1 (attr NULL, size 0) returns the ABI version" }
