-- Sockets.  Socket addresses are variable-length byte buffers whose length
-- is an argument (input) or a value-result socklen_t pointer (output: the
-- buffer's capacity is *addrlen on entry, the address's real length is
-- written back).  sa_family is a native-endian u16, swapped for big-endian
-- guests (words(2, 0): the first u16, then bytes; ports and addresses are in
-- network order already).

local SOCKTYPE = "low bits: socket_type (SOCK_STREAM/SOCK_DGRAM differ on mips); high bits: socket_type_flags (SOCK_NONBLOCK/SOCK_CLOEXEC)"
local OUTADDR = "addr: capacity is *addrlen on entry; the kernel writes the real length back to *addrlen"

syscall "socket" { int "family" : set "socket_family", int "type" : set "socket_type", int "protocol",
  ret = "fd", note = SOCKTYPE }
syscall "socketpair" { int "family" : set "socket_family", int "type" : set "socket_type", int "protocol",
  out "usockvec" : struct "int[2]", ret = "int", note = SOCKTYPE }
syscall "bind" { fd "fd", buf_in "umyaddr" : len "addrlen" : words(2, 0), int "addrlen", ret = "int" }
syscall "connect" { fd "fd", buf_in "uservaddr" : len "addrlen" : words(2, 0), int "addrlen", ret = "int" }
syscall "listen" { fd "fd", int "backlog", ret = "int" }
syscall "accept" { fd "fd", buf_out "upeer_sockaddr" : len "upeer_addrlen" : optional() : words(2, 0),
  inout "upeer_addrlen" : struct "int" : optional(), ret = "fd", note = OUTADDR }
syscall "accept4" { fd "fd", buf_out "upeer_sockaddr" : len "upeer_addrlen" : optional() : words(2, 0),
  inout "upeer_addrlen" : struct "int" : optional(), int "flags" : set "socket_type_flags",
  ret = "fd", note = OUTADDR }
syscall "getsockname" { fd "fd", buf_out "usockaddr" : len "usockaddr_len" : words(2, 0),
  inout "usockaddr_len" : struct "int", ret = "int", note = OUTADDR }
syscall "getpeername" { fd "fd", buf_out "usockaddr" : len "usockaddr_len" : words(2, 0),
  inout "usockaddr_len" : struct "int", ret = "int", note = OUTADDR }
syscall "shutdown" { fd "fd", int "how" : set "shutdown_how", ret = "int" }

-- data ---------------------------------------------------------------------------------------
syscall "sendto" { fd "fd", buf_in "buff" : len "len", size "len", uint "flags" : set "msg_flags",
  buf_in "addr" : len "addr_len" : optional() : words(2, 0), int "addr_len", ret = "ssize" }
syscall "recvfrom" { fd "fd", buf_out "ubuf" : len "size", size "size", uint "flags" : set "msg_flags",
  buf_out "addr" : len "addr_len" : optional() : words(2, 0), inout "addr_len" : struct "int" : optional(),
  ret = "ssize", note = OUTADDR }
syscall "send" { fd "fd", buf_in "buff" : len "len", size "len", uint "flags" : set "msg_flags",
  ret = "ssize" }
syscall "recv" { fd "fd", buf_out "ubuf" : len "size", size "size", uint "flags" : set "msg_flags",
  ret = "ssize" }
local MSG = "msghdr points to a sockaddr, iovecs and cmsghdr records, converted where the ABI's differ from the host's (emu/sys/msghdr.c)"
syscall "sendmsg" { custom = MSG, fd "fd", input "msg" : struct "msghdr", uint "flags" : set "msg_flags",
  ret = "ssize", note = "msghdr: name (sockaddr), iovecs and control messages (cmsghdr)" }
syscall "recvmsg" { custom = MSG, fd "fd", inout "msg" : struct "msghdr", uint "flags" : set "msg_flags",
  ret = "ssize", note = "the kernel writes msg_namelen, msg_controllen and msg_flags back" }
local MMSG = "an array of mmsghdr: each msghdr converted as sendmsg's (emu/sys/msghdr.c)"
syscall "sendmmsg" { custom = MMSG, fd "fd", inout "mmsg" : array("mmsghdr", "vlen"), uint "vlen",
  uint "flags" : set "msg_flags", ret = "int", note = "the kernel writes msg_len of each sent message" }
syscall "recvmmsg" { custom = MMSG, fd "fd", inout "mmsg" : array("mmsghdr", "vlen"), uint "vlen",
  uint "flags" : set "msg_flags", inout "timeout" : struct "timespec" : optional(), ret = "int" }
syscall "recvmmsg_time64" { custom = MMSG, fd "fd", inout "mmsg" : array("mmsghdr", "vlen"), uint "vlen",
  uint "flags" : set "msg_flags", inout "timeout" : struct "timespec64" : optional(), ret = "int" }

-- options -------------------------------------------------------------------------------------
local SOCKOPT = "level- and option-dependent value (int, struct linger, struct timeval, ...); SOL_SOCKET option numbers differ per ABI"
syscall "setsockopt" { custom = SOCKOPT,
  fd "fd", int "level" : set "socket_level", int "optname",
  buf_in "optval" : len "optlen", int "optlen", ret = "int",
  note = "optname is in socket_options when level is SOL_SOCKET" }
syscall "getsockopt" { custom = SOCKOPT,
  fd "fd", int "level" : set "socket_level", int "optname",
  buf_out "optval" : len "optlen", inout "optlen" : struct "int", ret = "int",
  note = "optname is in socket_options when level is SOL_SOCKET; optlen is value-result" }

-- the multiplexer of the old 32-bit ABIs --------------------------------------------------------
syscall "socketcall" { custom = "multiplexer: call selects a socket syscall whose arguments are an array of longs at args",
  int "call", ptr "args", ret = "long" }
