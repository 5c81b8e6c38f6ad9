-- riscv64 (LP64): asm-generic syscall numbering.
abi "riscv64" {
  tags = { "riscv", "unistd-generic", "64bit" },
  bits = 64, endian = "little",
  clang = { target = "riscv64-linux-gnu", include = "/usr/riscv64-linux-gnu/include" },
  numbers = "riscv64.tbl",
  syscall = { insn = "ecall", clone = "backwards", nr = "a7", args = { "a0", "a1", "a2", "a3", "a4", "a5" }, ret = "a0",
              error = "negative", pair64 = "none" },
  regs = { "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", numbered("a", 0, 7), numbered("s", 2, 11),
           numbered("t", 3, 6) },   -- x0..x31
  ioc = "generic",
  audit_arch = { name = "AUDIT_ARCH_RISCV64", value = 0xC00000F3 },   -- seccomp_data.arch, SIGSYS si_arch
}
