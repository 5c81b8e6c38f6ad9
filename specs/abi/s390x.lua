-- s390x: number in the svc immediate or r1; clone takes its arguments in "backwards2" order.
abi "s390x" {
  tags = { "s390", "64bit" },
  bits = 64, endian = "big",
  clang = { target = "s390x-linux-gnu", include = "/usr/s390x-linux-gnu/include" },
  numbers = "s390x.tbl",
  syscall = { insn = "svc", clone = "backwards2", nr = "r1", args = { "r2", "r3", "r4", "r5", "r6", "r7" }, ret = "r2",
              error = "negative", pair64 = "none", old_mmap = true },
  regs = { numbered("r", 0, 15) },
  ioc = "generic",
  ipc = { timeout_third = true },   -- sys_s390_ipc: five arguments, SEMTIMEDOP's timeout in third
  audit_arch = { name = "AUDIT_ARCH_S390X", value = 0x80000016 },   -- seccomp_data.arch, SIGSYS si_arch
}
