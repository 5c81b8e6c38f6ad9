-- Terminal ioctls: asm/ioctls.h.  asm-generic/ioctls.h (x86, arm, arm64, riscv, s390, m68k,
-- arc) gives legacy raw numbers; alpha and powerpc, mips, sparc, hppa and sh keep their own
-- tables (arch/<arch>/include/uapi/asm/ioctls.h), partly _IOC-encoded with the guest's size
-- of the argument.  Keys: default = asm-generic; the arch tags name the overrides.
-- TIOCINQ is FIONREAD under another name and is not declared twice.

ioctl "TCGETS" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5401), alpha = ior('t', 19, "struct termios"), powerpc = ior('t', 19, "struct termios"),
           mips = raw(0x540d), sparc = ior('T', 8, "struct termios"), hppa = ior('T', 16, "struct termios") },
  arg = out "argp" : struct "termios",
}
ioctl "TCSETS" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5402), alpha = iow('t', 20, "struct termios"), powerpc = iow('t', 20, "struct termios"),
           mips = raw(0x540e), sparc = iow('T', 9, "struct termios"), hppa = iow('T', 17, "struct termios") },
  arg = input "argp" : struct "termios",
}
ioctl "TCSETSW" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5403), alpha = iow('t', 21, "struct termios"), powerpc = iow('t', 21, "struct termios"),
           mips = raw(0x540f), sparc = iow('T', 10, "struct termios"), hppa = iow('T', 18, "struct termios") },
  arg = input "argp" : struct "termios",
}
ioctl "TCSETSF" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5404), alpha = iow('t', 22, "struct termios"), powerpc = iow('t', 22, "struct termios"),
           mips = raw(0x5410), sparc = iow('T', 11, "struct termios"), hppa = iow('T', 19, "struct termios") },
  arg = input "argp" : struct "termios",
}

-- termios2 (arbitrary baud rates); powerpc has none: its termios already carries the speeds.
local not_powerpc = { "x86", "arm", "arm64", "riscv", "s390", "m68k", "arc", "mips", "sparc", "alpha", "hppa", "sh" }
ioctl "TCGETS2" {
  headers = { "asm/ioctls.h" }, only = not_powerpc,
  code = { default = ior('T', 0x2A, "struct termios2"), sparc = ior('T', 12, "struct termios2") },
  arg = out "argp" : struct "termios2",
}
ioctl "TCSETS2" {
  headers = { "asm/ioctls.h" }, only = not_powerpc,
  code = { default = iow('T', 0x2B, "struct termios2"), sparc = iow('T', 13, "struct termios2") },
  arg = input "argp" : struct "termios2",
}
ioctl "TCSETSW2" {
  headers = { "asm/ioctls.h" }, only = not_powerpc,
  code = { default = iow('T', 0x2C, "struct termios2"), sparc = iow('T', 14, "struct termios2") },
  arg = input "argp" : struct "termios2",
}
ioctl "TCSETSF2" {
  headers = { "asm/ioctls.h" }, only = not_powerpc,
  code = { default = iow('T', 0x2D, "struct termios2"), sparc = iow('T', 15, "struct termios2") },
  arg = input "argp" : struct "termios2",
}

ioctl "TIOCGLCKTRMIOS" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5456), mips = raw(0x548b) },
  arg = out "argp" : struct "termios",
}
ioctl "TIOCSLCKTRMIOS" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5457), mips = raw(0x548c) },
  arg = input "argp" : struct "termios",
}

ioctl "TCSBRK" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5409), alpha = io('t', 29), powerpc = io('t', 29), sh = io('t', 29),
           mips = raw(0x5405), sparc = io('T', 5), hppa = io('T', 5) },
  arg = int "arg",
}
ioctl "TCSBRKP" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5425), mips = raw(0x5486), sh = iow('T', 37, "int") },
  arg = int "arg",
}
ioctl "TCXONC" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x540A), alpha = io('t', 30), powerpc = io('t', 30), sh = io('t', 30),
           mips = raw(0x5406), sparc = io('T', 6), hppa = io('T', 6) },
  arg = int "arg",
}
ioctl "TCFLSH" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x540B), alpha = io('t', 31), powerpc = io('t', 31), sh = io('t', 31),
           mips = raw(0x5407), sparc = io('T', 7), hppa = io('T', 7) },
  arg = int "arg",
}

