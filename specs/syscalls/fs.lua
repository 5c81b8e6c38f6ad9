-- Filesystem: the stat family, directories, links, permissions and owners,
-- timestamps, extended attributes, statfs, mounting, inotify.

local UID16 = "uid_t/gid_t are 16-bit on the ABIs that also have the *32 variant (arm, i386, m68k, sh4)"

-- stat -------------------------------------------------------------------------
-- "stat"/"fstat"/"lstat"/"newfstatat" take struct stat, the "*64" ones struct stat64.
syscall "stat" { path "filename", out "statbuf" : struct "stat", ret = "int" }
syscall "lstat" { path "filename", out "statbuf" : struct "stat", ret = "int" }
syscall "fstat" { fd "fd", out "statbuf" : struct "stat", ret = "int" }
syscall "newfstatat" { dirfd "dfd", path "filename", out "statbuf" : struct "stat",
  int "flag" : set "at_flags", ret = "int" }
syscall "stat64" { path "filename", out "statbuf" : struct "stat64", ret = "int" }
syscall "lstat64" { path "filename", out "statbuf" : struct "stat64", ret = "int" }
syscall "fstat64" { fd "fd", out "statbuf" : struct "stat64", ret = "int" }
syscall "fstatat64" { dirfd "dfd", path "filename", out "statbuf" : struct "stat64",
  int "flag" : set "at_flags", ret = "int" }
syscall "statx" { dirfd "dfd", path "filename", int "flags" : set "at_flags", uint "mask",
  out "buffer" : struct "statx", ret = "int",
  note = "mask: STATX_* (same on every ABI); flags also carry AT_STATX_SYNC_TYPE bits" }

-- statfs -----------------------------------------------------------------------
syscall "statfs" { path "pathname", out "buf" : struct "statfs", ret = "int" }
-- The old SysV calls (x86_64 and s390x still number them; aarch64 does not).
syscall "ustat" { uint "dev", out "ubuf" : struct "ustat", ret = "int" }
syscall "sysfs" { custom = "the option decides what arg1 and arg2 are: a name string in, or an index and a name buffer out",
  int "option", ulong "arg1", ulong "arg2", ret = "int" }
syscall "fstatfs" { fd "fd", out "buf" : struct "statfs", ret = "int" }
syscall "statfs64" { path "pathname", size "sz", out "buf" : struct "statfs64", ret = "int",
  note = "sz is the guest's sizeof(struct statfs64); the kernel rejects a mismatch" }
syscall "fstatfs64" { fd "fd", size "sz", out "buf" : struct "statfs64", ret = "int",
  note = "sz is the guest's sizeof(struct statfs64); the kernel rejects a mismatch" }

-- access and permissions ----------------------------------------------------------
syscall "access" { path "filename", int "mode", ret = "int",
  note = "mode: F_OK 0, X_OK 1, W_OK 2, R_OK 4" }
syscall "faccessat" { dirfd "dfd", path "filename", int "mode", ret = "int" }
syscall "faccessat2" { dirfd "dfd", path "filename", int "mode", int "flags" : set "at_flags",
  ret = "int" }
syscall "chmod" { path "filename", mode "mode", ret = "int" }
syscall "fchmod" { fd "fd", mode "mode", ret = "int" }
syscall "fchmodat" { dirfd "dfd", path "filename", mode "mode", ret = "int" }
syscall "umask" { mode "mask", ret = "mode" }

-- owners ------------------------------------------------------------------------
syscall "chown" { path "filename", uid "user", gid "group", ret = "int", note = UID16 }
syscall "lchown" { path "filename", uid "user", gid "group", ret = "int", note = UID16 }
syscall "fchown" { fd "fd", uid "user", gid "group", ret = "int", note = UID16 }
syscall "chown32" { path "filename", uid "user", gid "group", ret = "int" }
syscall "lchown32" { path "filename", uid "user", gid "group", ret = "int" }
syscall "fchown32" { fd "fd", uid "user", gid "group", ret = "int" }
syscall "fchownat" { dirfd "dfd", path "filename", uid "user", gid "group",
  int "flag" : set "at_flags", ret = "int" }

-- directories -------------------------------------------------------------------
syscall "mkdir" { path "pathname", mode "mode", ret = "int" }
syscall "mkdirat" { dirfd "dfd", path "pathname", mode "mode", ret = "int" }
syscall "rmdir" { path "pathname", ret = "int" }
syscall "chdir" { path "filename", ret = "int" }
syscall "fchdir" { fd "fd", ret = "int" }
syscall "chroot" { path "filename", ret = "int" }
syscall "getcwd" { buf_out "buf" : len "size", ulong "size", ret = "int",
  note = "returns the length including the NUL" }
