/* emu/binfmt/rule.c: magic and mask from an ELF identity.
 *
 * An executable for the arch starts with ELFMAG, its EI_CLASS and EI_DATA,
 * EI_VERSION 1 (EV_CURRENT), any EI_OSABI (Linux programs carry 0, SYSV, or
 * 3, GNU), zero EI_ABIVERSION and padding, e_type ET_EXEC (2) or ET_DYN (3)
 * (the mask drops the bit that tells them apart) and e_machine; e_type and
 * e_machine are 16-bit in the file's own byte order. */
#include <glib.h>
#include <string.h>

#include "emu/binfmt/rule.h"

enum { EI_CLASS = 4, EI_DATA, EI_VERSION, EI_OSABI, E_TYPE = 16, E_MACHINE = 18 };

static void put16(uint8_t *p, uint16_t v, int big)
{
	p[big ? 1 : 0] = (uint8_t)v;
	p[big ? 0 : 1] = (uint8_t)(v >> 8);
}

void dm_binfmt_magic(const struct dm_arch_ident *id, uint8_t magic[DM_BINFMT_LEN], uint8_t mask[DM_BINFMT_LEN])
{
	int big = id->elf_data == 2;   /* ELFDATA2MSB */
	memset(magic, 0, DM_BINFMT_LEN);
	memset(mask, 0xff, DM_BINFMT_LEN);
	memcpy(magic, "\177ELF", 4);
	magic[EI_CLASS] = id->elf_class;
	magic[EI_DATA] = id->elf_data;
	magic[EI_VERSION] = 1;
	mask[EI_OSABI] = 0;
	put16(magic + E_TYPE, 2, big);
	put16(mask + E_TYPE, 0xfffe, big);
	put16(magic + E_MACHINE, id->elf_machine, big);
}

static void hex_escaped(GString *s, const uint8_t *b)
{
	for (int i = 0; i < DM_BINFMT_LEN; i++) g_string_append_printf(s, "\\x%02x", b[i]);
}

char *dm_binfmt_line(const char *name, const struct dm_arch_ident *id, const char *interp, unsigned flags)
{
	uint8_t magic[DM_BINFMT_LEN], mask[DM_BINFMT_LEN];
	dm_binfmt_magic(id, magic, mask);
	GString *s = g_string_new(NULL);
	g_string_append_printf(s, ":%s:M:0:", name);
	hex_escaped(s, magic);
	g_string_append_c(s, ':');
	hex_escaped(s, mask);
	g_string_append_printf(s, ":%s:", interp);
	if (flags & DM_BINFMT_P) g_string_append_c(s, 'P');
	if (flags & DM_BINFMT_C) g_string_append(s, "OC");
	if (flags & DM_BINFMT_F) g_string_append_c(s, 'F');
	return g_string_free(s, FALSE);
}

char *dm_binfmt_entry_name(const struct dm_arch_ident *id) { return g_strconcat("dragoman-", id->name, NULL); }

char *dm_binfmt_magic_hex(const struct dm_arch_ident *id)
{
	uint8_t magic[DM_BINFMT_LEN], mask[DM_BINFMT_LEN];
	dm_binfmt_magic(id, magic, mask);
	GString *s = g_string_new(NULL);
	for (int i = 0; i < DM_BINFMT_LEN; i++) g_string_append_printf(s, "%02x", magic[i] & mask[i]);
	return g_string_free(s, FALSE);
}
