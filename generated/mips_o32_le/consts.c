/* generated from specs/consts for ABI mips-o32-le by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"
#include "generated/shared/consts.h"

/* sets: the same as mips_n32_be's */

/* errno_to_guest: the same as mips_n32_be's */

/* sig_to_guest: the same as mips_n32_be's */

/* sig_to_host: the same as mips_n32_be's */

