-- SuperH SH-4: no clang target in Debian's clang 14 ("not checked: no clang target").
-- Only pread64/pwrite64 align their 64-bit argument pair.
abi "sh4" {
  tags = { "sh", "32bit" },
  bits = 32, endian = "little", align = { i64 = 4 },
  clang = { target = false, include = "/usr/sh4-linux-gnu/include", draft_target = "i686-linux-gnu" },
  numbers = "sh4.tbl",
  syscall = { insn = "trapa #0x13", clone = "normal", nr = "r3", args = { "r4", "r5", "r6", "r7", "r0", "r1" }, ret = "r0",
              error = "negative", pair64 = "consecutive", pair64_aligned_for = { "pread64", "pwrite64" } },
  ipc = { shmlba = { bytes = 16384 } },
  regs = { numbered("r", 0, 15) },   -- r15 is the stack pointer
  ioc = "generic",
  pipe_regs = true,   -- pipe(2) returns both descriptors in registers (no int[2] is written)
  audit_arch = { name = "AUDIT_ARCH_SHEL", value = 0x4000002A },   -- seccomp_data.arch, SIGSYS si_arch
}
