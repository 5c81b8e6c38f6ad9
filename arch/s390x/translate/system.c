/* arch/s390x/translate/system.c: supervisor call, program mask and cc
 * (IPM, SPM), access registers (the thread pointer), the time-of-day clock,
 * the facility list, execute (EX, EXRL), prefetch hints. */
#include <signal.h>
#include <string.h>
#include <time.h>

#include "arch/s390x/translate.h"
#include "emu/dbt/exec.h"
#include "emu/mm/guest.h"
#include "emu/signal/signal.h"
#include "emu/sys/sys.h"

/* SVC I: the number travels in the state (arch.c: syscall_nr); the
 * kernel's orig_gpr2 is r2 as the call found it (syscall restart) */
static bool svc(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_ir_put(t->b, 4, S390X_OFF_SVC, s390x_const(t, s390x_field(i, 8, 8)));
	dm_ir_put(t->b, 8, S390X_OFF_ORIG_R2, s390x_get(t, 2));
	s390x_emit(t, DM_IR_SYSCALL, 8, 0, 0, 0, t->next);
	t->end_block = true;
	return true;
}

/* IPM: bits 32-39 of r1 = cc << 4 | program mask (0: no fixed-point or
 * decimal overflow interrupts, dragoman keeps none enabled) */
static bool ipm(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp w = s390x_op2i(t, DM_IR_AND, 8, s390x_get32(t, i->r1), 0x00ffffff);
	w = s390x_op2(t, DM_IR_OR, 8, w, s390x_op2i(t, DM_IR_SHL, 8, s390x_cc_get(t), 28));
	s390x_set32(t, i->r1, w);
	return true;
}

/* SPM: cc from bits 34-35 of r1 (the program mask bits are not kept) */
static bool spm(struct s390x_tr *t, const struct s390x_insn *i)
{
	s390x_cc_static(t, s390x_op2i(t, DM_IR_AND, 8, s390x_op2i(t, DM_IR_SHR, 8, s390x_get32(t, i->r1), 28), 3));
	return true;
}

static bool ear(struct s390x_tr *t, const struct s390x_insn *i)
{
	s390x_set32(t, i->r1, dm_ir_get(t->b, 4, S390X_OFF_A(i->r2)));
	return true;
}
static bool sar(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_ir_put(t->b, 4, S390X_OFF_A(i->r1), s390x_get32(t, i->r2));
	return true;
}
/* LAM LAMY, STAM STAMY: access registers r1 .. r3 */
static bool lam(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2);
	unsigned n = ((i->r3 - i->r1) & 15) + 1;
	for (unsigned k = 0; k < n; k++) {
		dm_temp p = s390x_op2i(t, DM_IR_ADD, 8, a, 4 * k);
		unsigned r = (i->r1 + k) & 15;
		if (i->arg) s390x_st(t, 4, p, dm_ir_get(t->b, 4, S390X_OFF_A(r)));
		else dm_ir_put(t->b, 4, S390X_OFF_A(r), s390x_ld(t, 4, p));
	}
	return true;
}

/* The TOD clock: bit 51 ticks every microsecond, the epoch is 1900-01-01
 * (2208988800 s before the Unix epoch). */
static uint64_t tod_now(void *cpu, uint64_t a, uint64_t b, uint64_t c)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	uint64_t s = (uint64_t)ts.tv_sec + 2208988800ull;
	return s * 1000000ull * 4096 + (uint64_t)ts.tv_nsec * 4096 / 1000;
}

/* STCK STCKF: 8 bytes; STCKE: a zero epoch byte, the clock, zeros; cc 0 */
static bool stck(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2);
	dm_temp v = s390x_call(t, tod_now, 0, 0, 0);
	if (i->arg == 16) {
		s390x_st(t, 1, a, s390x_const(t, 0));
		s390x_st(t, 8, s390x_op2i(t, DM_IR_ADD, 8, a, 1), v);
		s390x_st(t, 4, s390x_op2i(t, DM_IR_ADD, 8, a, 9), s390x_const(t, 0));
		s390x_st(t, 2, s390x_op2i(t, DM_IR_ADD, 8, a, 13), s390x_const(t, 0));
		s390x_st(t, 1, s390x_op2i(t, DM_IR_ADD, 8, a, 15), s390x_const(t, 0));
	} else {
		s390x_st(t, 8, a, v);
	}
	s390x_cc_const(t, 0);
	return true;
}

