-- userfaultfd(2) ioctl arguments: linux/userfaultfd.h.  Every field is a
-- 64-bit word on every ABI, so a big-endian guest differs only in byte
-- order; start/dst/src are guest addresses (emu/sys/userfaultfd.c moves
-- them to host addresses).  UFFDIO_POISON (6.6) and UFFDIO_MOVE (6.8) are
-- newer than the checker's 6.1 headers: written from v6.8's header, not
-- machine-checked.  struct uffd_msg (read from the descriptor) is a union
-- per event: emu/sys/fdtrans.c converts it by event.

struct "uffdio_api" {
  headers = { "linux/userfaultfd.h" },
  { "api", "u64" }, { "features", "u64" }, { "ioctls", "u64" },
}
struct "uffdio_range" {
  headers = { "linux/userfaultfd.h" },
  { "start", "u64" }, { "len", "u64" },
}
struct "uffdio_register" {
  headers = { "linux/userfaultfd.h" },
  { "range", "struct uffdio_range" }, { "mode", "u64" }, { "ioctls", "u64" },
}
struct "uffdio_copy" {
  headers = { "linux/userfaultfd.h" },
  { "dst", "u64" }, { "src", "u64" }, { "len", "u64" }, { "mode", "u64" }, { "copy", "s64" },
}
struct "uffdio_zeropage" {
  headers = { "linux/userfaultfd.h" },
  { "range", "struct uffdio_range" }, { "mode", "u64" }, { "zeropage", "s64" },
}
struct "uffdio_writeprotect" {
  headers = { "linux/userfaultfd.h" },
  { "range", "struct uffdio_range" }, { "mode", "u64" },
}
struct "uffdio_continue" {
  headers = { "linux/userfaultfd.h" },
  { "range", "struct uffdio_range" }, { "mode", "u64" }, { "mapped", "s64" },
}
struct "uffdio_poison" {
  check = false,
  note = "linux/userfaultfd.h of v6.6+; absent from the 6.1 UAPI headers",
  { "range", "struct uffdio_range" }, { "mode", "u64" }, { "updated", "s64" },
}
struct "uffdio_move" {
  check = false,
  note = "linux/userfaultfd.h of v6.8+; absent from the 6.1 UAPI headers",
  { "dst", "u64" }, { "src", "u64" }, { "len", "u64" }, { "mode", "u64" }, { "move", "s64" },
}
