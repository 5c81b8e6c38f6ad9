/* tests/guest/landlock.c: the syscall added by docs/adding-a-syscall.md
 * (landlock_create_ruleset: a specs-only change).  Before the spec had a
 * signature, dragoman answered ENOSYS; now the guest sees what the host says. */
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common.h"

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#endif
#define LANDLOCK_CREATE_RULESET_VERSION 1u

int main(void)
{
	/* ABI version query: NULL attr, size 0, the VERSION flag */
	long v = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
	if (v >= 0) printf("landlock version query: ok (>= 1: %s)\n", v >= 1 ? "yes" : "no");
	else printf("landlock version query: -1 %s\n", ename(errno));
	/* bad flags and a bad attr pointer */
	R(syscall(SYS_landlock_create_ruleset, NULL, 0, 0x80000000u));
	uint64_t attr[2] = { 1, 0 };   /* LANDLOCK_ACCESS_FS_EXECUTE */
	long fd = syscall(SYS_landlock_create_ruleset, attr, 8, 0);
	if (fd >= 0) { printf("ruleset: ok\n"); close((int)fd); }
	else printf("ruleset: -1 %s\n", ename(errno));
	R(syscall(SYS_landlock_create_ruleset, (void *)16, 8, 0));
	return 0;
}
