-- Processes and resources: rlimit, rusage, tms, sysinfo, utsname,
-- sched_param, sched_attr, clone_args, robust futex lists, capabilities.

-- __kernel_long_t is 8 bytes on the 64-bit ABIs and on x32; 4 on the others.
local K64 = { "64bit", "x32" }
local K32 = { "i386", "arm", "o32", "n32", "ppc32", "m68k", "arc", "hppa", "sh" }

-- getrlimit/setrlimit: unsigned long limits (x32 uses the 64-bit syscalls,
-- whose struct rlimit the header writes with __kernel_ulong_t).
struct "rlimit" {
  headers = { "linux/resource.h" },
  variants = {
    { when = K64, { "rlim_cur", "u64" }, { "rlim_max", "u64" } },
    { when = K32, { "rlim_cur", "ulong" }, { "rlim_max", "ulong" } },
  },
}

-- prlimit64.
struct "rlimit64" {
  headers = { "linux/resource.h" },
  { "rlim_cur", "u64" }, { "rlim_max", "u64" },
}

local function rusage_fields(l)
  return {
    { "ru_utime", "struct timeval" }, { "ru_stime", "struct timeval" },
    { "ru_maxrss", l }, { "ru_ixrss", l }, { "ru_idrss", l }, { "ru_isrss", l },
    { "ru_minflt", l }, { "ru_majflt", l }, { "ru_nswap", l }, { "ru_inblock", l },
    { "ru_oublock", l }, { "ru_msgsnd", l }, { "ru_msgrcv", l }, { "ru_nsignals", l },
    { "ru_nvcsw", l }, { "ru_nivcsw", l },
  }
end
local ru64, ru32 = rusage_fields("s64"), rusage_fields("long")
ru64.when, ru32.when = K64, K32

struct "rusage" {
  headers = { "linux/resource.h" },
  variants = { ru64, ru32 },
}

struct "tms" {
  headers = { "linux/times.h" },
  variants = {
    { when = K64, { "tms_utime", "s64" }, { "tms_stime", "s64" }, { "tms_cutime", "s64" }, { "tms_cstime", "s64" } },
    { when = K32, { "tms_utime", "long" }, { "tms_stime", "long" }, { "tms_cutime", "long" }, { "tms_cstime", "long" } },
  },
}

-- _f pads the struct to 64 bytes on 32-bit ABIs (char[20 - 2*sizeof(long) - 4]).
struct "sysinfo" {
  headers = { "linux/sysinfo.h" },
  variants = {
    { when = K64,
      { "uptime", "s64" }, { "loads", "u64[3]" },
      { "totalram", "u64" }, { "freeram", "u64" }, { "sharedram", "u64" }, { "bufferram", "u64" },
      { "totalswap", "u64" }, { "freeswap", "u64" },
      { "procs", "u16" }, { "pad", "u16", pad = true },
      { "totalhigh", "u64" }, { "freehigh", "u64" }, { "mem_unit", "u32" },
      { "_f", "char[0]", pad = true } },
    { when = K32,
      { "uptime", "long" }, { "loads", "ulong[3]" },
      { "totalram", "ulong" }, { "freeram", "ulong" }, { "sharedram", "ulong" }, { "bufferram", "ulong" },
      { "totalswap", "ulong" }, { "freeswap", "ulong" },
      { "procs", "u16" }, { "pad", "u16", pad = true },
      { "totalhigh", "ulong" }, { "freehigh", "ulong" }, { "mem_unit", "u32" },
      { "_f", "char[8]", pad = true } },
  },
}

struct "utsname" {
  ctype = "struct new_utsname",
  headers = { "linux/utsname.h" },
  { "sysname", "char[65]" }, { "nodename", "char[65]" }, { "release", "char[65]" },
  { "version", "char[65]" }, { "machine", "char[65]" }, { "domainname", "char[65]" },
}

struct "sched_param" {
  headers = { "linux/sched/types.h" },
  { "sched_priority", "int" },
}

