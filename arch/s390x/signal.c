/* arch/s390x/signal.c: the s390x signal frames as Linux 6.1 builds them
 * (arch/s390/kernel/signal.c).  A handler with SA_SIGINFO gets an
 * rt_sigframe (caller's register save area, siginfo, ucontext with _sigregs),
 * r2 = signo, r3 = &info, r4 = &uc; one without gets the old-style sigframe
 * (save area, sigcontext {oldmask, &sregs}, _sigregs, signo), r2 = signo,
 * r3 = &sc and, for a memory fault, the program-interruption code in r4 and
 * the translation-exception identification in r5 (the kernel also sets them,
 * and r6 to the breaking-event address, for its other synchronous signals:
 * dragoman does not track those, and leaves r4-r6 as they were).  Both frames start with the
 * back chain (the interrupted r15) and leave no room for the vector
 * registers: dragoman advertises no vector facility, so, as the kernel without
 * MACHINE_HAS_VX, uc_flags is 0 and _sigregs_ext is not part of the frame.
 * r14 returns to SA_RESTORER's restorer or to the vDSO's __kernel_rt_sigreturn
 * / __kernel_sigreturn (since 5.14 the kernel no longer writes an svc into the
 * frame's svc_insn): our trampoline page plays the vDSO.  Guest memory is
 * big-endian; every field is stored through emu/abi/bytes.h. */
#include <string.h>

#include "arch/arch.h"
#include "arch/s390x/cpu.h"
#include "arch/s390x/signal.h"
#include "arch/s390x/signal_layout.h"
#include "emu/abi/bytes.h"
#include "emu/mm/mm.h"
#include "emu/signal/guest_signal.h"

/* PSW mask bits (arch/s390/include/asm/ptrace.h): what problem state runs
 * with (DAT, I/O, external and machine-check interrupts, problem state,
 * primary space), the 64-bit addressing mode (EA | BA), and the condition
 * code in PSW bits 18-19. */
#define PSW_USER_BITS 0x0705000000000000ull
#define PSW_MASK_EA 0x0000000100000000ull
#define PSW_MASK_BA 0x0000000080000000ull
#define PSW_MASK_RI 0x0000008000000000ull
#define PSW_CC_SHIFT 44
/* The FPC bits a program may set (the kernel's test_fp_ctl refuses others):
 * IEEE masks, flags, the data-exception code and the BFP rounding mode. */
#define FPC_VALID 0xf8f8ff07u

static struct s390x_cpu *S(struct dm_cpu *c) { return (struct s390x_cpu *)c; }

/* _sigregs of the interrupted state, as save_sigregs writes it */
static void save_sigregs(uint8_t *sr, const struct s390x_cpu *c)
{
	dm_st64be(sr + SR_PSW_MASK, PSW_USER_BITS | PSW_MASK_EA | PSW_MASK_BA | (uint64_t)s390x_cc_value(c) << PSW_CC_SHIFT);
	dm_st64be(sr + SR_PSW_ADDR, c->common.pc);
	for (int r = 0; r < 16; r++) dm_st64be(sr + SR_GPRS + 8 * r, c->r[r]);
	for (int r = 0; r < 16; r++) dm_st32be(sr + SR_ACRS + 4 * r, c->a[r]);
	dm_st32be(sr + SR_FPC, c->fpc);
	for (int r = 0; r < 16; r++) dm_st64be(sr + SR_FPRS + 8 * r, c->f[r]);
}

/* restore_sigregs: only the user-settable PSW bits (the condition code here)
 * come back; the runtime-instrumentation bit and an invalid FPC are refused */
static bool restore_sigregs(struct s390x_cpu *c, const uint8_t *sr)
{
	uint64_t mask = dm_ld64be(sr + SR_PSW_MASK);
	uint32_t fpc = dm_ld32be(sr + SR_FPC);
	if ((mask & PSW_MASK_RI) || (fpc & ~FPC_VALID)) return false;
	s390x_cc_set(c, (mask >> PSW_CC_SHIFT) & 3);
	c->common.pc = dm_ld64be(sr + SR_PSW_ADDR);
	for (int r = 0; r < 16; r++) c->r[r] = dm_ld64be(sr + SR_GPRS + 8 * r);
	for (int r = 0; r < 16; r++) c->a[r] = dm_ld32be(sr + SR_ACRS + 4 * r);
	c->fpc = fpc;
	for (int r = 0; r < 16; r++) c->f[r] = dm_ld64be(sr + SR_FPRS + 8 * r);
	return true;
}

/* A fault's program-interruption code and translation-exception
 * identification (old-style frames pass them in r4 and r5): protection (4)
 * for a mapped page, page translation (0x11) otherwise; the TEID holds the
 * page address and, with the fetch/store indication, 0x400 for a store, 0x800
 * for a fetch. */
