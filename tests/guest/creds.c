/* tests/guest/creds.c: the credentials a program starts with: real and
 * effective ids, AT_SECURE, and /proc/self/status's Uid/Gid lines.  Run
 * plainly by tests/guest.t; tests/binfmt.t runs a set-user-ID root copy as
 * nobody through binfmt_misc's C flag, against the native build. */
#define _GNU_SOURCE
#include <sys/auxv.h>
#include <unistd.h>

#include "common.h"

int main(void)
{
	uid_t r, e, s;
	getresuid(&r, &e, &s);
	printf("uid %u euid %u suid %u\n", r, e, s);
	gid_t gr, ge, gs;
	getresgid(&gr, &ge, &gs);
	printf("gid %u egid %u sgid %u\n", gr, ge, gs);
	printf("AT_SECURE %lu\n", getauxval(AT_SECURE));
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	while (f && fgets(line, sizeof line, f))
		if (!strncmp(line, "Uid:", 4) || !strncmp(line, "Gid:", 4)) fputs(line, stdout);
	if (f) fclose(f);
	return 0;
}
