/* tests/guest/thread_indirect.c: indirect branches from several threads to
 * targets that share a slot of dragoman's indirect-branch table (addresses
 * 256 KiB apart: the table is indexed by pc bits 2-17).  Each thread calls
 * its own function through a pointer millions of times while the others
 * keep rewriting the shared slot; a call that lands in another thread's
 * function (a torn read of the slot) returns the wrong number. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>

#include "common.h"

long fn0(void), fn1(void), fn2(void);

#ifdef __aarch64__
__asm__(".text\n.balign 4096\n"
	".globl fn0\nfn0:\tmov x0, #10\n\tret\n\t.skip 262136\n"
	".globl fn1\nfn1:\tmov x0, #11\n\tret\n\t.skip 262136\n"
	".globl fn2\nfn2:\tmov x0, #12\n\tret\n");
#elif defined(__s390x__)
/* lghi (4 bytes) + br %r14 (2 bytes) */
__asm__(".text\n.balign 4096\n"
	".globl fn0\nfn0:\tlghi %r2, 10\n\tbr %r14\n\t.skip 262138\n"
	".globl fn1\nfn1:\tlghi %r2, 11\n\tbr %r14\n\t.skip 262138\n"
	".globl fn2\nfn2:\tlghi %r2, 12\n\tbr %r14\n");
#elif defined(__arm__)
/* A32 mov r0, #n (4 bytes) + bx lr (4 bytes); called with blx from Thumb */
__asm__(".text\n.balign 4096\n.arm\n"
	".globl fn0\n.type fn0, %function\nfn0:\tmov r0, #10\n\tbx lr\n\t.skip 262136\n"
	".globl fn1\n.type fn1, %function\nfn1:\tmov r0, #11\n\tbx lr\n\t.skip 262136\n"
	".globl fn2\n.type fn2, %function\nfn2:\tmov r0, #12\n\tbx lr\n");
#else
__asm__(".text\n.balign 4096\n"
	".globl fn0\nfn0:\tmov $10, %eax\n\tret\n\t.skip 262138\n"
	".globl fn1\nfn1:\tmov $11, %eax\n\tret\n\t.skip 262138\n"
	".globl fn2\nfn2:\tmov $12, %eax\n\tret\n");
#endif

enum { THREADS = 3 };
static long calls = 10000000;   /* iterations(): fewer with "quick" */
static long (*volatile fns[THREADS])(void) = { fn0, fn1, fn2 };
static long wrong[THREADS];

static void *caller(void *arg)
{
	long k = (long)arg, bad = 0;
	for (long i = 0; i < calls; i++)
		if (fns[k]() != 10 + k) bad++;
	wrong[k] = bad;
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t t[THREADS];
	calls = iterations(argc, argv, calls);
	SHOW("fn1 - fn0 = %ld, fn2 - fn1 = %ld", (long)((char *)fn1 - (char *)fn0), (long)((char *)fn2 - (char *)fn1));
	for (long k = 0; k < THREADS; k++) pthread_create(&t[k], NULL, caller, (void *)k);
	long total = 0;
	for (long k = 0; k < THREADS; k++) {
		pthread_join(t[k], NULL);
		total += wrong[k];
	}
	SHOW("calls that returned another function's value: %ld", total);
	return 0;
}