static void fault_regs(struct s390x_cpu *c, const struct dm_gfault *f)
{
	c->r[4] = f->mapped ? 0x04 : 0x11;
	c->r[5] = (f->addr & ~0xfffull) | (f->access == DM_FAULT_WRITE ? 0x400 : 0x800);
}

bool s390x_signal_frame(struct dm_cpu *cpu, const struct dm_gsiginfo *info, const struct dm_gsigaction *a,
			const uint64_t oldmask[2], uint64_t sp, uint64_t restorer, const uint64_t altstack[3])
{
	struct s390x_cpu *c = S(cpu);
	static __thread uint8_t f[RT_SIZE > SF_SIZE ? RT_SIZE : SF_SIZE];
	bool rt = (a->flags & S390X_SA_SIGINFO) != 0;
	size_t size = rt ? RT_SIZE : SF_SIZE;
	uint64_t frame = (sp - size) & ~7ull;
	memset(f, 0, size);
	dm_st64be(f, c->r[15]);                           /* back chain */
	if (rt) {
		memcpy(f + RT_INFO, info->bytes, sizeof info->bytes);
		dm_st64be(f + RT_UC_STACK + SS_SP, altstack[0]);
		dm_st32be(f + RT_UC_STACK + SS_FLAGS, (uint32_t)altstack[1]);
		dm_st64be(f + RT_UC_STACK + SS_SIZE, altstack[2]);
		save_sigregs(f + RT_SREGS, c);
		dm_st64be(f + RT_SIGMASK, oldmask[0]);
	} else {
		dm_st64be(f + SF_OLDMASK, oldmask[0]);
		dm_st64be(f + SF_SREGS_PTR, frame + SF_SREGS);
		save_sigregs(f + SF_SREGS, c);
		/* the kernel stores the interrupted r2 here ("the signal number, for
		 * backtraces"), before it loads r2 with the signal number */
		dm_st32be(f + SF_SIGNO, (uint32_t)c->r[2]);
	}
	if (dm_copy_to_guest(frame, f, size)) return false;
	if (a->flags & S390X_SA_RESTORER) c->r[14] = a->restorer;
	else c->r[14] = rt ? restorer : restorer + S390X_SIGTRAMP_SIGRETURN;
	c->r[15] = frame;
	c->r[2] = (uint64_t)info->signo;
	if (rt) {
		c->r[3] = frame + RT_INFO;
		c->r[4] = frame + RT_UC;
		c->r[5] = 0;              /* the breaking-event address: not tracked */
	} else {
		c->r[3] = frame + SF_SC;
		if (info->fault.access) fault_regs(c, &info->fault);
	}
	c->common.pc = a->handler;
	return true;
}

bool s390x_signal_return(struct dm_cpu *cpu, uint64_t mask[2], uint64_t altstack[3])
{
	struct s390x_cpu *c = S(cpu);
	static __thread uint8_t f[RT_SIZE];
	if (dm_copy_from_guest(f, c->r[15], RT_SIZE)) return false;
	if (!restore_sigregs(c, f + RT_SREGS)) return false;
	mask[0] = dm_ld64be(f + RT_SIGMASK);
	mask[1] = 0;
	altstack[0] = dm_ld64be(f + RT_UC_STACK + SS_SP);
	altstack[1] = dm_ld32be(f + RT_UC_STACK + SS_FLAGS);
	altstack[2] = dm_ld64be(f + RT_UC_STACK + SS_SIZE);
	return true;
}

bool s390x_signal_return_old(struct dm_cpu *cpu, uint64_t mask[2])
{
	struct s390x_cpu *c = S(cpu);
	static __thread uint8_t f[SF_SIZE];
	if (dm_copy_from_guest(f, c->r[15], SF_SIZE)) return false;
	if (!restore_sigregs(c, f + SF_SREGS)) return false;
	mask[0] = dm_ld64be(f + SF_OLDMASK);
	mask[1] = 0;
	return true;
}

/* The vDSO's __kernel_rt_sigreturn and __kernel_sigreturn: svc 173 and svc
 * 119, each followed by a zero halfword (an invalid opcode, should the call
 * ever return).  The unwinders recognise a signal frame by these svcs at the
 * return address. */
const uint8_t s390x_sigtramp[] = { 0x0a, 173, 0x00, 0x00, 0x0a, 119, 0x00, 0x00 };
const size_t s390x_sigtramp_len = sizeof s390x_sigtramp;
_Static_assert(S390X_SIGTRAMP_SIGRETURN == 4, "sigreturn's entry follows rt_sigreturn's");
_Static_assert(sizeof s390x_sigtramp == S390X_SIGTRAMP_LEN, "S390X_SIGTRAMP_LEN");
