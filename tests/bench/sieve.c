/* Integer loop and memory: sieve of Eratosthenes, repeated. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2000000, reps = argc > 2 ? atoi(argv[2]) : 10;
	char *s = malloc(n + 1);
	long count = 0;
	for (int r = 0; r < reps; r++) {
		memset(s, 1, n + 1);
		s[0] = s[1] = 0;
		for (long i = 2; i * i <= n; i++)
			if (s[i])
				for (long j = i * i; j <= n; j += i) s[j] = 0;
		count = 0;
		for (int i = 0; i <= n; i++) count += s[i];
	}
	printf("%ld primes below %d\n", count, n);
	return 0;
}
