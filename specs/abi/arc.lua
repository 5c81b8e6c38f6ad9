-- ARC (ARCv2, 32-bit): asm-generic syscall numbering; 8-byte integers are 4-aligned.
abi "arc" {
  tags = { "arc", "unistd-generic", "32bit" },
  bits = 32, endian = "little", align = { i64 = 4 },
  clang = { target = "arc-linux-gnu", include = "/usr/arc-linux-gnu/include" },
  numbers = "arc.tbl",
  syscall = { insn = "trap_s 0", nr = "r8", args = { "r0", "r1", "r2", "r3", "r4", "r5" }, ret = "r0",
              error = "negative", pair64 = "consecutive" },
  ioc = "generic",
}
