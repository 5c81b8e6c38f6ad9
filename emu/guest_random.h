/* emu/guest_random.h: the random bytes a guest is given (AT_RANDOM and
 * getrandom(2)): the host's, or with -seed / QEMU_RAND_SEED a reproducible
 * stream, as QEMU's -seed makes them. */
#ifndef DM_GUEST_RANDOM_H
#define DM_GUEST_RANDOM_H

#include <stddef.h>
#include <stdint.h>

void dm_guest_random_seed(uint64_t seed);
/* getrandom(2) for the guest: the bytes filled (the host's call may give
 * fewer, as the kernel's may) or -errno; flags as getrandom's */
long dm_guest_random(void *buf, size_t n, unsigned flags);

#endif
