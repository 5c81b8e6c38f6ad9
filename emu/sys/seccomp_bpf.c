/* emu/sys/seccomp_bpf.c: check and run a seccomp filter (classic BPF).
 *
 * Facts from the kernel's ABI (linux/filter.h, linux/bpf_common.h and the
 * rules seccomp documents): an instruction is 16-bit code, two 8-bit jump
 * offsets and a 32-bit constant; A and X are 32-bit registers, M[] sixteen
 * scratch words; jumps go forward only, so a program always ends.  seccomp
 * accepts a subset of classic BPF: no packet loads other than aligned words
 * of struct seccomp_data, whose words load in the machine's byte order. */
#include <errno.h>
#include <stdbool.h>

#include "emu/sys/seccomp_bpf.h"

/* linux/bpf_common.h encodings */
enum {
	LD = 0x00, LDX = 0x01, ST = 0x02, STX = 0x03, ALU = 0x04, JMP = 0x05, RET = 0x06, MISC = 0x07,
	W = 0x00, IMM = 0x00, ABS = 0x20, MEM = 0x60, LEN = 0x80,
	ADD = 0x00, SUB = 0x10, MUL = 0x20, DIV = 0x30, OR = 0x40, AND = 0x50, LSH = 0x60, RSH = 0x70, NEG = 0x80,
	XOR = 0xa0,
	JA = 0x00, JEQ = 0x10, JGT = 0x20, JGE = 0x30, JSET = 0x40,
	K = 0x00, X = 0x08, RET_A = 0x10,
	TAX = 0x00, TXA = 0x80,
};

/* The codes a seccomp filter may use, before the LEN loads are rewritten. */
static bool seccomp_allows(uint16_t code)
{
	switch (code) {
	case LD | W | ABS: case LD | W | LEN: case LDX | W | LEN:
	case RET | K: case RET | RET_A:
	case ALU | ADD | K: case ALU | ADD | X: case ALU | SUB | K: case ALU | SUB | X:
	case ALU | MUL | K: case ALU | MUL | X: case ALU | DIV | K: case ALU | DIV | X:
	case ALU | AND | K: case ALU | AND | X: case ALU | OR | K: case ALU | OR | X:
	case ALU | XOR | K: case ALU | XOR | X: case ALU | LSH | K: case ALU | LSH | X:
	case ALU | RSH | K: case ALU | RSH | X: case ALU | NEG:
	case LD | IMM: case LDX | IMM: case MISC | TAX: case MISC | TXA:
	case LD | MEM: case LDX | MEM: case ST: case STX:
	case JMP | JA: case JMP | JEQ | K: case JMP | JEQ | X: case JMP | JGE | K: case JMP | JGE | X:
	case JMP | JGT | K: case JMP | JGT | X: case JMP | JSET | K: case JMP | JSET | X:
		return true;
	default:
		return false;
	}
}

static bool is_cond_jump(uint16_t code)
{
	return (code & 0x07) == JMP && (code & 0xf0) != JA;
}

/* Every read of a scratch slot must follow a write to it on every path
 * that reaches the read.  Jumps only go forward, so one pass in program
 * order suffices: valid[pc] is what all the edges into pc have written. */
static int check_scratch(const struct dm_bpf_insn *p, unsigned len)
{
	uint16_t valid[DM_BPF_MAXINSNS];
	for (unsigned i = 0; i < len; i++) valid[i] = 0xffff;
	uint16_t cur = 0;
	for (unsigned pc = 0; pc < len; pc++) {
		cur &= valid[pc];
		uint16_t c = p[pc].code;
		if (c == ST || c == STX) cur |= (uint16_t)(1u << p[pc].k);
		else if ((c == (LD | MEM) || c == (LDX | MEM)) && !(cur >> p[pc].k & 1)) return -EINVAL;
		else if (c == (JMP | JA)) {
			valid[pc + 1 + p[pc].k] &= cur;
			cur = 0xffff;                     /* the next instruction is reached only by jumps */
		} else if (is_cond_jump(c)) {
			valid[pc + 1 + p[pc].jt] &= cur;
			valid[pc + 1 + p[pc].jf] &= cur;
			cur = 0xffff;
		}
	}
	return 0;
}

