/* emu/abi/names.c: printable names of argument and return kinds (for --strace and tests). */
#include "emu/abi/abi.h"

const char *const dm_arg_kind_names[DM_ARG_NKINDS] = {
#define DM_X(k) #k,
	DM_ARG_KINDS(DM_X)
#undef DM_X
};

const char *const dm_ret_kind_names[DM_RET_NKINDS] = {
#define DM_X(k) #k,
	DM_RET_KINDS(DM_X)
#undef DM_X
};
