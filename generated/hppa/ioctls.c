/* generated from specs/ioctls for ABI hppa by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"
extern const struct dm_constset *const dm_hppa_sets[];

const struct dm_ioctl dm_hppa_ioctls[] = {
	{ 0x5413u, 0x5413u, "TIOCGWINSZ", NULL, 1, 0, { 0 } },
	{ 0x40041272u, 0x80081272u, "BLKGETSIZE64", NULL, 1, 1, { "size", DM_ARG_out, 2, 1, -1, -1, 0, 8, NULL, NULL } },
};
const uint32_t dm_hppa_nioctls = 2;
