/* tests/guest/smc.h: writing machine code at run time, for the
 * self-modifying-code tests (smc_*.c).  Each emitter writes the same function
 * in the host's own instruction set (A64 or s390x under dragoman and on their
 * machines, x86-64 natively), so the program prints the same on each; the caller then makes
 * the code visible to instruction fetch with __builtin___clear_cache, as the
 * architecture requires (on arm64: DC CVAU, DSB, IC IVAU, DSB, ISB). */
#ifndef GUEST_SMC_H
#define GUEST_SMC_H

#include <stdint.h>
#include <string.h>

typedef int (*smc_fn)(void);

/* Room one emitted function may take (a multiple of the cache line). */
#define SMC_SLOT 64

static inline void smc_flush(void *p, size_t n)
{
	__builtin___clear_cache((char *)p, (char *)p + n);
}

/* the context synchronization a thread needs before running code another
 * thread wrote (arm64: ISB; x86 needs none after the writer's flush) */
static inline void smc_sync(void)
{
#if defined(__aarch64__)
	__asm__ volatile("isb" ::: "memory");
#else
	__asm__ volatile("" ::: "memory");
#endif
}

#if defined(__aarch64__)
static inline uint8_t *put32(uint8_t *p, uint32_t w) { memcpy(p, &w, 4); return p + 4; }

/* int f(void) { return v; } */
static inline size_t smc_ret_const(uint8_t *p, uint32_t v)
{
	uint8_t *q = p;
	q = put32(q, 0x52800000u | (v & 0xffff) << 5);            /* movz w0, #lo */
	q = put32(q, 0x72a00000u | (v >> 16) << 5);               /* movk w0, #hi, lsl 16 */
	q = put32(q, 0xd65f03c0u);                                /* ret */
	return (size_t)(q - p);
}

/* int f(void) { return *(int *)data; }  data within +-1 MiB, 4-aligned */
static inline size_t smc_ret_load(uint8_t *p, const void *data)
{
	long off = (const uint8_t *)data - p;
	uint8_t *q = put32(p, 0x18000000u | (uint32_t)((off >> 2) & 0x7ffff) << 5);   /* ldr w0, data */
	q = put32(q, 0xd65f03c0u);
	return (size_t)(q - p);
}

/* int f(void) { return target(); }  with the call at p + smc_call_site */
enum { smc_call_site = 4 };
static inline size_t smc_call(uint8_t *p, const void *target)
{
	uint8_t *q = put32(p, 0xa9bf7bfdu);                       /* stp x29, x30, [sp, #-16]! */
	long off = (const uint8_t *)target - q;
	q = put32(q, 0x94000000u | (uint32_t)((off >> 2) & 0x3ffffff));   /* bl target */
	q = put32(q, 0xa8c17bfdu);                                /* ldp x29, x30, [sp], #16 */
	q = put32(q, 0xd65f03c0u);
	return (size_t)(q - p);
}
/* rewrite the call at site to go to target; returns the bytes changed */
static inline size_t smc_patch_call(uint8_t *site, const void *target)
{
	long off = (const uint8_t *)target - site;
	put32(site, 0x94000000u | (uint32_t)((off >> 2) & 0x3ffffff));
	return 4;
}
#elif defined(__x86_64__)
static inline uint8_t *put8(uint8_t *p, uint8_t b) { *p = b; return p + 1; }
static inline uint8_t *put32(uint8_t *p, uint32_t w) { memcpy(p, &w, 4); return p + 4; }

static inline size_t smc_ret_const(uint8_t *p, uint32_t v)
{
	uint8_t *q = put8(p, 0xb8);                               /* mov eax, imm32 */
	q = put32(q, v);
	q = put8(q, 0xc3);                                        /* ret */
	return (size_t)(q - p);
}

static inline size_t smc_ret_load(uint8_t *p, const void *data)
{
	uint8_t *q = put8(p, 0x8b);                               /* mov eax, [rip + disp32] */
	q = put8(q, 0x05);
	q = put32(q, (uint32_t)((const uint8_t *)data - (q + 4)));
	q = put8(q, 0xc3);
	return (size_t)(q - p);
}

