-- Terminals: struct termios (TCGETS/TCSETS), termios2 (TCGETS2), winsize.
-- tcflag_t and speed_t are unsigned int, cc_t unsigned char on every ABI here.

struct "termios" {
  headers = { "asm/termbits.h" },
  variants = {
    -- powerpc and alpha: c_cc (NCCS 19) before c_line, and the speeds inside termios.
    { when = { "powerpc", "alpha" },
      { "c_iflag", "uint" }, { "c_oflag", "uint" }, { "c_cflag", "uint" }, { "c_lflag", "uint" },
      { "c_cc", "uchar[19]" }, { "c_line", "uchar" }, { "c_ispeed", "uint" }, { "c_ospeed", "uint" } },
    -- mips: NCCS 23.
    { when = { "mips" },
      { "c_iflag", "uint" }, { "c_oflag", "uint" }, { "c_cflag", "uint" }, { "c_lflag", "uint" },
      { "c_line", "uchar" }, { "c_cc", "uchar[23]" } },
    -- sparc: NCCS 17 in the user struct (the kernel's own has NCCS+2 but copies
    -- only the user part); 36 bytes either way.
    { when = { "sparc" },
      { "c_iflag", "uint" }, { "c_oflag", "uint" }, { "c_cflag", "uint" }, { "c_lflag", "uint" },
      { "c_line", "uchar" }, { "c_cc", "uchar[17]" } },
    { when = { "x86", "arm", "arm64", "riscv", "s390", "m68k", "arc", "hppa", "sh" },
      { "c_iflag", "uint" }, { "c_oflag", "uint" }, { "c_cflag", "uint" }, { "c_lflag", "uint" },
      { "c_line", "uchar" }, { "c_cc", "uchar[19]" } },
  },
}

-- powerpc has no termios2 (its termios already carries the speeds).
struct "termios2" {
  headers = { "asm/termbits.h" },
  only = { "x86", "arm", "arm64", "riscv", "mips", "s390", "sparc", "m68k", "arc", "alpha", "hppa", "sh" },
  variants = {
    { when = { "alpha" },
      { "c_iflag", "uint" }, { "c_oflag", "uint" }, { "c_cflag", "uint" }, { "c_lflag", "uint" },
      { "c_cc", "uchar[19]" }, { "c_line", "uchar" }, { "c_ispeed", "uint" }, { "c_ospeed", "uint" } },
    { when = { "mips" },
      { "c_iflag", "uint" }, { "c_oflag", "uint" }, { "c_cflag", "uint" }, { "c_lflag", "uint" },
      { "c_line", "uchar" }, { "c_cc", "uchar[23]" }, { "c_ispeed", "uint" }, { "c_ospeed", "uint" } },
    { when = { "x86", "arm", "arm64", "riscv", "s390", "sparc", "m68k", "arc", "hppa", "sh" },
      { "c_iflag", "uint" }, { "c_oflag", "uint" }, { "c_cflag", "uint" }, { "c_lflag", "uint" },
      { "c_line", "uchar" }, { "c_cc", "uchar[19]" }, { "c_ispeed", "uint" }, { "c_ospeed", "uint" } },
  },
}

struct "winsize" {
  headers = { "asm/termios.h" },
  { "ws_row", "ushort" }, { "ws_col", "ushort" }, { "ws_xpixel", "ushort" }, { "ws_ypixel", "ushort" },
}

-- The System V struct termio (TCGETA/TCSETA*), asm/termios.h: 16-bit flags, NCC 8.
-- Declared where asm-generic/ioctls.h numbers the termio ioctls (see specs/ioctls/tty.lua).
struct "termio" {
  headers = { "asm/termios.h" },
  only = { "x86", "arm", "arm64", "riscv", "s390", "m68k", "arc" },
  { "c_iflag", "ushort" }, { "c_oflag", "ushort" }, { "c_cflag", "ushort" }, { "c_lflag", "ushort" },
  { "c_line", "uchar" }, { "c_cc", "uchar[8]" },
}
