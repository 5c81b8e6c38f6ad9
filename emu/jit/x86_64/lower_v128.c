/* emu/jit/x86_64/lower_v128.c: the V128 op (emu/dbt/ir_v128.h) as the
 * host's AES-NI, PCLMULQDQ and SHA-NI instructions, for the kinds
 * dm_v128_host_has (CPUID, and not DM_HOST_NO_CRYPTO); lower.c calls
 * dm_v128_exec for the rest, as the interpreter does.
 *
 * The result is computed in xmm1 (xmm0-7 are scratch), stored to its slot
 * and copied into the slot cache (xmm8-15, below); a V128 right after
 * another (only INSN markers between, which emit no code) that reads the
 * slot just written takes xmm1 as it is.  AESE followed by AESMC of the
 * same slot is one aesenc (AESD + AESIMC: aesdec), since aesenc(x, 0) =
 * MixColumns(SubBytes(ShiftRows(x))); SHA256H + SHA256H2 of the same state
 * and words compute their 4 rounds once (sha256_pair). */
#include "emu/dbt/ir_fp.h"
#include "emu/dbt/ir_v128.h"
#include "emu/jit/x86_64/emit_sse.h"
#include "emu/jit/x86_64/lower.h"

enum { X0, X1, X2, X3, X4, X7 = 7 };

/* [pfx] [REX] opcode modrm [disp] [imm8]: rm is an xmm or base | XMEM */
static void vop(struct xbuf *x, uint8_t pfx, const char *opc, int nopc, int reg, int rm, int32_t disp)
{
	if (pfx) x_b(x, pfx);
	x_op(x, 4, opc, nopc, reg, rm, disp);
}
#define V(x, pfx, s, reg, rm) vop(x, pfx, s, sizeof(s) - 1, reg, rm, 0)

/* movq + movhps, not movdqu: the slot was often just written as two 8-byte
 * halves (GET/PUT of the integer IR), which one 16-byte load could not take
 * from the store buffer (a forwarding stall of a dozen cycles) */
static void load(struct xbuf *x, int r, unsigned off)
{
	vop(x, 0xf3, "\x0f\x7e", 2, r, REG_CPU | XMEM, (int32_t)off);
	vop(x, 0, "\x0f\x16", 2, r, REG_CPU | XMEM, (int32_t)off + 8);
}
static void store(struct xbuf *x, int r, unsigned off) { vop(x, 0xf3, "\x0f\x7f", 2, r, REG_CPU | XMEM, (int32_t)off); }
static void movd_load(struct xbuf *x, int r, unsigned off) { vop(x, 0x66, "\x0f\x6e", 2, r, REG_CPU | XMEM, (int32_t)off); }
static void mov(struct xbuf *x, int d, int s) { V(x, 0x66, "\x0f\x6f", d, s); }        /* movdqa */
static void pxor(struct xbuf *x, int d, int s) { V(x, 0x66, "\x0f\xef", d, s); }
static void paddd(struct xbuf *x, int d, int s) { V(x, 0x66, "\x0f\xfe", d, s); }
static void psubd(struct xbuf *x, int d, int s) { V(x, 0x66, "\x0f\xfa", d, s); }
static void pshufd(struct xbuf *x, int d, int s, uint8_t imm) { V(x, 0x66, "\x0f\x70", d, s); x_b(x, imm); }
static void palignr(struct xbuf *x, int d, int s, uint8_t imm) { V(x, 0x66, "\x0f\x3a\x0f", d, s); x_b(x, imm); }
static void pclmul(struct xbuf *x, int d, int s, uint8_t imm) { V(x, 0x66, "\x0f\x3a\x44", d, s); x_b(x, imm); }
enum { AESIMC = 0xdb, AESENC = 0xdc, AESENCLAST = 0xdd, AESDEC = 0xde, AESDECLAST = 0xdf };
static void aes(struct xbuf *x, uint8_t op, int d, int s) { const char o[3] = { 0x0f, 0x38, (char)op }; vop(x, 0x66, o, 3, d, s, 0); }
enum { SHA1MSG2 = 0xca, SHA256RNDS2 = 0xcb, SHA256MSG1 = 0xcc, SHA256MSG2 = 0xcd };
static void sha(struct xbuf *x, uint8_t op, int d, int s) { const char o[3] = { 0x0f, 0x38, (char)op }; vop(x, 0, o, 3, d, s, 0); }
static void sha1rnds4(struct xbuf *x, int d, int s, uint8_t f) { V(x, 0, "\x0f\x3a\xcc", d, s); x_b(x, f); }

/* the next instruction after i that emits code, or -1 */
static int32_t next_op(const struct cg *g, int32_t i)
{
	for (int32_t j = i + 1; j < (int32_t)g->n; j++)
		if (g->in[j].op != DM_IR_INSN && g->in[j].op != OP_DEAD) return j;
	return -1;
}

/* Does xmm1 hold state[off]: was the previous instruction emitting code an
 * inlined V128 that wrote off? */
