/* arch/list.h: the guest architectures compiled in, once.  arch/arches.c
 * makes the loader's table of them, arch/idents.c the table of their ELF
 * identities (for dragoman-binfmt, which links no emulator). */
#ifndef DM_ARCH_LIST_H
#define DM_ARCH_LIST_H

#include "arch/aarch64/ident.h"
#include "arch/s390x/ident.h"
#include "arch/arm/ident.h"

#define DM_ARCH_LIST(X) X(aarch64) X(s390x) X(arm)

#endif
