-- 32-bit ARM, EABI: 64-bit arguments go in an even/odd register pair.
abi "arm" {
  tags = { "arm", "32bit" },
  bits = 32, endian = "little",
  clang = { target = "arm-linux-gnueabi", include = "/usr/arm-linux-gnueabi/include" },
  numbers = "arm.tbl",
  private_numbers = { prefix = "__ARM_NR_", as = "ARM_", skip = { "__ARM_NR_BASE" } },
  syscall = { insn = "svc #0", clone = "backwards", nr = "r7", args = { "r0", "r1", "r2", "r3", "r4", "r5", "r6" }, ret = "r0",
              error = "negative", pair64 = "aligned" },
  ipc = { shmlba = { pages = 4 }, force_shmlba = true, old_ctl = true },
  regs = { numbered("r", 0, 12), "sp", "lr", "pc" },
  ioc = "generic",
  audit_arch = { name = "AUDIT_ARCH_ARM", value = 0x40000028 },   -- seccomp_data.arch, SIGSYS si_arch
}