enum { smc_call_site = 4 };
static inline size_t smc_call(uint8_t *p, const void *target)
{
	uint8_t *q = put32(p, 0x08ec8348u);                       /* sub rsp, 8 */
	q = put8(q, 0xe8);                                        /* call rel32 */
	q = put32(q, (uint32_t)((const uint8_t *)target - (q + 4)));
	q = put32(q, 0x08c48348u);                                /* add rsp, 8 */
	q = put8(q, 0xc3);
	return (size_t)(q - p);
}
static inline size_t smc_patch_call(uint8_t *site, const void *target)
{
	put32(site + 1, (uint32_t)((const uint8_t *)target - (site + 5)));
	return 5;
}
/* int f(void): store v into the immediate of the next instruction, which
 * then returns it (coherent fetch only: smc_inblock.c); written with the
 * immediate 1 */
static inline size_t smc_ret_selfpatch(uint8_t *p, uint16_t v)
{
	uint8_t *q = put8(p, 0xc7);                               /* mov dword [rip + 1], v */
	q = put8(q, 0x05);
	q = put32(q, 1);
	q = put32(q, v);
	q = put8(q, 0xb8);                                        /* mov eax, 1 (its imm32 at rip + 1) */
	q = put32(q, 1);
	q = put8(q, 0xc3);                                        /* ret */
	return (size_t)(q - p);
}
#elif defined(__s390x__)
/* big-endian, 2-byte aligned instructions; memcpy of a host-order value
 * writes the bytes in instruction order */
static inline uint8_t *put16(uint8_t *p, uint16_t h) { memcpy(p, &h, 2); return p + 2; }
static inline uint8_t *put32(uint8_t *p, uint32_t w) { memcpy(p, &w, 4); return p + 4; }

static inline size_t smc_ret_const(uint8_t *p, uint32_t v)
{
	uint8_t *q = put16(p, 0xc021);                            /* lgfi %r2, imm32 */
	q = put32(q, v);
	q = put16(q, 0x07fe);                                     /* br %r14 */
	return (size_t)(q - p);
}

/* data 4-aligned, within +-4 GiB */
static inline size_t smc_ret_load(uint8_t *p, const void *data)
{
	uint8_t *q = put16(p, 0xc42c);                            /* lgfrl %r2, data */
	q = put32(q, (uint32_t)(((const uint8_t *)data - p) / 2));
	q = put16(q, 0x07fe);
	return (size_t)(q - p);
}

/* the caller's register save area holds r14/r15; a 160-byte frame for the callee */
enum { smc_call_site = 10 };
static inline size_t smc_call(uint8_t *p, const void *target)
{
	uint8_t *q = put32(p, 0xebeff070u);                       /* stmg %r14,%r15,112(%r15) */
	q = put16(q, 0x0024);
	q = put32(q, 0xa7fbff60u);                                /* aghi %r15,-160 */
	q = put16(q, 0xc0e5);                                     /* brasl %r14, target */
	q = put32(q, (uint32_t)(((const uint8_t *)target - (q - 2)) / 2));
	q = put32(q, 0xebeff110u);                                /* lmg %r14,%r15,272(%r15) */
	q = put16(q, 0x0004);
	q = put16(q, 0x07fe);
	return (size_t)(q - p);
}
static inline size_t smc_patch_call(uint8_t *site, const void *target)
{
	put32(site + 2, (uint32_t)(((const uint8_t *)target - site) / 2));
	return 6;
}
static inline size_t smc_ret_selfpatch(uint8_t *p, uint16_t v)
{
	uint8_t *q = put16(p, 0xc010);                            /* larl %r1, p + 14 (lgfi's imm32) */
	q = put32(q, 7);
	q = put32(q, 0xe54c1000u);                                /* mvhi 0(%r1), v */
	q = put16(q, v);
	q = put16(q, 0xc021);                                     /* lgfi %r2, 1 */
	q = put32(q, 1);
	q = put16(q, 0x07fe);                                     /* br %r14 */
	return (size_t)(q - p);
}
#else
#error "smc.h: no code emitter for this architecture"
#endif

/* VmRSS of this process in KiB, from /proc/self/status (-1: not found) */
#include <stdio.h>
static inline long smc_rss_kib(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	if (!f) return -1;
	char line[256];
	long kib = -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "VmRSS: %ld kB", &kib) == 1) break;
	fclose(f);
	return kib;
}

#endif
