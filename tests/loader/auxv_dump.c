/* tests/loader/auxv_dump.c: a guest program (built static for aarch64) that
 * prints its initial stack; see auxv_print.h.  tests/loader_auxv.t compares
 * it under dragoman and qemu-aarch64. */
#include "auxv_print.h"

int main(int argc, char **argv)
{
	(void)argc;
	dump_stack((const uint64_t *)(argv - 1), stdout);
	return 0;
}
