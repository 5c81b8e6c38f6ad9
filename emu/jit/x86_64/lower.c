/* emu/jit/x86_64/lower.c: IR block -> x86_64 code.
 *
 * Three steps over one block (docs/jit.md has the why):
 *  1. rewrite a copy of the IR: GET forwarding (a GET of a state slot the
 *     block already read or wrote becomes the temp that holds it), identities
 *     (x | 0, x + 0: the front-end's register moves), dead-code removal,
 *     [reg + disp] folding of ADD-with-constant addresses;
 *  2. flag fusion: a COND on a SUBF/ADDF/LOGICF result is computed with
 *     setcc right after the host cmp/add/test; NZCV is materialised (lahf +
 *     seto + one multiply) only when something else uses it (a PUT);
 *  (steps 1 and 2 are analyse.c)
 *  3. one forward pass that allocates host registers to temps (linear scan:
 *     SSA temps, one basic block with side exits only) and emits code.
 *
 * PUTs are stored eagerly, so guest state in the CPU struct is exact at every
 * instruction that can fault; cpu->pc is stored at each guest instruction
 * that contains a fault point (memory, atomics, CALL, TRAP). */
#include <cpuid.h>
#include <stddef.h>
#include <stdlib.h>

#include "emu/dbt/helpers.h"
#include "emu/dbt/ir_v128.h"
#include "emu/jit/x86_64/lower.h"
#include "emu/mm/guest.h"

static const uint8_t alloc_order_caller[] = { RSI, RDI, R8, R9, R10, RBX, RBP, R12, R13, R14 };
static const uint8_t alloc_order_callee[] = { RBX, RBP, R12, R13, R14, RSI, RDI, R8, R9, R10 };
#define CALLER_SAVED ((1u << RSI) | (1u << RDI) | (1u << R8) | (1u << R9) | (1u << R10))

/* ---- conditions ----------------------------------------------------------- */

/* bit i set: condition cc holds for flags == i */
static uint32_t cond_mask(unsigned cc)
{
	uint32_t m = 0;
	for (unsigned f = 0; f < 16; f++)
		if (dm_ir_cond_holds((enum dm_cond)(cc & 15), f)) m |= 1u << f;
	return m;
}

/* The x86 condition that equals condition cc (enum dm_cond) right after the
 * host instruction lowering flag op `op`, or -1. */
int x86_fused_cc(int op, unsigned cc)
{
	static const int8_t sub[14] = { CC_E, CC_NE, CC_AE, CC_B, CC_S, CC_NS, CC_O, CC_NO, CC_A, CC_BE, CC_GE, CC_L, CC_G, CC_LE };
	static const int8_t add[14] = { CC_E, CC_NE, CC_B, CC_AE, CC_S, CC_NS, CC_O, CC_NO, -1, -1, CC_GE, CC_L, CC_G, CC_LE };
	static const int8_t logic[14] = { CC_E, CC_NE, -1, -1, CC_S, CC_NS, -1, -1, -1, -1, CC_GE, CC_L, CC_G, CC_LE };
	if (cc >= 14) return -1;
	switch (op) {
	case DM_IR_SUBF: return sub[cc];
	case DM_IR_ADDF: return add[cc];
	case DM_IR_LOGICF: return logic[cc];
	default: return -1;
	}
}

/* ---- register allocation ------------------------------------------------- */

static void spill(struct cg *g, int r)
{
	dm_temp u = g->regtemp[r];
	if (!u) return;
	if (g->nslots >= DM_X86_SLOTS) { g->fail = true; g->nslots = 0; }
	uint16_t s = (uint16_t)g->nslots++;
	x_store(g->x, 8, r, RSP, 8 * s);
	g->t[u].loc = L_SLOT;
	g->t[u].slot = s;
	g->regtemp[r] = 0;
}

static int alloc_reg(struct cg *g, dm_temp t)
{
	const uint8_t *order = g->t[t].cross ? alloc_order_callee : alloc_order_caller;
	const uint32_t reserved = g->window ? 1u << REG_GBASE : 0;
	for (int i = 0; i < 10; i++)
		if (!g->regtemp[order[i]] && !(reserved & (1u << order[i]))) return order[i];
	/* evict the live temp used furthest away */
	int best = -1;
	int32_t far = -1;
	for (int i = 0; i < 10; i++) {
		int r = order[i];
		if ((g->lockmask | reserved) & (1u << r)) continue;
		if (g->t[g->regtemp[r]].last > far) { far = g->t[g->regtemp[r]].last; best = r; }
	}
	if (best < 0) { g->fail = true; return RBX; }
	spill(g, best);
	return best;
}

/* Give t (being defined now) a register and return it. */
int x86_def(struct cg *g, dm_temp t)
{
	int r = alloc_reg(g, t);
	g->regtemp[r] = t;
	g->t[t].loc = L_REG;
	g->t[t].reg = (uint8_t)r;
	g->lockmask |= 1u << r;
	return r;
}

static bool is_flag_op(int op) { return op >= DM_IR_ADDF && op <= DM_IR_LOGICF; }
static bool is_const(struct cg *g, dm_temp t) { return g->t[t].loc == L_CONST; }
bool x86_const_s32(struct cg *g, dm_temp t, int32_t *v)
{
	if (g->t[t].loc != L_CONST || !fits_s32((int64_t)g->t[t].cval)) return false;
	*v = (int32_t)g->t[t].cval;
	return true;
}

