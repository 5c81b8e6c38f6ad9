/* arch/s390x/ident.h: how an s390x (z/Architecture, 64-bit) Linux executable
 * names itself in its ELF header.  The loader (struct dm_arch) and
 * dragoman-binfmt's magic and mask (struct dm_arch_ident) are both
 * initialised from this one line. */
#ifndef DM_S390X_IDENT_H
#define DM_S390X_IDENT_H

/* EM_S390 22, ELFCLASS64 2, ELFDATA2MSB 2 */
#define DM_IDENT_s390x .name = "s390x", .elf_machine = 22, .elf_class = 2, .elf_data = 2

#endif
