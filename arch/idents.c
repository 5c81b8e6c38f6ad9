/* arch/idents.c: the ELF identities of the guest architectures compiled in. */
#include "arch/ident.h"
#include "arch/list.h"

#define IDENT(n) { DM_IDENT_##n },
const struct dm_arch_ident dm_arch_idents[] = { DM_ARCH_LIST(IDENT) { 0 } };
