/* tests/s390x_fp/fp_bench.c: an FP-heavy loop for timing (tests/s390x_fp.t
 * compares its output; docs/s390x.md has the times): a Mandelbrot set
 * (multiply, add, compare), a few steps of an n-body system (sqrt, divide)
 * and a float dot product, in double and single precision, rounded to
 * nearest with no traps -- the guarded fast path's ground.  argv[1] scales
 * the work (default 1). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int mandel(int size)
{
	int inside = 0;
	for (int y = 0; y < size; y++)
		for (int x = 0; x < size; x++) {
			double cr = 2.5 * x / size - 2.0, ci = 2.0 * y / size - 1.0, zr = 0, zi = 0;
			int k = 0;
			while (k < 200 && zr * zr + zi * zi < 4.0) {
				double t = zr * zr - zi * zi + cr;
				zi = 2 * zr * zi + ci;
				zr = t;
				k++;
			}
			inside += k == 200;
		}
	return inside;
}

#define NB 5
static double nbody(int steps)
{
	double p[NB][3], v[NB][3] = { { 0 } }, m[NB];
	for (int i = 0; i < NB; i++) {
		p[i][0] = i * 1.1, p[i][1] = (i % 2) * 0.7 - 0.3, p[i][2] = i * 0.05;
		m[i] = 1.0 + i * 0.1;
	}
	for (int s = 0; s < steps; s++) {
		for (int i = 0; i < NB; i++)
			for (int j = i + 1; j < NB; j++) {
				double d[3], d2 = 0.01;
				for (int k = 0; k < 3; k++) d[k] = p[i][k] - p[j][k], d2 += d[k] * d[k];
				double mag = 0.001 / (d2 * sqrt(d2));
				for (int k = 0; k < 3; k++) v[i][k] -= d[k] * m[j] * mag, v[j][k] += d[k] * m[i] * mag;
			}
		for (int i = 0; i < NB; i++)
			for (int k = 0; k < 3; k++) p[i][k] += 0.001 * v[i][k];
	}
	double e = 0;
	for (int i = 0; i < NB; i++) e += m[i] * (v[i][0] * v[i][0] + v[i][1] * v[i][1] + v[i][2] * v[i][2]);
	return e;
}

static float dot(int n, int reps)
{
	float *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), s = 0;
	for (int i = 0; i < n; i++) a[i] = (float)i / n, b[i] = 1.0f - (float)i / (2 * n);
	for (int r = 0; r < reps; r++)
		for (int i = 0; i < n; i++) s += a[i] * b[i] * 1e-3f;
	free(a);
	free(b);
	return s;
}

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 1;
	printf("mandel %d\n", mandel(300 * scale));
	printf("nbody %.17g\n", nbody(200000 * scale));
	printf("dot %.9g\n", dot(10000, 100 * scale));
	return 0;
}
