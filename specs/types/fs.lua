-- Files and file systems: statfs/statfs64, flock/flock64, linux_dirent64,
-- pollfd, epoll_event.

local function copy(fields, extra)
  local v = {}
  for i, f in ipairs(fields) do v[i] = f end
  for k, x in pairs(extra) do v[k] = x end
  return v
end

struct "fsid" {
  ctype = "__kernel_fsid_t",
  headers = { "linux/posix_types.h" },
  { "val", "int[2]" },
}

-- The generic statfs with word type W (asm-generic/statfs.h's __statfs_word).
local function generic_statfs(w)
  return {
    { "f_type", w }, { "f_bsize", w }, { "f_blocks", w }, { "f_bfree", w }, { "f_bavail", w },
    { "f_files", w }, { "f_ffree", w }, { "f_fsid", "struct fsid" }, { "f_namelen", w },
    { "f_frsize", w }, { "f_flags", w }, { "f_spare", w .. "[4]", pad = true },
  }
end
-- mips: its own order, long words, f_spare[5].
local mips_statfs = {
  { "f_type", "long" }, { "f_bsize", "long" }, { "f_frsize", "long" }, { "f_blocks", "long" },
  { "f_bfree", "long" }, { "f_files", "long" }, { "f_ffree", "long" }, { "f_bavail", "long" },
  { "f_fsid", "struct fsid" }, { "f_namelen", "long" }, { "f_flags", "long" },
  { "f_spare", "long[5]", pad = true },
}

-- statfs/fstatfs.  Measured through gen/shim/dm/kernel_internal.h, which
-- re-declares x32's (its UAPI header gives the 32-bit words of a 32-bit ABI,
-- but x32 calls the 64-bit sys_statfs).
struct "statfs" {
  ctype = "dm_kstatfs_t",
  headers = { "dm/kernel_internal.h" },
  variants = {
    copy(generic_statfs("s64"), { when = { "x86_64", "x32", "aarch64", "riscv64", "ppc64", "ppc64le", "sparc64" } }),
    -- __u32 words on the 32-bit generic ABIs, and on alpha (its asm/statfs.h sets __statfs_word).
    copy(generic_statfs("u32"), { when = { "i386", "arm", "ppc32", "m68k", "arc", "sh", "alpha" } }),
    -- hppa sets __statfs_word to long (4 bytes, signed).  Not machine-checked.
    copy(generic_statfs("long"), { when = { "hppa" } }),
    copy(mips_statfs, { when = { "mips" } }),
    { when = { "s390" },
      { "f_type", "uint" }, { "f_bsize", "uint" }, { "f_blocks", "ulong" }, { "f_bfree", "ulong" },
      { "f_bavail", "ulong" }, { "f_files", "ulong" }, { "f_ffree", "ulong" }, { "f_fsid", "struct fsid" },
      { "f_namelen", "uint" }, { "f_frsize", "uint" }, { "f_flags", "uint" }, { "f_spare", "uint[4]", pad = true } },
  },
}

local function generic_statfs64(w)
  return {
    { "f_type", w }, { "f_bsize", w }, { "f_blocks", "u64" }, { "f_bfree", "u64" }, { "f_bavail", "u64" },
    { "f_files", "u64" }, { "f_ffree", "u64" }, { "f_fsid", "struct fsid" }, { "f_namelen", w },
    { "f_frsize", w }, { "f_flags", w }, { "f_spare", w .. "[4]", pad = true },
  }
end

