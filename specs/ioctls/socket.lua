-- Socket ioctls: asm/sockios.h (per arch) and linux/sockios.h (raw 0x89xx numbers everywhere).
-- FIONREAD and TIOCOUTQ (tty.lua) are also SIOCINQ and SIOCOUTQ; aliases are not declared twice.
-- SIOCGSTAMP/SIOCGSTAMPNS pick _OLD or _NEW by the C library's time_t, so only the two
-- kernel names are described.

-- asm-generic/sockios.h numbers; alpha, mips and sh encode them with _IOC.
ioctl "FIOSETOWN" {
  headers = { "asm/sockios.h" },
  code = { default = raw(0x8901), alpha = iow('f', 124, "int"), mips = iow('f', 124, "int"), sh = iow('f', 124, "int") },
  arg = input "argp" : struct "int",
}
ioctl "FIOGETOWN" {
  headers = { "asm/sockios.h" },
  code = { default = raw(0x8903), alpha = ior('f', 123, "int"), mips = ior('f', 123, "int"), sh = ior('f', 123, "int") },
  arg = out "argp" : struct "int",
}
ioctl "SIOCSPGRP" {
  headers = { "asm/sockios.h" },
  code = { default = raw(0x8902), alpha = iow('s', 8, "int"), mips = iow('s', 8, "int"), sh = iow('s', 8, "int") },
  arg = input "argp" : struct "int",
}
ioctl "SIOCGPGRP" {
  headers = { "asm/sockios.h" },
  code = { default = raw(0x8904), alpha = ior('s', 9, "int"), mips = ior('s', 9, "int"), sh = ior('s', 9, "int") },
  arg = out "argp" : struct "int",
}
ioctl "SIOCATMARK" {
  headers = { "asm/sockios.h" },
  code = { default = raw(0x8905), alpha = ior('s', 7, "int"), mips = ior('s', 7, "int"), sh = ior('s', 7, "int") },
  arg = out "argp" : struct "int",
}
ioctl "SIOCGSTAMP_OLD" {
  headers = { "asm/sockios.h" },
  code = { default = raw(0x8906), sh = ior('s', 100, "struct timeval") },
  arg = out "argp" : struct "timeval",
}
ioctl "SIOCGSTAMPNS_OLD" {
  headers = { "asm/sockios.h" },
  code = { default = raw(0x8907), sh = ior('s', 101, "struct timespec") },
  arg = out "argp" : struct "timespec",
}
-- __kernel_sock_timeval and __kernel_timespec: two 64-bit integers on every ABI.
ioctl "SIOCGSTAMP_NEW" {
  headers = { "linux/sockios.h" },
  code = ior(0x89, 0x06, "llong[2]"),
  arg = out "argp" : struct "timespec64",
  note = "the kernel writes struct __kernel_sock_timeval { s64 tv_sec, tv_usec }, laid out as timespec64",
}
ioctl "SIOCGSTAMPNS_NEW" {
  headers = { "linux/sockios.h" },
  code = ior(0x89, 0x07, "llong[2]"),
  arg = out "argp" : struct "timespec64",
}
ioctl "SIOCOUTQNSD" { headers = { "linux/sockios.h" }, code = raw(0x894B), arg = out "argp" : struct "int" }
ioctl "SIOCGSKNS" { headers = { "linux/sockios.h" }, code = raw(0x894C), note = "returns a new file descriptor" }

-- Network interfaces: struct ifreq in and out (ifreq_int, ifreq_short: the
-- ones whose union holds an int or a short, converted as it; specs/types/net_if.lua).
ioctl "SIOCGIFNAME" { headers = { "linux/sockios.h" }, code = raw(0x8910), arg = inout "ifr" : struct "ifreq_int" }
ioctl "SIOCGIFCONF" {
  headers = { "linux/sockios.h" },
  code = raw(0x8912),
  custom = "struct ifconf points to a caller-sized array of struct ifreq",
}
ioctl "SIOCGIFFLAGS" { headers = { "linux/sockios.h" }, code = raw(0x8913), arg = inout "ifr" : struct "ifreq_short" }
ioctl "SIOCSIFFLAGS" { headers = { "linux/sockios.h" }, code = raw(0x8914), arg = input "ifr" : struct "ifreq_short" }
ioctl "SIOCGIFADDR" { headers = { "linux/sockios.h" }, code = raw(0x8915), arg = inout "ifr" : struct "ifreq" }
ioctl "SIOCSIFADDR" { headers = { "linux/sockios.h" }, code = raw(0x8916), arg = input "ifr" : struct "ifreq" }
ioctl "SIOCGIFDSTADDR" { headers = { "linux/sockios.h" }, code = raw(0x8917), arg = inout "ifr" : struct "ifreq" }
ioctl "SIOCSIFDSTADDR" { headers = { "linux/sockios.h" }, code = raw(0x8918), arg = input "ifr" : struct "ifreq" }
ioctl "SIOCGIFBRDADDR" { headers = { "linux/sockios.h" }, code = raw(0x8919), arg = inout "ifr" : struct "ifreq" }
ioctl "SIOCSIFBRDADDR" { headers = { "linux/sockios.h" }, code = raw(0x891a), arg = input "ifr" : struct "ifreq" }
ioctl "SIOCGIFNETMASK" { headers = { "linux/sockios.h" }, code = raw(0x891b), arg = inout "ifr" : struct "ifreq" }
ioctl "SIOCSIFNETMASK" { headers = { "linux/sockios.h" }, code = raw(0x891c), arg = input "ifr" : struct "ifreq" }
ioctl "SIOCGIFMETRIC" { headers = { "linux/sockios.h" }, code = raw(0x891d), arg = inout "ifr" : struct "ifreq_int" }
ioctl "SIOCGIFMTU" { headers = { "linux/sockios.h" }, code = raw(0x8921), arg = inout "ifr" : struct "ifreq_int" }
ioctl "SIOCSIFMTU" { headers = { "linux/sockios.h" }, code = raw(0x8922), arg = input "ifr" : struct "ifreq_int" }
ioctl "SIOCSIFNAME" { headers = { "linux/sockios.h" }, code = raw(0x8923), arg = input "ifr" : struct "ifreq" }
ioctl "SIOCSIFHWADDR" { headers = { "linux/sockios.h" }, code = raw(0x8924), arg = input "ifr" : struct "ifreq" }
ioctl "SIOCGIFHWADDR" { headers = { "linux/sockios.h" }, code = raw(0x8927), arg = inout "ifr" : struct "ifreq" }
ioctl "SIOCADDMULTI" { headers = { "linux/sockios.h" }, code = raw(0x8931), arg = input "ifr" : struct "ifreq" }
ioctl "SIOCDELMULTI" { headers = { "linux/sockios.h" }, code = raw(0x8932), arg = input "ifr" : struct "ifreq" }
ioctl "SIOCGIFINDEX" { headers = { "linux/sockios.h" }, code = raw(0x8933), arg = inout "ifr" : struct "ifreq_int" }
ioctl "SIOCGIFTXQLEN" { headers = { "linux/sockios.h" }, code = raw(0x8942), arg = inout "ifr" : struct "ifreq_int" }
ioctl "SIOCSIFTXQLEN" { headers = { "linux/sockios.h" }, code = raw(0x8943), arg = input "ifr" : struct "ifreq_int" }
