-- mmap/mprotect/madvise/msync/mremap/mlock constants of asm/mman.h
-- (asm-generic/mman-common.h) and linux/mman.h.  Values drafted by gen/draft.lua.

constset "mmap_prot" {
  kind = "flags",
  headers = { "asm/mman.h", "linux/mman.h" },
  values = {
    PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4, PROT_SEM = 8,
    PROT_GROWSDOWN = 0x1000000, PROT_GROWSUP = 0x2000000, PROT_BTI = NONE, PROT_MTE = NONE,
    PROT_SAO = NONE, PROT_ADI = NONE,
  },
  overrides = {
    arm64 = {
      PROT_BTI = 0x10, PROT_MTE = 0x20,
    },
    mips = {
      PROT_SEM = 0x10,
    },
    powerpc = {
      PROT_SAO = 0x10,
    },
    sparc = {
      PROT_ADI = 0x10,
    },
  },
}

constset "mmap_flags" {
  kind = "flags",
  headers = { "asm/mman.h", "linux/mman.h" },
  fields = {
    MAP_TYPE = { "MAP_SHARED", "MAP_PRIVATE", "MAP_SHARED_VALIDATE", "MAP_DROPPABLE" },
  },
  values = {
    MAP_TYPE = 0xf, MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_SHARED_VALIDATE = 3, MAP_FIXED = 0x10,
    MAP_ANONYMOUS = 0x20, MAP_POPULATE = 0x8000, MAP_NONBLOCK = 0x10000, MAP_STACK = 0x20000,
    MAP_HUGETLB = 0x40000, MAP_SYNC = 0x80000, MAP_FIXED_NOREPLACE = 0x100000,
    MAP_UNINITIALIZED = 0x4000000, MAP_FILE = 0, MAP_GROWSDOWN = 0x100, MAP_DENYWRITE = 0x800,
    MAP_EXECUTABLE = 0x1000, MAP_LOCKED = 0x2000, MAP_NORESERVE = 0x4000, MAP_VARIABLE = NONE,
    MAP_32BIT = NONE, MAP_RENAME = NONE, MAP_AUTOGROW = NONE, MAP_LOCAL = NONE, MAP_AUTORSRV = NONE,
    MAP_INHERIT = NONE, MAP_DROPPABLE = 0x08,
  },
  -- MAP_DROPPABLE is a mapping type (a value of the MAP_TYPE field), defined
  -- once for every architecture; hppa is left out (not looked at)
  newer = { "MAP_DROPPABLE", note = "Linux 6.11, include/uapi/linux/mman.h" },
  overrides = {
    x86 = {
      MAP_32BIT = 0x40,
    },
    mips = {
      MAP_ANONYMOUS = 0x800, MAP_POPULATE = 0x10000, MAP_NONBLOCK = 0x20000, MAP_STACK = 0x40000,
      MAP_HUGETLB = 0x80000, MAP_SYNC = NONE, MAP_UNINITIALIZED = NONE, MAP_GROWSDOWN = 0x1000,
      MAP_DENYWRITE = 0x2000, MAP_EXECUTABLE = 0x4000, MAP_LOCKED = 0x8000, MAP_NORESERVE = 0x400,
      MAP_RENAME = 0x20, MAP_AUTOGROW = 0x40, MAP_LOCAL = 0x80, MAP_AUTORSRV = 0x100,
    },
    powerpc = {
      MAP_LOCKED = 0x80, MAP_NORESERVE = 0x40, MAP_RENAME = 0x20,
    },
    sparc = {
      MAP_GROWSDOWN = 0x200, MAP_LOCKED = 0x100, MAP_NORESERVE = 0x40, MAP_RENAME = 0x20,
      MAP_INHERIT = 0x80,
    },
    alpha = {
      MAP_FIXED = 0x100, MAP_ANONYMOUS = 0x10, MAP_POPULATE = 0x20000, MAP_NONBLOCK = 0x40000,
      MAP_STACK = 0x80000, MAP_HUGETLB = 0x100000, MAP_SYNC = NONE, MAP_FIXED_NOREPLACE = 0x200000,
      MAP_UNINITIALIZED = NONE, MAP_GROWSDOWN = 0x1000, MAP_DENYWRITE = 0x2000,
      MAP_EXECUTABLE = 0x4000, MAP_LOCKED = 0x8000, MAP_NORESERVE = 0x10000,
    },
    hppa = {
      MAP_TYPE = 0x2b, MAP_FIXED = 4, MAP_ANONYMOUS = 0x10, MAP_POPULATE = 0x10000,
      MAP_NONBLOCK = 0x20000, MAP_STACK = 0x40000, MAP_HUGETLB = 0x80000, MAP_SYNC = NONE,
      MAP_UNINITIALIZED = 0, MAP_GROWSDOWN = 0x8000, MAP_VARIABLE = 0, MAP_DROPPABLE = NONE,
    },
  },
}

