-- ARC (ARCv2, 32-bit little endian): asm-generic syscall numbering; 8-byte integers are
-- 4-aligned.  clang 14's arc target predefines big-endian macros (Debian's arc port is
-- little endian), so the probe undefines them: see docs/specs.md, "clang workarounds".
abi "arc" {
  tags = { "arc", "unistd-generic", "32bit" },
  bits = 32, endian = "little", align = { i64 = 4 },
  clang = { target = "arc-linux-gnu", include = "/usr/arc-linux-gnu/include",
            defines = { "__BYTE_ORDER__=__ORDER_LITTLE_ENDIAN__", "__LITTLE_ENDIAN__=1" },
            undefines = { "__BIG_ENDIAN__", "__BYTE_ORDER__" } },
  numbers = "arc.tbl",
  syscall = { insn = "trap_s 0", clone = "backwards", nr = "r8", args = { "r0", "r1", "r2", "r3", "r4", "r5" }, ret = "r0",
              error = "negative", pair64 = "consecutive" },
  ipc = { shmlba = { pages = 2 }, force_shmlba = true },
  regs = { numbered("r", 0, 25), "gp", "fp", "sp", "ilink", "r30", "blink" },
  ioc = "generic",
  audit_arch = { name = "AUDIT_ARCH_ARCV2", value = 0x400000C3 },   -- seccomp_data.arch, SIGSYS si_arch
}
