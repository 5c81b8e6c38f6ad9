/* arch/s390x/decode.c: the decoder over the classes' row tables.  An opcode
 * is its first byte plus, for some first bytes, an extension found in a place
 * the first byte fixes (PoO "Instruction formats"): byte 1 (E, RRE, RRF, S,
 * SIL), the low nibble of byte 1 (RI, RIL) or byte 5 (RXY, RSY, RIE, ...).
 * At the first decode every row goes into one 64K index keyed by (first byte
 * << 8 | extension); a lookup is one load.  Two rows with one key are a table
 * bug.  Not a constructor: the index's 512 KiB cost every other guest's
 * start-up (and every exec) up to 128 page faults. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "arch/s390x/translate.h"

extern const struct s390x_row s390x_rows_fp_arith[], s390x_rows_fp_conv[], s390x_rows_fp_misc[];   /* translate/fp_*.c */

static const struct s390x_row *const tables[] = {
	s390x_rows_load, s390x_rows_arith, s390x_rows_logic, s390x_rows_shift, s390x_rows_compare, s390x_rows_branch,
	s390x_rows_cond, s390x_rows_storage, s390x_rows_string, s390x_rows_atomic, s390x_rows_system, s390x_rows_fp,
	s390x_rows_fp_arith, s390x_rows_fp_conv, s390x_rows_fp_misc,
};

enum ext { EXT_NONE, EXT_BYTE1, EXT_NIBBLE1, EXT_BYTE5 };

static enum ext ext_of(uint8_t op0)
{
	switch (op0) {
	case 0x01: case 0xb2: case 0xb3: case 0xb9: case 0xe5: return EXT_BYTE1;
	case 0xa5: case 0xa7: case 0xc0: case 0xc2: case 0xc4: case 0xc6: case 0xc8: case 0xcc: return EXT_NIBBLE1;
	case 0xe3: case 0xe7: case 0xeb: case 0xec: case 0xed: return EXT_BYTE5;
	default: return EXT_NONE;
	}
}

static const struct s390x_row *index_[65536];

static void build(void)
{
	for (size_t k = 0; k < sizeof tables / sizeof tables[0]; k++)
		for (const struct s390x_row *r = tables[k]; r->name; r++) {
			if (index_[r->op]) {
				fprintf(stderr, "s390x decode: %s and %s share opcode %#06x\n", index_[r->op]->name, r->name, r->op);
				abort();
			}
			index_[r->op] = r;
		}
}

const struct s390x_row *s390x_decode(const uint8_t *code)
{
	static pthread_once_t built = PTHREAD_ONCE_INIT;
	pthread_once(&built, build);
	uint8_t op0 = code[0];
	unsigned ext = 0;
	switch (ext_of(op0)) {
	case EXT_NONE: break;
	case EXT_BYTE1: ext = code[1]; break;
	case EXT_NIBBLE1: ext = code[1] & 15; break;
	case EXT_BYTE5: ext = code[5]; break;
	}
	return index_[op0 << 8 | ext];
}

void s390x_fields(struct s390x_insn *i, const struct s390x_row *row)
{
#define F(s, n) ((unsigned)s390x_field(i, s, n))
	i->arg = row->arg;
	i->name = row->name;
	switch ((enum s390x_fmt)row->fmt) {
	case S390X_E: break;
	case S390X_RR: i->r1 = F(8, 4); i->r2 = F(12, 4); break;
	case S390X_RRE: i->r1 = F(24, 4); i->r2 = F(28, 4); break;
	case S390X_RRF: i->r1 = F(24, 4); i->r2 = F(28, 4); i->r3 = i->m3 = F(16, 4); i->m4 = F(20, 4); break;
	case S390X_RX: i->r1 = F(8, 4); i->x2 = F(12, 4); i->b2 = F(16, 4); i->d2 = F(20, 12); break;
	case S390X_RXE: i->r1 = F(8, 4); i->x2 = F(12, 4); i->b2 = F(16, 4); i->d2 = F(20, 12); i->m3 = F(32, 4); break;
	case S390X_RXY:
		i->r1 = F(8, 4); i->x2 = F(12, 4); i->b2 = F(16, 4);
		i->d2 = s390x_sext((uint64_t)F(32, 8) << 12 | F(20, 12), 20);
		break;
	case S390X_RS: i->r1 = F(8, 4); i->r3 = i->m3 = F(12, 4); i->b2 = F(16, 4); i->d2 = F(20, 12); break;
	case S390X_RSY:
		i->r1 = F(8, 4); i->r3 = i->m3 = F(12, 4); i->b2 = F(16, 4);
		i->d2 = s390x_sext((uint64_t)F(32, 8) << 12 | F(20, 12), 20);
		break;
	case S390X_RSI: i->r1 = F(8, 4); i->r3 = F(12, 4); i->i2 = F(16, 16); break;
	case S390X_RI: i->r1 = F(8, 4); i->i2 = F(16, 16); break;
	case S390X_RIL: i->r1 = i->m3 = F(8, 4); i->i2 = F(16, 32); break;
	case S390X_SI: i->i2 = F(8, 8); i->b1 = F(16, 4); i->d1 = F(20, 12); break;
	case S390X_SIY: i->i2 = F(8, 8); i->b1 = F(16, 4); i->d1 = s390x_sext((uint64_t)F(32, 8) << 12 | F(20, 12), 20); break;
	case S390X_SIL: i->b1 = F(16, 4); i->d1 = F(20, 12); i->i2 = F(32, 16); break;
	case S390X_SS:
		i->r1 = F(8, 4); i->r3 = F(12, 4);   /* L1/L2 or R1/R3 by the instruction; F(8, 8) is L */
		i->b1 = F(16, 4); i->d1 = F(20, 12); i->b2 = F(32, 4); i->d2 = F(36, 12);
		break;
	case S390X_S: i->b2 = F(16, 4); i->d2 = F(20, 12); break;
	case S390X_RIE: i->r1 = F(8, 4); i->r2 = i->r3 = i->m3 = F(12, 4); i->i2 = F(16, 16); i->m4 = F(32, 4); break;
	}
#undef F
}
