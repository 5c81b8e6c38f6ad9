/* emu/guest_random.c: the guest's random bytes.  Unseeded, the host's
 * getrandom(2).  Seeded (-seed N), one xoshiro256** stream for the whole
 * process, seeded through splitmix64 (the generator authors' advice), so two
 * runs with the same seed and the same sequence of requests see the same
 * bytes; a forked child continues its parent's stream. */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <string.h>
#include <sys/random.h>

#include "emu/guest_random.h"

static bool seeded;
static uint64_t s[4];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t next(void)
{
	uint64_t r = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
	s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return r;
}

void dm_guest_random_seed(uint64_t seed)
{
	for (int i = 0; i < 4; i++) {
		uint64_t z = (seed += 0x9e3779b97f4a7c15ull);
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
		z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
		s[i] = z ^ (z >> 31);
	}
	seeded = true;
}

long dm_guest_random(void *buf, size_t n, unsigned flags)
{
	if (!seeded) {
		ssize_t r = getrandom(buf, n, flags);
		return r < 0 ? -errno : (long)r;
	}
	pthread_mutex_lock(&lock);
	for (size_t i = 0; i < n; i += 8) {
		uint64_t v = next();
		memcpy((char *)buf + i, &v, n - i < 8 ? n - i : 8);
	}
	pthread_mutex_unlock(&lock);
	return (long)n;
}
