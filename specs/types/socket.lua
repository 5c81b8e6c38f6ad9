-- Sockets: addresses, msghdr and friends, socket options.
--
-- struct sockaddr, the msghdr family, cmsghdr, linger and ucred are
-- kernel-internal (include/linux/socket.h) and are measured through the
-- re-declarations in gen/shim/sys/socket.h and gen/shim/dm/kernel_internal.h.
-- x32 uses the compat sendmsg/recvmsg/[send|recv]mmsg: 32-bit pointers and
-- sizes, which is what its headers give.

struct "iovec" {
  headers = { "linux/uio.h" },
  { "iov_base", "ptr" }, { "iov_len", "ulong" },
}

struct "sockaddr" {
  headers = { "sys/socket.h" },
  { "sa_family", "ushort" }, { "sa_data", "char[14]" },
}

-- struct __kernel_sockaddr_storage: 128 bytes aligned like a pointer.  Its
-- members sit in an anonymous union with "void *__align", which a field
-- list cannot express: the alignment is written per variant, and the
-- checker measures gen/shim/dm/kernel_internal.h's struct dm_sockaddr_storage
-- (the same type without the overlay member, asserted equal in size).
local ss = { { "ss_family", "ushort" }, { "__data", "char[126]", pad = true } }
local function ssv(when, align)
  local v = { when = when, align = align }
  for i, f in ipairs(ss) do v[i] = f end
  return v
end
struct "sockaddr_storage" {
  ctype = "struct dm_sockaddr_storage",
  headers = { "dm/kernel_internal.h" },
  variants = {
    ssv({ "64bit" }, 8),
    ssv({ "i386", "x32", "arm", "o32", "n32", "ppc32", "arc", "hppa", "sh" }, 4),
    ssv({ "m68k" }, 2),
  },
}

struct "in_addr" {
  headers = { "linux/in.h" },
  { "s_addr", "u32" },
}

struct "sockaddr_in" {
  headers = { "linux/in.h" },
  { "sin_family", "ushort" }, { "sin_port", "u16" }, { "sin_addr", "struct in_addr" },
  { "__pad", "uchar[8]", pad = true },
}

-- The anonymous union inside struct in6_addr, measured through __typeof__.
union "in6_addr_u" {
  ctype = "__typeof__(((struct in6_addr *)0)->in6_u)",
  headers = { "linux/in6.h" },
  { "u6_addr8", "u8[16]" }, { "u6_addr16", "u16[8]" }, { "u6_addr32", "u32[4]" },
}

struct "in6_addr" {
  headers = { "linux/in6.h" },
  { "in6_u", "union in6_addr_u" },
}

struct "sockaddr_in6" {
  headers = { "linux/in6.h" },
  { "sin6_family", "ushort" }, { "sin6_port", "u16" }, { "sin6_flowinfo", "u32" },
  { "sin6_addr", "struct in6_addr" }, { "sin6_scope_id", "u32" },
}

struct "sockaddr_un" {
  headers = { "linux/un.h" },
  { "sun_family", "ushort" }, { "sun_path", "char[108]" },
}

struct "sockaddr_nl" {
  headers = { "linux/netlink.h" },
  { "nl_family", "ushort" }, { "nl_pad", "ushort", pad = true }, { "nl_pid", "u32" }, { "nl_groups", "u32" },
}

-- The kernel's struct user_msghdr: what sendmsg/recvmsg read.
struct "msghdr" {
  ctype = "struct user_msghdr",
  headers = { "dm/kernel_internal.h" },
  { "msg_name", "ptr" }, { "msg_namelen", "int" }, { "msg_iov", "ptr" }, { "msg_iovlen", "ulong" },
  { "msg_control", "ptr" }, { "msg_controllen", "ulong" }, { "msg_flags", "uint" },
}

struct "mmsghdr" {
  headers = { "dm/kernel_internal.h" },
  { "msg_hdr", "struct msghdr" }, { "msg_len", "uint" },
}

struct "cmsghdr" {
  headers = { "dm/kernel_internal.h" },
  { "cmsg_len", "ulong" }, { "cmsg_level", "int" }, { "cmsg_type", "int" },
}

struct "linger" {
  headers = { "dm/kernel_internal.h" },
  { "l_onoff", "int" }, { "l_linger", "int" },
}

struct "ucred" {
  headers = { "dm/kernel_internal.h" },
  { "pid", "u32" }, { "uid", "u32" }, { "gid", "u32" },
}