int dm_seccomp_bpf_check(struct dm_bpf_insn *p, unsigned len)
{
	if (len == 0 || len > DM_BPF_MAXINSNS) return -EINVAL;
	for (unsigned pc = 0; pc < len; pc++) {
		uint16_t c = p[pc].code;
		uint32_t k = p[pc].k;
		if (!seccomp_allows(c)) return -EINVAL;
		switch (c) {
		case ALU | DIV | K:
			if (k == 0) return -EINVAL;
			break;
		case ALU | LSH | K: case ALU | RSH | K:
			if (k >= 32) return -EINVAL;
			break;
		case LD | MEM: case LDX | MEM: case ST: case STX:
			if (k >= DM_BPF_MEMWORDS) return -EINVAL;
			break;
		case JMP | JA:
			if (k >= len - pc - 1) return -EINVAL;
			break;
		case LD | W | ABS:
			if (k >= DM_SECCOMP_DATA_SIZE || (k & 3)) return -EINVAL;
			break;
		default:
			if (is_cond_jump(c) && (pc + p[pc].jt + 1 >= len || pc + p[pc].jf + 1 >= len)) return -EINVAL;
			break;
		}
	}
	uint16_t last = p[len - 1].code;
	if (last != (RET | K) && last != (RET | RET_A)) return -EINVAL;
	if (check_scratch(p, len)) return -EINVAL;
	for (unsigned pc = 0; pc < len; pc++) {
		if (p[pc].code == (LD | W | LEN)) p[pc] = (struct dm_bpf_insn){ LD | IMM, 0, 0, DM_SECCOMP_DATA_SIZE };
		else if (p[pc].code == (LDX | W | LEN)) p[pc] = (struct dm_bpf_insn){ LDX | IMM, 0, 0, DM_SECCOMP_DATA_SIZE };
	}
	return 0;
}

static uint32_t load_word(const uint8_t *d, int big)
{
	return big ? (uint32_t)d[0] << 24 | (uint32_t)d[1] << 16 | (uint32_t)d[2] << 8 | d[3]
		   : (uint32_t)d[3] << 24 | (uint32_t)d[2] << 16 | (uint32_t)d[1] << 8 | d[0];
}

uint32_t dm_seccomp_bpf_run(const struct dm_bpf_insn *p, unsigned len, const uint8_t data[DM_SECCOMP_DATA_SIZE],
			    int big)
{
	uint32_t a = 0, x = 0, m[DM_BPF_MEMWORDS] = { 0 };
	for (unsigned pc = 0; pc < len; pc++) {
		const struct dm_bpf_insn *i = &p[pc];
		uint32_t src = (i->code & X) ? x : i->k;
		switch (i->code) {
		case LD | W | ABS: a = load_word(data + i->k, big); break;
		case LD | IMM: a = i->k; break;
		case LDX | IMM: x = i->k; break;
		case LD | MEM: a = m[i->k]; break;
		case LDX | MEM: x = m[i->k]; break;
		case ST: m[i->k] = a; break;
		case STX: m[i->k] = x; break;
		case MISC | TAX: x = a; break;
		case MISC | TXA: a = x; break;
		case RET | K: return i->k;
		case RET | RET_A: return a;
		case ALU | NEG: a = -a; break;
		case JMP | JA: pc += i->k; break;
		default:
			if ((i->code & 0x07) == ALU) {
				switch (i->code & 0xf0) {
				case ADD: a += src; break;
				case SUB: a -= src; break;
				case MUL: a *= src; break;
				case DIV:
					if (src == 0) return 0;   /* a division by X = 0 ends the program with 0 */
					a /= src;
					break;
				case AND: a &= src; break;
				case OR: a |= src; break;
				case XOR: a ^= src; break;
				case LSH: a <<= (src & 31); break;
				case RSH: a >>= (src & 31); break;
				}
			} else if ((i->code & 0x07) == JMP) {
				bool t = false;
				switch (i->code & 0xf0) {
				case JEQ: t = a == src; break;
				case JGT: t = a > src; break;
				case JGE: t = a >= src; break;
				case JSET: t = (a & src) != 0; break;
				}
				pc += t ? i->jt : i->jf;
			}
			break;
		}
	}
	return 0;   /* unreachable for a checked program: its last instruction returns */
}
