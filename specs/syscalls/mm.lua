-- Memory: the guest's address space is managed by the emulator, so every call
-- that takes a guest address range is custom.

local MAP = "guest memory map"

syscall "brk" { custom = MAP, ulong "brk", ret = "ulong" }
syscall "mmap" { custom = MAP .. "; i386, m68k and s390x: old_mmap(struct mmap_arg_struct *) with one argument",
  ptr "addr", size "len", int "prot" : set "mmap_prot", int "flags" : set "mmap_flags",
  fd "fd", off "off", ret = "ptr", note = "off is in bytes" }
syscall "mmap2" { custom = MAP,
  ptr "addr", size "len", int "prot" : set "mmap_prot", int "flags" : set "mmap_flags",
  fd "fd", ulong "pgoff", ret = "ptr", note = "pgoff is in 4096-byte units" }
syscall "munmap" { custom = MAP, ptr "addr", size "len", ret = "int" }
syscall "mprotect" { custom = MAP, ptr "start", size "len", int "prot" : set "mmap_prot", ret = "int" }
syscall "pkey_mprotect" { custom = MAP, ptr "start", size "len", int "prot" : set "mmap_prot",
  int "pkey", ret = "int" }
syscall "mremap" { custom = MAP, ptr "addr", size "old_len", size "new_len",
  int "flags" : set "mremap_flags", ptr "new_addr", ret = "ptr" }
syscall "madvise" { custom = MAP, ptr "start", size "len", int "behavior" : set "madvise", ret = "int" }
syscall "msync" { custom = MAP, ptr "start", size "len", int "flags" : set "msync_flags", ret = "int" }
syscall "mincore" { custom = MAP, ptr "start", size "len", ptr "vec", ret = "int",
  note = "vec receives one byte per guest page" }
syscall "mlock" { custom = MAP, ptr "start", size "len", ret = "int" }
syscall "mlock2" { custom = MAP, ptr "start", size "len", int "flags" : set "mlock2_flags", ret = "int" }
syscall "munlock" { custom = MAP, ptr "start", size "len", ret = "int" }
syscall "remap_file_pages" { custom = MAP, ptr "start", size "size", ulong "prot",
  ulong "pgoff", ulong "flags", ret = "int" }
syscall "mlockall" { custom = MAP .. ": only the guest's mappings are locked", int "flags" : set "mlockall_flags", ret = "int" }
syscall "munlockall" { custom = MAP, ret = "int" }
syscall "pkey_alloc" { ulong "flags", ulong "init_val", ret = "int" }
syscall "pkey_free" { int "pkey", ret = "int" }
syscall "memfd_secret" { uint "flags", ret = "fd" }
syscall "membarrier" { int "cmd", uint "flags", int "cpu_id", ret = "int",
  note = "cmd: MEMBARRIER_CMD_* (same on every ABI)" }
syscall "process_vm_readv" { pid "pid", input "lvec" : array("iovec", "liovcnt"), ulong "liovcnt",
  input "rvec" : array("iovec", "riovcnt"), ulong "riovcnt", ulong "flags", ret = "ssize",
  note = "rvec holds the other process's guest addresses: rebased like ours, right when it is a guest of the same ABI or a native process (a 64-bit guest's base is 0)" }
syscall "process_vm_writev" { pid "pid", input "lvec" : array("iovec", "liovcnt"), ulong "liovcnt",
  input "rvec" : array("iovec", "riovcnt"), ulong "riovcnt", ulong "flags", ret = "ssize",
  note = "rvec holds the other process's guest addresses: rebased like ours, right when it is a guest of the same ABI or a native process (a 64-bit guest's base is 0)" }

-- instruction-cache maintenance after the guest writes code ------------------------------
syscall "cacheflush" { custom = "guest code cache; arguments differ per architecture",
  ptr "addr", ulong "len", int "op", ret = "int",
  note = "mips (addr, bytes, cache), arc (start, size, flags), sh4 (addr, len, op), m68k (addr, scope, cache, len)" }
syscall "riscv_flush_icache" { custom = "guest code cache",
  ptr "start", ptr "end", ulong "flags", ret = "int" }
syscall "ARM_cacheflush" { custom = "guest code cache",
  ptr "start", ptr "end", int "flags", ret = "int" }
syscall "process_madvise" { custom = "for the caller itself the ranges must be guest memory, as for madvise "
    .. "(the advice may discard contents since Linux 6.13)", fd "pidfd", input "vec" : array("iovec", "vlen"),
  size "vlen", int "advice" : set "madvise", uint "flags", ret = "ssize" }
syscall "mseal" { custom = MAP .. ": sealed guest ranges refuse munmap/mprotect/mremap/madvise(discard)",
  ptr "start", size "len", ulong "flags", ret = "int", note = "Linux 6.10; flags must be 0" }
syscall "map_shadow_stack" { custom = "the CPU dragoman presents has no shadow stack (arm64 GCS, x86 CET): "
    .. "a kernel with the support answers EOPNOTSUPP on such a CPU", fixed_errno = "EOPNOTSUPP",
  ptr "addr", ulong "size", uint "flags", ret = "ptr", note = "Linux 6.6 (arm64: 6.13)" }