syscall "getdents" { custom = "struct linux_dirent records with long fields, built from host getdents64",
  fd "fd", buf_out "dirent" : len "count", uint "count", ret = "int" }
syscall "getdents64" { custom = "variable-length struct dirent64 records: byte-swapped per record on big-endian guests",
  fd "fd", buf_out "dirent" : len "count", uint "count", ret = "int" }
syscall "mknod" { path "filename", mode "mode", uint "dev", ret = "int",
  note = "dev is the kernel's old-style encoded dev_t" }
syscall "mknodat" { dirfd "dfd", path "filename", mode "mode", uint "dev", ret = "int" }

-- links and names ------------------------------------------------------------------
syscall "unlink" { path "pathname", ret = "int" }
syscall "unlinkat" { dirfd "dfd", path "pathname", int "flag" : set "at_flags", ret = "int",
  note = "flag: AT_REMOVEDIR" }
syscall "link" { path "oldname", path "newname", ret = "int" }
syscall "linkat" { dirfd "olddfd", path "oldname", dirfd "newdfd", path "newname",
  int "flags" : set "at_flags", ret = "int" }
-- A symlink's target is stored as written, never resolved against the sysroot.
syscall "symlink" { str "oldname", path "newname", ret = "int" }
syscall "symlinkat" { str "oldname", dirfd "newdfd", path "newname", ret = "int" }
syscall "rename" { path "oldname", path "newname", ret = "int" }
syscall "renameat" { dirfd "olddfd", path "oldname", dirfd "newdfd", path "newname", ret = "int" }
syscall "renameat2" { dirfd "olddfd", path "oldname", dirfd "newdfd", path "newname",
  uint "flags", ret = "int", note = "flags: RENAME_NOREPLACE 1, RENAME_EXCHANGE 2, RENAME_WHITEOUT 4" }
syscall "readlink" { custom = "/proc/self/exe emulation",
  path "path", buf_out "buf" : len "bufsiz", int "bufsiz", ret = "ssize" }
syscall "readlinkat" { custom = "/proc/self/exe emulation",
  dirfd "dfd", path "pathname", buf_out "buf" : len "bufsiz", int "bufsiz", ret = "ssize" }

-- timestamps -----------------------------------------------------------------------
syscall "utime" { path "filename", input "times" : struct "utimbuf" : optional(), ret = "int" }
syscall "utimes" { path "filename", input "utimes" : struct "timeval[2]" : optional(), ret = "int" }
syscall "futimesat" { dirfd "dfd", path "filename", input "utimes" : struct "timeval[2]" : optional(),
  ret = "int" }
syscall "utimensat" { dirfd "dfd", path "filename" : optional(),
  input "utimes" : struct "timespec[2]" : optional(), int "flags" : set "at_flags", ret = "int",
  note = "filename NULL: operate on dfd itself; tv_nsec may be UTIME_NOW/UTIME_OMIT" }
syscall "utimensat_time64" { dirfd "dfd", path "filename" : optional(),
  input "utimes" : struct "timespec64[2]" : optional(), int "flags" : set "at_flags", ret = "int",
  note = "filename NULL: operate on dfd itself; tv_nsec may be UTIME_NOW/UTIME_OMIT" }

-- extended attributes -----------------------------------------------------------------
local XATTR_FLAGS = "flags: XATTR_CREATE 1, XATTR_REPLACE 2"
syscall "setxattr" { path "pathname", str "name", buf_in "value" : len "size", size "size",
  int "flags", ret = "int", note = XATTR_FLAGS }
syscall "lsetxattr" { path "pathname", str "name", buf_in "value" : len "size", size "size",
  int "flags", ret = "int", note = XATTR_FLAGS }
syscall "fsetxattr" { fd "fd", str "name", buf_in "value" : len "size", size "size",
  int "flags", ret = "int", note = XATTR_FLAGS }
syscall "getxattr" { path "pathname", str "name", buf_out "value" : len "size", size "size",
  ret = "ssize" }
syscall "lgetxattr" { path "pathname", str "name", buf_out "value" : len "size", size "size",
  ret = "ssize" }
syscall "fgetxattr" { fd "fd", str "name", buf_out "value" : len "size", size "size",
  ret = "ssize" }
