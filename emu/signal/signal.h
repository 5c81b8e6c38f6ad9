/* emu/signal/signal.h: host signals in, guest signals out.
 *
 * Host faults raised by guest code (a bad guest load or store) are caught,
 * mapped to the guest instruction that made them and delivered to the guest
 * as the kernel would.  Guest dispositions are recorded here; asynchronous
 * signals are queued by the host handler and delivered at block boundaries. */
#ifndef DM_SIGNAL_H
#define DM_SIGNAL_H

#include <setjmp.h>
#include <stdint.h>

#include "emu/cpu.h"

/* Per-thread fault landing pad, set up by the dispatch loop. */
struct dm_fault {
	int sig, code;
	uint64_t addr;
};
extern __thread sigjmp_buf dm_fault_jmp;
extern __thread volatile int dm_in_guest;   /* 1 while interpreting guest code */
extern __thread struct dm_fault dm_last_fault;

void dm_signal_init(void);
/* A synchronous guest signal (guest numbering), e.g. SIGSEGV from a fault or SIGILL. */
void dm_signal_sync(struct dm_cpu *cpu, int host_sig, int code, uint64_t addr);
/* Deliver whatever is pending and unblocked; called at block boundaries. */
void dm_signal_deliver_pending(struct dm_cpu *cpu);
extern volatile int dm_signal_pending;      /* nonzero: something may be pending */

#endif