ioctl "TIOCEXCL" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x540C), mips = raw(0x740d), sparc = io('t', 13), sh = io('T', 12) },
}
ioctl "TIOCNXCL" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x540D), mips = raw(0x740e), sparc = io('t', 14), sh = io('T', 13) },
}
ioctl "TIOCGEXCL" { headers = { "asm/ioctls.h" }, code = ior('T', 0x40, "int"), arg = out "argp" : struct "int" }
ioctl "TIOCSCTTY" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x540E), mips = raw(0x5480), sparc = io('t', 132), sh = io('T', 14) },
  arg = int "arg",
}
ioctl "TIOCNOTTY" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5422), mips = raw(0x5471), sparc = io('t', 113), sh = io('T', 34) },
}
ioctl "TIOCCONS" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x541D), mips = iow('t', 120, "int"), sparc = io('t', 36), sh = io('T', 29) },
}
ioctl "TIOCVHANGUP" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5437), sparc = io('T', 0x37), sh = io('T', 0x37) },
}

-- Process groups and sessions.
ioctl "TIOCGPGRP" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x540F), alpha = ior('t', 119, "int"), powerpc = ior('t', 119, "int"),
           mips = ior('t', 119, "int"), sh = ior('t', 119, "int"), sparc = ior('t', 131, "int"),
           hppa = ior('T', 30, "int") },
  arg = out "argp" : struct "int",
}
ioctl "TIOCSPGRP" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5410), alpha = iow('t', 118, "int"), powerpc = iow('t', 118, "int"),
           mips = iow('t', 118, "int"), sh = iow('t', 118, "int"), sparc = iow('t', 130, "int"),
           hppa = iow('T', 29, "int") },
  arg = input "argp" : struct "int",
}
ioctl "TIOCGSID" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5429), mips = raw(0x7416), sparc = ior('t', 133, "int"), hppa = ior('T', 20, "int"),
           sh = ior('T', 41, "int") },
  arg = out "argp" : struct "int",
}

-- Queues and input.
ioctl "TIOCOUTQ" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5411), alpha = ior('t', 115, "int"), powerpc = ior('t', 115, "int"),
           sparc = ior('t', 115, "int"), sh = ior('t', 115, "int"), mips = raw(0x7472) },
  arg = out "argp" : struct "int",
}
ioctl "FIONREAD" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x541B), alpha = ior('f', 127, "int"), powerpc = ior('f', 127, "int"),
           sparc = ior('f', 127, "int"), sh = ior('f', 127, "int"), mips = raw(0x467f) },
  arg = out "argp" : struct "int",
}
ioctl "TIOCSTI" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5412), mips = raw(0x5472), sparc = iow('t', 114, "char"), sh = iow('T', 18, "char") },
  arg = input "argp" : struct "char",
}
ioctl "TIOCPKT" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5420), mips = raw(0x5470), sparc = iow('t', 112, "int"), sh = iow('T', 32, "int") },
  arg = input "argp" : struct "int",
}
ioctl "TIOCGPKT" { headers = { "asm/ioctls.h" }, code = ior('T', 0x38, "int"), arg = out "argp" : struct "int" }

-- Window size.
ioctl "TIOCGWINSZ" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5413), alpha = ior('t', 104, "struct winsize"), powerpc = ior('t', 104, "struct winsize"),
           mips = ior('t', 104, "struct winsize"), sparc = ior('t', 104, "struct winsize"),
           sh = raw(0x80087468) },
  arg = out "argp" : struct "winsize",
}
ioctl "TIOCSWINSZ" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5414), alpha = iow('t', 103, "struct winsize"), powerpc = iow('t', 103, "struct winsize"),
           mips = iow('t', 103, "struct winsize"), sparc = iow('t', 103, "struct winsize"),
           sh = raw(0x40087467) },
  arg = input "argp" : struct "winsize",
}

-- Modem lines.
ioctl "TIOCMGET" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5415), mips = raw(0x741d), sparc = ior('t', 106, "int"), sh = ior('T', 21, "uint") },
  arg = out "argp" : struct "int",
}
ioctl "TIOCMBIS" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5416), mips = raw(0x741b), sparc = iow('t', 108, "int"), sh = iow('T', 22, "uint") },
  arg = input "argp" : struct "int",
}
ioctl "TIOCMBIC" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5417), mips = raw(0x741c), sparc = iow('t', 107, "int"), sh = iow('T', 23, "uint") },
  arg = input "argp" : struct "int",
}
ioctl "TIOCMSET" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5418), mips = raw(0x741a), sparc = iow('t', 109, "int"), sh = iow('T', 24, "uint") },
  arg = input "argp" : struct "int",
}
ioctl "TIOCMIWAIT" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x545C), mips = raw(0x5491), sh = io('T', 92) },
  arg = int "arg",
}
ioctl "TIOCGSOFTCAR" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5419), mips = raw(0x5481), sparc = ior('t', 100, "int"), sh = ior('T', 25, "uint") },
  arg = out "argp" : struct "int",
}
ioctl "TIOCSSOFTCAR" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x541A), mips = raw(0x5482), sparc = iow('t', 101, "int"), sh = iow('T', 26, "uint") },
  arg = input "argp" : struct "int",
}
ioctl "TIOCSERGETLSR" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5459), mips = raw(0x548e), sh = ior('T', 89, "uint") },
  arg = out "argp" : struct "uint",
}

