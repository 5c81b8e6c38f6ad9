/* generated from specs/ioctls for ABI x32 by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"
extern const struct dm_constset *const dm_x32_sets[];

const struct dm_ioctl dm_x32_ioctls[] = {
	{ 0x5413u, 0x5413u, "TIOCGWINSZ", NULL, 1, 0, { 0 } },
	{ 0x80041272u, 0x80081272u, "BLKGETSIZE64", NULL, 1, 1, { "size", DM_ARG_out, 2, 1, -1, -1, 0, 8, NULL, NULL } },
};
const uint32_t dm_x32_nioctls = 2;
