-- 64-bit PowerPC, big endian.
abi "ppc64" {
  tags = { "powerpc", "ppc64-family", "64bit" },
  bits = 64, endian = "big",
  clang = { target = "powerpc64-linux-gnu", include = "/usr/powerpc64-linux-gnu/include" },
  numbers = "ppc64.tbl",
  syscall = { insn = "sc", clone = "backwards", nr = "r0", args = { "r3", "r4", "r5", "r6", "r7", "r8" }, ret = "r3",
              error = "cr0-so", pair64 = "none" },
  regs = { numbered("r", 0, 31), "cr" },   -- GPRs, then the condition register (CR0.SO flags an error)
  ioc = "three-bit-dir",
  audit_arch = { name = "AUDIT_ARCH_PPC64", value = 0x80000015 },   -- seccomp_data.arch, SIGSYS si_arch
}
