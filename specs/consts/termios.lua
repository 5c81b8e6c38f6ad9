-- struct termios constants of asm/termbits.h (asm-generic/termbits.h and
-- asm-generic/termbits-common.h; alpha, mips, powerpc and sparc have their own).
-- Values drafted by gen/draft.lua.

constset "termios_iflag" {
  kind = "flags",
  headers = { "asm/termbits.h" },
  values = {
    IGNBRK = 1, BRKINT = 2, IGNPAR = 4, PARMRK = 8, INPCK = 0x10, ISTRIP = 0x20, INLCR = 0x40,
    IGNCR = 0x80, ICRNL = 0x100, IUCLC = 0x200, IXON = 0x400, IXANY = 0x800, IXOFF = 0x1000,
    IMAXBEL = 0x2000, IUTF8 = 0x4000,
  },
  overrides = {
    powerpc = {
      IUCLC = 0x1000, IXON = 0x200, IXOFF = 0x400,
    },
    alpha = {
      IUCLC = 0x1000, IXON = 0x200, IXOFF = 0x400,
    },
    hppa = {
      IMAXBEL = 0x4000, IUTF8 = 0x8000,
    },
  },
}

constset "termios_oflag" {
  kind = "flags",
  headers = { "asm/termbits.h" },
  fields = {
    NLDLY = { "NL0", "NL1", "NL2", "NL3" },
    CRDLY = { "CR0", "CR1", "CR2", "CR3" },
    TABDLY = { "TAB0", "TAB1", "TAB2", "TAB3", "XTABS" },
    BSDLY = { "BS0", "BS1" },
    VTDLY = { "VT0", "VT1" },
    FFDLY = { "FF0", "FF1" },
  },
  values = {
    OPOST = 1, OLCUC = 2, ONLCR = 4, OCRNL = 8, ONOCR = 0x10, ONLRET = 0x20, OFILL = 0x40,
    OFDEL = 0x80, NLDLY = 0x100, NL0 = 0, NL1 = 0x100, NL2 = NONE, NL3 = NONE, CRDLY = 0x600,
    CR0 = 0, CR1 = 0x200, CR2 = 0x400, CR3 = 0x600, TABDLY = 0x1800, TAB0 = 0, TAB1 = 0x800,
    TAB2 = 0x1000, TAB3 = 0x1800, XTABS = 0x1800, BSDLY = 0x2000, BS0 = 0, BS1 = 0x2000,
    VTDLY = 0x4000, VT0 = 0, VT1 = 0x4000, FFDLY = 0x8000, FF0 = 0, FF1 = 0x8000, PAGEOUT = NONE,
    WRAP = NONE,
  },
  overrides = {
    powerpc = {
      OLCUC = 4, ONLCR = 2, NLDLY = 0x300, NL2 = 0x200, NL3 = 0x300, CRDLY = 0x3000, CR1 = 0x1000,
      CR2 = 0x2000, CR3 = 0x3000, TABDLY = 0xc00, TAB1 = 0x400, TAB2 = 0x800, TAB3 = 0xc00,
      XTABS = 0xc00, BSDLY = 0x8000, BS1 = 0x8000, VTDLY = 0x10000, VT1 = 0x10000, FFDLY = 0x4000,
      FF1 = 0x4000,
    },
    sparc = {
      PAGEOUT = 0x10000, WRAP = 0x20000,
    },
    alpha = {
      OLCUC = 4, ONLCR = 2, NLDLY = 0x300, NL2 = 0x200, NL3 = 0x300, CRDLY = 0x3000, CR1 = 0x1000,
      CR2 = 0x2000, CR3 = 0x3000, TABDLY = 0xc00, TAB1 = 0x400, TAB2 = 0x800, TAB3 = 0xc00,
      XTABS = 0xc00, BSDLY = 0x8000, BS1 = 0x8000, VTDLY = 0x10000, VT1 = 0x10000, FFDLY = 0x4000,
      FF1 = 0x4000,
    },
  },
}