constset "madvise" {
  kind = "enum",
  headers = { "asm/mman.h", "linux/mman.h" },
  values = {
    MADV_NORMAL = 0, MADV_RANDOM = 1, MADV_SEQUENTIAL = 2, MADV_WILLNEED = 3, MADV_DONTNEED = 4,
    MADV_FREE = 8, MADV_REMOVE = 9, MADV_DONTFORK = 10, MADV_DOFORK = 11, MADV_HWPOISON = 100,
    MADV_SOFT_OFFLINE = 101, MADV_MERGEABLE = 12, MADV_UNMERGEABLE = 13, MADV_HUGEPAGE = 14,
    MADV_NOHUGEPAGE = 15, MADV_DONTDUMP = 16, MADV_DODUMP = 17, MADV_WIPEONFORK = 18,
    MADV_KEEPONFORK = 19, MADV_COLD = 20, MADV_PAGEOUT = 21, MADV_POPULATE_READ = 22,
    MADV_POPULATE_WRITE = 23, MADV_DONTNEED_LOCKED = 24, MADV_COLLAPSE = 25, MADV_SPACEAVAIL = NONE,
    MADV_GUARD_INSTALL = 102, MADV_GUARD_REMOVE = 103,
  },
  newer = { "MADV_GUARD_INSTALL", "MADV_GUARD_REMOVE",
            note = "Linux 6.13, include/uapi/asm-generic/mman-common.h" },
  overrides = {
    mips = {
      MADV_SOFT_OFFLINE = NONE,
    },
    alpha = {
      MADV_DONTNEED = 6, MADV_HWPOISON = NONE, MADV_SOFT_OFFLINE = NONE, MADV_SPACEAVAIL = 5,
    },
    hppa = {
      MADV_MERGEABLE = 65, MADV_UNMERGEABLE = 66, MADV_HUGEPAGE = 67, MADV_NOHUGEPAGE = 68,
      MADV_DONTDUMP = 69, MADV_DODUMP = 70, MADV_WIPEONFORK = 71, MADV_KEEPONFORK = 72,
      MADV_COLLAPSE = 73,
    },
  },
}

constset "msync_flags" {
  kind = "flags",
  headers = { "asm/mman.h", "linux/mman.h" },
  values = {
    MS_ASYNC = 1, MS_INVALIDATE = 2, MS_SYNC = 4,
  },
  overrides = {
    alpha = {
      MS_INVALIDATE = 4, MS_SYNC = 2,
    },
    hppa = {
      MS_ASYNC = 2, MS_INVALIDATE = 4, MS_SYNC = 1,
    },
  },
}

constset "mremap_flags" {
  kind = "flags",
  headers = { "asm/mman.h", "linux/mman.h" },
  values = {
    MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2, MREMAP_DONTUNMAP = 4,
  },
}

constset "mlockall_flags" {
  kind = "flags",
  headers = { "asm/mman.h", "linux/mman.h" },
  values = {
    MCL_CURRENT = 1, MCL_FUTURE = 2, MCL_ONFAULT = 4,
  },
  overrides = {
    powerpc = {
      MCL_CURRENT = 0x2000, MCL_FUTURE = 0x4000, MCL_ONFAULT = 0x8000,
    },
    sparc = {
      MCL_CURRENT = 0x2000, MCL_FUTURE = 0x4000, MCL_ONFAULT = 0x8000,
    },
    alpha = {
      MCL_CURRENT = 0x2000, MCL_FUTURE = 0x4000, MCL_ONFAULT = 0x8000,
    },
  },
}

constset "mlock2_flags" {
  kind = "flags",
  headers = { "asm/mman.h", "linux/mman.h" },
  values = {
    MLOCK_ONFAULT = 1,
  },
}
