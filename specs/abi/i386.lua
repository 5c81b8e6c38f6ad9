-- i386: 8-byte integers are 4-aligned inside structs.
abi "i386" {
  tags = { "x86", "32bit" },
  bits = 32, endian = "little", align = { i64 = 4 },
  clang = { target = "i686-linux-gnu", include = "/usr/i686-linux-gnu/include" },
  numbers = "i386.tbl",
  syscall = { insn = "int $0x80", clone = "backwards", nr = "eax", args = { "ebx", "ecx", "edx", "esi", "edi", "ebp" }, ret = "eax",
              error = "negative", pair64 = "consecutive", old_mmap = true },
  regs = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi" },   -- the instruction encoding's order
  ioc = "generic",
  audit_arch = { name = "AUDIT_ARCH_I386", value = 0x40000003 },   -- seccomp_data.arch, SIGSYS si_arch
}
