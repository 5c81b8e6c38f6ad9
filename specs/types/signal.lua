-- Signals: the kernel's sigset_t, struct sigaction as rt_sigaction reads it,
-- stack_t (sigaltstack), struct sigevent (timer_create, mq_notify).
--
-- sigset and sigaction are measured through gen/shim/dm/kernel_internal.h:
-- on x86, arm, m68k, s390 (and alpha, sh, hppa) the UAPI <asm/signal.h>
-- keeps the old one-word userspace sigset_t for libc compatibility, which is
-- not what rt_sigaction/rt_sigprocmask use.  The shim typedefs the UAPI types
-- where they are the kernel's (mips, arm64, riscv, arc, powerpc, sparc's
-- __new_*) and re-declares the kernel's layout elsewhere.

-- _NSIG is 64 bits everywhere except mips (128).
struct "sigset" {
  ctype = "dm_ksigset_t",
  headers = { "dm/kernel_internal.h" },
  variants = {
    { when = { "o32", "n32" }, { "sig", "ulong[4]" } },
    { when = { "n64" }, { "sig", "ulong[2]" } },
    { when = { "x86_64", "aarch64", "riscv64", "ppc64", "ppc64le", "s390x", "sparc64", "alpha" },
      { "sig", "ulong[1]" } },
    -- x32's compat_sigset_t is u32[2], the same shape.
    { when = { "i386", "x32", "arm", "ppc32", "m68k", "arc", "hppa", "sh4" },
      { "sig", "ulong[2]" } },
  },
}

struct "sigaction" {
  ctype = "dm_ksigaction_t",
  headers = { "dm/kernel_internal.h" },
  variants = {
    -- __ARCH_HAS_SA_RESTORER.  x32's compat_sigaction has this shape with 4-byte words.
    { when = { "x86", "arm", "arm64", "powerpc", "s390", "sparc", "m68k", "arc", "sh" },
      { "sa_handler", "ptr" }, { "sa_flags", "ulong", set = "sigaction_flags" }, { "sa_restorer", "ptr" },
      { "sa_mask", "struct sigset" } },
    -- No sa_restorer (alpha passes the restorer as a syscall argument instead).
    { when = { "riscv", "hppa", "alpha" },
      { "sa_handler", "ptr" }, { "sa_flags", "ulong", set = "sigaction_flags" }, { "sa_mask", "struct sigset" } },
    -- mips: unsigned int flags first, no restorer.
    { when = { "mips" },
      { "sa_flags", "uint", set = "sigaction_flags" }, { "sa_handler", "ptr" }, { "sa_mask", "struct sigset" } },
  },
}

struct "stack_t" {
  ctype = "stack_t",
  cdefs = true,   -- inside the signal frame (ucontext.uc_stack)
  headers = { "asm/signal.h" },
  variants = {
    { when = { "mips" }, { "ss_sp", "ptr" }, { "ss_size", "ulong" }, { "ss_flags", "int", set = "sigaltstack_flags" } },
    { when = { "x86", "arm", "arm64", "riscv", "powerpc", "s390", "sparc", "m68k", "arc", "alpha", "hppa", "sh" },
      { "ss_sp", "ptr" }, { "ss_flags", "int", set = "sigaltstack_flags" }, { "ss_size", "ulong" } },
  },
}

-- The kernel keeps a sigval opaque (it hands back what it was given), and a
-- program reads the member it wrote: converted as the word sival_ptr, so a
-- big-endian guest's value survives (its sival_int overlays the word's high half).
union "sigval" {
  headers = { "asm/siginfo.h" }, convert_as = "sival_ptr",
  { "sival_int", "int" }, { "sival_ptr", "ptr" },
}

struct "sigevent_thread" {
  ctype = "__typeof__(((struct sigevent *)0)->_sigev_un._sigev_thread)",
  headers = { "asm/siginfo.h" },
  { "_function", "ptr" }, { "_attribute", "ptr" },
}

-- _pad fills struct sigevent to 64 bytes: SIGEV_PAD_SIZE = (64 - 8 - sizeof(sigval)) / 4.
union "sigevent_un" {
  ctype = "__typeof__(((struct sigevent *)0)->_sigev_un)",
  headers = { "asm/siginfo.h" },
  variants = {
    { when = { "64bit" }, { "_pad", "int[12]" }, { "_tid", "int" }, { "_sigev_thread", "struct sigevent_thread" } },
    { when = { "32bit" }, { "_pad", "int[13]" }, { "_tid", "int" }, { "_sigev_thread", "struct sigevent_thread" } },
  },
}

struct "sigevent" {
  headers = { "asm/siginfo.h" },
  { "sigev_value", "union sigval" }, { "sigev_signo", "int" }, { "sigev_notify", "int" },
  { "_sigev_un", "union sigevent_un" },
}

