/* tests/arm/kuser.c: the kernel user helpers (Documentation/arm/
 * kernel_user_helpers.rst) and the 32-bit address space, as a guest sees
 * them.  Prints the same lines under qemu-arm (the oracle, tests/arm_loader.t)
 * and under dragoman: no addresses, only facts about them. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef int (*cmpxchg_fn)(int oldval, int newval, volatile int *ptr);
typedef int (*cmpxchg64_fn)(const int64_t *oldval, const int64_t *newval, volatile int64_t *ptr);
typedef void *(*get_tls_fn)(void);
typedef void (*barrier_fn)(void);
#define kuser_cmpxchg ((cmpxchg_fn)0xffff0fc0)
#define kuser_cmpxchg64 ((cmpxchg64_fn)0xffff0f60)
#define kuser_get_tls ((get_tls_fn)0xffff0fe0)
#define kuser_barrier ((barrier_fn)0xffff0fa0)
#define kuser_version (*(volatile int *)0xffff0ffc)

/* cmpxchg with the C flag it returns (set: the store happened) */
static int cmpxchg_c(int o, int n, volatile int *p, int *carry)
{
	register int r0 __asm__("r0") = o;
	register int r1 __asm__("r1") = n;
	register volatile int *r2 __asm__("r2") = p;
	register int c __asm__("r4");
	__asm__ volatile("blx %[f]\n\tite cs\n\tmovcs r4, #1\n\tmovcc r4, #0"
			 : "+r"(r0), "+r"(r1), "+r"(r2), "=r"(c)
			 : [f] "r"(kuser_cmpxchg)
			 : "r3", "r12", "lr", "cc", "memory");
	*carry = c;
	return r0;
}

static volatile int counter;
enum { THREADS = 4, ADDS = 20000 };
static void *adder(void *a)
{
	for (int k = 0; k < ADDS; k++) {
		int o;
		do o = counter; while (kuser_cmpxchg(o, o + 1, &counter));
	}
	return a;
}

int main(void)
{
	printf("helper version >= 3: %s\n", kuser_version >= 3 ? "yes" : "no");
	printf("get_tls == thread pointer: %s\n", kuser_get_tls() == __builtin_thread_pointer() ? "yes" : "no");
	kuser_barrier();
	volatile int w = 5;
	int c;
	int r = cmpxchg_c(5, 7, &w, &c);
	printf("cmpxchg(5, 7) on 5: r0 %s, C %d, now %d\n", r == 0 ? "zero" : "nonzero", c, w);
	r = cmpxchg_c(5, 9, &w, &c);
	printf("cmpxchg(5, 9) on 7: r0 %s, C %d, now %d\n", r == 0 ? "zero" : "nonzero", c, w);
	volatile int64_t q = 0x100000002ll;
	int64_t o = 0x100000002ll, n = 0x300000004ll;
	r = kuser_cmpxchg64(&o, &n, &q);
	printf("cmpxchg64 match: %s, now %llx\n", r == 0 ? "stored" : "failed", (unsigned long long)q);
	r = kuser_cmpxchg64(&o, &n, &q);
	printf("cmpxchg64 mismatch: %s, now %llx\n", r == 0 ? "stored" : "failed", (unsigned long long)q);
	pthread_t t[THREADS];
	for (int k = 0; k < THREADS; k++) pthread_create(&t[k], NULL, adder, NULL);
	for (int k = 0; k < THREADS; k++) pthread_join(t[k], NULL);
	printf("threads x cmpxchg adds: %d (want %d)\n", counter, THREADS * ADDS);

	/* the vectors page as /proc/self/maps shows it */
	FILE *f = fopen("/proc/self/maps", "r");
	char line[512];
	int vectors = 0;
	while (f && fgets(line, sizeof line, f))
		if (strstr(line, "[vectors]")) vectors = !strncmp(line, "ffff0000-ffff1000 r-xp", 22);
	if (f) fclose(f);
	printf("[vectors] at ffff0000-ffff1000 r-xp: %s\n", vectors ? "yes" : "no");

	/* many anonymous mappings: none reaches the helpers page or wraps */
	int below = 1;
	for (int k = 0; k < 64; k++) {
		char *p = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED) { below = 0; break; }
		if ((uintptr_t)p + (1 << 20) > 0xffff0000u || (uintptr_t)p + (1 << 20) < (uintptr_t)p) below = 0;
		p[0] = 1;
	}
	printf("64 x 1 MiB mmap below the helpers page: %s\n", below ? "yes" : "no");
	/* MAP_FIXED_NOREPLACE over the helpers page is refused */
	void *p = mmap((void *)0xffff0000u, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	printf("MAP_FIXED_NOREPLACE on the helpers page: %s\n", p == MAP_FAILED ? "refused" : "mapped");
	/* brk grows inside the window */
	char *b0 = sbrk(0), *b1 = sbrk(1 << 20);
	printf("sbrk 1 MiB: %s\n", b1 == b0 && (uintptr_t)sbrk(0) == (uintptr_t)b0 + (1 << 20) ? "yes" : "no");
	return 0;
}
