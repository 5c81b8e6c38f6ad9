/* emu/sys/custom.c: hand-written syscall handlers, by name. */
#include <string.h>

#include "emu/sys/sys.h"

dm_custom_fn dm_custom_lookup(const char *name)
{
	(void)name;
	return NULL;
}