/* The facility bits of what the front-end implements (bit 0 is the leftmost):
 * 0 N3, 1-2 z/Architecture installed and active, 7 STFLE, 18-19 long
 * displacement, 21 extended immediate, 25 store clock fast, 34 general
 * instructions extension, 35 execute extensions, 45 distinct operands,
 * high-word, interlocked access 1, load/store on condition 1, population
 * count, fast BCR serialization. */
#define FAC(n) (1ull << (63 - (n)))
static const uint64_t facilities = FAC(0) | FAC(1) | FAC(2) | FAC(7) | FAC(18) | FAC(19) | FAC(21) | FAC(25) |
				   FAC(34) | FAC(35) | FAC(45);

/* STFLE: r0's low byte + 1 doublewords offered.  The list is three
 * doublewords (bits 64-191 all zero: no vector facility and nothing after
 * z196); min(offered, 3) are stored, r0's low byte becomes 2 and cc 3 says
 * the offer was short.  The zero doublewords need no byte order: a helper
 * clears them. */
#define STFLE_DWORDS 3
static uint64_t stfle_zero(void *cpu, uint64_t addr, uint64_t offered, uint64_t unused)
{
	uint64_t n = offered < STFLE_DWORDS ? offered : STFLE_DWORDS;
	if (n > 1) memset(dm_g2h(addr + 8), 0, 8 * (n - 1));
	return offered < STFLE_DWORDS ? 3 : 0;
}

static bool stfle(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp a = s390x_addr(t, 0, i->b2, i->d2);
	dm_temp r0 = s390x_get(t, 0);
	dm_temp offered = s390x_op2i(t, DM_IR_ADD, 8, s390x_op2i(t, DM_IR_AND, 8, r0, 0xff), 1);
	s390x_st(t, 8, a, s390x_const(t, facilities));
	dm_temp cc = s390x_call(t, stfle_zero, a, offered, 0);
	s390x_set(t, 0, s390x_op2i(t, DM_IR_OR, 8, s390x_op2i(t, DM_IR_AND, 8, r0, ~0xffull), STFLE_DWORDS - 1));
	s390x_cc_static(t, cc);
	return true;
}

static bool nop(struct s390x_tr *t, const struct s390x_insn *i) { return true; }

/* ECAG: the cache topology.  dragoman describes no caches: the summary
 * (attribute 0) is 0, every other attribute all ones ("not available"). */
static bool ecag(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp ai = s390x_op2i(t, DM_IR_AND, 8, s390x_op2i(t, DM_IR_SHR, 8, s390x_addr(t, 0, i->b2, i->d2), 4), 15);
	dm_temp summary = s390x_rel(t, DM_COND_EQ, 8, ai, s390x_const(t, 0));
	s390x_set(t, i->r1, s390x_select(t, summary, s390x_const(t, 0), s390x_const(t, ~0ull)));
	return true;
}

/* EX, EXRL: the target instruction with bits 8-15 ORed with r1's low byte
 * (unless r1 is 0) runs as if it stood at the target (relative operands are
 * relative to it) and execution goes on after the EX unless it branched.
 * The helper translates it into a one-instruction block, cached per thread
 * by address and bytes, and interprets it; traps and svc in it take effect
 * there.  Returns where execution continues. */
struct ex_entry {
	uint64_t target;
	uint8_t bytes[6];
	uint64_t ex_pc, ex_next;
	struct dm_ir_block b;
	bool used;
};
static __thread struct ex_entry ex_cache[32];

