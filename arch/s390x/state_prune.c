/* arch/s390x/state_prune.c: block-level cleanups of the guest-state
 * accesses the instruction handlers emit one instruction at a time.
 *
 * 1. Rewriting (forward): every access to a general register becomes 8
 *    bytes wide.  A narrow write (a 32-bit op's PUT.4 of the low word, the
 *    high word's PUT.4, IC's PUT.1, ICM's PUT.2) is merged into the whole
 *    register and stored with PUT.8; a narrow read is an extract of the
 *    register read 8 bytes wide.  On x86 a narrow store followed by a wide
 *    load of the same bytes cannot be forwarded from the store buffer and
 *    stalls for a dozen cycles; s390x code mixes 32- and 64-bit operations on
 *    one register all the time (int arithmetic, then the value as an index).
 *    Then a read of a register or other 8-byte slot that the block already
 *    wrote or read becomes that value.
 * 2. Pruning (backward): a PUT.8 that a later one overwrites with nothing in
 *    between that could observe it is dropped.
 * The state stays exact wherever something can see it (a fault, a helper,
 * an exit). */
#include <stdlib.h>
#include <string.h>

#include "arch/s390x/translate.h"
#include "emu/dbt/ir_fp.h"

#define FWD_SLOTS 48

struct fwd {
	uint64_t off[FWD_SLOTS];
	dm_temp val[FWD_SLOTS];
	dm_temp lo[FWD_SLOTS];     /* a GPR's low word zero-extended, when known (0: not) */
	dm_temp keep[FWD_SLOTS];   /* a GPR's high word in place, low word 0, when known */
	unsigned n;
	uint8_t *zext;   /* per new temp: the result is zero-extended from this many bytes (8: unknown) */
	uint64_t *cval;  /* per new temp: its value when it is a CONST (isc) */
	bool *isc;
	uint32_t nz;
};

static bool gpr(uint64_t off) { return off >= S390X_OFF_R(0) && off < S390X_OFF_R(16); }

/* a size-4 or -8 op of two constants (the shift amounts handlers compute,
 * RLL's 64 - n), computed here; or 0 */
static bool fold(enum dm_ir_op op, unsigned size, uint64_t a, uint64_t b, uint64_t *r)
{
	uint64_t m = size == 8 ? ~0ull : 0xffffffffull;
	unsigned bits = 8 * size;
	switch (op) {
	case DM_IR_ADD: *r = (a + b) & m; return true;
	case DM_IR_SUB: *r = (a - b) & m; return true;
	case DM_IR_AND: *r = a & b & m; return true;
	case DM_IR_OR: *r = (a | b) & m; return true;
	case DM_IR_XOR: *r = (a ^ b) & m; return true;
	case DM_IR_SHL: *r = ((a & m) << (b % bits)) & m; return true;
	case DM_IR_SHR: *r = (a & m) >> (b % bits); return true;
	default: return false;
	}
}

static dm_temp emit(struct dm_ir_block *b, struct fwd *f, enum dm_ir_op op, unsigned size, unsigned flags, dm_temp a,
		    dm_temp bb, dm_temp c, uint64_t imm)
{
	uint64_t v;
	if ((size == 4 || size == 8) && dm_ir_op_nsrc[op] == 2 && a < f->nz && bb < f->nz && f->isc[a] && f->isc[bb] &&
	    fold(op, size, f->cval[a], f->cval[bb], &v))
		op = DM_IR_CONST, size = 8, a = bb = 0, imm = v;
	dm_temp d = dm_ir_emitf(b, op, size, flags, a, bb, c, imm);
	if (!d) return 0;
	if (d >= f->nz) {
		uint32_t nz = f->nz * 2 > d + 1u ? f->nz * 2 : d + 64u;
		uint8_t *z = realloc(f->zext, nz);
		uint64_t *cv = realloc(f->cval, sizeof *cv * nz);
		bool *ic = realloc(f->isc, nz);
		if (!z || !cv || !ic) abort();
		memset(z + f->nz, 8, nz - f->nz);
		memset(ic + f->nz, 0, nz - f->nz);
		f->zext = z, f->cval = cv, f->isc = ic, f->nz = nz;
	}
	/* results narrower than 64 bits are zero-extended into their temp (the IR's rule) */
	uint8_t z = 8;
	if (op == DM_IR_CONST) z = imm <= 0xff ? 1 : imm <= 0xffff ? 2 : imm <= 0xffffffffu ? 4 : 8;
	else if (op == DM_IR_ZEXT) z = imm <= 8 ? 1 : imm <= 16 ? 2 : imm <= 32 ? 4 : 8;
	else if (op == DM_IR_COND) z = 1;
	else if (!dm_ir_is_fp(op) && op != DM_IR_LDS && op != DM_IR_CALL && size < 8) z = (uint8_t)size;
	f->zext[d] = z;
	f->isc[d] = op == DM_IR_CONST;
	f->cval[d] = imm;
	return d;
}