-- Line discipline and break.
ioctl "TIOCSETD" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5423), mips = raw(0x7401), sparc = iow('t', 1, "int"), sh = iow('T', 35, "int") },
  arg = input "argp" : struct "int",
}
ioctl "TIOCGETD" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5424), mips = raw(0x7400), sparc = ior('t', 0, "int"), sh = ior('T', 36, "int") },
  arg = out "argp" : struct "int",
}
ioctl "TIOCSBRK" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5427), sparc = io('t', 123), sh = io('T', 39) },
}
ioctl "TIOCCBRK" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5428), sparc = io('t', 122), sh = io('T', 40) },
}
ioctl "TIOCLINUX" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x541C), mips = raw(0x5483), sh = iow('T', 28, "char") },
  custom = "virtual console subcommands: the first byte selects the payload's layout",
}

-- Pseudo-terminals.
ioctl "TIOCGPTN" {
  headers = { "asm/ioctls.h" },
  code = { default = ior('T', 0x30, "uint"), sparc = ior('t', 134, "uint") },
  arg = out "argp" : struct "uint",
}
ioctl "TIOCSPTLCK" {
  headers = { "asm/ioctls.h" },
  code = { default = iow('T', 0x31, "int"), sparc = iow('t', 135, "int") },
  arg = input "argp" : struct "int",
}
ioctl "TIOCGPTLCK" { headers = { "asm/ioctls.h" }, code = ior('T', 0x39, "int"), arg = out "argp" : struct "int" }
ioctl "TIOCSIG" {
  headers = { "asm/ioctls.h" },
  code = { default = iow('T', 0x36, "int"), sparc = iow('t', 136, "int") },
  arg = sig "arg",
}
ioctl "TIOCGPTPEER" {
  headers = { "asm/ioctls.h" },
  code = { default = io('T', 0x41), sparc = io('t', 137) },
  arg = flags "flags" : set "open_flags",
  note = "returns a new file descriptor",
}
ioctl "TIOCGDEV" { headers = { "asm/ioctls.h" }, code = ior('T', 0x32, "uint"), arg = out "argp" : struct "uint" }

-- File-descriptor ioctls that live in asm/ioctls.h.
ioctl "FIONBIO" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5421), alpha = iow('f', 126, "int"), powerpc = iow('f', 126, "int"),
           sparc = iow('f', 126, "int"), sh = iow('f', 126, "int"), mips = raw(0x667e) },
  arg = input "argp" : struct "int",
}
ioctl "FIOASYNC" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5452), alpha = iow('f', 125, "int"), powerpc = iow('f', 125, "int"),
           sparc = iow('f', 125, "int"), sh = iow('f', 125, "int"), mips = raw(0x667d) },
  arg = input "argp" : struct "int",
}
ioctl "FIONCLEX" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5450), alpha = io('f', 2), powerpc = io('f', 2), sparc = io('f', 2), sh = io('f', 2),
           mips = raw(0x6602) },
}
ioctl "FIOCLEX" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5451), alpha = io('f', 1), powerpc = io('f', 1), sparc = io('f', 1), sh = io('f', 1),
           mips = raw(0x6601) },
}
ioctl "FIOQSIZE" {
  headers = { "asm/ioctls.h" },
  code = { default = raw(0x5460), arm = raw(0x545E), m68k = raw(0x545E), s390 = raw(0x545E),
           alpha = ior('f', 128, "llong"), powerpc = ior('f', 128, "llong"), sparc = ior('f', 128, "llong"),
           sh = ior('f', 128, "llong"), mips = raw(0x667f) },
  arg = out "argp" : struct "s64",
}

-- System V termio: asm-generic numbers only; the other arches' own numbers and
-- layouts are not described yet (their guests get ENOTTY).
local generic = { "x86", "arm", "arm64", "riscv", "s390", "m68k", "arc" }
ioctl "TCGETA" { headers = { "asm/ioctls.h" }, only = generic, code = raw(0x5405), arg = out "argp" : struct "termio" }
ioctl "TCSETA" { headers = { "asm/ioctls.h" }, only = generic, code = raw(0x5406), arg = input "argp" : struct "termio" }
ioctl "TCSETAW" { headers = { "asm/ioctls.h" }, only = generic, code = raw(0x5407), arg = input "argp" : struct "termio" }
ioctl "TCSETAF" { headers = { "asm/ioctls.h" }, only = generic, code = raw(0x5408), arg = input "argp" : struct "termio" }