constset "termios_cflag" {
  kind = "flags",
  headers = { "asm/termbits.h" },
  fields = {
    CSIZE = { "CS5", "CS6", "CS7", "CS8" },
    CBAUD = { "B0", "B50", "B75", "B110", "B134", "B150", "B200", "B300", "B600", "B1200", "B1800", "B2400", "B4800", "B9600", "B19200", "B38400", "B57600", "B76800", "B115200", "B153600", "B230400", "B307200", "B460800", "B500000", "B576000", "B614400", "B921600", "B1000000", "B1152000", "B1500000", "B2000000", "B2500000", "B3000000", "B3500000", "B4000000", "BOTHER" },
  },
  values = {
    CBAUD = 0x100f, CBAUDEX = 0x1000, CSIZE = 0x30, CS5 = 0, CS6 = 0x10, CS7 = 0x20, CS8 = 0x30,
    CSTOPB = 0x40, CREAD = 0x80, PARENB = 0x100, PARODD = 0x200, HUPCL = 0x400, CLOCAL = 0x800,
    CIBAUD = 0x100f0000, CMSPAR = 0x40000000, CRTSCTS = 0x80000000, B0 = 0, B50 = 1, B75 = 2,
    B110 = 3, B134 = 4, B150 = 5, B200 = 6, B300 = 7, B600 = 8, B1200 = 9, B1800 = 0xa, B2400 = 0xb,
    B4800 = 0xc, B9600 = 0xd, B19200 = 0xe, B38400 = 0xf, B57600 = 0x1001, B76800 = NONE,
    B115200 = 0x1002, B153600 = NONE, B230400 = 0x1003, B307200 = NONE, B460800 = 0x1004,
    B500000 = 0x1005, B576000 = 0x1006, B614400 = NONE, B921600 = 0x1007, B1000000 = 0x1008,
    B1152000 = 0x1009, B1500000 = 0x100a, B2000000 = 0x100b, B2500000 = 0x100c, B3000000 = 0x100d,
    B3500000 = 0x100e, B4000000 = 0x100f, BOTHER = 0x1000,
  },
  overrides = {
    powerpc = {
      CBAUD = 0xff, CBAUDEX = 0, CSIZE = 0x300, CS6 = 0x100, CS7 = 0x200, CS8 = 0x300,
      CSTOPB = 0x400, CREAD = 0x800, PARENB = 0x1000, PARODD = 0x2000, HUPCL = 0x4000,
      CLOCAL = 0x8000, CIBAUD = 0xff0000, B57600 = 0x10, B115200 = 0x11, B230400 = 0x12,
      B460800 = 0x13, B500000 = 0x14, B576000 = 0x15, B921600 = 0x16, B1000000 = 0x17,
      B1152000 = 0x18, B1500000 = 0x19, B2000000 = 0x1a, B2500000 = 0x1b, B3000000 = 0x1c,
      B3500000 = 0x1d, B4000000 = 0x1e, BOTHER = 0x1f,
    },
    sparc = {
      B76800 = 0x1005, B153600 = 0x1006, B307200 = 0x1007, B500000 = 0x100a, B576000 = 0x100b,
      B614400 = 0x1008, B921600 = 0x1009, B1000000 = 0x100c, B1152000 = 0x100d, B1500000 = 0x100e,
      B2000000 = 0x100f, B2500000 = NONE, B3000000 = NONE, B3500000 = NONE, B4000000 = NONE,
    },
    alpha = {
      CBAUD = 0x1f, CBAUDEX = 0, CSIZE = 0x300, CS6 = 0x100, CS7 = 0x200, CS8 = 0x300,
      CSTOPB = 0x400, CREAD = 0x800, PARENB = 0x1000, PARODD = 0x2000, HUPCL = 0x4000,
      CLOCAL = 0x8000, CIBAUD = 0x1f0000, B57600 = 0x10, B115200 = 0x11, B230400 = 0x12,
      B460800 = 0x13, B500000 = 0x14, B576000 = 0x15, B921600 = 0x16, B1000000 = 0x17,
      B1152000 = 0x18, B1500000 = 0x19, B2000000 = 0x1a, B2500000 = 0x1b, B3000000 = 0x1c,
      B3500000 = 0x1d, B4000000 = 0x1e, BOTHER = 0x1f,
    },
  },
}

constset "termios_lflag" {
  kind = "flags",
  headers = { "asm/termbits.h" },
  values = {
    ISIG = 1, ICANON = 2, XCASE = 4, ECHO = 8, ECHOE = 0x10, ECHOK = 0x20, ECHONL = 0x40,
    NOFLSH = 0x80, TOSTOP = 0x100, ITOSTOP = NONE, ECHOCTL = 0x200, ECHOPRT = 0x400, ECHOKE = 0x800,
    DEFECHO = NONE, FLUSHO = 0x1000, PENDIN = 0x4000, IEXTEN = 0x8000, EXTPROC = 0x10000,
  },
  overrides = {
    mips = {
      TOSTOP = 0x8000, ITOSTOP = 0x8000, FLUSHO = 0x2000, IEXTEN = 0x100,
    },
    powerpc = {
      ISIG = 0x80, ICANON = 0x100, XCASE = 0x4000, ECHOE = 2, ECHOK = 4, ECHONL = 0x10,
      NOFLSH = 0x80000000, TOSTOP = 0x400000, ECHOCTL = 0x40, ECHOPRT = 0x20, ECHOKE = 1,
      FLUSHO = 0x800000, PENDIN = 0x20000000, IEXTEN = 0x400, EXTPROC = 0x10000000,
    },
    sparc = {
      DEFECHO = 0x1000, FLUSHO = 0x2000,
    },
    alpha = {
      ISIG = 0x80, ICANON = 0x100, XCASE = 0x4000, ECHOE = 2, ECHOK = 4, ECHONL = 0x10,
      NOFLSH = 0x80000000, TOSTOP = 0x400000, ECHOCTL = 0x40, ECHOPRT = 0x20, ECHOKE = 1,
      FLUSHO = 0x800000, PENDIN = 0x20000000, IEXTEN = 0x400, EXTPROC = 0x10000000,
    },
  },
}

