-- Native AIO (linux/aio_abi.h): struct iocb and struct io_event are made of
-- fixed-width fields, the same on every ABI except that PADDED(aio_key,
-- aio_rw_flags) swaps the two u32 on big-endian ABIs.  aio_buf holds a guest
-- address (a buffer, or an iovec array for PREADV/PWRITEV): emu/sys/aio.c
-- rebases it; aio_data and io_event.data/obj are the guest's own values,
-- handed back unchanged.

local iocb_head = { { "aio_data", "u64" } }
local iocb_tail = {
  { "aio_lio_opcode", "u16" }, { "aio_reqprio", "s16" }, { "aio_fildes", "u32" },
  { "aio_buf", "u64", addr = true }, { "aio_nbytes", "u64" }, { "aio_offset", "s64" },
  { "aio_reserved2", "u64", pad = true }, { "aio_flags", "u32" }, { "aio_resfd", "u32" },
}
local function iocb(when, first, second)
  local v = { when = when }
  for _, f in ipairs(iocb_head) do v[#v + 1] = f end
  v[#v + 1] = first
  v[#v + 1] = second
  for _, f in ipairs(iocb_tail) do v[#v + 1] = f end
  return v
end

struct "iocb" {
  headers = { "linux/aio_abi.h" },
  variants = {
    iocb({ "mips-be", "ppc32", "ppc64", "s390", "sparc", "m68k", "hppa" },
      { "aio_rw_flags", "u32" }, { "aio_key", "u32" }),
    iocb({ "x86", "arm", "arm64", "riscv", "alpha", "arc", "sh", "mips-le", "ppc64le" },
      { "aio_key", "u32" }, { "aio_rw_flags", "u32" }),
  },
}

struct "io_event" {
  headers = { "linux/aio_abi.h" },
  { "data", "u64" }, { "obj", "u64", addr = true }, { "res", "s64" }, { "res2", "s64" },
}
