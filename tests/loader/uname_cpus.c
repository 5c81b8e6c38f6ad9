/* tests/loader/uname_cpus.c: what a guest learns of its machine: the kernel
 * release uname(2) reports, the processors /proc/cpuinfo lists (stanzas
 * starting "processor\t: N"), and how many CPUs sysconf counts
 * (tests/cli_options.t: -r, QEMU_UNAME, cpuinfo against nproc). */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(void)
{
	struct utsname u;
	uname(&u);
	printf("release %s\n", u.release);
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[512];
	int n = 0;
	while (f && fgets(line, sizeof line, f))
		if (!strncmp(line, "processor\t:", 11)) n++;
	printf("cpuinfo processors %d, online %ld\n", n, sysconf(_SC_NPROCESSORS_ONLN));
	return 0;
}
