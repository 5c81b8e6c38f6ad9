/* arch/ident.h: a guest architecture's ELF identity alone (name, e_machine,
 * EI_CLASS, EI_DATA), for tools that do not link the emulator.  The fields are
 * named as in struct dm_arch: both are initialised from DM_IDENT_<name>. */
#ifndef DM_ARCH_IDENT_H
#define DM_ARCH_IDENT_H

#include <stdint.h>

struct dm_arch_ident {
	const char *name;
	uint16_t elf_machine;
	uint8_t elf_class;
	uint8_t elf_data;
};

/* Every arch compiled in (arch/list.h), ended by a NULL name. */
extern const struct dm_arch_ident dm_arch_idents[];

#endif