-- statfs64/fstatfs64 (32-bit ABIs; the 64-bit headers define it too, equal to
-- struct statfs).  Not on x32: it has no statfs64 syscall and its header's
-- struct statfs64 matches no kernel layout.
struct "statfs64" {
  headers = { "asm/statfs.h" },
  only = { "64bit", "i386", "arm", "mips", "ppc32", "m68k", "arc", "hppa", "sh" },
  variants = {
    copy(generic_statfs64("long"), { when = { "x86_64", "aarch64", "riscv64", "ppc64", "ppc64le", "sparc64" } }),
    -- i386 84/4, powerpc 88/8 (8-aligned u64), m68k 84/2, arc and sh 84/4.
    copy(generic_statfs64("u32"), { when = { "i386", "ppc32", "m68k", "arc", "sh", "alpha" } }),
    -- arm: ARCH_PACK_STATFS64 = packed, aligned(4): 84 bytes on EABI as on OABI.
    copy(generic_statfs64("u32"), { when = { "arm" }, packed = true, align = 4 }),
    copy(generic_statfs64("long"), { when = { "hppa" } }),
    { when = { "o32", "n32" },
      { "f_type", "u32" }, { "f_bsize", "u32" }, { "f_frsize", "u32" }, { "__pad", "u32", pad = true },
      { "f_blocks", "u64" }, { "f_bfree", "u64" }, { "f_files", "u64" }, { "f_ffree", "u64" },
      { "f_bavail", "u64" }, { "f_fsid", "struct fsid" }, { "f_namelen", "u32" }, { "f_flags", "u32" },
      { "f_spare", "u32[5]", pad = true } },
    copy(mips_statfs, { when = { "n64" } }),
    { when = { "s390" },
      { "f_type", "uint" }, { "f_bsize", "uint" }, { "f_blocks", "u64" }, { "f_bfree", "u64" },
      { "f_bavail", "u64" }, { "f_files", "u64" }, { "f_ffree", "u64" }, { "f_fsid", "struct fsid" },
      { "f_namelen", "uint" }, { "f_frsize", "uint" }, { "f_flags", "uint" }, { "f_spare", "uint[4]", pad = true } },
  },
}

-- fcntl F_GETLK/F_SETLK.  __kernel_off_t is __kernel_long_t (8 bytes on x32).
-- Measured through the shim: mips o32/n32 put l_sysid before l_pid.
struct "flock" {
  ctype = "dm_kflock_t",
  headers = { "dm/kernel_internal.h" },
  variants = {
    { when = { "x86_64", "x32", "aarch64", "riscv64", "ppc64", "ppc64le", "s390x", "n64", "alpha" },
      { "l_type", "short" }, { "l_whence", "short" }, { "l_start", "s64" }, { "l_len", "s64" },
      { "l_pid", "int" } },
    { when = { "sparc" },
      { "l_type", "short" }, { "l_whence", "short" }, { "l_start", "s64" }, { "l_len", "s64" },
      { "l_pid", "int" }, { "__unused", "short", pad = true } },
    { when = { "i386", "arm", "ppc32", "m68k", "arc", "hppa", "sh" },
      { "l_type", "short" }, { "l_whence", "short" }, { "l_start", "long" }, { "l_len", "long" },
      { "l_pid", "int" } },
    { when = { "o32", "n32" },
      { "l_type", "short" }, { "l_whence", "short" }, { "l_start", "long" }, { "l_len", "long" },
      { "l_sysid", "long" }, { "l_pid", "int" }, { "pad", "long[4]", pad = true } },
  },
}

-- fcntl64 F_GETLK64/F_SETLK64 (and the OFD locks).
struct "flock64" {
  headers = { "asm/fcntl.h" },
  variants = {
    { when = { "sparc" },
      { "l_type", "short" }, { "l_whence", "short" }, { "l_start", "s64" }, { "l_len", "s64" },
      { "l_pid", "int" }, { "__unused", "short", pad = true } },
    { when = { "x86", "arm", "arm64", "riscv", "mips", "powerpc", "s390", "m68k", "arc", "alpha", "hppa", "sh" },
      { "l_type", "short" }, { "l_whence", "short" }, { "l_start", "s64" }, { "l_len", "s64" },
      { "l_pid", "int" } },
  },
}

-- getdents64 records (include/linux/dirent.h, kernel-internal; the shim
-- declares it).  d_name is the NUL-terminated name that follows.
struct "dirent64" {
  ctype = "struct linux_dirent64",
  headers = { "dm/kernel_internal.h" },
  { "d_ino", "u64" }, { "d_off", "s64" }, { "d_reclen", "ushort" }, { "d_type", "uchar" },
  { "d_name", "char[0]" },
}

