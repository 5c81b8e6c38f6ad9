/* arch/cpu_model.c: the -cpu model this process runs.  Apart from
 * arches.c (the table of compiled-in guests) because front-ends ask for it
 * while translating, also in the tests that link one front-end alone; it is
 * archived with the DBT core (emu/dbt/dbt.ninja), which every such program
 * links. */
#include <string.h>

#include "arch/arch.h"

static const struct dm_cpu_model *chosen;   /* one guest architecture per process */

const struct dm_cpu_model *dm_cpu_model(const struct dm_arch *arch)
{
	static const struct dm_cpu_model none = { "max", 0, 0, NULL, NULL, NULL };
	if (!arch->models) return &none;   /* test doubles of struct dm_arch */
	for (const struct dm_cpu_model *m = arch->models; chosen && m->name; m++)
		if (m == chosen) return chosen;
	return &arch->models[0];
}

bool dm_cpu_model_select(const struct dm_arch *arch, const char *name)
{
	if (!arch->models) return false;
	if (!strcmp(name, "any")) name = arch->models[0].name;
	for (const struct dm_cpu_model *m = arch->models; m->name; m++)
		if (!strcmp(m->name, name)) {
			chosen = m;
			return true;
		}
	return false;
}