-- sched_getattr/sched_setattr: fixed-width fields (only the byte order differs);
-- the caller's `size` says how much of it it knows (SCHED_ATTR_SIZE_VER0 48, VER1 56).
struct "sched_attr" {
  headers = { "linux/sched/types.h" },
  { "size", "u32" }, { "sched_policy", "u32" }, { "sched_flags", "u64" },
  { "sched_nice", "s32" }, { "sched_priority", "u32" },
  { "sched_runtime", "u64" }, { "sched_deadline", "u64" }, { "sched_period", "u64" },
  { "sched_util_min", "u32" }, { "sched_util_max", "u32" },
}

-- clone3: every field is a __aligned_u64, so the struct is 8-aligned even where
-- u64 is not (i386, arc).  m68k: the probe's #pragma pack(2) caps it at 2.
-- The u64 address fields are marked addr (-strace shows them in hex), flags and
-- exit_signal name their constant sets.
local clone_args = {
  { "flags", "u64", set = "clone_flags" }, { "pidfd", "u64", addr = true },
  { "child_tid", "u64", addr = true }, { "parent_tid", "u64", addr = true },
  { "exit_signal", "u64", set = "signals" }, { "stack", "u64", addr = true }, { "stack_size", "u64" },
  { "tls", "u64", addr = true }, { "set_tid", "u64", addr = true }, { "set_tid_size", "u64" },
  { "cgroup", "u64" },
}
local function with(t, extra)
  local v = {}
  for i, f in ipairs(t) do v[i] = f end
  for k, x in pairs(extra) do v[k] = x end
  return v
end

struct "clone_args" {
  headers = { "linux/sched.h" },
  variants = {
    with(clone_args, { when = { "x86", "arm", "arm64", "riscv", "mips", "powerpc", "s390", "sparc",
                                "arc", "alpha", "hppa", "sh" }, align = 8 }),
    with(clone_args, { when = { "m68k" }, align = 2 }),
  },
}

struct "robust_list" {
  headers = { "linux/futex.h" },
  { "next", "ptr" },
}

-- set_robust_list (x32 uses the compat syscall: 32-bit pointers, as its header says).
struct "robust_list_head" {
  headers = { "linux/futex.h" },
  { "list", "struct robust_list" }, { "futex_offset", "long" }, { "list_op_pending", "ptr" },
}

struct "user_cap_header" {
  ctype = "struct __user_cap_header_struct",
  headers = { "linux/capability.h" },
  { "version", "u32" }, { "pid", "int" },
}

struct "user_cap_data" {
  ctype = "struct __user_cap_data_struct",
  headers = { "linux/capability.h" },
  { "effective", "u32" }, { "permitted", "u32" }, { "inheritable", "u32" },
}

-- PIDFD_GET_INFO (linux/pidfd.h, v6.16: PIDFD_INFO_SIZE_VER1 = 72 bytes).  Newer than
-- the checker's 6.1 headers: not machine-checked.  Fixed-width fields everywhere.
struct "pidfd_info" {
  check = false,
  note = "linux/pidfd.h of v6.13+; absent from the 6.1 UAPI headers",
  { "mask", "u64" }, { "cgroupid", "u64" },
  { "pid", "u32" }, { "tgid", "u32" }, { "ppid", "u32" }, { "ruid", "u32" }, { "rgid", "u32" },
  { "euid", "u32" }, { "egid", "u32" }, { "suid", "u32" }, { "sgid", "u32" }, { "fsuid", "u32" },
  { "fsgid", "u32" }, { "exit_code", "s32" },
  { "coredump_mask", "u32" }, { "coredump_signal", "u32" },   -- __spare1 in v6.16
}

-- kexec_load's segments (linux/kexec.h): buf is a user address, mem a physical one.
struct "kexec_segment" {
  headers = { "linux/kexec.h" },
  { "buf", "ptr" }, { "bufsz", "ulong" }, { "mem", "ulong" }, { "memsz", "ulong" },
}
