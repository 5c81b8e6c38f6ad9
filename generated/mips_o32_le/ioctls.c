/* generated from specs/ioctls for ABI mips-o32-le by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"
#include "generated/shared/consts.h"
#include "generated/shared/types.h"

/* ioctls: the same as mips_n32_le's */
const uint32_t dm_mips_o32_le_nioctls = 191;
