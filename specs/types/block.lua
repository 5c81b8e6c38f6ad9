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
