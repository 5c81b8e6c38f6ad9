-- sparc64: error signalled by the carry flag with a positive errno.
abi "sparc64" {
  tags = { "sparc", "64bit" },
  bits = 64, endian = "big",
  clang = { target = "sparc64-linux-gnu", include = "/usr/sparc64-linux-gnu/include" },
  numbers = "sparc64.tbl",
  syscall = { insn = "ta 0x6d", clone = "backwards", nr = "g1", args = { "o0", "o1", "o2", "o3", "o4", "o5" }, ret = "o0",
              error = "carry", pair64 = "none" },
  ipc = { shmlba = { bytes = 16384 }, force_shmlba = true },
  regs = { numbered("g", 0, 7), numbered("o", 0, 7), numbered("l", 0, 7), numbered("i", 0, 7) },
  ioc = "sparc",
  pipe_regs = true,   -- pipe(2) returns both descriptors in registers (no int[2] is written)
  audit_arch = { name = "AUDIT_ARCH_SPARC64", value = 0x8000002B },   -- seccomp_data.arch, SIGSYS si_arch
}
