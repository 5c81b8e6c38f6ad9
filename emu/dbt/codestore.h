/* emu/dbt/codestore.h: blocks that may store into their own code (codestore.c). */
#ifndef DM_CODESTORE_H
#define DM_CODESTORE_H

#include "emu/cpu.h"
#include "emu/dbt/ir.h"

/* After each guest instruction of b that may write memory, leave the block
 * for the next instruction when cpu->code_written is set (and clear it), or
 * with bytes (the block's guest bytes as translated), when they changed. */
void dm_codestore_checks(struct dm_ir_block *b, const uint8_t *bytes);

#endif
