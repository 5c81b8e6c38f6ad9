/* arch/arm/itstate.c: the ITSTATE of instructions inside T32 IT blocks, for
 * blocks that start there.  A block only ever starts inside an IT block
 * where a skipped (condition-failed) instruction's side exit or a block
 * limit lands, or where a signal handler returns; branching into an IT
 * block is UNPREDICTABLE, so the ITSTATE at such an address is fixed by the
 * IT instruction before it.  Translation records it here, keyed by the
 * address, with the IT instruction's address and encoding: an entry is used
 * only while that IT instruction is still in memory (code unmapped and
 * replaced leaves a stale entry that no longer matches). */
#include <glib.h>

#include "arch/arm/translate.h"
#include "emu/mm/guest.h"
#include "emu/mm/mm.h"

struct it_entry {
	uint32_t it_pc;
	uint16_t it_insn;
	uint8_t state;
};

static GMutex lock;
static GHashTable *table;   /* guint address -> struct it_entry */

void arm_it_record(uint32_t pc, uint8_t state, uint32_t it_pc, uint16_t it_insn)
{
	g_mutex_lock(&lock);
	if (!table) table = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	struct it_entry *e = g_new(struct it_entry, 1);
	*e = (struct it_entry){ it_pc, it_insn, state };
	g_hash_table_replace(table, GUINT_TO_POINTER(pc), e);
	g_mutex_unlock(&lock);
}

uint8_t arm_it_lookup(uint32_t pc, uint32_t *it_pc, uint16_t *it_insn)
{
	struct it_entry e = { 0 };
	g_mutex_lock(&lock);
	struct it_entry *p = table ? g_hash_table_lookup(table, GUINT_TO_POINTER(pc)) : NULL;
	if (p) e = *p;
	g_mutex_unlock(&lock);
	if (!e.state || !dm_mm_access_ok(e.it_pc, 2, DM_PROT_EXEC)) return 0;
	uint16_t now;
	memcpy(&now, dm_g2h(e.it_pc), 2);
	if (now != e.it_insn) return 0;
	*it_pc = e.it_pc;
	*it_insn = e.it_insn;
	return e.state;
}
