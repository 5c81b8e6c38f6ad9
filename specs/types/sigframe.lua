-- Signal frames: what the kernel writes on the guest stack when it runs a
-- handler (arch/<arch>/kernel/signal.c), read back by rt_sigreturn.  These
-- types are never syscall arguments; they are marked cdefs = true so the
-- generator writes their offsets into generated/<abi>/defs.h for the
-- per-architecture frame writer (arch/<arch>/signal.c).

-- arm64 (asm/sigcontext.h, asm/ucontext.h).  The machine context ends in
-- 4096 bytes of records, each starting with {magic, size}: FP/SIMD always,
-- ESR for a data abort, then a zero terminator.
struct "aarch64_ctx" {
  ctype = "struct _aarch64_ctx",
  headers = { "asm/sigcontext.h" },
  only = { "arm64" }, cdefs = true,
  { "magic", "u32" }, { "size", "u32" },
}

struct "fpsimd_context" {
  headers = { "asm/sigcontext.h" },
  only = { "arm64" }, cdefs = true,
  { "head", "struct aarch64_ctx" }, { "fpsr", "u32" }, { "fpcr", "u32" }, { "vregs", "u128[32]" },
}

struct "esr_context" {
  headers = { "asm/sigcontext.h" },
  only = { "arm64" }, cdefs = true,
  { "head", "struct aarch64_ctx" }, { "esr", "u64" },
}

struct "sigcontext" {
  headers = { "asm/sigcontext.h" },
  only = { "arm64" }, cdefs = true,
  { "fault_address", "u64" }, { "regs", "u64[31]" }, { "sp", "u64" }, { "pc", "u64" }, { "pstate", "u64" },
  { "__reserved", "u8[4096]", align = 16 },
}

-- uc_sigmask is the kernel's one-word sigset; glibc's is 1024 bits, hence __unused.
struct "ucontext" {
  headers = { "asm/signal.h", "asm/sigcontext.h", "asm/ucontext.h" },
  only = { "arm64" }, cdefs = true,
  { "uc_flags", "ulong" }, { "uc_link", "ptr" }, { "uc_stack", "struct stack_t" },
  { "uc_sigmask", "struct sigset" }, { "__unused", "u8[120]", pad = true },
  { "uc_mcontext", "struct sigcontext" },
}

-- struct rt_sigframe is the kernel's own (arch/arm64/kernel/signal.c), declared
-- for the checker in gen/shim/dm/kernel_internal.h: siginfo, then ucontext.
struct "rt_sigframe" {
  headers = { "dm/kernel_internal.h" },
  only = { "arm64" }, cdefs = true,
  { "info", "struct siginfo" }, { "uc", "struct ucontext" },
}

-- The {fp, lr} record the kernel pushes below the frame (struct frame_record).
struct "frame_record" {
  headers = { "dm/kernel_internal.h" },
  only = { "arm64" }, cdefs = true,
  { "fp", "u64" }, { "lr", "u64" },
}

-- The record magics (asm/sigcontext.h); the other ABIs have none of them.
constset "aarch64_ctx_magic" {
  kind = "enum",
  headers = { "asm/sigcontext.h" },
  cdefs = true,
  values = { FPSIMD_MAGIC = NONE, ESR_MAGIC = NONE, EXTRA_MAGIC = NONE, SVE_MAGIC = NONE },
  overrides = {
    arm64 = { FPSIMD_MAGIC = 0x46508001, ESR_MAGIC = 0x45535201, EXTRA_MAGIC = 0x45585401, SVE_MAGIC = 0x53564501 },
  },
}
