/* glibc's string functions (strlen, memchr, strchr, strrchr, memcmp) over
 * strings of varied length: on aarch64 they are NEON code (CMEQ, SHRN,
 * UMAXP, FMOV), the shape of parsers, shells and build tools. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	long rounds = argc > 1 ? atol(argv[1]) : 300;
	enum { N = 4096 };
	static char buf[N * 256];
	char *s[N];
	uint64_t x = 88172645463325252ull;
	char *p = buf;
	for (int i = 0; i < N; i++) {
		x ^= x << 13; x ^= x >> 7; x ^= x << 17;
		size_t len = x % 240;
		s[i] = p;
		for (size_t k = 0; k < len; k++) p[k] = (char)('a' + (x >> (k % 50)) % 26);
		p[len] = 0;
		p += len + 1;
	}
	uint64_t sum = 0;
	for (long r = 0; r < rounds; r++)
		for (int i = 0; i < N; i++) {
			size_t len = strlen(s[i]);
			const char *q = memchr(s[i], 'q', len);
			const char *c = strchr(s[i], 'z');
			const char *e = strrchr(s[i], 'e');
			sum += len + (q ? (uint64_t)(q - s[i]) : 1) + (c ? (uint64_t)(c - s[i]) : 2) + (e ? (uint64_t)(e - s[i]) : 3);
			sum += (uint64_t)(memcmp(s[i], s[(i + 1) % N], len < 16 ? len : 16) > 0);
		}
	printf("%llu\n", (unsigned long long)sum);
	return 0;
}
