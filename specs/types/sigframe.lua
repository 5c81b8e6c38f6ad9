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

-- arm64: the machine context; s390: the old-style frame's sigcontext, which
-- points at the _sigregs that follow it; arm: the general registers and CPSR
-- (the VFP registers are in the ucontext's uc_regspace).
struct "sigcontext" {
  headers = { "asm/sigcontext.h" },
  only = { "arm64", "s390", "arm" }, cdefs = true,
  variants = {
    { when = { "arm" },
      { "trap_no", "ulong" }, { "error_code", "ulong" }, { "oldmask", "ulong" },
      { "arm_r0", "ulong" }, { "arm_r1", "ulong" }, { "arm_r2", "ulong" }, { "arm_r3", "ulong" },
      { "arm_r4", "ulong" }, { "arm_r5", "ulong" }, { "arm_r6", "ulong" }, { "arm_r7", "ulong" },
      { "arm_r8", "ulong" }, { "arm_r9", "ulong" }, { "arm_r10", "ulong" }, { "arm_fp", "ulong" },
      { "arm_ip", "ulong" }, { "arm_sp", "ulong" }, { "arm_lr", "ulong" }, { "arm_pc", "ulong" },
      { "arm_cpsr", "ulong" }, { "fault_address", "ulong" } },
    { when = { "arm64" },
      { "fault_address", "u64" }, { "regs", "u64[31]" }, { "sp", "u64" }, { "pc", "u64" }, { "pstate", "u64" },
      { "__reserved", "u8[4096]", align = 16 } },
    { when = { "s390" }, { "oldmask", "ulong[1]" }, { "sregs", "ptr" } },
  },
}

-- uc_sigmask is the kernel's one-word sigset; glibc's is 1024 bits, hence __unused.
-- s390 puts the machine context (_sigregs) before the mask.
struct "ucontext" {
  headers = { "asm/signal.h", "asm/sigcontext.h", "asm/ucontext.h" },
  only = { "arm64", "s390" }, cdefs = true,
  variants = {
    { when = { "arm64" },
      { "uc_flags", "ulong" }, { "uc_link", "ptr" }, { "uc_stack", "struct stack_t" },
      { "uc_sigmask", "struct sigset" }, { "__unused", "u8[120]", pad = true },
      { "uc_mcontext", "struct sigcontext" } },
    { when = { "s390" },
      { "uc_flags", "ulong" }, { "uc_link", "ptr" }, { "uc_stack", "struct stack_t" },
      { "uc_mcontext", "struct sigregs" }, { "uc_sigmask", "struct sigset" }, { "__unused", "u8[120]", pad = true } },
  },
}

-- struct rt_sigframe is the kernel's own (arch/<arch>/kernel/signal.c), declared
-- for the checker in gen/shim/dm/kernel_internal.h.  arm64: siginfo, then
-- ucontext.  s390 (Linux 6.1): the 160-byte register save area of the
-- handler's caller, a 2-byte svc_insn slot (where kernels before 5.14 wrote
-- "svc rt_sigreturn"; 5.14 and later return through the vDSO and leave it
-- unwritten, but keep the layout), siginfo, then the extended ucontext.
struct "rt_sigframe" {
  headers = { "dm/kernel_internal.h" },
  only = { "arm64", "s390", "arm" }, cdefs = true,
  variants = {
    { when = { "arm64" }, { "info", "struct siginfo" }, { "uc", "struct ucontext" } },
    { when = { "arm" }, { "info", "struct siginfo" }, { "sig", "struct sigframe" } },
    { when = { "s390" },
      { "callee_used_stack", "u8[160]" }, { "svc_insn", "u16" }, { "info", "struct siginfo" },
      { "uc", "struct ucontext_extended" } },
  },
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

-- s390 (asm/sigcontext.h, asm/ucontext.h): the PSW, r0-r15 and a0-a15, then
-- the FP control register and f0-f15 (`double` in the header; the bits are what
-- matters here); _sigregs_ext holds the vector registers, which only a machine
-- with the vector facility fills (the frame keeps room for it either way).
struct "s390_psw" {
  ctype = "_psw_t",
  headers = { "asm/sigcontext.h" },
  only = { "s390" }, cdefs = true,
  { "mask", "ulong" }, { "addr", "ulong" },
}

struct "s390_regs_common" {
  ctype = "_s390_regs_common",
  headers = { "asm/sigcontext.h" },
  only = { "s390" }, cdefs = true,
  { "psw", "struct s390_psw" }, { "gprs", "ulong[16]" }, { "acrs", "uint[16]" },
}

struct "s390_fp_regs" {
  ctype = "_s390_fp_regs",
  headers = { "asm/sigcontext.h" },
  only = { "s390" }, cdefs = true,
  { "fpc", "uint" }, { "pad", "uint", pad = true }, { "fprs", "u64[16]" },
}

struct "sigregs" {
  ctype = "_sigregs",
  headers = { "asm/sigcontext.h" },
  only = { "s390" }, cdefs = true,
  { "regs", "struct s390_regs_common" }, { "fpregs", "struct s390_fp_regs" },
}

-- vxrs_high is __vector128[16], a struct of four __u32 each (4-aligned)
struct "sigregs_ext" {
  ctype = "_sigregs_ext",
  headers = { "asm/sigcontext.h" },
  only = { "s390x" }, cdefs = true,
  { "vxrs_low", "u64[16]" }, { "vxrs_high", "u32[64]" }, { "__reserved", "u8[128]", pad = true },
}

struct "ucontext_extended" {
  ctype = "struct ucontext_extended",
  headers = { "asm/signal.h", "asm/sigcontext.h", "asm/ucontext.h" },
  only = { "s390x" }, cdefs = true,
  { "uc_flags", "ulong" }, { "uc_link", "ptr" }, { "uc_stack", "struct stack_t" },
  { "uc_mcontext", "struct sigregs" }, { "uc_sigmask", "struct sigset" }, { "__unused", "u8[120]", pad = true },
  { "uc_mcontext_ext", "struct sigregs_ext" },
}

-- The old-style frame (a handler without SA_SIGINFO), the kernel's struct
-- sigframe (gen/shim/dm/kernel_internal.h).  s390x (arch/s390/kernel/signal.c,
-- Linux 6.1): svc_insn moves with the size of sregs_ext and is not written
-- since 5.14.  arm (arch/arm/kernel/signal.h): the ucontext and four words of
-- return code (the kernel returns through its signal page instead), and the
-- rt_sigframe embeds it after the siginfo.
struct "sigframe" {
  headers = { "dm/kernel_internal.h" },
  only = { "s390x", "arm" }, cdefs = true,
  variants = {
    { when = { "s390x" },
      { "callee_used_stack", "u8[160]" }, { "sc", "struct sigcontext" }, { "sregs", "struct sigregs" },
      { "signo", "int" }, { "sregs_ext", "struct sigregs_ext" }, { "svc_insn", "u16" } },
    { when = { "arm" }, { "uc", "struct arm_ucontext" }, { "retcode", "ulong[4]" } },
  },
}

-- arm (arch/arm/include/asm/ucontext.h, not exported to userspace: declared in
-- gen/shim/dm/kernel_internal.h).  The kernel's 64-bit sigset, padding to
-- glibc's 1024 bits, then uc_regspace: the coprocessor records, each {magic,
-- size}; the kernel without iWMMXt writes the VFP record and a zero word.
struct "arm_ucontext" {
  ctype = "struct ucontext",
  headers = { "dm/kernel_internal.h" },
  only = { "arm" }, cdefs = true,
  { "uc_flags", "ulong" }, { "uc_link", "ptr" }, { "uc_stack", "struct stack_t" },
  { "uc_mcontext", "struct sigcontext" }, { "uc_sigmask", "struct sigset" }, { "__unused", "u8[120]", pad = true },
  { "uc_regspace", "ulong[128]", align = 8 },
}

