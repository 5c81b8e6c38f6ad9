-- m68k: int, long, pointers and 8-byte integers are 2-aligned.  clang 14's m68k target
-- does not know this rule, so the checker lays out its probes under #pragma pack(2)
-- (see docs/specs.md, "m68k alignment").
abi "m68k" {
  tags = { "m68k", "32bit" },
  bits = 32, endian = "big", align = { max = 2 },
  clang = { target = "m68k-linux-gnu", include = "/usr/m68k-linux-gnu/include", pack = 2 },
  numbers = "m68k.tbl",
  syscall = { insn = "trap #0", clone = "normal", nr = "d0", args = { "d1", "d2", "d3", "d4", "d5", "a0" }, ret = "d0",
              error = "negative", pair64 = "consecutive", old_mmap = true },
  regs = { numbered("d", 0, 7), numbered("a", 0, 6), "sp" },   -- sp is a7
  ioc = "generic",
  audit_arch = { name = "AUDIT_ARCH_M68K", value = 0x00000004 },   -- seccomp_data.arch, SIGSYS si_arch
}
