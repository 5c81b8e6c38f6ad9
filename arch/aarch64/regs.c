/* arch/aarch64/regs.c: layout facts of struct a64_cpu checked at compile time. */
#include "arch/aarch64/cpu.h"

_Static_assert(offsetof(struct a64_cpu, common) == 0, "struct dm_cpu must come first");
_Static_assert(A64_OFF_V(0) % 16 == 0, "vector registers are 16-aligned");