static bool x1_holds(const struct cg *g, int32_t i, unsigned off)
{
	int32_t j = i - 1;
	while (j >= 0 && (g->in[j].op == DM_IR_INSN || g->in[j].op == OP_DEAD)) j--;
	return j >= 0 && g->in[j].op == DM_IR_V128 && dm_v128_host_has(dm_v128_kind(g->in[j].imm)) &&
	       dm_v128_d(g->in[j].imm) == off;
}

/* The slot cache: each inlined V128 also leaves the slots it wrote in
 * xmm8 + (offset / 16) % 8, so a later V128 of the block reads them from
 * there instead of waiting for its own store to come back (SHA-256's state
 * goes round from one pair of rounds to the next this way).  Nothing else
 * in the JIT uses xmm8-15; any call (CALL, an FP op's slow path, a V128 the
 * host lacks) clobbers them, and a PUT into the slot makes it stale.  Whether
 * a slot is there is found by looking back from the reader. */
#define V128_PAIR 0x80   /* JIT-private flag on a SHA256H that also did its SHA256H2 */
static int cache_reg(unsigned off) { return 8 + (int)((off >> 4) & 7); }

static bool cached(const struct cg *g, int32_t i, unsigned off)
{
	const int h = cache_reg(off);
	for (int32_t j = i - 1; j >= 0 && j >= i - 512; j--) {
		const struct dm_ir_insn *y = &g->in[j];
		if (y->op == OP_DEAD || y->op == DM_IR_INSN) continue;
		if (y->op == DM_IR_V128) {
			if (!dm_v128_host_has(dm_v128_kind(y->imm))) return false;
			/* slots cached by y, the later one last */
			unsigned w[2] = { dm_v128_d(y->imm), dm_v128_a(y->imm) };
			for (int k = (y->flags & V128_PAIR) ? 1 : 0; k >= 0; k--)
				if (cache_reg(w[k]) == h) return w[k] == off;
			continue;
		}
		if (y->op == DM_IR_PUT && y->imm < off + 16 && off < y->imm + y->size) return false;
		if ((dm_ir_op_fx[y->op] & DM_FX_CALL) || dm_ir_is_fp(y->op)) return false;
	}
	return false;
}

static void get(const struct cg *g, int32_t i, int r, unsigned off)
{
	if (r == X1 && x1_holds(g, i, off)) return;
	if (cached(g, i, off)) mov(g->x, r, cache_reg(off));
	else load(g->x, r, off);
}

/* the result for slot off, in r: to the slot and to the cache */
static void put(struct xbuf *x, int r, unsigned off)
{
	store(x, r, off);
	mov(x, cache_reg(off), r);
}

/* 4 SHA-256 rounds on xmm1 = A..D, xmm2 = E..H, xmm0 = W + K (clobbered):
 * SHA-NI wants ABEF and CDGH (A in the top lane), one shufps each way;
 * leaves the new state as ABEF in xmm3 and CDGH in xmm4 */
static void shufps(struct xbuf *x, int d, int s, uint8_t imm) { V(x, 0, "\x0f\xc6", d, s); x_b(x, imm); }
static void sha256_core(struct xbuf *x)
{
	mov(x, X3, X2); shufps(x, X3, X1, 0x11);  /* F E B A: ABEF */
	mov(x, X4, X2); shufps(x, X4, X1, 0xbb);  /* H G D C: CDGH */
	sha(x, SHA256RNDS2, X4, X3);              /* xmm4: ABEF after 2 rounds */
	pshufd(x, X0, X0, 0x0e);
	sha(x, SHA256RNDS2, X3, X4);              /* xmm3: ABEF after 4, xmm4: CDGH */
}

/* r = the new A..D (abcd_out) or E..H from sha256_core's xmm3, xmm4 */
static void sha256_out(struct xbuf *x, int r, bool abcd_out)
{
	mov(x, r, X3);
	shufps(x, r, X4, abcd_out ? 0xbb : 0x11);
}

static void sha256(struct xbuf *x, bool abcd_out)
{
	sha256_core(x);
	sha256_out(x, X1, abcd_out);
}

/* SHA256H d, a, b then SHA256H2 a, z, b (A64's "mov v2, v0; sha256h q0, q1,
 * v16; sha256h2 q1, q2, v16"): the same 4 rounds when z holds d's old value,
 * which is checked at run time (a predictable branch); otherwise H2 is
 * computed on its own. */
static void sha256_pair(struct cg *g, int32_t i, unsigned d, unsigned a, unsigned b, unsigned z)
{
	struct xbuf *x = g->x;
	get(g, i, X1, d);
	get(g, i, X2, a);
	get(g, i, X0, b);
	mov(x, 5, X1);                            /* d's old A..D */
	sha256_core(x);
	sha256_out(x, 6, false);                  /* xmm6: new E..H */
	sha256_out(x, X1, true);
	store(x, X1, d);
	load(x, X7, z);
	V(x, 0x66, "\x0f\x74", X7, 5);          /* pcmpeqb */
	V(x, 0x66, "\x0f\xd7", RAX, X7);        /* pmovmskb eax */
	x_alu_ri(x, ALU_CMP, 4, RAX, 0xffff);
	uint8_t *same = x_jcc(x, CC_E);
	load(x, X1, z);                           /* z is not d's old value: H2 alone */
	load(x, X2, a);
	load(x, X0, b);
	sha256_core(x);
	sha256_out(x, 6, false);
	load(x, X1, d);                           /* xmm1: d, as after H alone */
	x_patch(same, x->p);
	mov(x, cache_reg(d), X1);
	put(x, 6, a);
}

