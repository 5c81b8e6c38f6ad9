-- MIPS o32, little endian: numbers from 4000; error flag in a3; arguments 5-8 on the stack;
-- 64-bit arguments in an aligned register pair, word order following endianness.
abi "mips-o32-le" {
  tags = { "mips", "o32", "32bit", "mips-le" },
  bits = 32, endian = "little",
  clang = { target = "mipsel-linux-gnu", include = "/usr/mipsel-linux-gnu/include" },
  numbers = "mips-o32.tbl",
  syscall = { insn = "syscall", clone = "backwards", nr = "v0", args = { "a0", "a1", "a2", "a3", stack = 16 }, ret = "v0",
              error = "a3-flag", pair64 = "aligned" },
  ipc = { shmlba = { bytes = 0x40000 }, force_shmlba = true },
  regs = { "zero", "at", "v0", "v1", "a0", "a1", "a2", "a3", numbered("t", 0, 7), numbered("s", 0, 7),
           "t8", "t9", "k0", "k1", "gp", "sp", "fp", "ra" },   -- $0..$31
  ioc = "three-bit-dir",
  pipe_regs = true,   -- pipe(2) returns both descriptors in registers (no int[2] is written)
  audit_arch = { name = "AUDIT_ARCH_MIPSEL", value = 0x40000008 },   -- seccomp_data.arch, SIGSYS si_arch
}
