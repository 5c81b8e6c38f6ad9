/* arch/aarch64/simd/simd_tr.h: translation glue shared by the FP/SIMD
 * handler files.  FP/SIMD instructions without an inline IR form (the hot
 * ones have one: fp_ir.c, vec_ir.c, README.md) lower to one IR CALL of a
 * helper that receives the instruction word and decodes its register
 * numbers and element size itself: the IR stays two ops long and the helper
 * is the executable definition. */
#ifndef DM_A64_SIMD_TR_H
#define DM_A64_SIMD_TR_H

#include "arch/aarch64/decode.h"
#include "arch/aarch64/simd/vec.h"

/* emit CALL fn(cpu, insn, b, c) */
static inline dm_temp simd_call(struct a64_tr *t, dm_helper_fn fn, uint32_t insn, uint64_t b, uint64_t c)
{
	return a64_call(t, fn, a64_const(t, insn), a64_const(t, b), a64_const(t, c));
}

/* A row whose handler is "check the encoding, then call the class helper". */
#define SIMD_ROW(name, valid, helper) \
	A64_INSN(name) { if (!(valid)(insn)) return false; simd_call(t, helper, insn, 0, 0); return true; }

/* A row that tries plain IR first (inline_fn returns false for the cases it
 * leaves to the helper) and calls the class helper otherwise. */
#define SIMD_ROW_IR(name, valid, inline_fn, helper) \
	A64_INSN(name) \
	{ \
		if (!(valid)(insn)) return false; \
		if (!(inline_fn)(t, insn)) simd_call(t, helper, insn, 0, 0); \
		return true; \
	}

#endif