bool x86_lower_v128(struct cg *g, int32_t i)
{
	const struct dm_ir_insn *in = &g->in[i];
	struct xbuf *x = g->x;
	const unsigned k = dm_v128_kind(in->imm), d = dm_v128_d(in->imm), a = dm_v128_a(in->imm), b = dm_v128_b(in->imm);
	if (!dm_v128_host_has(k)) return false;
	switch ((enum dm_v128_kind)k) {
	case DM_V128_AESE: case DM_V128_AESD: {
		bool enc = k == DM_V128_AESE;
		int32_t j = next_op(g, i);
		bool fuse = j >= 0 && g->in[j].op == DM_IR_V128 &&
			    dm_v128_kind(g->in[j].imm) == (enc ? DM_V128_AESMC : DM_V128_AESIMC) &&
			    dm_v128_a(g->in[j].imm) == d && dm_v128_d(g->in[j].imm) == d;
		get(g, i, X1, a);
		get(g, i, X2, b);
		pxor(x, X1, X2);
		pxor(x, X7, X7);
		aes(x, fuse ? (enc ? AESENC : AESDEC) : (enc ? AESENCLAST : AESDECLAST), X1, X7);
		if (fuse) g->in[j].op = OP_DEAD;   /* its result is this one's, in the same slot */
		break;
	}
	case DM_V128_AESMC:
		get(g, i, X1, a);
		pxor(x, X7, X7);
		aes(x, AESDECLAST, X1, X7);
		aes(x, AESENC, X1, X7);
		break;
	case DM_V128_AESIMC:
		get(g, i, X1, a);
		aes(x, AESIMC, X1, X1);
		break;
	case DM_V128_CLMUL_LO: case DM_V128_CLMUL_HI:
		get(g, i, X1, a);
		get(g, i, X2, b);
		pclmul(x, X1, X2, k == DM_V128_CLMUL_HI ? 0x11 : 0x00);
		break;
	case DM_V128_SHA1C: case DM_V128_SHA1P: case DM_V128_SHA1M: {
		static const uint32_t K[3] = { 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc };
		unsigned f = k - DM_V128_SHA1C;
		get(g, i, X1, d);
		movd_load(x, X2, a);                    /* E in lane 0, zeros above */
		get(g, i, X3, b);
		paddd(x, X3, X2);
		x_mov_imm(x, RAX, K[f]);
		x_movq_xr(x, 4, X4, RAX);
		pshufd(x, X4, X4, 0);
		psubd(x, X3, X4);                     /* sha1rnds4 adds K itself */
		pshufd(x, X1, X1, 0x1b);
		pshufd(x, X3, X3, 0x1b);
		sha1rnds4(x, X1, X3, (uint8_t)f);
		pshufd(x, X1, X1, 0x1b);
		break;
	}
	case DM_V128_SHA1SU1:
		get(g, i, X1, d);
		get(g, i, X2, a);
		pshufd(x, X1, X1, 0x1b);
		pshufd(x, X2, X2, 0x1b);
		sha(x, SHA1MSG2, X1, X2);
		pshufd(x, X1, X1, 0x1b);
		break;
	case DM_V128_SHA256H: {
		int32_t j = next_op(g, i);
		unsigned z = j >= 0 ? dm_v128_a(g->in[j].imm) : 0;
		if (j >= 0 && g->in[j].op == DM_IR_V128 && dm_v128_kind(g->in[j].imm) == DM_V128_SHA256H2 &&
		    dm_v128_d(g->in[j].imm) == a && dm_v128_b(g->in[j].imm) == b && a != d && b != d && b != a &&
		    z != d && z != a) {
			sha256_pair(g, i, d, a, b, z);
			g->in[j].op = OP_DEAD;   /* done: its slot is stored above */
			g->in[i].flags |= V128_PAIR;
			return true;
		}
	}
		get(g, i, X1, d);
		get(g, i, X2, a);
		get(g, i, X0, b);
		sha256(x, true);
		break;
	case DM_V128_SHA256H2:
		get(g, i, X2, d);   /* E..H: xmm2 is never cached */
		get(g, i, X1, a);
		get(g, i, X0, b);
		sha256(x, false);
		break;
	case DM_V128_SHA256SU0:
		get(g, i, X1, d);
		get(g, i, X2, a);
		sha(x, SHA256MSG1, X1, X2);
		break;
	case DM_V128_SHA256SU1:
		get(g, i, X1, d);
		get(g, i, X2, a);
		get(g, i, X3, b);
		mov(x, X4, X3);
		palignr(x, X4, X2, 4);                /* a1 a2 a3 b0 */
		paddd(x, X1, X4);
		sha(x, SHA256MSG2, X1, X3);
		break;
	default:
		return false;
	}
	put(x, X1, d);
	return true;
}
