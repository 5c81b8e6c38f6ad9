/* arch/s390x/fp_helpers.h: the BFP CALL helpers (fp_helpers.c) and how the
 * translator packs an instruction's fields for them. */
#ifndef DM_S390X_FP_HELPERS_H
#define DM_S390X_FP_HELPERS_H

#include <stdint.h>

/* fields: R1, R2 (or the register tested), M3, M4, the format (enum
 * bfp_fmt), a helper-specific argument, and whether operand 2 is the
 * storage value passed along */
#define S390X_FPF(r1, r2, m3, m4, fmt, arg, mem)                                                    \
	((uint64_t)(r1) | (uint64_t)(r2) << 4 | (uint64_t)(m3) << 8 | (uint64_t)(m4) << 12 |          \
	 (uint64_t)(fmt) << 16 | (uint64_t)(arg) << 20 | (uint64_t)(mem) << 24)

enum s390x_fp_load { FPL_TEST, FPL_COMPLEMENT, FPL_NEGATIVE, FPL_POSITIVE };

uint64_t s390x_h_arith(void *cpu, uint64_t k, uint64_t mem, uint64_t unused);      /* arg: enum bfp_bop */
uint64_t s390x_h_mul_len(void *cpu, uint64_t k, uint64_t mem, uint64_t unused);    /* fmt: the result's */
uint64_t s390x_h_sqrt(void *cpu, uint64_t k, uint64_t mem, uint64_t unused);
uint64_t s390x_h_compare(void *cpu, uint64_t k, uint64_t mem, uint64_t unused);    /* arg 1: signaling; returns cc */
uint64_t s390x_h_load(void *cpu, uint64_t k, uint64_t unused1, uint64_t unused2);  /* arg: enum s390x_fp_load */
uint64_t s390x_h_convert(void *cpu, uint64_t k, uint64_t mem, uint64_t unused);    /* fmt: target, arg: source */
uint64_t s390x_h_from_int(void *cpu, uint64_t k, uint64_t unused1, uint64_t unused2); /* arg: 1 64-bit, 2 unsigned */
uint64_t s390x_h_to_int(void *cpu, uint64_t k, uint64_t unused1, uint64_t unused2);
uint64_t s390x_h_rint(void *cpu, uint64_t k, uint64_t unused1, uint64_t unused2);
uint64_t s390x_h_tdc(void *cpu, uint64_t k, uint64_t mask, uint64_t unused);        /* returns cc */

#endif