static dm_temp konst(struct dm_ir_block *b, struct fwd *f, uint64_t v) { return emit(b, f, DM_IR_CONST, 8, 0, 0, 0, 0, v); }

static int find(const struct fwd *f, uint64_t off)
{
	for (unsigned k = 0; k < f->n; k++)
		if (f->off[k] == off) return (int)k;
	return -1;
}

static void forget(struct fwd *f, uint64_t off, unsigned size)
{
	for (unsigned k = 0; k < f->n;)
		if (f->off[k] < off + size && off < f->off[k] + 8) {
			f->n--;
			f->off[k] = f->off[f->n], f->val[k] = f->val[f->n], f->lo[k] = f->lo[f->n], f->keep[k] = f->keep[f->n];
		} else k++;
}

/* slot off holds v now; returns its index or -1 (table full) */
static int know(struct fwd *f, uint64_t off, dm_temp v)
{
	int k = find(f, off);
	if (k < 0 && f->n < FWD_SLOTS) k = (int)f->n++, f->off[k] = off;
	if (k >= 0) f->val[k] = v, f->lo[k] = f->keep[k] = 0;
	return k;
}

/* the whole register holding byte offset off, read now if not known */
static dm_temp whole(struct dm_ir_block *b, struct fwd *f, uint64_t slot)
{
	int k = find(f, slot);
	if (k >= 0) return f->val[k];
	dm_temp v = emit(b, f, DM_IR_GET, 8, 0, 0, 0, 0, slot);
	know(f, slot, v);
	return v;
}

