/* generated from specs/consts for ABI ppc64le by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"
#include "generated/shared/consts.h"

/* sets: the same as ppc64's */

/* errno_to_guest: the same as aarch64's */

/* sig_to_guest: the same as aarch64's */

/* sig_to_host: the same as aarch64's */

