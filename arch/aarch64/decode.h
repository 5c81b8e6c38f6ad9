/* arch/aarch64/decode.h: the A64 decoder.  The tables are data
 * (decode_base.inc: integer, branch, system, load/store; decode_simd.inc:
 * FP/AdvSIMD/crypto); each row INST(NAME, "manual name", "bit pattern")
 * names its handler a64_NAME.  Pattern: 32 characters, bit 31 first; '0' and
 * '1' must match, any other character is an operand bit. */
#ifndef DM_A64_DECODE_H
#define DM_A64_DECODE_H

#include <stdint.h>

#include "arch/aarch64/translate.h"

typedef bool (*a64_handler)(struct a64_tr *t, uint32_t insn);

struct a64_row {
	uint32_t mask, value;
	a64_handler fn;
	const char *name;            /* the row's NAME (handler a64_NAME) */
	const char *manual;          /* the Arm ARM's name for the encoding */
	uint32_t feature;            /* the enum a64_feature the CPU model must have (arch/aarch64/model.h) */
};

/* The most specific row matching insn, or NULL (unallocated, not
 * implemented, or of a feature the -cpu model lacks). */
const struct a64_row *a64_decode(uint32_t insn);

/* Handler prototypes, one per table row. */
#define INST(name, manual, pattern) A64_INSN(name);
#include "arch/aarch64/decode_base.inc"
#include "arch/aarch64/decode_simd.inc"
#undef INST

#endif