static void rewrite(struct dm_ir_block *b, const struct dm_ir_insn *old, uint32_t n, dm_temp *ren)
{
	struct fwd f = { .n = 0 };
	for (uint32_t i = 0; i < n; i++) {
		struct dm_ir_insn x = old[i];
		int op = x.op;
		dm_temp *src[3] = { &x.a, &x.b, &x.c };
		for (int k = 0; k < dm_ir_op_nsrc[op]; k++) *src[k] = ren[*src[k]];
		if (op == DM_IR_GET && gpr(x.imm)) {
			uint64_t slot = x.imm & ~7ull;
			unsigned sh = 8 * (unsigned)(x.imm - slot);
			dm_temp v = whole(b, &f, slot);
			int k = find(&f, slot);
			if (x.size == 4 && !sh && k >= 0 && f.lo[k]) { ren[x.dst] = f.lo[k]; continue; }
			if (sh) v = emit(b, &f, DM_IR_SHR, 8, 0, v, konst(b, &f, sh), 0, 0);
			if (x.size < 8 && f.zext[v] > x.size) v = emit(b, &f, DM_IR_ZEXT, 8, 0, v, 0, 0, 8 * x.size);
			if (x.size == 4 && !sh && k >= 0) f.lo[k] = v;
			ren[x.dst] = v;
			continue;
		}
		if (op == DM_IR_PUT && gpr(x.imm) && x.size == 4 && !(x.imm & 7)) {
			/* the low word: r = keep | v, keep (the high word in place) made
			 * once per register and block */
			uint64_t slot = x.imm;
			dm_temp v = x.a;
			int k = find(&f, slot);
			dm_temp keep = k >= 0 ? f.keep[k] : 0;
			if (!keep) keep = emit(b, &f, DM_IR_AND, 8, 0, whole(b, &f, slot), konst(b, &f, 0xffffffff00000000ull), 0, 0);
			if (f.zext[v] > 4) v = emit(b, &f, DM_IR_ZEXT, 8, 0, v, 0, 0, 32);
			dm_temp r = emit(b, &f, DM_IR_OR, 8, 0, keep, v, 0, 0);
			emit(b, &f, DM_IR_PUT, 8, 0, r, 0, 0, slot);
			k = know(&f, slot, r);
			if (k >= 0) f.lo[k] = v, f.keep[k] = keep;
			continue;
		}
		if (op == DM_IR_PUT && gpr(x.imm)) {
			uint64_t slot = x.imm & ~7ull;
			dm_temp v = x.a;
			if (x.size < 8) {
				unsigned sh = 8 * (unsigned)(x.imm - slot);
				uint64_t m = ((1ull << 8 * x.size) - 1) << sh;
				dm_temp keep = emit(b, &f, DM_IR_AND, 8, 0, whole(b, &f, slot), konst(b, &f, ~m), 0, 0);
				if (f.zext[v] > x.size) v = emit(b, &f, DM_IR_ZEXT, 8, 0, v, 0, 0, 8 * x.size);
				if (sh) v = emit(b, &f, DM_IR_SHL, 8, 0, v, konst(b, &f, sh), 0, 0);
				v = emit(b, &f, DM_IR_OR, 8, 0, keep, v, 0, 0);
			}
			emit(b, &f, DM_IR_PUT, 8, 0, v, 0, 0, slot);
			know(&f, slot, v);
			continue;
		}
		if (op == DM_IR_ZEXT && x.size == 8 && x.imm >= 8 * (uint64_t)f.zext[x.a]) {
			ren[x.dst] = x.a;   /* already that narrow: the handlers' ZEXT of a 32-bit operand we extracted */
			continue;
		}
		if (op == DM_IR_GET && x.size == 8) {
			int k = find(&f, x.imm);
			if (k >= 0) { ren[x.dst] = f.val[k]; continue; }
		}
		dm_temp d = emit(b, &f, (enum dm_ir_op)op, x.size, x.flags, x.a, x.b, x.c, x.imm);
		if (x.dst) ren[x.dst] = d;
		if (op == DM_IR_GET) {
			if (x.size == 8) know(&f, x.imm, d);
		} else if (op == DM_IR_PUT) {
			forget(&f, x.imm, x.size);
			if (x.size == 8) know(&f, x.imm, x.a);
		} else if (dm_ir_op_fx[op] & (DM_FX_WSTATE | DM_FX_CALL)) {
			f.n = 0;
		}
	}
	free(f.zext);
	free(f.cval);
	free(f.isc);
}

/* How many low bits of its operand k instruction x reads (64: all).  The IR
 * defines a 4-byte op on the low 4 bytes of its operands, a shift count
 * modulo the width. */
static unsigned reads(const struct dm_ir_insn *x, int k)
{
	switch (x->op) {
	case DM_IR_SHL: case DM_IR_SHR: case DM_IR_SAR: case DM_IR_ROR:
		if (k == 1) return 8;
		/* fall through */
	case DM_IR_ADD: case DM_IR_SUB: case DM_IR_MUL: case DM_IR_AND: case DM_IR_OR: case DM_IR_XOR:
	case DM_IR_ADDF: case DM_IR_SUBF: case DM_IR_LOGICF:
		return x->size == 4 ? 32 : 64;
	case DM_IR_SEXT: case DM_IR_ZEXT: return (unsigned)x->imm;
	case DM_IR_ST: return k == 1 ? 8 * x->size : 64;
	default: return 64;
	}
}

/* A ZEXT whose every user reads no more bits than it keeps (the extract of
 * a register's low word feeding 32-bit ops) is its operand. */
static void narrow(struct dm_ir_block *b)
{
	uint32_t nt = b->ntemps;
	uint32_t *def = calloc(nt, sizeof *def);   /* i + 1 of a ZEXT defining the temp */
	uint32_t *bad = calloc(nt, sizeof *bad);   /* uses reading more than it keeps */
	if (!def || !bad) abort();
	for (uint32_t i = 0; i < b->n; i++)
		if (b->insn[i].op == DM_IR_ZEXT && b->insn[i].size == 8) def[b->insn[i].dst] = i + 1;
	for (uint32_t i = 0; i < b->n; i++) {
		const struct dm_ir_insn *x = &b->insn[i];
		const dm_temp ops[3] = { x->a, x->b, x->c };
		for (int k = 0; k < dm_ir_op_nsrc[x->op]; k++)
			if (def[ops[k]] && reads(x, k) > b->insn[def[ops[k]] - 1].imm) bad[ops[k]]++;
	}
	for (uint32_t i = 0; i < b->n; i++) {
		struct dm_ir_insn *x = &b->insn[i];
		dm_temp *ops[3] = { &x->a, &x->b, &x->c };
		for (int k = 0; k < dm_ir_op_nsrc[x->op]; k++)
			if (def[*ops[k]] && !bad[*ops[k]]) *ops[k] = b->insn[def[*ops[k]] - 1].a;
	}
	for (uint32_t t = 1; t < nt; t++)
		if (def[t] && !bad[t]) b->insn[def[t] - 1].op = DM_IR_INSN, b->insn[def[t] - 1].imm = UINT64_MAX;   /* marked */
	free(def);
	free(bad);
}

