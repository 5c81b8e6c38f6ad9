-- Time: struct timespec/timeval (time32 on the 32-bit ABIs), the 64-bit
-- __kernel_timespec of the *_time64 syscalls, interval timers, utimbuf.
--
-- x32 trap: x32 runs the 64-bit syscalls, and __kernel_long_t (time_t,
-- suseconds_t, clock_t) is 8 bytes there while "long" is 4.  Types built on
-- __kernel_long_t therefore get an x32 variant with explicit 64-bit fields.

-- Every ABI except x32, as tags.
local NOT_X32 = { "64bit", "i386", "arm", "mips", "powerpc", "m68k", "arc", "hppa", "sh" }

struct "timespec" {
  headers = { "linux/time.h" },
  variants = {
    -- __kernel_old_time_t is 8 bytes; tv_nsec is a 4-byte long followed by tail padding.
    { when = { "x32" }, { "tv_sec", "s64" }, { "tv_nsec", "long" } },
    { when = NOT_X32, { "tv_sec", "long" }, { "tv_nsec", "long" } },
  },
}

-- The y2038-safe timespec of the *_time64 syscalls (and of every 64-bit ABI).
struct "timespec64" {
  ctype = "struct __kernel_timespec",
  headers = { "linux/time_types.h" },
  { "tv_sec", "s64" }, { "tv_nsec", "s64" },
}

struct "timeval" {
  headers = { "linux/time.h" },
  variants = {
    { when = { "x32" }, { "tv_sec", "s64" }, { "tv_usec", "s64" } },
    -- sparc64: __kernel_suseconds_t is int.
    { when = { "sparc" }, { "tv_sec", "long" }, { "tv_usec", "int" } },
    { when = { "x86_64", "arm64", "riscv", "mips", "powerpc", "s390", "alpha",
               "i386", "arm", "m68k", "arc", "hppa", "sh" },
      { "tv_sec", "long" }, { "tv_usec", "long" } },
  },
}

struct "timezone" {
  headers = { "linux/time.h" },
  { "tz_minuteswest", "int" }, { "tz_dsttime", "int" },
}

struct "itimerspec" {
  headers = { "linux/time.h" },
  { "it_interval", "struct timespec" }, { "it_value", "struct timespec" },
}

struct "itimerspec64" {
  ctype = "struct __kernel_itimerspec",
  headers = { "linux/time_types.h" },
  { "it_interval", "struct timespec64" }, { "it_value", "struct timespec64" },
}

struct "itimerval" {
  headers = { "linux/time.h" },
  { "it_interval", "struct timeval" }, { "it_value", "struct timeval" },
}

struct "utimbuf" {
  headers = { "linux/utime.h" },
  variants = {
    { when = { "x32" }, { "actime", "s64" }, { "modtime", "s64" } },
    { when = NOT_X32, { "actime", "long" }, { "modtime", "long" } },
  },
}

-- adjtimex / clock_adjtime: struct timex is __kernel_long_t fields (64-bit on x32)
-- around a struct timeval, then eleven unnamed ints of reserve that only `size` accounts for.
local function timex(kl)
  return {
    { "modes", "uint" }, { "offset", kl }, { "freq", kl }, { "maxerror", kl }, { "esterror", kl },
    { "status", "int" }, { "constant", kl }, { "precision", kl }, { "tolerance", kl },
    { "time", "struct timeval" }, { "tick", kl }, { "ppsfreq", kl }, { "jitter", kl }, { "shift", "int" },
    { "stabil", kl }, { "jitcnt", kl }, { "calcnt", kl }, { "errcnt", kl }, { "stbcnt", kl }, { "tai", "int" },
  }
end
local function variant(when, size, fields)
  fields.when, fields.size = when, size
  return fields
end
struct "timex" {
  headers = { "linux/timex.h" },
  variants = {
    variant({ "x32" }, 208, timex("s64")),
    variant({ "64bit" }, 208, timex("long")),
    variant({ "i386", "arm", "o32", "n32", "ppc32", "m68k", "arc", "hppa", "sh" }, 128, timex("long")),
  },
}

-- clock_adjtime64 (32-bit ABIs): every field 64-bit; the header's unnamed `int :32`
-- pads keep them 8-aligned where long long is not (i386, arc, m68k).
struct "timex_timeval" {
  ctype = "struct __kernel_timex_timeval",
  headers = { "linux/timex.h" },
  { "tv_sec", "s64" }, { "tv_usec", "s64" },
}
struct "timex64" {
  ctype = "struct __kernel_timex",
  headers = { "linux/timex.h" },
  size = 208,
  { "modes", "uint" }, { "__unnamed_pad0", "int", unnamed = true },
  { "offset", "s64" }, { "freq", "s64" }, { "maxerror", "s64" }, { "esterror", "s64" },
  { "status", "int" }, { "__unnamed_pad1", "int", unnamed = true },
  { "constant", "s64" }, { "precision", "s64" }, { "tolerance", "s64" },
  { "time", "struct timex_timeval" }, { "tick", "s64" }, { "ppsfreq", "s64" }, { "jitter", "s64" },
  { "shift", "int" }, { "__unnamed_pad2", "int", unnamed = true },
  { "stabil", "s64" }, { "jitcnt", "s64" }, { "calcnt", "s64" }, { "errcnt", "s64" }, { "stbcnt", "s64" },
  { "tai", "int" },
}