struct "user_vfp" {
  headers = { "dm/kernel_internal.h" },
  only = { "arm" }, cdefs = true,
  { "fpregs", "u64[32]" }, { "fpscr", "ulong" },
}

struct "user_vfp_exc" {
  headers = { "dm/kernel_internal.h" },
  only = { "arm" }, cdefs = true,
  { "fpexc", "ulong" }, { "fpinst", "ulong" }, { "fpinst2", "ulong" },
}

struct "vfp_sigframe" {
  headers = { "dm/kernel_internal.h" },
  only = { "arm" }, cdefs = true,
  { "magic", "ulong" }, { "size", "ulong" }, { "ufp", "struct user_vfp" }, { "ufp_exc", "struct user_vfp_exc" },
}

-- s390 frame constants (asm/sigcontext.h, asm/ucontext.h): the caller's register
-- save area the frame starts with, and uc_flags bits.
constset "s390_sigframe" {
  kind = "enum",
  headers = { "asm/sigcontext.h", "asm/ucontext.h" },
  cdefs = true,
  values = { __SIGNAL_FRAMESIZE = NONE, __NUM_GPRS = NONE, __NUM_FPRS = NONE, __NUM_ACRS = NONE,
             UC_GPRS_HIGH = NONE, UC_VXRS = NONE },
  overrides = {
    s390x = { __SIGNAL_FRAMESIZE = 160, __NUM_GPRS = 16, __NUM_FPRS = 16, __NUM_ACRS = 16, UC_GPRS_HIGH = 1, UC_VXRS = 2 },
  },
}