/* The stores to the CPU state that nothing can see: a PUT.8 (a register,
 * the lazy cc's cc_op / cc_a / cc_b / cc_c / cc) overwritten by a later
 * PUT.8 of the same slot in the block with nothing in between that could
 * observe the state (a GET overlapping it, a helper, a memory access that
 * may fault into a signal frame, an FP op, a block exit).  Most cc-setting
 * instructions are followed by another before any of those, so this keeps
 * the lazy cc's cost to the last producer of a block; a register rewritten
 * by several instructions in a row (RXSBG chains, address arithmetic) is
 * stored once. */
static bool observes(enum dm_ir_op op)
{
	switch (op) {
	case DM_IR_CONST: case DM_IR_GET: case DM_IR_PUT: case DM_IR_INSN:
	case DM_IR_ADD: case DM_IR_SUB: case DM_IR_ADC: case DM_IR_SBC: case DM_IR_MUL: case DM_IR_UMULH:
	case DM_IR_SMULH: case DM_IR_UDIV: case DM_IR_SDIV: case DM_IR_AND: case DM_IR_OR: case DM_IR_XOR:
	case DM_IR_ANDN: case DM_IR_ORN: case DM_IR_XORN: case DM_IR_NOT: case DM_IR_NEG: case DM_IR_SHL:
	case DM_IR_SHR: case DM_IR_SAR: case DM_IR_ROR: case DM_IR_CLZ: case DM_IR_CLS: case DM_IR_RBIT:
	case DM_IR_BSWAP: case DM_IR_SEXT: case DM_IR_ZEXT: case DM_IR_EXTR: case DM_IR_ADDF: case DM_IR_SUBF:
	case DM_IR_ADCF: case DM_IR_SBCF: case DM_IR_LOGICF: case DM_IR_COND: case DM_IR_SELECT:
		return false;
	default:
		return true;
	}
}

#define PRUNE_SLOTS 32

void s390x_state_prune(struct dm_ir_block *b)
{
	dm_temp *ren = calloc(b->ntemps, sizeof *ren);
	struct dm_ir_insn *old = malloc(sizeof *old * (b->n + 1));
	if (!ren || !old) abort();
	memcpy(old, b->insn, sizeof *old * b->n);
	uint32_t n0 = b->n;
	b->n = b->ninsns = 0;
	b->ntemps = 1;
	rewrite(b, old, n0, ren);
	free(old);
	free(ren);
	narrow(b);
	uint64_t later[PRUNE_SLOTS];   /* offsets of PUT.8s still to come, nothing observing before them */
	unsigned nl = 0;
	for (uint32_t i = b->n; i-- > 0;) {
		struct dm_ir_insn *x = &b->insn[i];
		if (x->op == DM_IR_PUT && x->size == 8) {
			unsigned k = 0;
			while (k < nl && later[k] != x->imm) k++;
			if (k < nl) x->op = DM_IR_INSN, x->imm = UINT64_MAX;   /* marked; removed below */
			else if (nl < PRUNE_SLOTS) later[nl++] = x->imm;
		} else if (x->op == DM_IR_GET) {
			for (unsigned k = 0; k < nl;)
				if (later[k] < x->imm + x->size && x->imm < later[k] + 8) later[k] = later[--nl];
				else k++;
		} else if (observes((enum dm_ir_op)x->op)) {
			nl = 0;
		}
	}
	uint32_t n = 0;
	for (uint32_t i = 0; i < b->n; i++)
		if (!(b->insn[i].op == DM_IR_INSN && b->insn[i].imm == UINT64_MAX)) b->insn[n++] = b->insn[i];
	b->n = n;
}