/* Put t's value in a register: its own, or `scratch`. */
int x86_fetch(struct cg *g, dm_temp t, int scratch)
{
	struct tinfo *ti = &g->t[t];
	switch (ti->loc) {
	case L_REG: g->lockmask |= 1u << ti->reg; return ti->reg;
	case L_SLOT: x_load(g->x, 8, scratch, RSP, 8 * ti->slot); return scratch;
	case L_CONST: x_mov_imm(g->x, scratch, ti->cval); return scratch;
	default: g->fail = true; return scratch;  /* use of an undefined temp */
	}
}

/* Copy t's value into register r (a scratch). */
void x86_fetch_to(struct cg *g, dm_temp t, int r)
{
	int s = x86_fetch(g, t, r);
	if (s != r) x_mov_rr(g->x, 8, r, s);
}

/* Operands whose last use is insn i give their registers back. */
void x86_release(struct cg *g, int32_t i, const struct dm_ir_insn *x)
{
	const dm_temp ops[3] = { x->a, x->b, x->c };
	for (int k = 0; k < dm_ir_op_nsrc[x->op]; k++) {
		struct tinfo *ti = &g->t[ops[k]];
		if (ops[k] && ti->loc == L_REG && ti->last <= i) {
			g->regtemp[ti->reg] = 0;
			ti->loc = L_NONE;
		}
	}
}

static void release_abase(struct cg *g, int32_t i)
{
	struct tinfo *ti = &g->t[g->abase[i]];
	if (g->abase[i] && ti->loc == L_REG && ti->last <= i) {
		g->regtemp[ti->reg] = 0;
		ti->loc = L_NONE;
	}
}

/* ---- helpers for the lowering -------------------------------------------- */

static void store_pc_imm(struct cg *g, uint64_t pc)
{
	if (fits_s32((int64_t)pc)) {
		x_store_imm(g->x, 8, REG_CPU, 0, (int32_t)pc);
	} else {
		x_mov_imm(g->x, RAX, pc);
		x_store(g->x, 8, RAX, REG_CPU, 0);
	}
}

/* before an instruction that can fault or look at cpu->pc */
static void fault_point(struct cg *g)
{
	if (!g->pc_stored) {
		store_pc_imm(g, g->pc);
		g->pc_stored = true;
	}
}

static void count_insns(struct cg *g)
{
	if (g->ninsn) x_alu_mi(g->x, ALU_ADD, 8, REG_CPU, offsetof(struct dm_cpu, insns), (int32_t)g->ninsn);
}

static void to_epilogue(struct cg *g, uint64_t rax)
{
	x_mov_imm(g->x, RAX, rax);
	x_jmp_to(g->x, dm_x86_rt.epilogue);
}

/* A direct exit to guest pc: a patchable jmp (4-byte aligned rel32), at first
 * aimed at a stub that tells the dispatcher which site wants linking. */
static void exit_chain(struct cg *g, uint64_t pc)
{
	count_insns(g);
	while (((uintptr_t)g->x->p + 1) & 3 && !g->x->overflow) x_b(g->x, 0x90);   /* a full buffer does not advance */
	struct dm_jit_exit *e = dm_x86_new_exit();
	e->kind = DM_JIT_EXIT_CHAIN;
	e->gen = dm_x86_rt.gen;
	e->src = g->tb;
	e->value = pc;
	e->site = x_jmp(g->x);
	e->unchained = g->x->p;
	x_patch(e->site, e->unchained);
	store_pc_imm(g, pc);
	to_epilogue(g, (uintptr_t)e);
}

/* dst at width size from a 32/64-bit host result in r (sizes 1 and 2 mask) */
static void narrow(struct cg *g, unsigned size, int r)
{
	if (size == 1) x_movzx8(g->x, r, r);
	else if (size == 2) x_movzx16(g->x, r, r);
}


/* d = a OP b for the two-address ALU ops */
static void alu2(struct cg *g, int op, bool commutative, const struct dm_ir_insn *in, int32_t i)
{
	int sz = hsz(in->size);
	int ra = x86_fetch(g, in->a, RCX);
	int32_t imm;
	bool bimm = x86_const_s32(g, in->b, &imm);
	if (!bimm && sz == 4 && is_const(g, in->b)) {   /* a 32-bit op reads 32 bits of any constant */
		imm = (int32_t)(uint32_t)g->t[in->b].cval;
		bimm = true;
	}
	int rb = bimm ? -1 : x86_fetch(g, in->b, RDX);
	x86_release(g, i, in);
	int d = x86_def(g, in->dst);
	if (bimm) {
		x_mov_rr(g->x, sz, d, ra);
		x_alu_ri(g->x, op, sz, d, imm);
	} else if (d == rb && d != ra) {
		if (commutative) {
			x_alu_rr(g->x, op, sz, d, ra);
		} else {
			x_mov_rr(g->x, sz, RAX, ra);
			x_alu_rr(g->x, op, sz, RAX, rb);
			x_mov_rr(g->x, 8, d, RAX);
		}
	} else {
		x_mov_rr(g->x, sz, d, ra);
		x_alu_rr(g->x, op, sz, d, rb);
	}
	narrow(g, in->size, d);
}

