/* emu/dbt/disas.h: guest disassembly for -d in_asm.  With Debian's capstone
 * (found by ./configure) each translated block is listed instruction by
 * instruction; without it, address and encoding only (disas_none.c). */
#ifndef DM_DISAS_H
#define DM_DISAS_H

#include <stdint.h>
#include <stdio.h>

struct dm_arch;

/* the guest code [pc, end) of one block, to f */
void dm_disas_block(FILE *f, const struct dm_arch *arch, uint64_t pc, uint64_t end);

#endif
