/* Scalar floating point: a small n-body style integration. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	long steps = argc > 1 ? atol(argv[1]) : 3000000;
	double x = 1.0, y = 0.0, vx = 0.0, vy = 1.0, dt = 1e-3;
	for (long i = 0; i < steps; i++) {
		double r2 = x * x + y * y, r = sqrt(r2), a = -1.0 / (r2 * r);
		vx += a * x * dt; vy += a * y * dt;
		x += vx * dt; y += vy * dt;
	}
	printf("%.9f %.9f\n", x, y);
	return 0;
}
