/* Calls, indirect calls through a comparator, branches: libc qsort of random ints. */
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2000000;
	int *v = malloc(sizeof *v * n);
	unsigned s = 12345;
	for (int i = 0; i < n; i++) { s = s * 1103515245u + 12345u; v[i] = (int)(s >> 1); }
	qsort(v, n, sizeof *v, cmp);
	long long sum = 0;
	for (int i = 0; i < n; i += 1000) sum += v[i];
	printf("%lld\n", sum);
	return 0;
}
