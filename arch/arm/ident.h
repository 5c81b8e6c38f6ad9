/* arch/arm/ident.h: how a 32-bit Arm (EABI, little-endian) Linux executable
 * names itself in its ELF header.  The loader (struct dm_arch) and
 * dragoman-binfmt's magic and mask (struct dm_arch_ident) are both
 * initialised from this one line. */
#ifndef DM_ARM_IDENT_H
#define DM_ARM_IDENT_H

/* EM_ARM 40, ELFCLASS32 1, ELFDATA2LSB 1 */
#define DM_IDENT_arm .name = "arm", .elf_machine = 40, .elf_class = 1, .elf_data = 1

#endif
