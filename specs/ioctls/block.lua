-- Block devices: linux/fs.h.  The _IO(0x12, n) ones still take a pointer; the kernel's
-- access width (block/ioctl.c) is what `arg` records, not the header's comment.

ioctl "BLKROSET" { headers = { "linux/fs.h" }, code = io(0x12, 93), arg = input "argp" : struct "int" }
ioctl "BLKROGET" { headers = { "linux/fs.h" }, code = io(0x12, 94), arg = out "argp" : struct "int" }
ioctl "BLKRRPART" { headers = { "linux/fs.h" }, code = io(0x12, 95) }
ioctl "BLKGETSIZE" { headers = { "linux/fs.h" }, code = io(0x12, 96), arg = out "argp" : struct "ulong" }
ioctl "BLKFLSBUF" { headers = { "linux/fs.h" }, code = io(0x12, 97) }
ioctl "BLKRASET" { headers = { "linux/fs.h" }, code = io(0x12, 98), arg = ulong "arg" }
ioctl "BLKRAGET" { headers = { "linux/fs.h" }, code = io(0x12, 99), arg = out "argp" : struct "long" }
ioctl "BLKFRASET" { headers = { "linux/fs.h" }, code = io(0x12, 100), arg = ulong "arg" }
ioctl "BLKFRAGET" { headers = { "linux/fs.h" }, code = io(0x12, 101), arg = out "argp" : struct "long" }
ioctl "BLKSECTGET" { headers = { "linux/fs.h" }, code = io(0x12, 103), arg = out "argp" : struct "ushort" }
ioctl "BLKSSZGET" { headers = { "linux/fs.h" }, code = io(0x12, 104), arg = out "argp" : struct "int" }
-- BLKBSZGET/BLKBSZSET: declared with size_t, but the kernel moves an int.
ioctl "BLKBSZGET" { headers = { "linux/fs.h" }, code = ior(0x12, 112, "size_t"), arg = out "argp" : struct "int" }
ioctl "BLKBSZSET" { headers = { "linux/fs.h" }, code = iow(0x12, 113, "size_t"), arg = input "argp" : struct "int" }
ioctl "BLKGETSIZE64" { headers = { "linux/fs.h" }, code = ior(0x12, 114, "size_t"), arg = out "argp" : struct "u64" }
-- The range ioctls read u64 range[2] = { start, length } in bytes: a fixed array the
-- argument kinds cannot name yet.
local u64_range = "reads u64[2] { start, length }"
ioctl "BLKDISCARD" { headers = { "linux/fs.h" }, code = io(0x12, 119), custom = u64_range }
ioctl "BLKSECDISCARD" { headers = { "linux/fs.h" }, code = io(0x12, 125), custom = u64_range }
ioctl "BLKZEROOUT" { headers = { "linux/fs.h" }, code = io(0x12, 127), custom = u64_range }
ioctl "BLKIOMIN" { headers = { "linux/fs.h" }, code = io(0x12, 120), arg = out "argp" : struct "uint" }
ioctl "BLKIOOPT" { headers = { "linux/fs.h" }, code = io(0x12, 121), arg = out "argp" : struct "uint" }
ioctl "BLKALIGNOFF" { headers = { "linux/fs.h" }, code = io(0x12, 122), arg = out "argp" : struct "int" }
ioctl "BLKPBSZGET" { headers = { "linux/fs.h" }, code = io(0x12, 123), arg = out "argp" : struct "uint" }
ioctl "BLKDISCARDZEROES" { headers = { "linux/fs.h" }, code = io(0x12, 124), arg = out "argp" : struct "uint" }
ioctl "BLKROTATIONAL" { headers = { "linux/fs.h" }, code = io(0x12, 126), arg = out "argp" : struct "ushort" }
ioctl "BLKGETDISKSEQ" { headers = { "linux/fs.h" }, code = ior(0x12, 128, "u64"), arg = out "argp" : struct "u64" }
ioctl "BLKPG" { headers = { "linux/blkpg.h" }, code = io(0x12, 105), custom = "struct blkpg_ioctl_arg points to a struct blkpg_partition" }
