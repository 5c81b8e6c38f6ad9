/* emu/mm/guest.c: the guest base (see guest.h). */
#include "emu/mm/guest.h"

uintptr_t dm_guest_base;
