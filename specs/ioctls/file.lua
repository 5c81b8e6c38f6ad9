-- Regular-file and filesystem ioctls: linux/fs.h.  FIONREAD, FIONBIO, FIOASYNC, FIOCLEX and
-- FIONCLEX are per-arch and live in tty.lua with the rest of asm/ioctls.h.

ioctl "FIBMAP" { headers = { "linux/fs.h" }, code = io(0x00, 1), arg = inout "argp" : struct "int" }
ioctl "FIGETBSZ" { headers = { "linux/fs.h" }, code = io(0x00, 2), arg = out "argp" : struct "int" }

ioctl "FIFREEZE" { headers = { "linux/fs.h" }, code = iowr('X', 119, "int") }
ioctl "FITHAW" { headers = { "linux/fs.h" }, code = iowr('X', 120, "int") }
ioctl "FITRIM" {
  headers = { "linux/fs.h" },
  code = iowr('X', 121, "struct fstrim_range"),
  arg = inout "range" : struct "fstrim_range",
}

ioctl "FICLONE" { headers = { "linux/fs.h" }, code = iow(0x94, 9, "int"), arg = fd "src_fd" }
ioctl "FICLONERANGE" {
  headers = { "linux/fs.h" },
  code = iow(0x94, 13, "struct file_clone_range"),
  arg = input "range" : struct "file_clone_range",   -- src_fd is a plain number: guest fds are host fds
}
ioctl "FIDEDUPERANGE" {
  headers = { "linux/fs.h" },
  code = iowr(0x94, 54, "struct file_dedupe_range"),
  custom = "variable length: dest_count trailing file_dedupe_range_info records, each with a file descriptor",
}

-- The header says long, but the kernel reads and writes an int (fs/ioctl.c, ext4, xfs).
ioctl "FS_IOC_GETFLAGS" { headers = { "linux/fs.h" }, code = ior('f', 1, "long"), arg = out "argp" : struct "int" }
ioctl "FS_IOC_SETFLAGS" { headers = { "linux/fs.h" }, code = iow('f', 2, "long"), arg = input "argp" : struct "int" }
ioctl "FS_IOC_GETVERSION" { headers = { "linux/fs.h" }, code = ior('v', 1, "long"), arg = out "argp" : struct "int" }
ioctl "FS_IOC_SETVERSION" { headers = { "linux/fs.h" }, code = iow('v', 2, "long"), arg = input "argp" : struct "int" }

ioctl "FS_IOC_FIEMAP" {
  headers = { "linux/fs.h" },
  code = iowr('f', 11, "struct fiemap"),
  custom = "variable length: fm_extent_count fiemap_extent records follow the header",
}
ioctl "FS_IOC_FSGETXATTR" {
  headers = { "linux/fs.h" },
  code = ior('X', 31, "struct fsxattr"),
  arg = out "argp" : struct "fsxattr",
}
ioctl "FS_IOC_FSSETXATTR" {
  headers = { "linux/fs.h" },
  code = iow('X', 32, "struct fsxattr"),
  arg = input "argp" : struct "fsxattr",
}
ioctl "FS_IOC_GETFSLABEL" {
  headers = { "linux/fs.h" },
  code = ior(0x94, 49, "char[256]"),
  arg = buf_out "label" : bytes(256),
}
ioctl "FS_IOC_SETFSLABEL" {
  headers = { "linux/fs.h" },
  code = iow(0x94, 50, "char[256]"),
  arg = buf_in "label" : bytes(256),
}
