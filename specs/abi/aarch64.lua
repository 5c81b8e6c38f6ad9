-- aarch64 (LP64): asm-generic syscall numbering.
abi "aarch64" {
  tags = { "arm64", "unistd-generic", "64bit" },
  bits = 64, endian = "little",
  clang = { target = "aarch64-linux-gnu", include = "/usr/aarch64-linux-gnu/include" },
  numbers = "aarch64.tbl",
  syscall = { insn = "svc #0", clone = "backwards", nr = "x8", args = { "x0", "x1", "x2", "x3", "x4", "x5" }, ret = "x0",
              error = "negative", pair64 = "none" },
  regs = { numbered("x", 0, 30), "sp" },
  ioc = "generic",
  audit_arch = { name = "AUDIT_ARCH_AARCH64", value = 0xC00000B7 },   -- seccomp_data.arch, SIGSYS si_arch
}
