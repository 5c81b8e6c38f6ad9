-- Socket constants that the UAPI headers do not carry: the kernel defines them
-- in include/linux/socket.h and include/linux/net.h (kernel-internal), and libc
-- copies them.  They cannot be proven by the checker (check = false); the
-- report lists them as unchecked.  Values per the kernel sources (v6.1).

constset "socket_family" {
  kind = "enum", check = false,
  values = {
    AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_AX25 = 3, AF_IPX = 4, AF_APPLETALK = 5, AF_NETROM = 6,
    AF_BRIDGE = 7, AF_ATMPVC = 8, AF_X25 = 9, AF_INET6 = 10, AF_ROSE = 11, AF_DECnet = 12, AF_NETBEUI = 13,
    AF_SECURITY = 14, AF_KEY = 15, AF_NETLINK = 16, AF_PACKET = 17, AF_ASH = 18, AF_ECONET = 19,
    AF_ATMSVC = 20, AF_RDS = 21, AF_SNA = 22, AF_IRDA = 23, AF_PPPOX = 24, AF_WANPIPE = 25, AF_LLC = 26,
    AF_IB = 27, AF_MPLS = 28, AF_CAN = 29, AF_TIPC = 30, AF_BLUETOOTH = 31, AF_IUCV = 32, AF_RXRPC = 33,
    AF_ISDN = 34, AF_PHONET = 35, AF_IEEE802154 = 36, AF_CAIF = 37, AF_ALG = 38, AF_NFC = 39,
    AF_VSOCK = 40, AF_KCM = 41, AF_QIPCRTR = 42, AF_SMC = 43, AF_XDP = 44, AF_MCTP = 45,
  },
}

-- MIPS swaps STREAM and DGRAM (arch/mips/include/asm/socket.h, for IRIX compatibility).
constset "socket_type" {
  kind = "enum", check = false,
  values = { SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_RDM = 4, SOCK_SEQPACKET = 5,
             SOCK_DCCP = 6, SOCK_PACKET = 10 },
  overrides = { mips = { SOCK_STREAM = 2, SOCK_DGRAM = 1 } },
}

-- SOCK_CLOEXEC is O_CLOEXEC and SOCK_NONBLOCK is O_NONBLOCK, except where
-- O_NONBLOCK would collide with the type bits (alpha, hppa: 0x40000000).
constset "socket_type_flags" {
  kind = "flags", check = false,
  values = { SOCK_CLOEXEC = 0x80000, SOCK_NONBLOCK = 0x800 },
  overrides = {
    mips = { SOCK_NONBLOCK = 0x80 },
    sparc = { SOCK_CLOEXEC = 0x400000, SOCK_NONBLOCK = 0x4000 },
    alpha = { SOCK_CLOEXEC = 0x200000, SOCK_NONBLOCK = 0x40000000 },
    hppa = { SOCK_CLOEXEC = 0x200000, SOCK_NONBLOCK = 0x40000000 },
  },
}

constset "msg_flags" {
  kind = "flags", check = false,
  values = {
    MSG_OOB = 0x1, MSG_PEEK = 0x2, MSG_DONTROUTE = 0x4, MSG_CTRUNC = 0x8, MSG_PROBE = 0x10,
    MSG_TRUNC = 0x20, MSG_DONTWAIT = 0x40, MSG_EOR = 0x80, MSG_WAITALL = 0x100, MSG_FIN = 0x200,
    MSG_SYN = 0x400, MSG_CONFIRM = 0x800, MSG_RST = 0x1000, MSG_ERRQUEUE = 0x2000,
    MSG_NOSIGNAL = 0x4000, MSG_MORE = 0x8000, MSG_WAITFORONE = 0x10000, MSG_BATCH = 0x40000,
    MSG_ZEROCOPY = 0x4000000, MSG_FASTOPEN = 0x20000000, MSG_CMSG_CLOEXEC = 0x40000000,
  },
}

constset "shutdown_how" {
  kind = "enum", check = false,
  values = { SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2 },
}
