-- x86_64 (LP64), also the host ABI: host-side struct layouts are this ABI's.
abi "x86_64" {
  tags = { "x86", "64bit" },
  bits = 64, endian = "little",
  clang = { target = "x86_64-linux-gnu", include = "/usr/x86_64-linux-gnu/include" },
  numbers = "x86_64.tbl",
  syscall = { insn = "syscall", clone = "normal", nr = "rax", args = { "rdi", "rsi", "rdx", "r10", "r8", "r9" }, ret = "rax",
              error = "negative", pair64 = "none" },
  regs = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", numbered("r", 8, 15) },   -- the encoding's order
  ioc = "generic",
  audit_arch = { name = "AUDIT_ARCH_X86_64", value = 0xC000003E },   -- seccomp_data.arch, SIGSYS si_arch
}
