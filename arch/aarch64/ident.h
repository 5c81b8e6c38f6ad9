/* arch/aarch64/ident.h: how an aarch64 Linux executable names itself in its
 * ELF header.  The loader (struct dm_arch) and dragoman-binfmt's magic and
 * mask (struct dm_arch_ident) are both initialised from this one line. */
#ifndef DM_AARCH64_IDENT_H
#define DM_AARCH64_IDENT_H

/* EM_AARCH64 183, ELFCLASS64 2, ELFDATA2LSB 1 */
#define DM_IDENT_aarch64 .name = "aarch64", .elf_machine = 183, .elf_class = 2, .elf_data = 1

#endif
