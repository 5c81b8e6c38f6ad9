/* tests/bench/vm.c: an interpreter-style workload: a bytecode VM whose
 * dispatch is a switch over opcodes (an indirect branch per bytecode) plus
 * calls and returns through function pointers, the shape of CPython/Lua. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, DEC, XOR, SHR, CALLF, POP, HALT };

static uint64_t f_mix(uint64_t x) { return x * 0x9e3779b97f4a7c15ull ^ (x >> 29); }
static uint64_t f_rot(uint64_t x) { return (x << 13) | (x >> 51); }
static uint64_t f_inc(uint64_t x) { return x + 0x1234567; }
static uint64_t (*const fns[3])(uint64_t) = { f_mix, f_rot, f_inc };

static uint64_t run(const int32_t *code, uint64_t n)
{
	uint64_t st[64], *sp = st;
	*sp++ = n;          /* loop counter */
	*sp++ = 1;          /* accumulator */
	const int32_t *pc = code;
	for (;;) {
		switch (*pc++) {
		case PUSH: *sp++ = (uint64_t)*pc++; break;
		case ADD: sp--; sp[-1] += sp[0]; break;
		case SUB: sp--; sp[-1] -= sp[0]; break;
		case MUL: sp--; sp[-1] *= sp[0]; break;
		case DUP: sp[0] = sp[-1]; sp++; break;
		case SWAP: { uint64_t t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; break; }
		case JNZ: { int32_t off = *pc++; if (sp[-2]) pc += off; break; }
		case DEC: sp[-2]--; break;
		case XOR: sp--; sp[-1] ^= sp[0]; break;
		case SHR: sp[-1] >>= *pc++; break;
		case CALLF: sp[-1] = fns[*pc++ % 3](sp[-1]); break;
		case POP: sp--; break;
		case HALT: return sp[-1];
		}
	}
}

int main(int argc, char **argv)
{
	/* acc = f(acc) mixed, n times */
	static const int32_t prog[] = {
		/* 0 */ PUSH, 3, MUL, PUSH, 7, ADD, CALLF, 0, DUP, SHR, 17, XOR, CALLF, 1, PUSH, 5, SUB,
		/* 17 */ CALLF, 2, DEC, JNZ, -22, HALT,
	};
	uint64_t r = run(prog, argc > 1 ? atoll(argv[1]) : 4000000);
	printf("%016llx\n", (unsigned long long)r);
	return 0;
}
