/* generated from specs/consts for ABI x86_64 by gen/generate.lua; do not edit */
#include "emu/abi/abi.h"
#include "generated/ids.h"

static const struct dm_const dm_x86_64_set_errno_v[] = {
	{ "ENOENT", 0x2u, 0x2u, 0x2u, 0x2u, 0 },
	{ "ENOMSG", 0x2au, 0x2au, 0x2au, 0x2au, 0 },
	{ "EPERM", 0x1u, 0x1u, 0x1u, 0x1u, 0 },
};
const struct dm_constset dm_x86_64_set_errno = { "errno", 0, 1, 3, dm_x86_64_set_errno_v };

static const struct dm_const dm_x86_64_set_open_flags_v[] = {
	{ "O_ACCMODE", 0x3u, 0x3u, 0x3u, 0x3u, 0 },
	{ "O_CREAT", 0x40u, 0x40u, 0x40u, 0x40u, 0 },
	{ "O_RDONLY", 0x0u, 0x3u, 0x0u, 0x3u, 0 },
	{ "O_RDWR", 0x2u, 0x3u, 0x2u, 0x3u, 0 },
	{ "O_WRONLY", 0x1u, 0x3u, 0x1u, 0x3u, 0 },
};
const struct dm_constset dm_x86_64_set_open_flags = { "open_flags", 1, 1, 5, dm_x86_64_set_open_flags_v };

static const struct dm_const dm_x86_64_set_signals_v[] = {
	{ "SIGHUP", 0x1u, 0x1u, 0x1u, 0x1u, 0 },
	{ "SIGRTMIN", 0x20u, 0x20u, 0x20u, 0x20u, 0 },
	{ "SIGUSR1", 0xau, 0xau, 0xau, 0xau, 0 },
};
const struct dm_constset dm_x86_64_set_signals = { "signals", 0, 1, 3, dm_x86_64_set_signals_v };

const struct dm_constset *const dm_x86_64_sets[DM_NSETS] = {
	[DM_SET_errno] = &dm_x86_64_set_errno,
	[DM_SET_open_flags] = &dm_x86_64_set_open_flags,
	[DM_SET_signals] = &dm_x86_64_set_signals,
};

const int16_t dm_x86_64_errno_to_guest[43] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 
	12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 
	24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 
	36, 37, 38, 39, 40, 41, 42, 
};

const uint8_t dm_x86_64_sig_to_guest[DM_NSIG] = {
	0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 
	48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 
	64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	0, 
};

const uint8_t dm_x86_64_sig_to_host[DM_NSIG] = {
	0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 
	48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 
	64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 
	0, 
};