/* memory operand for a guest access: base register (with, for a window, the
 * index REG_GBASE: `*base & 15` is the register holding the guest address)
 * and disp.  64-bit guests: [address (+ folded constant)], dm_guest_base
 * being 0.  A window (32-bit guest): [address + r14], the address
 * zero-extended from 32 bits first unless known to be, so an address that
 * wrapped at 2^32 stays in the window as on the 32-bit CPU. */
static void guest_addr(struct cg *g, int32_t i, int *base, int32_t *disp)
{
	dm_temp a = g->abase[i] ? g->abase[i] : g->in[i].a;
	*disp = g->abase[i] ? g->adisp[i] : 0;
	if (!g->window) {
		*base = x86_fetch(g, a, R11);
		return;
	}
	int r;
	if (is_const(g, a)) {
		r = R11;
		x_mov_imm(g->x, r, (uint32_t)g->t[a].cval);
	} else {
		r = x86_fetch(g, a, R11);
		if (g->t[a].zext > 4) {
			x_mov_rr(g->x, 4, R11, r);
			r = R11;
		}
	}
	*base = r | XIDX(REG_GBASE);
}

/* ---- byte order ------------------------------------------------------------ */

/* MOVBE for big-endian guest memory when the host has it (CPUID.1:ECX bit
 * 22) and DM_JIT_NO_MOVBE is not set (tests force the BSWAP path with it). */
static bool have_movbe(void)
{
	static int known = -1;
	if (known < 0) {
		unsigned a, b, c = 0, d;
		const char *e = getenv("DM_JIT_NO_MOVBE");
		known = __get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 22)) && !(e && *e && *e != '0');
	}
	return known > 0;
}

static bool big_endian(const struct dm_ir_insn *in) { return (in->flags & DM_IR_F_BE) && in->size > 1; }

/* reverse the low `size` bytes of r (size 2: the rest of r is kept; 4: zeroed) */
static void swap_w(struct xbuf *x, unsigned size, int r)
{
	if (size == 2) x_shift_imm(x, SH_ROL, 2, r, 8);
	else if (size >= 4) x_bswap(x, size == 8 ? 8 : 4, r);
}

static uint64_t bswap_value(uint64_t v, unsigned size)
{
	return size == 2 ? __builtin_bswap16((uint16_t)v) : size == 4 ? __builtin_bswap32((uint32_t)v) : size == 8 ? __builtin_bswap64(v) : v;
}

/* d = mem (size bytes, big-endian), zero- or sign-extended to 64 bits */
static void load_be(struct xbuf *x, unsigned size, bool sign, int d, int base, int32_t disp)
{
	if (have_movbe()) {
		x_movbe_load(x, (int)size, d, base, disp);
	} else {
		x_load(x, (int)size, d, base, disp);
		swap_w(x, size, d);
	}
	if (size == 2) sign ? x_movsx16(x, d, d) : x_movzx16(x, d, d);
	else if (size == 4 && sign) x_movsx32(x, d, d);
}

/* r = count of leading zeros of the low `bits` of s (s != r allowed), via bsr */
static void clz_into(struct cg *g, int sz, int d, int s, int bias)
{
	x_bsr(g->x, sz, RAX, s);
	x_mov_imm(g->x, RCX, 0xffffffffu);
	x_cmov(g->x, CC_E, 4, RAX, RCX);      /* eax = index of the top bit, or -1 */
	x_mov_imm(g->x, d, (uint64_t)(8 * sz - 1 + bias));
	x_alu_rr(g->x, ALU_SUB, 4, d, RAX);
}

/* ---- the lowering of one instruction ---------------------------------- */

static void lower_rbit(struct cg *g, int sz, int d)
{
	/* rax holds the value; reverse bytes, then nibbles, pairs, bits */
	static const uint64_t m[3] = { 0x0f0f0f0f0f0f0f0full, 0x3333333333333333ull, 0x5555555555555555ull };
	x_bswap(g->x, sz, RAX);
	for (int k = 0; k < 3; k++) {
		int sh = 4 >> k;
		x_mov_imm(g->x, RDX, sz == 8 ? m[k] : (uint32_t)m[k]);
		x_mov_rr(g->x, sz, RCX, RAX);
		x_shift_imm(g->x, SH_SHR, sz, RCX, sh);
		x_alu_rr(g->x, ALU_AND, sz, RCX, RDX);
		x_alu_rr(g->x, ALU_AND, sz, RAX, RDX);
		x_shift_imm(g->x, SH_SHL, sz, RAX, sh);
		x_alu_rr(g->x, ALU_OR, sz, RAX, RCX);
	}
	x_mov_rr(g->x, sz, d, RAX);
}

/* RMW: one locked instruction (ADD, SWP) or a compare-and-swap loop.  On
 * big-endian memory, bitwise ops and SWP work on memory's byte order (the
 * operand swapped once); ADD and the min/max need the value, so their loop
 * swaps what it read, computes, and swaps back. */
