/* tests/s390x_fp/fp_bench_asm.S: an FP-heavy loop for timing that needs no
 * C library (docs/s390x.md has the times): the Mandelbrot set over a
 * GRID x GRID grid (700 for timing, a smaller one in tests/s390x_fp.t), at
 * most 200 iterations a point, in long BFP (multiply, add, subtract,
 * compare and branch); the count of points inside goes to stdout as the 8
 * bytes of a double. */
#ifndef GRID
#define GRID 700
#endif
	.machine "z196"
	.text
	.globl _start
_start:
	larl	%r1, consts
	ld	%f14, 0(%r1)		/* 4.0 */
	ld	%f9, 8(%r1)
	ddb	%f9, 48(%r1)		/* dx = 2.5 / GRID */
	ld	%f10, 16(%r1)
	ddb	%f10, 48(%r1)		/* dy = 2.0 / GRID */
	ld	%f8, 24(%r1)		/* 1.0 */
	ld	%f7, 32(%r1)		/* ci = -1.0 */
	lzdr	%f15			/* inside count */
	lghi	%r10, GRID
rows:	ld	%f1, 40(%r1)		/* cr = -2.0 */
	lghi	%r9, GRID
cols:	lzdr	%f2			/* zr */
	lzdr	%f3			/* zi */
	lghi	%r8, 200
iter:	ldr	%f4, %f2
	mdbr	%f4, %f2		/* zr^2 */
	ldr	%f5, %f3
	mdbr	%f5, %f3		/* zi^2 */
	ldr	%f6, %f4
	adbr	%f6, %f5
	cdbr	%f6, %f14
	jnl	out			/* |z|^2 >= 4: escaped */
	sdbr	%f4, %f5
	adbr	%f4, %f1		/* zr^2 - zi^2 + cr */
	mdbr	%f3, %f2
	adbr	%f3, %f3
	adbr	%f3, %f7		/* 2 zr zi + ci */
	ldr	%f2, %f4
	brct	%r8, iter
	adbr	%f15, %f8
out:	adbr	%f1, %f9
	brct	%r9, cols
	adbr	%f7, %f10
	brct	%r10, rows
	larl	%r3, result
	std	%f15, 0(%r3)
	lghi	%r2, 1
	lghi	%r4, 8
	svc	4			/* write(1, result, 8) */
	lghi	%r2, 0
	svc	1
	.data
	.balign	8
consts:	.double	4.0, 2.5, 2.0, 1.0, -1.0, -2.0, GRID
result:	.quad	0
