/* emu/binfmt/rule.h: a binfmt_misc rule for one guest architecture, made from
 * its ELF identity (arch/ident.h): the magic and mask that match its
 * executables, and the line the kernel's register file (or a binfmt.d file)
 * takes. */
#ifndef DM_BINFMT_RULE_H
#define DM_BINFMT_RULE_H

#include <stddef.h>
#include <stdint.h>

#include "arch/ident.h"

/* The first 20 bytes of an ELF header: e_ident, e_type, e_machine. */
#define DM_BINFMT_LEN 20

/* binfmt_misc flags (the kernel's letters) */
#define DM_BINFMT_P 1u   /* preserve argv[0] */
#define DM_BINFMT_F 2u   /* open the interpreter at registration ("fix binary") */
#define DM_BINFMT_C 4u   /* credentials from the program (implies O: an fd to it) */

void dm_binfmt_magic(const struct dm_arch_ident *id, uint8_t magic[DM_BINFMT_LEN], uint8_t mask[DM_BINFMT_LEN]);

/* ":NAME:M:0:MAGIC:MASK:INTERP:FLAGS" with every magic and mask byte as \xHH;
 * g_free the result. */
char *dm_binfmt_line(const char *name, const struct dm_arch_ident *id, const char *interp, unsigned flags);

/* The entry's name for an arch: "dragoman-aarch64" (g_free it). */
char *dm_binfmt_entry_name(const struct dm_arch_ident *id);

/* The magic as binfmt_misc's entry file shows it (lower-case hex, no
 * separators, masked bytes zeroed as the kernel stores them); g_free it. */
char *dm_binfmt_magic_hex(const struct dm_arch_ident *id);

#endif
