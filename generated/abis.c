/* generated from specs/abi/ by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"

extern const struct dm_abi dm_abi_aarch64;
extern const struct dm_abi dm_abi_alpha;
extern const struct dm_abi dm_abi_arc;
extern const struct dm_abi dm_abi_arm;
extern const struct dm_abi dm_abi_hppa;
extern const struct dm_abi dm_abi_i386;
extern const struct dm_abi dm_abi_m68k;
extern const struct dm_abi dm_abi_mips_n32_be;
extern const struct dm_abi dm_abi_mips_n32_le;
extern const struct dm_abi dm_abi_mips_n64_be;
extern const struct dm_abi dm_abi_mips_n64_le;
extern const struct dm_abi dm_abi_mips_o32_be;
extern const struct dm_abi dm_abi_mips_o32_le;
extern const struct dm_abi dm_abi_powerpc;
extern const struct dm_abi dm_abi_ppc64;
extern const struct dm_abi dm_abi_ppc64le;
extern const struct dm_abi dm_abi_riscv64;
extern const struct dm_abi dm_abi_s390x;
extern const struct dm_abi dm_abi_sh4;
extern const struct dm_abi dm_abi_sparc64;
extern const struct dm_abi dm_abi_x32;
extern const struct dm_abi dm_abi_x86_64;

const struct dm_abi *const dm_abis[] = {
	&dm_abi_aarch64,
	&dm_abi_alpha,
	&dm_abi_arc,
	&dm_abi_arm,
	&dm_abi_hppa,
	&dm_abi_i386,
	&dm_abi_m68k,
	&dm_abi_mips_n32_be,
	&dm_abi_mips_n32_le,
	&dm_abi_mips_n64_be,
	&dm_abi_mips_n64_le,
	&dm_abi_mips_o32_be,
	&dm_abi_mips_o32_le,
	&dm_abi_powerpc,
	&dm_abi_ppc64,
	&dm_abi_ppc64le,
	&dm_abi_riscv64,
	&dm_abi_s390x,
	&dm_abi_sh4,
	&dm_abi_sparc64,
	&dm_abi_x32,
	&dm_abi_x86_64,
};
const size_t dm_nabis = 22;
