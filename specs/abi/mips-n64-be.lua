-- MIPS n64, big endian: numbers from 5000.
abi "mips-n64-be" {
  tags = { "mips", "n64", "64bit", "mips-be" },
  bits = 64, endian = "big",
  clang = { target = "mips64-linux-gnuabi64", include = "/usr/mips64-linux-gnuabi64/include" },
  numbers = "mips-n64.tbl",
  syscall = { insn = "syscall", clone = "backwards", nr = "v0", args = { "a0", "a1", "a2", "a3", "a4", "a5" }, ret = "v0",
              error = "a3-flag", pair64 = "none" },
  ipc = { shmlba = { bytes = 0x40000 }, force_shmlba = true, old_ctl = true },
  regs = { "zero", "at", "v0", "v1", numbered("a", 0, 7), numbered("t", 0, 3), numbered("s", 0, 7),
           "t8", "t9", "k0", "k1", "gp", "sp", "fp", "ra" },   -- $0..$31
  ioc = "three-bit-dir",
  pipe_regs = true,   -- pipe(2) returns both descriptors in registers (no int[2] is written)
  audit_arch = { name = "AUDIT_ARCH_MIPS64", value = 0x80000008 },   -- seccomp_data.arch, SIGSYS si_arch
}
