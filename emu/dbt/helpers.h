/* emu/dbt/helpers.h: out-of-line operations reached by IR CALL.
 * CALL's imm holds the helper's address, so a block's IR stays plain data and
 * a JIT emits a direct call.  A helper gets the guest CPU struct and three
 * 64-bit operands and returns 64 bits. */
#ifndef DM_HELPERS_H
#define DM_HELPERS_H

#include <stdint.h>

typedef uint64_t (*dm_helper_fn)(void *cpu, uint64_t a, uint64_t b, uint64_t c);

#define DM_HELPER(fn) ((uint64_t)(uintptr_t)(dm_helper_fn)(fn))

#endif