struct "pollfd" {
  headers = { "asm/poll.h" },
  { "fd", "int" }, { "events", "short", set = "poll_events" }, { "revents", "short", set = "poll_events" },
}

-- x86_64 (and x32, which uses the same syscalls) packs it: 12 bytes, like i386's
-- natural layout.  Elsewhere data is 8-aligned unless the ABI 4-aligns u64.
struct "epoll_event" {
  headers = { "linux/eventpoll.h" },
  variants = {
    { when = { "x86_64", "x32" }, packed = true, { "events", "uint", set = "epoll_events" }, { "data", "u64" } },
    { when = { "i386", "arm", "arm64", "riscv", "mips", "powerpc", "s390", "sparc", "m68k", "arc", "alpha", "hppa", "sh" },
      { "events", "uint", set = "epoll_events" }, { "data", "u64" } },
  },
}

-- File ioctls (linux/fs.h, linux/fiemap.h).  Layouts are fixed-width
-- everywhere; only the struct alignment follows the ABI's u64 rule.

struct "fstrim_range" {
  headers = { "linux/fs.h" },
  { "start", "u64" }, { "len", "u64" }, { "minlen", "u64" },
}

struct "file_clone_range" {
  headers = { "linux/fs.h" },
  { "src_fd", "s64" }, { "src_offset", "u64" }, { "src_length", "u64" }, { "dest_offset", "u64" },
}

struct "file_dedupe_range_info" {
  headers = { "linux/fs.h" },
  { "dest_fd", "s64" }, { "dest_offset", "u64" }, { "bytes_deduped", "u64" },
  { "status", "s32" }, { "reserved", "u32", pad = true },
}

-- info[] is a flexible array of dest_count entries after the header
-- (the header reports an incomplete array; the spec writes it as [0]).
struct "file_dedupe_range" {
  headers = { "linux/fs.h" },
  { "src_offset", "u64" }, { "src_length", "u64" }, { "dest_count", "u16" },
  { "reserved1", "u16", pad = true }, { "reserved2", "u32", pad = true },
  { "info", "struct file_dedupe_range_info[0]" },
}

struct "fsxattr" {
  headers = { "linux/fs.h" },
  { "fsx_xflags", "u32" }, { "fsx_extsize", "u32" }, { "fsx_nextents", "u32" }, { "fsx_projid", "u32" },
  { "fsx_cowextsize", "u32" }, { "fsx_pad", "uchar[8]", pad = true },
}

struct "fiemap_extent" {
  headers = { "linux/fiemap.h" },
  { "fe_logical", "u64" }, { "fe_physical", "u64" }, { "fe_length", "u64" },
  { "fe_reserved64", "u64[2]", pad = true }, { "fe_flags", "u32" }, { "fe_reserved", "u32[3]", pad = true },
}

-- fm_extents[] is a flexible array of fm_extent_count entries (written [0]).
struct "fiemap" {
  headers = { "linux/fiemap.h" },
  { "fm_start", "u64" }, { "fm_length", "u64" }, { "fm_flags", "u32" }, { "fm_mapped_extents", "u32" },
  { "fm_extent_count", "u32" }, { "fm_reserved", "u32", pad = true },
  { "fm_extents", "struct fiemap_extent[0]" },
}

-- ustat(2)'s struct ustat (the kernel's linux/types.h: not in the UAPI
-- headers, so not machine-checked).  f_tinode is an unsigned long on the
-- ABIs dragoman runs (the kernel's ARCH_32BIT_USTAT_F_TINODE is alpha's and mips').
struct "ustat" {
  check = false,
  note = "include/linux/types.h (kernel-internal): absent from the UAPI headers",
  { "f_tfree", "int" }, { "f_tinode", "ulong" }, { "f_fname", "char[6]" }, { "f_fpack", "char[6]" },
}