syscall "listxattr" { path "pathname", buf_out "list" : len "size", size "size", ret = "ssize" }
syscall "llistxattr" { path "pathname", buf_out "list" : len "size", size "size", ret = "ssize" }
syscall "flistxattr" { fd "fd", buf_out "list" : len "size", size "size", ret = "ssize" }
syscall "removexattr" { path "pathname", str "name", ret = "int" }
syscall "lremovexattr" { path "pathname", str "name", ret = "int" }
syscall "fremovexattr" { fd "fd", str "name", ret = "int" }

-- mounting ---------------------------------------------------------------------------
syscall "mount" { custom = "mount: the options are filesystem-dependent: one page of them is copied, as the kernel does",
  str "dev_name" : optional(), path "dir_name", str "type" : optional(), ulong "flags",
  ptr "data", ret = "int", note = "flags: MS_* (same on every ABI)" }
syscall "umount2" { path "name", int "flags", ret = "int",
  note = "flags: MNT_FORCE 1, MNT_DETACH 2, MNT_EXPIRE 4, UMOUNT_NOFOLLOW 8" }
syscall "umount" { path "name", ret = "int", note = "the old one-argument umount (flags 0)" }
syscall "pivot_root" { path "new_root", path "put_old", ret = "int" }

-- The mount API (Linux 5.2+, linux/mount.h).  Flag values are the same on every ABI
-- except OPEN_TREE_CLOEXEC, which is O_CLOEXEC: passed through untranslated, exact where
-- the guest's O_CLOEXEC is the host's (aarch64, riscv64, arm, i386 ...; not alpha, hppa,
-- mips, sparc).
syscall "fsopen" { str "fs_name", uint "flags", ret = "fd", note = "flags: FSOPEN_CLOEXEC 1" }
syscall "fsconfig" { custom = "the value argument's kind depends on the command: string, blob of aux bytes, "
    .. "path relative to dirfd aux, or nothing (aux an fd)",
  fd "fd", uint "cmd" : set "fsconfig_cmds", str "key" : optional(), ptr "value", int "aux", ret = "int" }
syscall "fsmount" { fd "fs_fd", uint "flags", uint "attr_flags", ret = "fd",
  note = "flags: FSMOUNT_CLOEXEC 1; attr_flags: MOUNT_ATTR_*" }
syscall "fspick" { dirfd "dfd", path "path", uint "flags", ret = "fd",
  note = "flags: FSPICK_CLOEXEC 1, FSPICK_SYMLINK_NOFOLLOW 2, FSPICK_NO_AUTOMOUNT 4, FSPICK_EMPTY_PATH 8" }
syscall "move_mount" { dirfd "from_dfd", path "from_path", dirfd "to_dfd", path "to_path", uint "flags",
  ret = "int", note = "flags: MOVE_MOUNT_* (same on every ABI)" }
syscall "open_tree" { dirfd "dfd", path "filename", uint "flags", ret = "fd",
  note = "flags: OPEN_TREE_CLONE 1, OPEN_TREE_CLOEXEC (= O_CLOEXEC), AT_* (same on every ABI)" }
syscall "mount_setattr" { dirfd "dfd", path "path", uint "flags", buf_in "uattr" : len "usize" : optional() : words(8),
  size "usize", ret = "int",
  note = "uattr is struct mount_attr (u64 fields, size-versioned) passed as u64 words" }

-- inotify ------------------------------------------------------------------------------
syscall "inotify_init" { ret = "fd" }
syscall "inotify_init1" { int "flags" : set "open_flags", ret = "fd",
  note = "IN_CLOEXEC/IN_NONBLOCK are O_CLOEXEC/O_NONBLOCK" }
syscall "inotify_add_watch" { fd "fd", path "pathname", uint "mask", ret = "int",
  note = "mask: IN_* (same on every ABI)" }
syscall "inotify_rm_watch" { fd "fd", int "wd", ret = "int" }

-- Newer than the checker's 6.1 headers (numbers: specs/numbers/newer.tbl) --------------
syscall "fchmodat2" { dirfd "dfd", path "filename" : optional(), mode "mode", int "flags" : set "at_flags",
  ret = "int", note = "Linux 6.6: fchmodat with AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH" }
syscall "cachestat" { fd "fd", buf_in "cstat_range" : bytes(16) : words(8), buf_out "cstat" : bytes(40) : words(8), uint "flags",
  ret = "int",
  note = "Linux 6.5: struct cachestat_range (u64 off, len) in, struct cachestat (five u64) out, "
      .. "passed as u64 words" }
