-- open(2)/fcntl(2)/*at(2) constants of asm/fcntl.h (asm-generic/fcntl.h) and
-- linux/fcntl.h.  asm/unistd.h comes first because mips asm/fcntl.h tests _MIPS_SIM
-- (for F_GETLK64 and friends) without including asm/sgidefs.h, which asm/unistd.h does.
-- Values drafted by gen/draft.lua.

constset "open_flags" {
  kind = "flags",
  headers = { "asm/unistd.h", "asm/fcntl.h", "linux/fcntl.h" },
  fields = {
    O_ACCMODE = { "O_RDONLY", "O_WRONLY", "O_RDWR" },
  },
  values = {
    O_ACCMODE = 3, O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80,
    O_NOCTTY = 0x100, O_TRUNC = 0x200, O_APPEND = 0x400, O_NONBLOCK = 0x800, O_NDELAY = 0x800,
    O_DSYNC = 0x1000, FASYNC = 0x2000, O_DIRECT = 0x4000, O_LARGEFILE = 0x8000,
    O_DIRECTORY = 0x10000, O_NOFOLLOW = 0x20000, O_NOATIME = 0x40000, O_CLOEXEC = 0x80000,
    __O_SYNC = 0x100000, O_SYNC = 0x101000, O_PATH = 0x200000, __O_TMPFILE = 0x400000,
    O_TMPFILE = 0x410000,
  },
  overrides = {
    arm = {
      O_DIRECT = 0x10000, O_LARGEFILE = 0x20000, O_DIRECTORY = 0x4000, O_NOFOLLOW = 0x8000,
      O_TMPFILE = 0x404000,
    },
    arm64 = {
      O_DIRECT = 0x10000, O_LARGEFILE = 0x20000, O_DIRECTORY = 0x4000, O_NOFOLLOW = 0x8000,
      O_TMPFILE = 0x404000,
    },
    mips = {
      O_CREAT = 0x100, O_EXCL = 0x400, O_NOCTTY = 0x800, O_APPEND = 8, O_NONBLOCK = 0x80,
      O_NDELAY = 0x80, O_DSYNC = 0x10, FASYNC = 0x1000, O_DIRECT = 0x8000, O_LARGEFILE = 0x2000,
      __O_SYNC = 0x4000, O_SYNC = 0x4010,
    },
    powerpc = {
      O_DIRECT = 0x20000, O_LARGEFILE = 0x10000, O_DIRECTORY = 0x4000, O_NOFOLLOW = 0x8000,
      O_TMPFILE = 0x404000,
    },
    sparc = {
      O_CREAT = 0x200, O_EXCL = 0x800, O_NOCTTY = 0x8000, O_TRUNC = 0x400, O_APPEND = 8,
      O_NONBLOCK = 0x4000, O_NDELAY = 4, O_DSYNC = 0x2000, FASYNC = 0x40, O_DIRECT = 0x100000,
      O_LARGEFILE = 0x40000, O_NOATIME = 0x200000, O_CLOEXEC = 0x400000, __O_SYNC = 0x800000,
      O_SYNC = 0x802000, O_PATH = 0x1000000, __O_TMPFILE = 0x2000000, O_TMPFILE = 0x2010000,
    },
    m68k = {
      O_DIRECT = 0x10000, O_LARGEFILE = 0x20000, O_DIRECTORY = 0x4000, O_NOFOLLOW = 0x8000,
      O_TMPFILE = 0x404000,
    },
    alpha = {
      O_CREAT = 0x200, O_EXCL = 0x800, O_NOCTTY = 0x1000, O_TRUNC = 0x400, O_APPEND = 8,
      O_NONBLOCK = 4, O_NDELAY = 4, O_DSYNC = 0x4000, O_DIRECT = 0x80000, O_LARGEFILE = 0x20000,
      O_DIRECTORY = 0x8000, O_NOFOLLOW = 0x10000, O_NOATIME = 0x100000, O_CLOEXEC = 0x200000,
      __O_SYNC = 0x400000, O_SYNC = 0x404000, O_PATH = 0x800000, __O_TMPFILE = 0x1000000,
      O_TMPFILE = 0x1008000,
    },
    hppa = {
      O_CREAT = 0x100, O_EXCL = 0x400, O_NOCTTY = 0x20000, O_APPEND = 8, O_NONBLOCK = 0x10000,
      O_NDELAY = 0x10000, O_DSYNC = 0x40000, O_LARGEFILE = 0x800, O_DIRECTORY = 0x1000,
      O_NOFOLLOW = 0x80, O_NOATIME = 0x100000, O_CLOEXEC = 0x200000, __O_SYNC = 0x8000,
      O_SYNC = 0x48000, O_PATH = 0x400000, __O_TMPFILE = 0x800000, O_TMPFILE = 0x801000,
    },
  },
}

constset "at_flags" {
  kind = "flags",
  headers = { "asm/unistd.h", "asm/fcntl.h", "linux/fcntl.h" },
  fields = {
    AT_STATX_SYNC_TYPE = { "AT_STATX_SYNC_AS_STAT", "AT_STATX_FORCE_SYNC", "AT_STATX_DONT_SYNC" },
  },
  values = {
    AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200, AT_EACCESS = 0x200,
    AT_SYMLINK_FOLLOW = 0x400, AT_NO_AUTOMOUNT = 0x800, AT_EMPTY_PATH = 0x1000,
    AT_STATX_SYNC_TYPE = 0x6000, AT_STATX_SYNC_AS_STAT = 0, AT_STATX_FORCE_SYNC = 0x2000,
    AT_STATX_DONT_SYNC = 0x4000, AT_RECURSIVE = 0x8000,
  },
}

constset "at_special" {
  kind = "enum",
  headers = { "asm/unistd.h", "asm/fcntl.h", "linux/fcntl.h" },
  values = {
    AT_FDCWD = -100,
  },
}

constset "fcntl_cmds" {
  kind = "enum",
  headers = { "asm/unistd.h", "asm/fcntl.h", "linux/fcntl.h" },
  values = {
    F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5, F_SETLK = 6,
    F_SETLKW = 7, F_SETOWN = 8, F_GETOWN = 9, F_SETSIG = 10, F_GETSIG = 11, F_GETLK64 = 12,
    F_SETLK64 = 13, F_SETLKW64 = 14, F_SETOWN_EX = 15, F_GETOWN_EX = 16, F_GETOWNER_UIDS = 17,
    F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38, F_SETLEASE = 1024, F_GETLEASE = 1025,
    F_NOTIFY = 1026, F_CANCELLK = 1029, F_DUPFD_CLOEXEC = 1030, F_SETPIPE_SZ = 1031,
    F_GETPIPE_SZ = 1032, F_ADD_SEALS = 1033, F_GET_SEALS = 1034, F_GET_RW_HINT = 1035,
    F_SET_RW_HINT = 1036, F_GET_FILE_RW_HINT = 1037, F_SET_FILE_RW_HINT = 1038,
  },
  overrides = {
    mips = {
      F_GETLK = 14, F_SETOWN = 24, F_GETOWN = 23,
    },
    o32 = {
      F_GETLK64 = 33, F_SETLK64 = 34, F_SETLKW64 = 35,
    },
    n32 = {
      F_GETLK64 = 33, F_SETLK64 = 34, F_SETLKW64 = 35,
    },
    sparc = {
      F_GETLK = 7, F_SETLK = 8, F_SETLKW = 9, F_SETOWN = 6, F_GETOWN = 5,
    },
    alpha = {
      F_GETLK = 7, F_SETLK = 8, F_SETLKW = 9, F_SETOWN = 5, F_GETOWN = 6,
    },
    hppa = {
      F_SETOWN = 12, F_GETOWN = 11, F_SETSIG = 13, F_GETSIG = 14, F_GETLK64 = 8, F_SETLK64 = 9,
      F_SETLKW64 = 10,
    },
    ["64bit"] = {
      F_GETLK64 = NONE, F_SETLK64 = NONE, F_SETLKW64 = NONE,
    },
  },
}

constset "fd_flags" {
  kind = "flags",
  headers = { "asm/unistd.h", "asm/fcntl.h", "linux/fcntl.h" },
  values = {
    FD_CLOEXEC = 1,
  },
}

constset "flock_types" {
  kind = "enum",
  headers = { "asm/unistd.h", "asm/fcntl.h", "linux/fcntl.h" },
  values = {
    F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2, F_EXLCK = 4, F_SHLCK = 8,
  },
  overrides = {
    sparc = {
      F_RDLCK = 1, F_WRLCK = 2, F_UNLCK = 3,
    },
    alpha = {
      F_RDLCK = 1, F_WRLCK = 2, F_UNLCK = 8, F_EXLCK = 16, F_SHLCK = 32,
    },
    hppa = {
      F_RDLCK = 1, F_WRLCK = 2, F_UNLCK = 3,
    },
  },
}

constset "f_owner_types" {
  kind = "enum",
  headers = { "asm/unistd.h", "asm/fcntl.h", "linux/fcntl.h" },
  values = {
    F_OWNER_TID = 0, F_OWNER_PID = 1, F_OWNER_PGRP = 2,
  },
}

constset "fadvise_advice" {
  kind = "enum",
  headers = { "linux/fadvise.h" },
  values = {
    POSIX_FADV_NORMAL = 0, POSIX_FADV_RANDOM = 1, POSIX_FADV_SEQUENTIAL = 2,
    POSIX_FADV_WILLNEED = 3, POSIX_FADV_DONTNEED = 4, POSIX_FADV_NOREUSE = 5,
  },
  overrides = {
    s390x = { POSIX_FADV_DONTNEED = 6, POSIX_FADV_NOREUSE = 7 },
  },
}

constset "file_seals" {
  kind = "flags",
  headers = { "asm/unistd.h", "asm/fcntl.h", "linux/fcntl.h" },
  values = {
    F_SEAL_SEAL = 1, F_SEAL_SHRINK = 2, F_SEAL_GROW = 4, F_SEAL_WRITE = 8,
    F_SEAL_FUTURE_WRITE = 0x10,
  },
}
