-- 32-bit PowerPC: error in CR0.SO with a positive errno; 64-bit arguments in aligned pairs.
abi "powerpc" {
  tags = { "powerpc", "ppc32", "32bit" },
  bits = 32, endian = "big",
  clang = { target = "powerpc-linux-gnu", include = "/usr/powerpc-linux-gnu/include" },
  numbers = "powerpc.tbl",
  syscall = { insn = "sc", clone = "backwards", nr = "r0", args = { "r3", "r4", "r5", "r6", "r7", "r8" }, ret = "r3",
              error = "cr0-so", pair64 = "aligned" },
  regs = { numbered("r", 0, 31), "cr" },   -- GPRs, then the condition register (CR0.SO flags an error)
  ioc = "three-bit-dir",
  audit_arch = { name = "AUDIT_ARCH_PPC", value = 0x00000014 },   -- seccomp_data.arch, SIGSYS si_arch
}