constset "termios_cc" {
  kind = "enum",
  headers = { "asm/termbits.h" },
  values = {
    VINTR = 0, VQUIT = 1, VERASE = 2, VKILL = 3, VEOF = 4, VTIME = 5, VMIN = 6, VSWTC = 7,
    VSWTCH = NONE, VSTART = 8, VSTOP = 9, VSUSP = 10, VDSUSP = NONE, VEOL = 11, VREPRINT = 12,
    VDISCARD = 13, VWERASE = 14, VLNEXT = 15, VEOL2 = 16,
  },
  overrides = {
    mips = {
      VEOF = 16, VMIN = 4, VSWTCH = 7, VEOL = 17, VEOL2 = 6,
    },
    powerpc = {
      VTIME = 7, VMIN = 5, VSWTC = 9, VSTART = 13, VSTOP = 14, VSUSP = 12, VEOL = 6, VREPRINT = 11,
      VDISCARD = 16, VWERASE = 10, VEOL2 = 8,
    },
    sparc = {
      VMIN = 4, VDSUSP = 11, VEOL = 5, VEOL2 = 6,
    },
    alpha = {
      VINTR = 8, VQUIT = 9, VERASE = 3, VKILL = 5, VEOF = 0, VTIME = 17, VMIN = 16, VSTART = 12,
      VSTOP = 13, VEOL = 1, VREPRINT = 6, VDISCARD = 15, VWERASE = 4, VLNEXT = 14, VEOL2 = 2,
    },
  },
}

constset "termios_speeds" {
  kind = "enum",
  headers = { "asm/termbits.h" },
  values = {
    B0 = 0, B50 = 1, B75 = 2, B110 = 3, B134 = 4, B150 = 5, B200 = 6, B300 = 7, B600 = 8, B1200 = 9,
    B1800 = 0xa, B2400 = 0xb, B4800 = 0xc, B9600 = 0xd, B19200 = 0xe, B38400 = 0xf, B57600 = 0x1001,
    B76800 = NONE, B115200 = 0x1002, B153600 = NONE, B230400 = 0x1003, B307200 = NONE,
    B460800 = 0x1004, B500000 = 0x1005, B576000 = 0x1006, B614400 = NONE, B921600 = 0x1007,
    B1000000 = 0x1008, B1152000 = 0x1009, B1500000 = 0x100a, B2000000 = 0x100b, B2500000 = 0x100c,
    B3000000 = 0x100d, B3500000 = 0x100e, B4000000 = 0x100f, BOTHER = 0x1000,
  },
  overrides = {
    powerpc = {
      B57600 = 0x10, B115200 = 0x11, B230400 = 0x12, B460800 = 0x13, B500000 = 0x14, B576000 = 0x15,
      B921600 = 0x16, B1000000 = 0x17, B1152000 = 0x18, B1500000 = 0x19, B2000000 = 0x1a,
      B2500000 = 0x1b, B3000000 = 0x1c, B3500000 = 0x1d, B4000000 = 0x1e, BOTHER = 0x1f,
    },
    sparc = {
      B76800 = 0x1005, B153600 = 0x1006, B307200 = 0x1007, B500000 = 0x100a, B576000 = 0x100b,
      B614400 = 0x1008, B921600 = 0x1009, B1000000 = 0x100c, B1152000 = 0x100d, B1500000 = 0x100e,
      B2000000 = 0x100f, B2500000 = NONE, B3000000 = NONE, B3500000 = NONE, B4000000 = NONE,
    },
    alpha = {
      B57600 = 0x10, B115200 = 0x11, B230400 = 0x12, B460800 = 0x13, B500000 = 0x14, B576000 = 0x15,
      B921600 = 0x16, B1000000 = 0x17, B1152000 = 0x18, B1500000 = 0x19, B2000000 = 0x1a,
      B2500000 = 0x1b, B3000000 = 0x1c, B3500000 = 0x1d, B4000000 = 0x1e, BOTHER = 0x1f,
    },
  },
}

constset "tcsetattr_actions" {
  kind = "enum",
  headers = { "asm/termios.h" },
  values = {
    TCSANOW = 0, TCSADRAIN = 1, TCSAFLUSH = 2,
  },
  overrides = {
    mips = {
      TCSANOW = 0x540e, TCSADRAIN = 0x540f, TCSAFLUSH = 0x5410,
    },
  },
}

constset "tcflow_actions" {
  kind = "enum",
  headers = { "asm/termbits.h" },
  values = {
    TCOOFF = 0, TCOON = 1, TCIOFF = 2, TCION = 3,
  },
}

constset "tcflush_queues" {
  kind = "enum",
  headers = { "asm/termbits.h" },
  values = {
    TCIFLUSH = 0, TCOFLUSH = 1, TCIOFLUSH = 2,
  },
}
