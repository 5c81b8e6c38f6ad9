-- Processes: creation, exec, exit, waiting, ids, sessions and groups,
-- credentials, resource limits and usage, system identification, prctl.

local UID16 = "uid_t/gid_t are 16-bit on the ABIs that also have the *32 variant (arm, i386, m68k, sh4)"

-- creation, exec, exit ------------------------------------------------------------
syscall "clone" { custom = "process; argument order differs per ABI (see note)",
  ulong "flags" : set "clone_flags", ptr "newsp", ptr "parent_tidptr", ptr "child_tidptr",
  ulong "tls", ret = "pid",
  note = "order shown is the kernel's default (x86_64, x32, alpha, m68k, sh4, hppa); each ABI names its order in specs/abi (syscall.clone): backwards (aarch64, riscv64, arm, i386, powerpc, ppc64, mips, arc, sparc64): (flags, newsp, parent_tidptr, tls, child_tidptr); backwards2 (s390x): (newsp, flags, parent_tidptr, child_tidptr, tls); sparc64 also returns a parent/child flag in o1; the low byte of flags is the exit signal" }
syscall "clone3" { custom = "process",
  input "uargs" : struct "clone_args", size "size", ret = "pid" }
syscall "fork" { custom = "process", ret = "pid" }
syscall "vfork" { custom = "process", ret = "pid" }
syscall "execve" { custom = "process",
  path "filename", strv "argv", strv "envp", ret = "int" }
syscall "execveat" { custom = "process",
  dirfd "fd", path "filename", strv "argv", strv "envp", int "flags" : set "at_flags", ret = "int",
  note = "flags: AT_EMPTY_PATH, AT_SYMLINK_NOFOLLOW" }
syscall "exit" { custom = "process", int "error_code", ret = "noreturn" }
syscall "exit_group" { custom = "process", int "error_code", ret = "noreturn" }

-- waiting ------------------------------------------------------------------------------
local WSTATUS = "wait status encodes signal numbers (WTERMSIG, WSTOPSIG)"
syscall "wait4" { custom = WSTATUS,
  pid "upid", out "stat_addr" : struct "int" : optional(), int "options" : set "wait_options",
  out "ru" : struct "rusage" : optional(), ret = "pid" }
syscall "waitpid" { custom = WSTATUS,
  pid "pid", out "stat_addr" : struct "int" : optional(), int "options" : set "wait_options",
  ret = "pid" }
syscall "waitid" { custom = "siginfo_t conversion (si_signo, si_status)",
  int "which" : set "waitid_idtype", pid "upid", out "infop" : struct "siginfo" : optional(), int "options" : set "wait_options",
  out "ru" : struct "rusage" : optional(), ret = "int" }

-- ids ------------------------------------------------------------------------------------
syscall "getpid" { ret = "pid" }
syscall "getppid" { ret = "pid" }
syscall "gettid" { ret = "pid" }
syscall "getxpid" { custom = "alpha: returns pid in v0 and ppid in a4", ret = "pid" }
syscall "getpgid" { pid "pid", ret = "pid" }
syscall "setpgid" { pid "pid", pid "pgid", ret = "int" }
syscall "getpgrp" { ret = "pid" }
syscall "getsid" { pid "pid", ret = "pid" }
syscall "setsid" { ret = "pid" }

