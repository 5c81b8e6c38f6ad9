-- File I/O: open/close, read/write and their vector and positional forms,
-- seeking, truncation, allocation, syncing, splicing.

-- opening and closing ------------------------------------------------------
syscall "open" { custom = "/proc emulation",
  path "filename", flags "flags" : set "open_flags", mode "mode", ret = "fd" }
syscall "openat" { custom = "/proc emulation",
  dirfd "dfd", path "filename", flags "flags" : set "open_flags", mode "mode", ret = "fd" }
syscall "openat2" { custom = "/proc emulation",
  dirfd "dfd", path "filename", ptr "how", size "usize", ret = "fd",
  note = "struct open_how { u64 flags (open_flags); u64 mode; u64 resolve }" }
syscall "creat" { path "pathname", mode "mode", ret = "fd" }
syscall "close" { fd "fd", ret = "int" }
syscall "close_range" { uint "fd", uint "max_fd", uint "flags", ret = "int",
  note = "flags: CLOSE_RANGE_UNSHARE 2, CLOSE_RANGE_CLOEXEC 4 (same on every ABI)" }

-- reading and writing ------------------------------------------------------
syscall "read" { fd "fd", buf_out "buf" : len "count", size "count", ret = "ssize" }
syscall "write" { fd "fd", buf_in "buf" : len "count", size "count", ret = "ssize" }
syscall "readv" { fd "fd", input "vec" : array("iovec", "vlen"), ulong "vlen", ret = "ssize" }
syscall "writev" { fd "fd", input "vec" : array("iovec", "vlen"), ulong "vlen", ret = "ssize" }
syscall "pread64" { fd "fd", buf_out "buf" : len "count", size "count", loff "pos", ret = "ssize" }
syscall "pwrite64" { fd "fd", buf_in "buf" : len "count", size "count", loff "pos", ret = "ssize" }
-- preadv & co. pass the offset as two longs, low word first, on every ABI
-- (no register-pair alignment); 64-bit ABIs use pos_l alone.
syscall "preadv" { fd "fd", input "vec" : array("iovec", "vlen"), ulong "vlen",
  ulong "pos_l", ulong "pos_h", ret = "ssize" }
syscall "pwritev" { fd "fd", input "vec" : array("iovec", "vlen"), ulong "vlen",
  ulong "pos_l", ulong "pos_h", ret = "ssize" }
syscall "preadv2" { fd "fd", input "vec" : array("iovec", "vlen"), ulong "vlen",
  ulong "pos_l", ulong "pos_h", int "flags", ret = "ssize",
  note = "flags: RWF_* (same on every ABI)" }
syscall "pwritev2" { fd "fd", input "vec" : array("iovec", "vlen"), ulong "vlen",
  ulong "pos_l", ulong "pos_h", int "flags", ret = "ssize",
  note = "flags: RWF_* (same on every ABI)" }

-- seeking --------------------------------------------------------------------
syscall "lseek" { fd "fd", off "offset", uint "whence" : set "seek_whence", ret = "off" }
syscall "_llseek" { fd "fd", ulong "offset_high", ulong "offset_low",
  out "result" : struct "s64", uint "whence" : set "seek_whence", ret = "int",
  note = "result is a loff_t written by the kernel" }
syscall "llseek" { fd "fd", ulong "offset_high", ulong "offset_low",
  out "result" : struct "s64", uint "whence" : set "seek_whence", ret = "int",
  note = "asm-generic 32-bit name of _llseek (arc)" }

-- size and allocation --------------------------------------------------------
syscall "truncate" { path "path", long "length", ret = "int" }
syscall "ftruncate" { fd "fd", ulong "length", ret = "int" }
syscall "truncate64" { path "path", loff "length", ret = "int" }
syscall "ftruncate64" { fd "fd", loff "length", ret = "int" }
syscall "fallocate" { fd "fd", int "mode", loff "offset", loff "len", ret = "int",
  note = "mode: FALLOC_FL_* (same on every ABI)" }
syscall "fadvise64" { custom = "argument layout differs: mips-o32 passes len as a 64-bit pair",
  fd "fd", loff "offset", size "len", int "advice" : set "fadvise_advice", ret = "int" }
syscall "fadvise64_64" { custom = "argument order differs: powerpc32 is (fd, advice, offset, len)",
  fd "fd", loff "offset", loff "len", int "advice" : set "fadvise_advice", ret = "int" }
syscall "arm_fadvise64_64" { fd "fd", int "advice" : set "fadvise_advice", loff "offset", loff "len", ret = "int",
  note = "arm's fadvise64_64 with advice second so the pairs stay register-aligned" }
syscall "readahead" { fd "fd", loff "offset", size "count", ret = "ssize" }

-- syncing --------------------------------------------------------------------
syscall "sync" { ret = "void" }
syscall "syncfs" { fd "fd", ret = "int" }
syscall "fsync" { fd "fd", ret = "int" }
syscall "fdatasync" { fd "fd", ret = "int" }
syscall "sync_file_range" { fd "fd", loff "offset", loff "nbytes", uint "flags", ret = "int",
  note = "flags: SYNC_FILE_RANGE_* (same on every ABI)" }
syscall "sync_file_range2" { fd "fd", uint "flags", loff "offset", loff "nbytes", ret = "int",
  note = "flags first so the 64-bit pairs stay register-aligned (powerpc, arm)" }
syscall "arm_sync_file_range" { fd "fd", uint "flags", loff "offset", loff "nbytes", ret = "int",
  note = "arm's older number for sync_file_range2" }

-- copying between descriptors -----------------------------------------------
syscall "sendfile" { fd "out_fd", fd "in_fd", inout "offset" : struct "long" : optional(),
  size "count", ret = "ssize", note = "offset is an off_t (long)" }
syscall "sendfile64" { fd "out_fd", fd "in_fd", inout "offset" : struct "s64" : optional(),
  size "count", ret = "ssize", note = "offset is a loff_t" }
syscall "copy_file_range" { fd "fd_in", inout "off_in" : struct "s64" : optional(),
  fd "fd_out", inout "off_out" : struct "s64" : optional(), size "len", uint "flags",
  ret = "ssize" }
syscall "splice" { fd "fd_in", inout "off_in" : struct "s64" : optional(),
  fd "fd_out", inout "off_out" : struct "s64" : optional(), size "len", uint "flags",
  ret = "ssize", note = "flags: SPLICE_F_* (same on every ABI)" }
syscall "tee" { fd "fdin", fd "fdout", size "len", uint "flags", ret = "ssize" }
syscall "vmsplice" { fd "fd", input "iov" : array("iovec", "nr_segs"), ulong "nr_segs",
  uint "flags", ret = "ssize" }

-- locking and anonymous files -------------------------------------------------
syscall "flock" { fd "fd", uint "cmd", ret = "int",
  note = "cmd: LOCK_SH 1, LOCK_EX 2, LOCK_NB 4, LOCK_UN 8 (same on every ABI)" }
syscall "memfd_create" { str "uname", uint "flags", ret = "fd",
  note = "flags: MFD_CLOEXEC 1, MFD_ALLOW_SEALING 2, MFD_HUGETLB 4, ... (same on every ABI)" }
