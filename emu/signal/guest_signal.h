/* emu/signal/guest_signal.h: guest signal state shared by the signal syscalls
 * and delivery.  Signals are numbered as the guest numbers them. */
#ifndef DM_GUEST_SIGNAL_H
#define DM_GUEST_SIGNAL_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "emu/abi/abi.h"
#include "emu/signal/signal.h"

struct dm_gsigaction {
	uint64_t handler;            /* guest address; 0 = SIG_DFL, 1 = SIG_IGN */
	uint64_t flags;              /* guest SA_* bits */
	uint64_t host_flags;         /* the same, in host SA_* values */
	uint64_t restorer;
	uint64_t mask[2];            /* guest sigset */
};

/* What a guest handler is told (filled per delivery, laid out by the arch). */
struct dm_gsiginfo {
	int signo, code, err;
	int pid, uid, status;
	uint64_t addr;               /* fault address */
	uint64_t value;              /* sigval */
	int timerid, overrun;
};

extern struct dm_gsigaction dm_gsig[DM_NSIG];
extern __thread uint64_t dm_gblocked[2];
extern __thread volatile uint64_t dm_gpending[2];
extern __thread uint64_t dm_altstack[3];
/* rt_sigsuspend: the mask to restore when the handler that ended it returns */
extern __thread uint64_t dm_sigsuspend_saved[2];
extern __thread int dm_sigsuspend_active;   /* ss_sp, ss_flags (host SS_*), ss_size */

/* Host handler for signals the guest handles: queue, deliver at a block boundary. */
void dm_signal_queue(int sig, siginfo_t *si, void *uc);
/* Signals the emulator keeps for itself (fault detection). */
int dm_signal_is_internal(int host_sig);
void dm_signal_sync_host_mask(const struct dm_abi *abi);

/* Guest-struct helpers shared with arch signal frames. */
const struct dm_field *dm_field_find(const struct dm_type *t, const char *name);
uint64_t dm_guest_uint(const struct dm_abi *abi, const uint8_t *p, unsigned size);
void dm_guest_put_uint(const struct dm_abi *abi, uint8_t *p, unsigned size, uint64_t v);
void dm_sigset_from_guest(const struct dm_abi *abi, const uint8_t *p, size_t bytes, uint64_t set[2]);
void dm_sigset_to_guest(const struct dm_abi *abi, uint8_t *p, size_t bytes, const uint64_t set[2]);

#endif