static void lower_rmw(struct cg *g, const struct dm_ir_insn *in, int32_t i)
{
	unsigned size = in->size;
	bool be = big_endian(in);
	int base;
	int32_t disp;
	struct xbuf *x = g->x;
	x86_fetch_to(g, in->b, RDX);
	guest_addr(g, i, &base, &disp);
	x86_release(g, i, in);
	int d = x86_def(g, in->dst);
	if (in->imm == DM_RMW_ADD && !be) {
		x_mov_rr(x, 8, RAX, RDX);
		x_lock(x);
		x_xadd(x, (int)size, base, disp, RAX);
	} else if (in->imm == DM_RMW_SWP) {
		x_mov_rr(x, 8, RAX, RDX);
		if (be) swap_w(x, size, RAX);
		x_xchg(x, (int)size, base, disp, RAX);
	} else {
		bool sgn = in->imm == DM_RMW_SMAX || in->imm == DM_RMW_SMIN;
		bool minmax = in->imm >= DM_RMW_SMAX && in->imm <= DM_RMW_UMIN;
		bool by_value = be && (minmax || in->imm == DM_RMW_ADD);
		if (in->imm == DM_RMW_CLR) x_g3(x, G3_NOT, 8, RDX);
		if (be && !by_value) swap_w(x, size, RDX);
		if (minmax) {   /* extend the operand the way the comparison needs */
			if (size == 1) sgn ? x_movsx8(x, RDX, RDX) : x_movzx8(x, RDX, RDX);
			else if (size == 2) sgn ? x_movsx16(x, RDX, RDX) : x_movzx16(x, RDX, RDX);
			else if (size == 4) sgn ? x_movsx32(x, RDX, RDX) : x_mov_rr(x, 4, RDX, RDX);
		}
		x_load(x, (int)size, RAX, base, disp);
		uint8_t *loop = x->p;
		x_mov_rr(x, 8, RCX, RAX);
		if (by_value) swap_w(x, size, RCX);
		if (minmax) {
			if (size == 1) sgn ? x_movsx8(x, RCX, RCX) : x_movzx8(x, RCX, RCX);
			else if (size == 2) sgn ? x_movsx16(x, RCX, RCX) : x_movzx16(x, RCX, RCX);
			else if (size == 4) sgn ? x_movsx32(x, RCX, RCX) : x_mov_rr(x, 4, RCX, RCX);
			x_alu_rr(x, ALU_CMP, 8, RCX, RDX);
			int cc = in->imm == DM_RMW_SMAX ? CC_L : in->imm == DM_RMW_SMIN ? CC_G : in->imm == DM_RMW_UMAX ? CC_B : CC_A;
			x_cmov(x, cc, 8, RCX, RDX);
		} else {
			int op = in->imm == DM_RMW_ADD ? ALU_ADD : in->imm == DM_RMW_EOR ? ALU_XOR : in->imm == DM_RMW_SET ? ALU_OR : ALU_AND;
			x_alu_rr(x, op, 8, RCX, RDX);
		}
		if (by_value) swap_w(x, size, RCX);
		x_lock(x);
		x_cmpxchg(x, (int)size, base, disp, RCX);
		x_patch(x_jcc(x, CC_NE), loop);
	}
	if (be) swap_w(x, size, RAX);
	if (size == 1) x_movzx8(x, d, RAX);
	else if (size == 2) x_movzx16(x, d, RAX);
	else x_mov_rr(x, size == 8 ? 8 : 4, d, RAX);
}

