-- PA-RISC, 32-bit: no clang target in Debian's clang 14 ("not checked: no clang target").
abi "hppa" {
  tags = { "hppa", "32bit" },
  bits = 32, endian = "big",
  clang = { target = false, include = "/usr/hppa-linux-gnu/include", draft_target = "powerpc-linux-gnu" },
  numbers = "hppa.tbl",
  syscall = { insn = "ble 0x100(%sr2, %r0)", clone = "normal", nr = "r20", args = { "r26", "r25", "r24", "r23", "r22", "r21" },
              ret = "r28", error = "negative", pair64 = "consecutive" },  -- parisc_pread64(fd, buf, count, high, low)
  regs = { numbered("r", 0, 31) },
  ioc = "hppa",
  audit_arch = { name = "AUDIT_ARCH_PARISC", value = 0x0000000F },   -- seccomp_data.arch, SIGSYS si_arch
}
