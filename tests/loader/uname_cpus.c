/* tests/loader/uname_cpus.c: what a guest learns of its machine: the kernel
 * release uname(2) reports, the processors /proc/cpuinfo lists (stanzas
 * starting "processor\t: N"), how many CPUs sysconf counts, and its random
 * bytes, AT_RANDOM's and getrandom(2)'s (tests/cli_options.t: -r,
 * QEMU_UNAME, cpuinfo against nproc, -seed). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/random.h>
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
	const unsigned char *a = (const unsigned char *)getauxval(AT_RANDOM);
	unsigned char b[8];
	long r = getrandom(b, sizeof b, 0);
	printf("random: AT_RANDOM %02x%02x%02x%02x%02x%02x%02x%02x, getrandom %ld ", a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], r);
	for (int i = 0; i < 8; i++) printf("%02x", b[i]);
	r = getrandom(b, sizeof b, 0x40);
	printf(", unknown flag %ld %s\n", r, r < 0 && errno == EINVAL ? "EINVAL" : "?");
	return 0;
}