syscall "file_getattr" { dirfd "dfd", path "filename" : optional(), buf_out "ufsx" : len "usize" : whole() : words(8, 4), size "usize",
  int "at_flags" : set "at_flags", ret = "int",
  note = "Linux 6.17: struct file_attr (u64 fa_xflags, then u32 fields; size-versioned: 24 bytes in version 0) as words" }
syscall "file_setattr" { dirfd "dfd", path "filename" : optional(), buf_in "ufsx" : len "usize" : words(8, 4), size "usize",
  int "at_flags" : set "at_flags", ret = "int", note = "Linux 6.17: see file_getattr" }
syscall "open_tree_attr" { dirfd "dfd", path "filename", uint "flags",
  buf_in "uattr" : len "usize" : optional() : words(8), size "usize", ret = "fd",
  note = "Linux 6.15: open_tree with a struct mount_attr (u64 fields) applied to the clone, as u64 words" }
syscall "statmount" { buf_in "req" : bytes(24) : words(4, 4, 8), buf_out "buf" : len "bufsize" : whole()
    -- struct statmount up to mnt_gidmap (6.15); __spare2 and the strings in str[] (offset 512) stay bytes
    : words(4, 4, 8, 4, 4, 8, 4, 4, 8, 8, 4, 4, 8, 8, 8, 8, 8, 4, 4, 8, 4, 4, 4, 4, 4, 4, 8, 4, 4, 4, 4, 0),
  size "bufsize", uint "flags",
  ret = "int",
  note = "Linux 6.8: req is struct mnt_id_req (u32 size, u32 spare, u64 mnt_id, u64 param; 24 bytes in "
      .. "version 0, the kernel reads req->size bytes); buf is struct statmount (u32/u64 fields, strings "
      .. "as offsets into str[]): the integers swapped for a big-endian guest" }
syscall "listmount" { buf_in "req" : bytes(24) : words(4, 4, 8), out "mnt_ids" : array("u64", "nr_mnt_ids") : len_ret(),
  size "nr_mnt_ids", uint "flags", ret = "ssize",
  note = "Linux 6.8: req as statmount's; the kernel writes as many u64 mount ids as it returns" }
-- *xattrat (Linux 6.13): path relative to dfd with AT_* flags; set/get carry struct xattr_args
-- { u64 value (a guest address); u32 size; u32 flags }: emu/sys/xattrat.c
local XATTRAT = "struct xattr_args holds a guest address (value)"
syscall "setxattrat" { custom = XATTRAT, dirfd "dfd", path "pathname" : optional(), uint "at_flags",
  str "name", ptr "uargs", size "usize", ret = "int" }
syscall "getxattrat" { custom = XATTRAT, dirfd "dfd", path "pathname" : optional(), uint "at_flags",
  str "name", ptr "uargs", size "usize", ret = "ssize" }
syscall "listxattrat" { dirfd "dfd", path "pathname" : optional(), int "at_flags" : set "at_flags",
  buf_out "list" : len "size", size "size", ret = "ssize" }
syscall "removexattrat" { dirfd "dfd", path "pathname" : optional(), int "at_flags" : set "at_flags",
  str "name", ret = "int" }

-- file handles (struct file_handle: u32 handle_bytes, int handle_type, opaque bytes): emu/sys/fshandle.c
local HANDLE = "struct file_handle is as long as its handle_bytes says; written back on EOVERFLOW too"
syscall "name_to_handle_at" { custom = HANDLE, dirfd "dfd", path "name" : optional(), ptr "handle", ptr "mnt_id",
  int "flag", ret = "int",
  note = "flag: AT_SYMLINK_FOLLOW, AT_EMPTY_PATH, AT_HANDLE_FID; AT_HANDLE_MNT_ID_UNIQUE (1, Linux 6.12) makes mnt_id a u64" }
syscall "open_by_handle_at" { custom = HANDLE, fd "mountdirfd", ptr "handle", int "flags" : set "open_flags",
  ret = "fd" }

-- disk quotas: the command decides what addr is (emu/sys/quota.c; spec types in specs/types/quota.lua)
local QUOTA = "addr's type depends on the command: a path, a u32, struct if_dqblk/if_dqinfo/if_nextdqblk, "
  .. "or an XFS struct (bytes)"
syscall "quotactl" { custom = QUOTA, uint "cmd", path "special" : optional(), int "id", ptr "addr", ret = "int",
  note = "cmd: QCMD(subcmd, type) = subcmd << 8 | type" }
syscall "quotactl_fd" { custom = QUOTA, fd "fd", uint "cmd", int "id", ptr "addr", ret = "int" }
