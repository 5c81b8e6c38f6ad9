-- userfaultfd ioctls: linux/userfaultfd.h (magic 0xAA).  All custom
-- (emu/sys/userfaultfd.c): their ranges are guest addresses, moved to host
-- addresses, and a range may only reach guest memory (the emulator's own
-- mappings are never registered).  USERFAULTFD_IOC_NEW is the /dev/userfaultfd
-- ioctl that makes a descriptor (its argument: userfaultfd(2)'s flags).

local G = "guest addresses in the range(s), registration limited to guest memory"
local new = "linux/userfaultfd.h of v6.6+/v6.8+; absent from the 6.1 UAPI headers"
ioctl "UFFDIO_API" { headers = { "linux/userfaultfd.h" }, code = iowr(0xAA, 0x3F, "struct uffdio_api"),
  custom = "the reply's features and ioctls are the host's" }
ioctl "UFFDIO_REGISTER" { headers = { "linux/userfaultfd.h" }, code = iowr(0xAA, 0x00, "struct uffdio_register"), custom = G }
ioctl "UFFDIO_UNREGISTER" { headers = { "linux/userfaultfd.h" }, code = ior(0xAA, 0x01, "struct uffdio_range"), custom = G }
ioctl "UFFDIO_WAKE" { headers = { "linux/userfaultfd.h" }, code = ior(0xAA, 0x02, "struct uffdio_range"), custom = G }
ioctl "UFFDIO_COPY" { headers = { "linux/userfaultfd.h" }, code = iowr(0xAA, 0x03, "struct uffdio_copy"), custom = G }
ioctl "UFFDIO_ZEROPAGE" { headers = { "linux/userfaultfd.h" }, code = iowr(0xAA, 0x04, "struct uffdio_zeropage"), custom = G }
ioctl "UFFDIO_MOVE" { code = iowr(0xAA, 0x05, "struct uffdio_move"), check = false, note = new, custom = G }
ioctl "UFFDIO_WRITEPROTECT" { headers = { "linux/userfaultfd.h" }, code = iowr(0xAA, 0x06, "struct uffdio_writeprotect"),
  custom = G }
ioctl "UFFDIO_CONTINUE" { headers = { "linux/userfaultfd.h" }, code = iowr(0xAA, 0x07, "struct uffdio_continue"), custom = G }
ioctl "UFFDIO_POISON" { code = iowr(0xAA, 0x08, "struct uffdio_poison"), check = false, note = new, custom = G }
ioctl "USERFAULTFD_IOC_NEW" { headers = { "linux/userfaultfd.h" }, code = io(0xAA, 0x00),
  custom = "the argument is userfaultfd(2)'s flags; the new descriptor's reads are converted (fdtrans)" }
