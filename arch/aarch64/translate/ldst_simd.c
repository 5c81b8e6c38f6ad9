/* arch/aarch64/translate/ldst_simd.c: AdvSIMD load/store multiple structures
 * (LD1-LD4/ST1-ST4), single structure (one lane) and LD1R-LD4R, with and
 * without post-index.  Elements are moved one at a time between memory and
 * their lane of V (A64_OFF_V(r) + lane * size): the interleaving of LD2-4 is
 * exactly the manual's loop. */
#include "arch/aarch64/translate.h"

/* Post-index: Rm = 31 adds the number of bytes transferred, else Xm. */
static void post_index(struct a64_tr *t, uint32_t insn, dm_temp addr, unsigned bytes)
{
	unsigned rm = A64_RM(insn);
	dm_temp off = rm == 31 ? a64_const(t, bytes) : a64_get_x(t, rm, true);
	a64_set_xsp(t, A64_RN(insn), true, a64_op2(t, DM_IR_ADD, 8, addr, off));
}

static bool multiple(struct a64_tr *t, uint32_t insn, bool post)
{
	static const signed char rpt[16] = { [0] = 1, [2] = 4, [4] = 1, [6] = 3, [7] = 1, [8] = 1, [10] = 2 };
	static const signed char selem[16] = { [0] = 4, [2] = 1, [4] = 3, [6] = 1, [7] = 1, [8] = 2, [10] = 1 };
	unsigned opcode = a64_bits(insn, 15, 12), size = a64_bits(insn, 11, 10), q = a64_bits(insn, 30, 30);
	bool load = a64_bits(insn, 22, 22);
	if (!rpt[opcode] || (size == 3 && !q && selem[opcode] != 1)) return false;
	unsigned ebytes = 1u << size, regbytes = q ? 16 : 8, elements = regbytes / ebytes, rt = A64_RT(insn);
	dm_temp addr = a64_get_xsp(t, A64_RN(insn), true);
	unsigned off = 0;
	for (int r = 0; r < rpt[opcode]; r++) {
		if (selem[opcode] == 1) {   /* LD1/ST1: each register is contiguous bytes */
			unsigned tt = (rt + r) % 32;
			for (unsigned k = 0; k < regbytes; k += 8, off += 8) {
				dm_temp a = a64_addi(t, addr, off);
				if (load) a64_vput(t, tt, k, 8, a64_ld(t, 8, a));
				else a64_st(t, 8, a, a64_vget(t, tt, k, 8));
			}
			continue;
		}
		for (unsigned e = 0; e < elements; e++)
			for (int s = 0; s < selem[opcode]; s++, off += ebytes) {
				unsigned tt = (rt + r + s) % 32;
				dm_temp a = a64_addi(t, addr, off);
				if (load) a64_vput(t, tt, e * ebytes, ebytes, a64_ld(t, ebytes, a));
				else a64_st(t, ebytes, a, a64_vget(t, tt, e * ebytes, ebytes));
			}
	}
	if (load && !q)
		for (int r = 0; r < rpt[opcode] * selem[opcode]; r++) a64_vzero_from(t, (rt + r) % 32, 8);
	if (post) post_index(t, insn, addr, off);
	return true;
}

A64_INSN(LDST_multiple) { return multiple(t, insn, false); }
A64_INSN(LDST_multiple_post) { return multiple(t, insn, true); }

/* Broadcast the low `ebytes` of v over 64 bits. */
static dm_temp replicate(struct a64_tr *t, dm_temp v, unsigned ebytes)
{
	static const uint64_t mul[9] = { [1] = 0x0101010101010101ull, [2] = 0x0001000100010001ull,
					 [4] = 0x0000000100000001ull, [8] = 1 };
	return ebytes == 8 ? v : a64_op2i(t, DM_IR_MUL, 8, v, mul[ebytes]);
}

static bool single(struct a64_tr *t, uint32_t insn, bool post)
{
	unsigned opcode = a64_bits(insn, 15, 13), s = a64_bits(insn, 12, 12), size = a64_bits(insn, 11, 10);
	unsigned q = a64_bits(insn, 30, 30), scale = opcode >> 1, nregs = ((opcode & 1) << 1 | a64_bits(insn, 21, 21)) + 1;
	bool load = a64_bits(insn, 22, 22), rep = false;
	unsigned index = 0;
	switch (scale) {
	case 3:
		if (!load || s) return false;
		scale = size, rep = true;
		break;
	case 0: index = q << 3 | s << 2 | size; break;
	case 1: if (size & 1) return false; index = q << 2 | s << 1 | size >> 1; break;
	default:
		if (size & 2) return false;
		if (!(size & 1)) index = q << 1 | s;
		else if (s) return false;
		else index = q, scale = 3;
	}
	unsigned ebytes = 1u << scale, rt = A64_RT(insn);
	dm_temp addr = a64_get_xsp(t, A64_RN(insn), true);
	for (unsigned k = 0; k < nregs; k++) {
		unsigned tt = (rt + k) % 32;
		dm_temp a = a64_addi(t, addr, k * ebytes);
		if (rep) {
			dm_temp v = replicate(t, a64_ld(t, ebytes, a), ebytes);
			a64_vput(t, tt, 0, 8, v);
			a64_vput(t, tt, 8, 8, q ? v : a64_const(t, 0));
		} else if (load) {
			a64_vput(t, tt, index * ebytes, ebytes, a64_ld(t, ebytes, a));
		} else {
			a64_st(t, ebytes, a, a64_vget(t, tt, index * ebytes, ebytes));
		}
	}
	if (post) post_index(t, insn, addr, nregs * ebytes);
	return true;
}

A64_INSN(LDST_single) { return single(t, insn, false); }
A64_INSN(LDST_single_post) { return single(t, insn, true); }
