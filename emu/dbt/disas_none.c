/* emu/dbt/disas_none.c: -d in_asm when ./configure found no capstone
 * (apt-get install libcapstone-dev): each block's address and bytes. */
#include "emu/dbt/disas.h"
#include "emu/mm/guest.h"

void dm_disas_block(FILE *f, const struct dm_arch *arch, uint64_t pc, uint64_t end)
{
	(void)arch;
	const uint8_t *code = dm_g2h(pc);
	fprintf(f, "IN: %#llx (no disassembler: ./configure found no capstone)\n%#010llx:  ", (unsigned long long)pc,
		(unsigned long long)pc);
	for (uint64_t k = 0; k < end - pc; k++) fprintf(f, "%02x", code[k]);
	fprintf(f, "\n\n");
}