-- siginfo_t (asm/siginfo.h): three ints (mips swaps si_code and si_errno,
-- __ARCH_HAS_SWAPPED_SIGINFO), then union __sifields, the whole padded to
-- SI_MAX_SIZE (128) by an int array that overlays it.  Which member of the
-- union is live depends on si_signo and si_code (the kernel's siginfo_layout);
-- the signal layer (emu/signal/siginfo.c) lays it out through these types, and
-- -strace decodes it from them (docs/syscalls.md, Tracing).
struct "siginfo_kill" {
  ctype = "__typeof__(((union __sifields *)0)->_kill)",
  headers = { "asm/siginfo.h" },
  { "_pid", "int" }, { "_uid", "uint" },
}

struct "siginfo_timer" {
  ctype = "__typeof__(((union __sifields *)0)->_timer)",
  headers = { "asm/siginfo.h" },
  { "_tid", "int" }, { "_overrun", "int" }, { "_sigval", "union sigval" }, { "_sys_private", "int" },
}

struct "siginfo_rt" {
  ctype = "__typeof__(((union __sifields *)0)->_rt)",
  headers = { "asm/siginfo.h" },
  { "_pid", "int" }, { "_uid", "uint" }, { "_sigval", "union sigval" },
}

-- si_utime/si_stime are __kernel_clock_t (long); x32 makes them a 4-aligned long long.
struct "siginfo_sigchld" {
  ctype = "__typeof__(((union __sifields *)0)->_sigchld)",
  headers = { "asm/siginfo.h" },
  variants = {
    { when = { "64bit", "i386", "arm", "o32", "n32", "ppc32", "m68k", "arc", "hppa", "sh" },
      { "_pid", "int" }, { "_uid", "uint" }, { "_status", "int" }, { "_utime", "long" }, { "_stime", "long" } },
    { when = { "x32" }, packed = true, align = 4,
      { "_pid", "int" }, { "_uid", "uint" }, { "_status", "int" }, { "_utime", "s64" }, { "_stime", "s64" } },
  },
}

-- After si_addr an anonymous union (_trapno, _addr_lsb, _addr_bnd, _addr_pkey,
-- _perf) that -strace does not show: listed as overlays, its size kept.
struct "siginfo_sigfault" {
  ctype = "__typeof__(((union __sifields *)0)->_sigfault)",
  headers = { "asm/siginfo.h" },
  overlay = { "_trapno", "_addr_lsb", "_addr_bnd", "_addr_pkey", "_perf" },
  variants = {
    { when = { "64bit" }, size = 32, { "_addr", "ptr" } },
    { when = { "32bit" }, size = 16, { "_addr", "ptr" } },
  },
}

-- si_band is a long, but an int on sparc64 (__ARCH_SI_BAND_T).
struct "siginfo_sigpoll" {
  ctype = "__typeof__(((union __sifields *)0)->_sigpoll)",
  headers = { "asm/siginfo.h" },
  variants = {
    { when = { "x86", "arm", "arm64", "riscv", "mips", "powerpc", "s390", "m68k", "arc", "alpha", "hppa", "sh" },
      { "_band", "long" }, { "_fd", "int" } },
    { when = { "sparc" }, { "_band", "int" }, { "_fd", "int" } },
  },
}

struct "siginfo_sigsys" {
  ctype = "__typeof__(((union __sifields *)0)->_sigsys)",
  headers = { "asm/siginfo.h" },
  { "_call_addr", "ptr" }, { "_syscall", "int" }, { "_arch", "uint" },
}

union "sifields" {
  ctype = "union __sifields",
  headers = { "asm/siginfo.h" },
  { "_kill", "struct siginfo_kill" }, { "_timer", "struct siginfo_timer" }, { "_rt", "struct siginfo_rt" },
  { "_sigchld", "struct siginfo_sigchld" }, { "_sigfault", "struct siginfo_sigfault" },
  { "_sigpoll", "struct siginfo_sigpoll" }, { "_sigsys", "struct siginfo_sigsys" },
}

-- x32 aligns siginfo_t to 8 (__ARCH_SI_ATTRIBUTES).
struct "siginfo" {
  ctype = "siginfo_t",
  headers = { "asm/siginfo.h" },
  overlay = { "_si_pad" },
  variants = {
    { when = { "mips" }, size = 128,
      { "si_signo", "int", set = "signals" }, { "si_code", "int" }, { "si_errno", "int" },
      { "_sifields", "union sifields" } },
    { when = { "x32" }, size = 128, align = 8,
      { "si_signo", "int", set = "signals" }, { "si_errno", "int" }, { "si_code", "int" },
      { "_sifields", "union sifields" } },
    { when = { "x86_64", "i386", "arm", "arm64", "riscv", "powerpc", "s390", "sparc", "m68k", "arc", "alpha",
               "hppa", "sh" }, size = 128,
      { "si_signo", "int", set = "signals" }, { "si_errno", "int" }, { "si_code", "int" },
      { "_sifields", "union sifields" } },
  },
}
