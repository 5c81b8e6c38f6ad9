-- Loop devices (/dev/loopN) and the loop control device (/dev/loop-control): linux/loop.h.
-- Raw numbers on every ABI.  Descriptors inside the structs are plain numbers: guest fds are
-- host fds.

ioctl "LOOP_SET_FD" { headers = { "linux/loop.h" }, code = raw(0x4C00), arg = fd "fd" }
ioctl "LOOP_CLR_FD" { headers = { "linux/loop.h" }, code = raw(0x4C01) }
ioctl "LOOP_SET_STATUS" { headers = { "linux/loop.h" }, code = raw(0x4C02), arg = input "info" : struct "loop_info" }
ioctl "LOOP_GET_STATUS" { headers = { "linux/loop.h" }, code = raw(0x4C03), arg = out "info" : struct "loop_info" }
ioctl "LOOP_SET_STATUS64" { headers = { "linux/loop.h" }, code = raw(0x4C04), arg = input "info" : struct "loop_info64" }
ioctl "LOOP_GET_STATUS64" { headers = { "linux/loop.h" }, code = raw(0x4C05), arg = out "info" : struct "loop_info64" }
ioctl "LOOP_CHANGE_FD" { headers = { "linux/loop.h" }, code = raw(0x4C06), arg = fd "fd" }
ioctl "LOOP_SET_CAPACITY" { headers = { "linux/loop.h" }, code = raw(0x4C07) }
ioctl "LOOP_SET_DIRECT_IO" { headers = { "linux/loop.h" }, code = raw(0x4C08), arg = ulong "arg" }
ioctl "LOOP_SET_BLOCK_SIZE" { headers = { "linux/loop.h" }, code = raw(0x4C09), arg = ulong "arg" }
ioctl "LOOP_CONFIGURE" { headers = { "linux/loop.h" }, code = raw(0x4C0A), arg = input "config" : struct "loop_config" }

ioctl "LOOP_CTL_ADD" { headers = { "linux/loop.h" }, code = raw(0x4C80), arg = int "index" }
ioctl "LOOP_CTL_REMOVE" { headers = { "linux/loop.h" }, code = raw(0x4C81), arg = int "index" }
ioctl "LOOP_CTL_GET_FREE" { headers = { "linux/loop.h" }, code = raw(0x4C82) }
