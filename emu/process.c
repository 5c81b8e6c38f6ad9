/* emu/process.c: process-wide emulator state (see process.h). */
#include <glib.h>
#include <stdio.h>

#include "emu/process.h"

struct dm_process dm_proc;

static GMutex lock;

void dm_report_fork_lock(enum dm_fork_phase phase)
{
	if (phase == DM_FORK_PREPARE) g_mutex_lock(&lock);
	else if (phase == DM_FORK_PARENT) g_mutex_unlock(&lock);
	else g_mutex_init(&lock);
}

void dm_report_once(const char *kind, const char *name)
{
	static GHashTable *seen;
	char *key = g_strdup_printf("%s %s", kind, name);
	g_mutex_lock(&lock);
	if (!seen) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	gboolean fresh = !g_hash_table_contains(seen, key);
	if (fresh) g_hash_table_add(seen, key);
	g_mutex_unlock(&lock);
	if (fresh) {
		FILE *f = dm_proc.log ? dm_proc.log : stderr;
		fprintf(f, "dragoman: unsupported %s %s\n", kind, name);
		fflush(f);
	} else {
		g_free(key);
	}
}
