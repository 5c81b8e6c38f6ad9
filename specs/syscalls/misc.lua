-- Miscellaneous: randomness, the kernel log, I/O priorities, and interfaces
-- whose shared state the emulator cannot mediate (refused by hand).

syscall "getrandom" { buf_out "buf" : len "count", size "count", uint "flags", ret = "ssize",
  note = "flags: GRND_NONBLOCK 1, GRND_RANDOM 2, GRND_INSECURE 4" }
syscall "syslog" { int "type", buf_out "buf" : len "len", int "len", ret = "int",
  note = "type: SYSLOG_ACTION_*; buf is used by READ* actions only" }
syscall "ioprio_get" { int "which", int "who", ret = "int" }
syscall "ioprio_set" { int "which", int "who", int "ioprio", ret = "int" }

local REFUSED = "shared state in guest memory the emulator cannot mediate: refused with ENOSYS"
syscall "io_uring_setup" { custom = REFUSED, uint "entries", ptr "params", ret = "fd" }
syscall "io_uring_enter" { custom = REFUSED, uint "fd", uint "to_submit", uint "min_complete",
  uint "flags", ptr "argp", size "argsz", ret = "int" }
syscall "io_uring_register" { custom = REFUSED, uint "fd", uint "opcode", ptr "arg", uint "nr_args",
  ret = "int" }
syscall "userfaultfd" { custom = REFUSED, int "flags", ret = "fd" }
syscall "perf_event_open" { custom = REFUSED, ptr "attr_uptr", pid "pid", int "cpu", fd "group_fd",
  ulong "flags", ret = "fd" }
syscall "bpf" { custom = REFUSED, int "cmd", ptr "uattr", uint "size", ret = "int" }
