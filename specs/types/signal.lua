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
  headers = { "asm/signal.h" },
  variants = {
    { when = { "mips" }, { "ss_sp", "ptr" }, { "ss_size", "ulong" }, { "ss_flags", "int" } },
    { when = { "x86", "arm", "arm64", "riscv", "powerpc", "s390", "sparc", "m68k", "arc", "alpha", "hppa", "sh" },
      { "ss_sp", "ptr" }, { "ss_flags", "int" }, { "ss_size", "ulong" } },
  },
}

union "sigval" {
  headers = { "asm/siginfo.h" },
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