-- credentials ------------------------------------------------------------------------------
syscall "getuid" { ret = "uid", note = UID16 }
syscall "geteuid" { ret = "uid", note = UID16 }
syscall "getgid" { ret = "gid", note = UID16 }
syscall "getegid" { ret = "gid", note = UID16 }
syscall "getuid32" { ret = "uid" }
syscall "geteuid32" { ret = "uid" }
syscall "getgid32" { ret = "gid" }
syscall "getegid32" { ret = "gid" }
syscall "getxuid" { custom = "alpha: returns uid in v0 and euid in a4", ret = "uid" }
syscall "getxgid" { custom = "alpha: returns gid in v0 and egid in a4", ret = "gid" }
syscall "setuid" { uid "uid", ret = "int", note = UID16 }
syscall "setgid" { gid "gid", ret = "int", note = UID16 }
syscall "setreuid" { uid "ruid", uid "euid", ret = "int", note = UID16 }
syscall "setregid" { gid "rgid", gid "egid", ret = "int", note = UID16 }
syscall "setresuid" { uid "ruid", uid "euid", uid "suid", ret = "int", note = UID16 }
syscall "setresgid" { gid "rgid", gid "egid", gid "sgid", ret = "int", note = UID16 }
syscall "getresuid" { out "ruid" : struct "u32", out "euid" : struct "u32", out "suid" : struct "u32",
  ret = "int", note = UID16 .. ": the pointees are u16 there" }
syscall "getresgid" { out "rgid" : struct "u32", out "egid" : struct "u32", out "sgid" : struct "u32",
  ret = "int", note = UID16 .. ": the pointees are u16 there" }
syscall "setfsuid" { uid "uid", ret = "uid", note = UID16 }
syscall "setfsgid" { gid "gid", ret = "gid", note = UID16 }
syscall "getgroups" { int "gidsetsize", out "grouplist" : array("u32", "gidsetsize") : optional(),
  ret = "int", note = UID16 .. ": the elements are u16 there; gidsetsize 0 only counts" }
syscall "setgroups" { int "gidsetsize", input "grouplist" : array("u32", "gidsetsize") : optional(),
  ret = "int", note = UID16 .. ": the elements are u16 there" }
syscall "setuid32" { uid "uid", ret = "int" }
syscall "setgid32" { gid "gid", ret = "int" }
syscall "setreuid32" { uid "ruid", uid "euid", ret = "int" }
syscall "setregid32" { gid "rgid", gid "egid", ret = "int" }
syscall "setresuid32" { uid "ruid", uid "euid", uid "suid", ret = "int" }
syscall "setresgid32" { gid "rgid", gid "egid", gid "sgid", ret = "int" }
syscall "getresuid32" { out "ruid" : struct "u32", out "euid" : struct "u32", out "suid" : struct "u32",
  ret = "int" }
syscall "getresgid32" { out "rgid" : struct "u32", out "egid" : struct "u32", out "sgid" : struct "u32",
  ret = "int" }
syscall "setfsuid32" { uid "uid", ret = "uid" }
syscall "setfsgid32" { gid "gid", ret = "gid" }
syscall "getgroups32" { int "gidsetsize", out "grouplist" : array("u32", "gidsetsize") : optional(),
  ret = "int", note = "gidsetsize 0 only counts" }
syscall "setgroups32" { int "gidsetsize", input "grouplist" : array("u32", "gidsetsize") : optional(),
  ret = "int" }
syscall "capget" { custom = "the number of user_cap_data elements depends on the header's version (1 or 2)",
  inout "header" : struct "user_cap_header", out "dataptr" : struct "user_cap_data" : optional(),
  ret = "int" }
syscall "capset" { custom = "the number of user_cap_data elements depends on the header's version (1 or 2)",
  input "header" : struct "user_cap_header", input "data" : struct "user_cap_data", ret = "int" }

-- limits, usage, priorities ------------------------------------------------------------------
syscall "getrlimit" { uint "resource" : set "rlimit_resource", out "rlim" : struct "rlimit", ret = "int",
  note = "on ABIs that also have ugetrlimit this is the old call that clamps limits to 0x7fffffff" }
syscall "ugetrlimit" { uint "resource" : set "rlimit_resource", out "rlim" : struct "rlimit", ret = "int" }
syscall "setrlimit" { uint "resource" : set "rlimit_resource", input "rlim" : struct "rlimit", ret = "int" }
syscall "prlimit64" { pid "pid", uint "resource" : set "rlimit_resource",
  input "new_rlim" : struct "rlimit64" : optional(), out "old_rlim" : struct "rlimit64" : optional(),
  ret = "int", note = "RLIM64_INFINITY is ~0 on every ABI" }
