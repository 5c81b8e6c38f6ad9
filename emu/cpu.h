/* emu/cpu.h: the part of every guest CPU struct that emu/ code may touch.
 * Each arch's CPU struct (arch/<arch>/cpu.h) begins with a struct dm_cpu, so
 * a pointer to one is a pointer to the other.  IR GET/PUT offsets are byte
 * offsets from the start of the arch struct. */
#ifndef DM_CPU_H
#define DM_CPU_H

#include <stdint.h>

struct dm_arch;

struct dm_cpu {
	uint64_t pc;                 /* guest pc: exact at block boundaries and after a fault */
	/* exclusive monitor (LDXR/STXR and friends) */
	uint64_t excl_addr;
	uint64_t excl_val[2];
	uint32_t excl_size;          /* bytes; 0 = monitor disarmed */
	uint8_t code_written;        /* a store by this thread hit translated code (emu/dbt/codestore.c) */
	uint8_t pad0[3];
	const struct dm_arch *arch;
	void *thread;                /* emu's per-thread state */
	uint64_t insns;              /* guest instructions retired (statistics) */
};

#endif
