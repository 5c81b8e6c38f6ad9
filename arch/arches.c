/* arch/arches.c: the guest architectures compiled in. */
#include <string.h>

#include "arch/arch.h"
#include "arch/list.h"

#define DECLARE(n) extern const struct dm_arch dm_arch_##n;
#define REF(n) &dm_arch_##n,
DM_ARCH_LIST(DECLARE)
const struct dm_arch *const dm_arches[] = { DM_ARCH_LIST(REF) NULL };

const struct dm_arch *dm_arch_by_elf(uint16_t machine, uint8_t class, uint8_t data)
{
	for (int i = 0; dm_arches[i]; i++)
		if (dm_arches[i]->elf_machine == machine && dm_arches[i]->elf_class == class &&
		    dm_arches[i]->elf_data == data)
			return dm_arches[i];
	return NULL;
}

const struct dm_arch *dm_arch_by_name(const char *name)
{
	for (int i = 0; dm_arches[i]; i++)
		if (!strcmp(dm_arches[i]->name, name))
			return dm_arches[i];
	return NULL;
}

