/* arch/aarch64/model.h: A64 CPU models (-cpu): the ID register values and
 * the optional features whose instructions the front-end executes; decoding
 * an instruction of a feature the model lacks gives UNDEF (SIGILL), as on
 * that core.  The models and what each one has: arch/aarch64/models.c. */
#ifndef DM_A64_MODEL_H
#define DM_A64_MODEL_H

#include <stdint.h>

enum a64_feature {
	A64_F_LSE = 1u << 0,        /* FEAT_LSE atomics */
	A64_F_LOR = 1u << 1,        /* FEAT_LOR: LDLAR, STLLR */
	A64_F_RDM = 1u << 2,
	A64_F_RCPC = 1u << 3,       /* LDAPR */
	A64_F_RCPC2 = 1u << 4,      /* LDAPUR, STLUR */
	A64_F_DPB = 1u << 5,        /* DC CVAP */
	A64_F_DPB2 = 1u << 6,       /* DC CVADP */
	A64_F_DOTPROD = 1u << 7,
	A64_F_SHA512 = 1u << 8,
	A64_F_SHA3 = 1u << 9,
	A64_F_JSCVT = 1u << 10,
	A64_F_FLAGM = 1u << 11,
	A64_F_FLAGM2 = 1u << 12,
	A64_F_FRINTTS = 1u << 13,
	A64_F_SB = 1u << 14,
	A64_F_I8MM = 1u << 15,
	A64_F_RNG = 1u << 16,
};

struct a64_model {
	uint64_t midr, isar0, isar1;
	uint32_t features;           /* enum a64_feature bits */
};

/* the model this process runs (dm_cpu_model of dm_arch_aarch64) */
const struct a64_model *a64_model(void);
static inline int a64_has(uint32_t features) { return (a64_model()->features & features) == features; }

/* the feature a decode row needs, by the row's name (0: every model has it) */
uint32_t a64_row_feature(const char *row_name);

#endif
