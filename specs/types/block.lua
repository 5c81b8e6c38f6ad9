-- Block devices: loop device configuration (linux/loop.h).

struct "loop_info64" {
  headers = { "linux/loop.h" },
  { "lo_device", "u64" }, { "lo_inode", "u64" }, { "lo_rdevice", "u64" }, { "lo_offset", "u64" },
  { "lo_sizelimit", "u64" }, { "lo_number", "u32" }, { "lo_encrypt_type", "u32" },
  { "lo_encrypt_key_size", "u32" }, { "lo_flags", "u32" },
  { "lo_file_name", "u8[64]" }, { "lo_crypt_name", "u8[64]" }, { "lo_encrypt_key", "u8[32]" },
  { "lo_init", "u64[2]" },
}

-- LOOP_CONFIGURE.
struct "loop_config" {
  headers = { "linux/loop.h" },
  { "fd", "u32" }, { "block_size", "u32" }, { "info", "struct loop_info64" },
  { "__reserved", "u64[8]", pad = true },
}

-- The legacy LOOP_SET_STATUS/LOOP_GET_STATUS argument: int and long fields, and
-- __kernel_old_dev_t, which is per arch: unsigned short (i386, arm, m68k, s390, sh),
-- unsigned long (x86_64, x32, powerpc), else asm-generic's unsigned int.
local function loop_info(dev)
  return { { "lo_number", "int" }, { "lo_device", dev }, { "lo_inode", "ulong" }, { "lo_rdevice", dev },
           { "lo_offset", "int" }, { "lo_encrypt_type", "int" }, { "lo_encrypt_key_size", "int" },
           { "lo_flags", "int" }, { "lo_name", "char[64]" }, { "lo_encrypt_key", "uchar[32]" },
           { "lo_init", "ulong[2]" }, { "reserved", "char[4]", pad = true } }
end
local function variant(when, dev)
  local v = loop_info(dev)
  v.when = when
  return v
end
struct "loop_info" {
  headers = { "linux/loop.h" },
  variants = {
    variant({ "i386", "arm", "m68k", "s390", "sh" }, "ushort"),
    variant({ "x86_64", "x32", "powerpc" }, "ulong"),
    variant({ "arm64", "riscv", "mips", "alpha", "arc", "hppa", "sparc" }, "uint"),
  },
}
