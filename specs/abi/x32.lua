-- x32: x86_64 instructions with 32-bit pointers and longs; syscall numbers carry __X32_SYSCALL_BIT.
abi "x32" {
  tags = { "x86", "32bit" },
  bits = 32, endian = "little",
  clang = { target = "x86_64-linux-gnux32", include = "/usr/x86_64-linux-gnux32/include" },
  numbers = "x32.tbl",
  syscall = { insn = "syscall", clone = "normal", nr = "rax", args = { "rdi", "rsi", "rdx", "r10", "r8", "r9" }, ret = "rax",
              error = "negative", pair64 = "none" },  -- registers are 64-bit: a 64-bit argument fits one
  regs = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", numbered("r", 8, 15) },   -- the encoding's order
  ioc = "generic",
  audit_arch = { name = "AUDIT_ARCH_X86_64", value = 0xC000003E },   -- seccomp_data.arch, SIGSYS si_arch
}
