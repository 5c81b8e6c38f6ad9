-- x86_64 (LP64), also the host ABI: host-side struct layouts are this ABI's.
abi "x86_64" {
  tags = { "x86", "64bit" },
  bits = 64, endian = "little",
  clang = { target = "x86_64-linux-gnu", include = "/usr/x86_64-linux-gnu/include" },
  numbers = "x86_64.tbl",
  syscall = { insn = "syscall", clone = "normal", nr = "rax", args = { "rdi", "rsi", "rdx", "r10", "r8", "r9" }, ret = "rax",
              error = "negative", pair64 = "none" },
  ioc = "generic",
}
