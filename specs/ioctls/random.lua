-- /dev/random and /dev/urandom: linux/random.h.  RNDGETPOOL is gone from the kernel (EINVAL).

ioctl "RNDGETENTCNT" { headers = { "linux/random.h" }, code = ior('R', 0x00, "int"), arg = out "argp" : struct "int" }
ioctl "RNDADDTOENTCNT" { headers = { "linux/random.h" }, code = iow('R', 0x01, "int"), arg = input "argp" : struct "int" }
ioctl "RNDADDENTROPY" {
  headers = { "linux/random.h" },
  code = iow('R', 0x03, "int[2]"),
  custom = "variable length: struct rand_pool_info is followed by buf_size bytes of entropy",
}
ioctl "RNDZAPENTCNT" { headers = { "linux/random.h" }, code = io('R', 0x04) }
ioctl "RNDCLEARPOOL" { headers = { "linux/random.h" }, code = io('R', 0x06) }
ioctl "RNDRESEEDCRNG" { headers = { "linux/random.h" }, code = io('R', 0x07) }