static bool lower(struct cg *g, int32_t i)
{
	const struct dm_ir_insn *in = &g->in[i];
	struct xbuf *x = g->x;
	const unsigned size = in->size;
	const int sz = hsz(size);
	int32_t imm;
	int d, ra, rb;

	/* cpu->pc exact before anything that can fault (the facts of ir_ops.h);
	 * first, as it may use rax */
	if (dm_ir_op_fx[in->op] & DM_FX_FAULT) fault_point(g);
	switch ((enum dm_ir_op)in->op) {
	case DM_IR_CONST:
		break;   /* L_CONST: materialised where used */
	case DM_IR_GET:
		d = x86_def(g, in->dst);
		x_load(x, (int)size, d, REG_CPU, (int32_t)in->imm);
		break;
	case DM_IR_PUT:
		if (x86_const_s32(g, in->a, &imm) && (size == 8 || size == 4 || (uint64_t)(int64_t)imm == g->t[in->a].cval)) {
			x_store_imm(x, (int)size, REG_CPU, (int32_t)in->imm, imm);
		} else {
			ra = x86_fetch(g, in->a, RCX);
			x_store(x, (int)size, ra, REG_CPU, (int32_t)in->imm);
		}
		x86_release(g, i, in);
		break;
	case DM_IR_ADD: alu2(g, ALU_ADD, true, in, i); break;
	case DM_IR_SUB: alu2(g, ALU_SUB, false, in, i); break;
	case DM_IR_AND: alu2(g, ALU_AND, true, in, i); break;
	case DM_IR_OR: alu2(g, ALU_OR, true, in, i); break;
	case DM_IR_XOR: alu2(g, ALU_XOR, true, in, i); break;
	case DM_IR_ADC:
	case DM_IR_SBC:
		x86_fetch_to(g, in->c, RAX);
		x86_fetch_to(g, in->b, RDX);
		x86_fetch_to(g, in->a, RCX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		x_bt_imm(x, 4, RAX, 0);
		if (in->op == DM_IR_SBC) x_cmc(x);
		x_alu_rr(x, in->op == DM_IR_SBC ? ALU_SBB : ALU_ADC, sz, RCX, RDX);
		x_mov_rr(x, sz, d, RCX);
		narrow(g, size, d);
		break;
	case DM_IR_ANDN:
	case DM_IR_ORN:
	case DM_IR_XORN:
		x86_fetch_to(g, in->b, RAX);
		ra = x86_fetch(g, in->a, RCX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		x_g3(x, G3_NOT, sz, RAX);
		x_alu_rr(x, in->op == DM_IR_ANDN ? ALU_AND : in->op == DM_IR_ORN ? ALU_OR : ALU_XOR, sz, RAX, ra);
		x_mov_rr(x, sz, d, RAX);
		narrow(g, size, d);
		break;
	case DM_IR_NOT:
	case DM_IR_NEG:
		ra = x86_fetch(g, in->a, RCX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		x_mov_rr(x, sz, d, ra);
		x_g3(x, in->op == DM_IR_NOT ? G3_NOT : G3_NEG, sz, d);
		narrow(g, size, d);
		break;
	case DM_IR_MUL:
		ra = x86_fetch(g, in->a, RCX);
		rb = x86_fetch(g, in->b, RDX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		if (d == rb) x_imul_rr(x, sz, d, ra);
		else { x_mov_rr(x, sz, d, ra); x_imul_rr(x, sz, d, rb); }
		narrow(g, size, d);
		break;
	case DM_IR_UMULH:
	case DM_IR_SMULH:
		x86_fetch_to(g, in->a, RAX);
		rb = x86_fetch(g, in->b, RCX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		x_g3(x, in->op == DM_IR_UMULH ? G3_MUL : G3_IMUL, 8, rb);
		x_mov_rr(x, 8, d, RDX);
		break;
	case DM_IR_UDIV:
	case DM_IR_SDIV:
	case DM_IR_UREM:
	case DM_IR_SREM: {
		/* total, as the IR defines them: divisor 0 and (signed) -1 never
		 * reach div/idiv, which would fault (#DE) */
		bool sgn = in->op == DM_IR_SDIV || in->op == DM_IR_SREM, rem = in->op == DM_IR_UREM || in->op == DM_IR_SREM;
		x86_fetch_to(g, in->b, RCX);
		x86_fetch_to(g, in->a, RAX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		x_test_rr(x, sz, RCX, RCX);
		uint8_t *jz = x_jcc(x, CC_E), *jm1 = NULL;
		if (sgn) {
			x_alu_ri(x, ALU_CMP, sz, RCX, -1);
			jm1 = x_jcc(x, CC_E);
			x_cqo(x, sz);
			x_g3(x, G3_IDIV, sz, RCX);
		} else {
			x_mov_imm(x, RDX, 0);
			x_g3(x, G3_DIV, sz, RCX);
		}
		if (rem) x_mov_rr(x, 8, RAX, RDX);
		uint8_t *jdone = x_jmp(x), *j2 = NULL;
		if (jm1) {   /* x / -1 = -x (MIN stays MIN), x % -1 = 0 */
			x_patch(jm1, x->p);
			if (rem) x_mov_imm(x, RAX, 0);
			else x_g3(x, G3_NEG, sz, RAX);
			j2 = x_jmp(x);
		}
		x_patch(jz, x->p);   /* x / 0 = 0, x % 0 = x */
		if (!rem) x_mov_imm(x, RAX, 0);
		x_patch(j2, x->p);
		x_patch(jdone, x->p);
		x_mov_rr(x, sz, d, RAX);
		break;
	}
	case DM_IR_SHL:
	case DM_IR_SHR:
	case DM_IR_SAR:
	case DM_IR_ROR: {
		int op = in->op == DM_IR_SHL ? SH_SHL : in->op == DM_IR_SHR ? SH_SHR : in->op == DM_IR_SAR ? SH_SAR : SH_ROR;
		if (is_const(g, in->b)) {
			unsigned s = (unsigned)(g->t[in->b].cval % (8 * size));
			ra = x86_fetch(g, in->a, RCX);
			x86_release(g, i, in);
			d = x86_def(g, in->dst);
			x_mov_rr(x, sz, d, ra);
			if (s) x_shift_imm(x, op, sz, d, (int)s);
		} else {
			x86_fetch_to(g, in->b, RCX);
			ra = x86_fetch(g, in->a, RAX);
			x86_release(g, i, in);
			d = x86_def(g, in->dst);
			x_mov_rr(x, sz, RAX, ra);
			x_shift_cl(x, op, sz, RAX);
			x_mov_rr(x, sz, d, RAX);
		}
		break;
	}
	case DM_IR_CLZ:
		ra = x86_fetch(g, in->a, RDX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		clz_into(g, sz, d, ra, 0);
		break;
	case DM_IR_CLS:
		x86_fetch_to(g, in->a, RDX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		x_mov_rr(x, sz, RCX, RDX);
		x_shift_imm(x, SH_SHR, sz, RCX, 1);
		x_alu_rr(x, ALU_XOR, sz, RDX, RCX);
		x_btr_imm(x, sz, RDX, 8 * sz - 1);
		clz_into(g, sz, d, RDX, -1);
		break;
	case DM_IR_RBIT:
		x86_fetch_to(g, in->a, RAX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		lower_rbit(g, sz, d);
		break;
	case DM_IR_BSWAP:
		x86_fetch_to(g, in->a, RAX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		if (size == 2) { x_bswap(x, 4, RAX); x_shift_imm(x, SH_SHR, 4, RAX, 16); }
		else if (size == 1) x_movzx8(x, RAX, RAX);
		else x_bswap(x, sz, RAX);
		x_mov_rr(x, sz, d, RAX);
		break;
	case DM_IR_SEXT:
	case DM_IR_ZEXT: {
		unsigned bits = (unsigned)in->imm;
		x86_fetch_to(g, in->a, RAX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		if (bits < 64) {
			if (in->op == DM_IR_SEXT) {
				x_shift_imm(x, SH_SHL, 8, RAX, (int)(64 - bits));
				x_shift_imm(x, SH_SAR, 8, RAX, (int)(64 - bits));
			} else if (bits == 32) {
				x_mov_rr(x, 4, RAX, RAX);
			} else if (bits < 32) {
				x_alu_ri(x, ALU_AND, 4, RAX, (int32_t)((1u << bits) - 1));
			} else {
				x_mov_imm(x, RDX, (1ull << bits) - 1);
				x_alu_rr(x, ALU_AND, 8, RAX, RDX);
			}
		}
		x_mov_rr(x, sz, d, RAX);
		narrow(g, size, d);
		break;
	}
	case DM_IR_EXTR: {
		unsigned s = (unsigned)(in->imm % (8 * size));
		x86_fetch_to(g, in->b, RAX);
		rb = x86_fetch(g, in->a, RCX);   /* the high half */
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		if (s) x_shrd_imm(x, sz, RAX, rb, (int)s);
		x_mov_rr(x, sz, d, RAX);
		break;
	}
	case DM_IR_SUBF:
	case DM_IR_ADDF:
	case DM_IR_LOGICF:
	case DM_IR_ADCF:
	case DM_IR_SBCF:
		x86_lower_flags(g, in, i);
		break;
	case DM_IR_COND:
		if (g->hoist[i] != -2) break;   /* computed at its flag op (-2: not hoisted) */
		if ((in->imm & 15) >= 14) {
			x86_release(g, i, in);
			d = x86_def(g, in->dst);
			x_mov_imm(x, d, 1);
			break;
		}
		x86_fetch_to(g, in->a, RAX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		if (g->matshift[i]) x_shift_imm(x, SH_SHR, g->matshift[i] + 4 > 32 ? 8 : 4, RAX, g->matshift[i]);
		if (g->matshift[i] || !is_flag_op(g->in[g->t[in->a].def].op) || g->in[g->t[in->a].def].dst != in->a)
			x_alu_ri(x, ALU_AND, 4, RAX, 15);   /* the flags: bits 3..0 (a flag op's value has nothing else) */
		x_mov_imm(x, RDX, cond_mask((unsigned)in->imm));
		x_bt_rr(x, 4, RDX, RAX);
		x_setcc(x, CC_B, d);
		x_movzx8(x, d, d);
		break;
	case DM_IR_SELECT:
		x86_fetch_to(g, in->c, RAX);
		ra = x86_fetch(g, in->a, RCX);
		rb = x86_fetch(g, in->b, RDX);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		x_test_rr(x, 8, ra, ra);
		x_cmov(x, CC_NE, 8, RAX, rb);
		x_mov_rr(x, 8, d, RAX);
		break;
	case DM_IR_LD:
	case DM_IR_LDS: {
		int base;
		int32_t disp;
		guest_addr(g, i, &base, &disp);
		x86_release(g, i, in);
		release_abase(g, i);
		d = x86_def(g, in->dst);
		if (big_endian(in)) load_be(x, size, in->op == DM_IR_LDS, d, base, disp);
		else if (in->op == DM_IR_LD) x_load(x, (int)size, d, base, disp);
		else x_loads(x, (int)size, d, base, disp);
		break;
	}
	case DM_IR_ST: {
		int base;
		int32_t disp;
		bool be = big_endian(in);
		uint64_t v = be && is_const(g, in->b) ? bswap_value(g->t[in->b].cval, size) : g->t[in->b].cval;
		guest_addr(g, i, &base, &disp);
		if (is_const(g, in->b) && size >= 4 && (size == 4 || fits_s32((int64_t)v))) {
			x_store_imm(x, (int)size, base, disp, (int32_t)v);   /* swapped at compile time */
		} else if (be && have_movbe()) {
			rb = x86_fetch(g, in->b, RCX);
			x_movbe_store(x, (int)size, rb, base, disp);
		} else if (be) {
			x86_fetch_to(g, in->b, RCX);
			swap_w(x, size, RCX);
			x_store(x, (int)size, RCX, base, disp);
		} else {
			rb = x86_fetch(g, in->b, RCX);
			x_store(x, (int)size, rb, base, disp);
		}
		x86_release(g, i, in);
		release_abase(g, i);
		break;
	}
	case DM_IR_LDX: {
		int base;
		int32_t disp;
		guest_addr(g, i, &base, &disp);
		x_load(x, (int)size, RAX, base, disp);
		if (big_endian(in)) swap_w(x, size, RAX);   /* the monitor keeps the value as loaded */
		x_store(x, 8, base & 15, REG_CPU, offsetof(struct dm_cpu, excl_addr));   /* the address as accessed */
		x_store(x, 8, RAX, REG_CPU, offsetof(struct dm_cpu, excl_val));
		x_store_imm(x, 4, REG_CPU, offsetof(struct dm_cpu, excl_size), (int32_t)size);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		x_mov_rr(x, 8, d, RAX);
		break;
	}
	case DM_IR_STX: {
		int base;
		int32_t disp;
		x86_fetch_to(g, in->b, RDX);
		if (big_endian(in)) swap_w(x, size, RDX);
		guest_addr(g, i, &base, &disp);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		x_mov_imm(x, RCX, 1);
		x_alu_mi(x, ALU_CMP, 4, REG_CPU, offsetof(struct dm_cpu, excl_size), (int32_t)size);
		uint8_t *f1 = x_jcc(x, CC_NE);
		x_alu_rm(x, ALU_CMP, 8, base & 15, REG_CPU, offsetof(struct dm_cpu, excl_addr));
		uint8_t *f2 = x_jcc(x, CC_NE);
		x_load(x, 8, RAX, REG_CPU, offsetof(struct dm_cpu, excl_val));
		if (big_endian(in)) swap_w(x, size, RAX);
		x_lock(x);
		x_cmpxchg(x, (int)size, base, disp, RDX);
		x_setcc(x, CC_NE, RCX);
		x_movzx8(x, RCX, RCX);
		x_patch(f1, x->p);
		x_patch(f2, x->p);
		x_store_imm(x, 4, REG_CPU, offsetof(struct dm_cpu, excl_size), 0);
		x_mov_rr(x, 8, d, RCX);
		break;
	}
	case DM_IR_CLREX:
		x_store_imm(x, 4, REG_CPU, offsetof(struct dm_cpu, excl_size), 0);
		break;
	case DM_IR_CAS: {
		int base;
		int32_t disp;
		x86_fetch_to(g, in->b, RAX);
		x86_fetch_to(g, in->c, RDX);
		guest_addr(g, i, &base, &disp);
		x86_release(g, i, in);
		d = x86_def(g, in->dst);
		if (big_endian(in)) { swap_w(x, size, RAX); swap_w(x, size, RDX); }
		x_lock(x);
		x_cmpxchg(x, (int)size, base, disp, RDX);
		if (big_endian(in)) swap_w(x, size, RAX);
		if (size == 1) x_movzx8(x, d, RAX);
		else if (size == 2) x_movzx16(x, d, RAX);
		else x_mov_rr(x, size == 8 ? 8 : 4, d, RAX);
		break;
	}
	case DM_IR_RMW:
		lower_rmw(g, in, i);
		break;
	case DM_IR_FENCE:
		x_mfence(x);
		break;
	case DM_IR_FADD: case DM_IR_FSUB: case DM_IR_FMUL: case DM_IR_FDIV: case DM_IR_FSQRT: case DM_IR_FMA:
	case DM_IR_FCMP: case DM_IR_FMAX: case DM_IR_FMIN: case DM_IR_FRINT: case DM_IR_FCVT: case DM_IR_FTOSI: case DM_IR_FTOUI: case DM_IR_SITOF: case DM_IR_UITOF:
		x86_lower_fp(g, in, i);
		break;
	case DM_IR_CALL: {
		/* temps in caller-saved registers that live on go to their slots */
		for (int r = 0; r < 16; r++)
			if ((CALLER_SAVED & (1u << r)) && g->regtemp[r] && g->t[g->regtemp[r]].last > i) spill(g, r);
		/* an absent operand (temp 0) reads as 0, as in the interpreter */
		if (in->c) x86_fetch_to(g, in->c, RCX); else x_mov_imm(x, RCX, 0);
		if (in->b) x86_fetch_to(g, in->b, RDX); else x_mov_imm(x, RDX, 0);
		if (in->a) x86_fetch_to(g, in->a, RSI); else x_mov_imm(x, RSI, 0);
		x_mov_rr(x, 8, RDI, REG_CPU);
		x86_release(g, i, in);
		x_mov_imm(x, RAX, in->imm);
		x_call_r(x, RAX);
		g->lockmask = 0;
		d = x86_def(g, in->dst);
		x_mov_rr(x, 8, d, RAX);
		break;
	}
	case DM_IR_V128:
		if (x86_lower_v128(g, i)) break;
		/* the host lacks the instructions: the interpreter's definition */
		for (int r = 0; r < 16; r++)
			if ((CALLER_SAVED & (1u << r)) && g->regtemp[r] && g->t[g->regtemp[r]].last > i) spill(g, r);
		x_mov_rr(x, 8, RDI, REG_CPU);
		x_mov_imm(x, RSI, in->imm);
		x_mov_imm(x, RAX, (uint64_t)(uintptr_t)dm_v128_exec);
		x_call_r(x, RAX);
		g->lockmask = 0;
		break;
	case DM_IR_INSN:
		g->pc = in->imm;
		g->pc_stored = false;
		g->ninsn++;
		break;
	case DM_IR_BRCOND:
		if (is_const(g, in->a)) {
			if (g->t[in->a].cval) { exit_chain(g, in->imm); return false; }
			break;
		} else if (g->brcc[i] >= 0) {
			/* the host flags of the flag op just lowered (analyse.c) */
			x86_release(g, i, in);
			uint8_t *skip = x_jcc(x, g->brcc[i] ^ 1);
			exit_chain(g, in->imm);
			x_patch(skip, x->p);
		} else {
			ra = x86_fetch(g, in->a, RCX);
			x86_release(g, i, in);
			x_test_rr(x, 8, ra, ra);
			uint8_t *skip = x_jcc(x, CC_E);
			exit_chain(g, in->imm);
			x_patch(skip, x->p);
		}
		break;
	case DM_IR_EXIT:
		exit_chain(g, in->imm);
		return false;
	case DM_IR_EXITR:
		x86_fetch_to(g, in->a, RAX);
		x_store(x, 8, RAX, REG_CPU, 0);
		count_insns(g);
		/* inline probe of the indirect-branch table */
		x_mov_rr(x, 4, RCX, RAX);
		x_shift_imm(x, SH_SHR, 4, RCX, 2);
		x_alu_ri(x, ALU_AND, 4, RCX, (1 << DM_X86_IND_BITS) - 1);
		x_shift_imm(x, SH_SHL, 4, RCX, 4);
		x_mov_imm(x, RDX, (uintptr_t)dm_x86_ind);
		x_alu_rr(x, ALU_ADD, 8, RCX, RDX);
		x_alu_rm(x, ALU_CMP, 8, RAX, RCX, 0);
		{
			uint8_t *miss = x_jcc(x, CC_NE);
			x_jmp_m(x, RCX, 8);
			x_patch(miss, x->p);
		}
		to_epilogue(g, DM_JIT_RET_JUMP);
		return false;
	case DM_IR_SYSCALL:
		store_pc_imm(g, in->imm);
		count_insns(g);
		to_epilogue(g, DM_JIT_RET_SYSCALL);
		return false;
	case DM_IR_TRAP: {
		count_insns(g);
		struct dm_jit_exit *e = dm_x86_new_exit();
		e->kind = DM_JIT_EXIT_TRAP;
		e->gen = dm_x86_rt.gen;
		e->src = g->tb;
		e->value = in->imm;
		to_epilogue(g, (uintptr_t)e);
		return false;
	}
	case DM_IR_NOPS:
		break;
	}
	/* results nobody reads free their register at once */
	if (dm_ir_op_has_dst[in->op] && in->dst && g->t[in->dst].loc == L_REG && g->t[in->dst].last < 0) {
		g->regtemp[g->t[in->dst].reg] = 0;
		g->t[in->dst].loc = L_NONE;
	}
	return true;
}

/* The per-compile arrays live in one buffer kept from compile to compile
 * (compiles run under the JIT's lock): no dozen mallocs and frees per block,
 * and after a fork a child's compiles copy the few pages of this buffer, not
 * each heap page calloc would hand out (tests/bench/startup.sh's fork). */
static struct { uint8_t *p; size_t cap, used; } scratch;

static void *carve(size_t bytes, bool zero)
{
	void *r = scratch.p + scratch.used;
	scratch.used += (bytes + 15) & ~(size_t)15;
	if (zero) memset(r, 0, bytes);
	return r;
}

int dm_x86_lower(struct dm_tb *tb, struct xbuf *x)
{
	const struct dm_ir_block *b = &tb->ir;
	for (uint32_t i = 0; i < b->n; i++)
		if (!x86_supported(&b->insn[i])) return -1;

	struct cg g = { .x = x, .tb = tb, .n = b->n, .nt = b->ntemps, .window = dm_guest_base != 0 };
	const size_t n1 = b->n + 1, nt1 = b->ntemps + 1;
	const size_t need = sizeof *g.in * n1 + sizeof *g.t * nt1 + sizeof *g.alias * nt1 +
			    (2 * sizeof(int32_t) + 2 + sizeof(dm_temp) + 1 + sizeof *g.abase + sizeof *g.adisp +
			     sizeof *g.nextcall) * n1 + 16 * 16;
	if (need > scratch.cap) {
		free(scratch.p);
		scratch.cap = need + need / 2;
		scratch.p = malloc(scratch.cap);
		if (!scratch.p) {
			scratch.cap = 0;
			return -1;
		}
	}
	scratch.used = 0;
	g.in = carve(sizeof *g.in * n1, false);
	memcpy(g.in, b->insn, sizeof *g.in * b->n);
	g.t = carve(sizeof *g.t * nt1, true);
	g.alias = carve(sizeof *g.alias * nt1, true);
	g.hoist = carve(sizeof(int32_t) * n1, false);
	g.hoist_head = carve(sizeof(int32_t) * n1, false);
	g.materialize = carve(n1, false);
	g.matdst = carve(sizeof(dm_temp) * n1, false);
	g.matshift = carve(n1, false);
	g.abase = carve(sizeof *g.abase * n1, true);
	g.adisp = carve(sizeof *g.adisp * n1, true);
	g.brcc = carve(n1, false);
	g.nextcall = carve(sizeof *g.nextcall * n1, false);
	x86_analyse(&g);

	/* entry: leave for the dispatcher when a signal is pending */
	x_load(x, 8, RAX, RSP, DM_X86_PENDING);
	x_alu_mi(x, ALU_CMP, 4, RAX, 0, 0);
	uint8_t *sig = x_jcc(x, CC_NE);

	bool open = true;
	for (uint32_t i = 0; i < g.n && open && !g.fail && !x->overflow; i++) {
		if (g.in[i].op == OP_DEAD) continue;
		g.lockmask = 0;
		open = lower(&g, (int32_t)i);
	}
	if (open) exit_chain(&g, b->end_pc);   /* a block that falls off its end */
	x_patch(sig, x->p);
	store_pc_imm(&g, b->pc);
	to_epilogue(&g, DM_JIT_RET_JUMP);
	x86_fp_stubs(&g);   /* FP slow paths, out of line */

	return g.fail ? -1 : 0;
}