syscall "getrusage" { int "who", out "ru" : struct "rusage", ret = "int",
  note = "who: RUSAGE_SELF 0, RUSAGE_CHILDREN -1, RUSAGE_THREAD 1" }
syscall "times" { out "tbuf" : struct "tms" : optional(), ret = "long",
  note = "returns clock ticks (clock_t)" }
syscall "getpriority" { int "which", int "who", ret = "int",
  note = "which: PRIO_PROCESS 0, PRIO_PGRP 1, PRIO_USER 2; returns 20 - nice" }
syscall "setpriority" { int "which", int "who", int "niceval", ret = "int" }
syscall "nice" { int "increment", ret = "int" }

-- system identification ------------------------------------------------------------------------
syscall "uname" { custom = "machine name", out "name" : struct "utsname", ret = "int" }
syscall "sysinfo" { custom = "32-bit guests: memory sizes scaled through mem_unit (the kernel's compat_sysinfo)",
                    out "info" : struct "sysinfo", ret = "int" }
syscall "sethostname" { buf_in "name" : len "len", int "len", ret = "int" }
syscall "setdomainname" { buf_in "name" : len "len", int "len", ret = "int" }
syscall "gethostname" { buf_out "name" : len "len", int "len", ret = "int", note = "alpha" }
syscall "getpagesize" { ret = "int", note = "alpha, m68k, sparc64" }
syscall "getcpu" { out "cpu" : struct "uint" : optional(), out "node" : struct "uint" : optional(),
  ptr "cache", ret = "int", note = "cache is unused since 2.6.24" }

-- process control --------------------------------------------------------------------------------
syscall "prctl" { custom = "option-dependent arguments; several options touch emulated state",
  int "option" : set "prctl_options", ulong "arg2", ulong "arg3", ulong "arg4", ulong "arg5", ret = "int",
  note = "-strace shows the arguments each option reads" }
syscall "arch_prctl" { custom = "x86 TLS base registers (ARCH_SET_FS/GS)",
  int "option", ulong "arg2", ret = "int" }
syscall "personality" { custom = "emulated personality", uint "personality", ret = "int" }
syscall "ptrace" { custom = "ptrace of guest processes would see the emulator: refused", fixed_errno = "EPERM", long "request", pid "pid",
  ptr "addr", ulong "data", ret = "long" }
syscall "seccomp" { custom = "emulated: strict mode and filters apply to guest syscalls (emu/sys/seccomp.c)",
  uint "op" : set "seccomp_ops", uint "flags" : set "seccomp_filter_flags", ptr "uargs", ret = "int",
  note = "user notification (NEW_LISTENER, GET_NOTIF_SIZES) is not provided: EINVAL" }
syscall "unshare" { ulong "unshare_flags" : set "clone_flags", ret = "int" }
syscall "setns" { fd "fd", int "nstype" : set "clone_flags", ret = "int" }
syscall "pidfd_open" { pid "pid", uint "flags" : set "pidfd_flags", ret = "fd",
  note = "flags: PIDFD_NONBLOCK is O_NONBLOCK" }
syscall "pidfd_getfd" { fd "pidfd", int "fd", uint "flags", ret = "fd" }
syscall "pidfd_send_signal" { custom = "signals: siginfo_t conversion",
  fd "pidfd", sig "sig", input "info" : struct "siginfo" : optional(), uint "flags", ret = "int" }
syscall "kcmp" { pid "pid1", pid "pid2", int "type", ulong "idx1", ulong "idx2", ret = "int" }
syscall "acct" { path "name" : optional(), ret = "int" }
syscall "vhangup" { ret = "int" }
syscall "reboot" { int "magic1", int "magic2", uint "cmd", ptr "arg", ret = "int" }
syscall "swapon" { path "specialfile", int "swap_flags", ret = "int" }
syscall "swapoff" { path "specialfile", ret = "int" }