static uint64_t ex_run(void *cpuv, uint64_t target, uint64_t orbyte, uint64_t where)
{
	struct dm_cpu *cpu = cpuv;
	uint64_t ex_pc = where & ~1ull, ex_next = ex_pc + ((where & 1) ? 6 : 4);
	uint8_t code[6] = { 0 };
	const uint8_t *src = dm_g2h(target);
	unsigned len = s390x_ilen(src[0]);
	memcpy(code, src, len);
	code[1] |= (uint8_t)orbyte;
	struct ex_entry *e = &ex_cache[(target >> 1) % 32];
	if (!e->used || e->target != target || memcmp(e->bytes, code, 6) || e->ex_pc != ex_pc || e->ex_next != ex_next) {
		struct dm_ir_block *b = &e->b;
		b->pc = b->end_pc = ex_pc;
		b->n = b->ninsns = 0;
		b->ntemps = 1;
		struct s390x_tr t = { .b = b, .pc = target, .next = ex_next, .cc = { .op = S390X_CC_UNKNOWN } };
		dm_ir_emit(b, DM_IR_INSN, 8, 0, 0, 0, ex_pc);
		struct s390x_insn i;
		/* an execute of an execute is an execute exception (SIGILL
		 * ILL_ILLOPN, as the kernel reports it) */
		bool ok = code[0] != 0x44 && !(code[0] == 0xc6 && (code[1] & 15) == 0);
		if (!ok || !s390x_translate_insn(&t, code, &i)) {
			b->n = 1, b->ntemps = 1;
			t.end_block = false;
			s390x_trap(&t, DM_TRAP_UNDEF, ok ? 0 : ILL_ILLOPN);
		}
		if (!t.end_block) s390x_exit(&t, ex_next);
		e->target = target, e->ex_pc = ex_pc, e->ex_next = ex_next, e->used = true;
		memcpy(e->bytes, code, 6);
	}
	uint64_t trap = 0;
	switch (dm_interp_block(cpu, &e->b, &trap)) {
	case DM_EXIT_JUMP: break;
	case DM_EXIT_SYSCALL: dm_syscall(cpu); break;
	case DM_EXIT_TRAP: {
		/* as emu/dbt/exec.c delivers them, reported at the EX */
		unsigned adv = (trap >> 8) & 0xff;
		cpu->pc = ex_next;
		if ((trap & 0xff) == DM_TRAP_FPE) dm_signal_sync(cpu, SIGFPE, (int)(trap >> 16), ex_pc);
		else if ((trap & 0xff) == DM_TRAP_UNDEF) dm_signal_sync(cpu, SIGILL, (trap >> 16) ? (int)(trap >> 16) : ILL_ILLOPC, ex_pc);
		else {
			cpu->pc = ex_pc;
			dm_signal_sync(cpu, SIGSEGV, SEGV_MAPERR, ex_pc);
		}
		(void)adv;
		break;
	}
	}
	return cpu->pc;
}

static bool ex(struct s390x_tr *t, const struct s390x_insn *i)
{
	dm_temp target = i->arg ? s390x_const(t, t->pc + 2 * (uint64_t)s390x_sext(i->i2, 32))
				: s390x_addr(t, i->x2, i->b2, i->d2);
	dm_temp orb = i->r1 ? s390x_op2i(t, DM_IR_AND, 8, s390x_get(t, i->r1), 0xff) : s390x_const(t, 0);
	dm_temp next = s390x_call(t, ex_run, target, orb, s390x_const(t, t->pc | (i->len == 6)));
	s390x_cc_forget(t);
	s390x_exit_ind(t, next);
	return true;
}

const struct s390x_row s390x_rows_system[] = {
	S390X_ROW(0x0a00, RR, "SVC", svc, 0),
	S390X_ROW(0xb222, RRE, "IPM", ipm, 0),
	S390X_ROW(0x0400, RR, "SPM", spm, 0),
	S390X_ROW(0xb24f, RRE, "EAR", ear, 0),
	S390X_ROW(0xb24e, RRE, "SAR", sar, 0),
	S390X_ROW(0x9a00, RS, "LAM", lam, 0),
	S390X_ROW(0xeb9a, RSY, "LAMY", lam, 0),
	S390X_ROW(0x9b00, RS, "STAM", lam, 1),
	S390X_ROW(0xeb9b, RSY, "STAMY", lam, 1),
	S390X_ROW(0xb205, S, "STCK", stck, 8),
	S390X_ROW(0xb27c, S, "STCKF", stck, 8),
	S390X_ROW(0xb278, S, "STCKE", stck, 16),
	S390X_ROW(0xb2b0, S, "STFLE", stfle, 0),
	S390X_ROW(0xeb4c, RSY, "ECAG", ecag, 0),
	S390X_ROW(0xe336, RXY, "PFD", nop, 0),
	S390X_ROW(0xc602, RIL, "PFDRL", nop, 0),
	S390X_ROW(0x4400, RX, "EX", ex, 0),
	S390X_ROW(0xc600, RIL, "EXRL", ex, 1),
	{ 0 },
};
