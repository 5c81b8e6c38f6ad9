-- Alpha: error flag in a3 with a positive errno.  Debian's clang 14 has no alpha target:
-- the checker lists this ABI as "not checked: no clang target".
abi "alpha" {
  tags = { "alpha", "64bit" },
  bits = 64, endian = "little",
  clang = { target = false, include = "/usr/alpha-linux-gnu/include", draft_target = "x86_64-linux-gnu" },
  numbers = "alpha.tbl",
  syscall = { insn = "callsys", clone = "normal", nr = "v0", args = { "a0", "a1", "a2", "a3", "a4", "a5" }, ret = "v0",
              error = "a3-flag", pair64 = "none" },
  ipc = { old_ctl = true },
  regs = { "v0", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "s0", "s1", "s2", "s3", "s4", "s5", "fp",
           "a0", "a1", "a2", "a3", "a4", "a5", "t8", "t9", "t10", "t11", "ra", "pv", "at", "gp", "sp", "zero" },   -- r0..r31
  ioc = "three-bit-dir",
  pipe_regs = true,   -- pipe(2) returns both descriptors in registers (no int[2] is written)
  audit_arch = { name = "AUDIT_ARCH_ALPHA", value = 0xC0009026 },   -- seccomp_data.arch, SIGSYS si_arch
}
