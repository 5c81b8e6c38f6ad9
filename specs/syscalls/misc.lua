-- Miscellaneous: randomness, the kernel log, I/O priorities, and interfaces
-- whose shared state the emulator cannot mediate (refused by hand).

syscall "getrandom" { buf_out "buf" : len "count", size "count", uint "flags", ret = "ssize",
  note = "flags: GRND_NONBLOCK 1, GRND_RANDOM 2, GRND_INSECURE 4" }
syscall "syslog" { int "type", buf_out "buf" : len "len", int "len", ret = "int",
  note = "type: SYSLOG_ACTION_*; buf is used by READ* actions only" }
syscall "ioprio_get" { int "which", int "who", ret = "int" }
syscall "ioprio_set" { int "which", int "who", int "ioprio", ret = "int" }

syscall "userfaultfd" { int "flags" : set "open_flags", ret = "fd",
  note = "UFFD_CLOEXEC/UFFD_NONBLOCK are O_CLOEXEC/O_NONBLOCK; UFFD_USER_MODE_ONLY is 1.  The descriptor is the host's: "
      .. "its ioctls are emu/sys/userfaultfd.c, its reads (struct uffd_msg) emu/sys/fdtrans.c" }

-- A refusal is spelled out: `fixed_errno` makes the dispatcher return that errno
-- (docs/syscalls.md); tests/custom_handlers.t holds every other custom row to a handler.
local REFUSED = "shared state in guest memory the emulator cannot mediate: refused"
syscall "io_uring_setup" { custom = REFUSED, fixed_errno = "ENOSYS", uint "entries", ptr "params", ret = "fd" }
syscall "io_uring_enter" { custom = REFUSED, fixed_errno = "ENOSYS", uint "fd", uint "to_submit", uint "min_complete",
  uint "flags", ptr "argp", size "argsz", ret = "int" }
syscall "io_uring_register" { custom = REFUSED, fixed_errno = "ENOSYS", uint "fd", uint "opcode", ptr "arg", uint "nr_args",
  ret = "int" }
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
syscall "landlock_create_ruleset" { buf_in "attr" : len "size" : optional() : words(8), size "size", uint "flags",
  ret = "fd",
  note = "attr is struct landlock_ruleset_attr (u64 fields) passed as u64 words; "
      .. "flags: LANDLOCK_CREATE_RULESET_VERSION 1 (attr NULL, size 0) returns the ABI version" }
syscall "landlock_restrict_self" { fd "ruleset_fd", uint "flags", ret = "int" }

-- Linux Security Modules (Linux 6.8; numbers: specs/numbers/newer.tbl) -------------------
local LSM_CTX = "struct lsm_ctx (u64 id, flags, len, ctx_len; u8 ctx[]) records: the u64 header "
  .. "fields swapped for a big-endian guest (emu/sys/lsm.c, words()); *size is the buffer's capacity on entry and what the kernel needed on return"
local LSM_SIZE = "*size is written back on E2BIG too (what the kernel needs)"
syscall "lsm_get_self_attr" { custom = LSM_SIZE, uint "attr", ptr "ctx", ptr "size", uint "flags", ret = "int",
  note = LSM_CTX }
syscall "lsm_set_self_attr" { uint "attr", buf_in "ctx" : len "size" : words(8, 8, 8, 8, 0), uint "size", uint "flags",
  ret = "int", note = LSM_CTX }
syscall "lsm_list_modules" { custom = LSM_SIZE, ptr "ids", ptr "size", uint "flags", ret = "int",
  note = "ids: u64 LSM ids (swapped for a big-endian guest); *size is in bytes" }

-- Kernel modules and kexec: passed to the host kernel, which decides (EPERM without
-- CAP_SYS_MODULE / CAP_SYS_BOOT, ENOSYS where it is built without them, ENOEXEC for a
-- module or image of another architecture).  A root guest is as trusted as a root process.
syscall "init_module" { buf_in "umod" : len "len", ulong "len", str "uargs", ret = "int" }
syscall "finit_module" { fd "fd", str "uargs", int "flags", ret = "int",
  note = "flags: MODULE_INIT_IGNORE_MODVERSIONS 1, IGNORE_VERMAGIC 2, COMPRESSED_FILE 4" }
syscall "delete_module" { str "name_user", int "flags" : set "open_flags", ret = "int",
  note = "flags: O_NONBLOCK, O_TRUNC (forced removal)" }
syscall "kexec_load" { ulong "entry", ulong "nr_segments", input "segments" : array("kexec_segment", "nr_segments"),
  ulong "flags", ret = "long", note = "segments' buf are guest addresses (rebased), mem physical addresses" }
syscall "kexec_file_load" { fd "kernel_fd", fd "initrd_fd", ulong "cmdline_len", str "cmdline_ptr" : optional(),
  ulong "flags", ret = "long" }

-- Removed from the kernel: lookup_dcookie with the dcookies (Linux 6.7),
-- nfsservctl (3.1).  Every kernel since answers ENOSYS, the host's too.
local REMOVED = "removed from the kernel: every current kernel answers ENOSYS"
syscall "lookup_dcookie" { custom = REMOVED, fixed_errno = "ENOSYS", u64 "cookie64", ptr "buf", size "len", ret = "int" }
syscall "nfsservctl" { custom = REMOVED, fixed_errno = "ENOSYS", int "cmd", ptr "arg", ptr "res", ret = "long" }

-- fanotify: the event records read from the descriptor (struct fanotify_event_metadata and
-- its info records) have one layout on every ABI (fixed-width fields), so read() passes them.
syscall "fanotify_init" { uint "flags", int "event_f_flags" : set "open_flags", ret = "fd",
  note = "flags: FAN_CLASS_*, FAN_CLOEXEC (= O_CLOEXEC), FAN_NONBLOCK (= O_NONBLOCK), FAN_REPORT_*" }
syscall "fanotify_mark" { fd "fanotify_fd", uint "flags", u64 "mask", dirfd "dfd", path "pathname" : optional(),
  ret = "int", note = "flags: FAN_MARK_*; mask: FAN_* events (same on every ABI)" }
syscall "landlock_add_rule" { custom = "rule_attr's struct is given by rule_type (path beneath: 12 packed bytes; "
    .. "net port: 16)", fd "ruleset_fd", uint "rule_type", ptr "rule_attr", uint "flags", ret = "int" }
