/* emu/abi/bytes.h: loads and stores of guest integers at any alignment, in
 * either byte order.  Generated converters use these so that guest structs
 * stay byte arrays and host alignment or byte order can never leak in. */
#ifndef DM_BYTES_H
#define DM_BYTES_H

#include <stdint.h>
#include <string.h>

static inline uint8_t dm_ld8(const void *p) { return *(const uint8_t *)p; }
static inline void dm_st8(void *p, uint8_t v) { *(uint8_t *)p = v; }

#define DM_LDST(bits)                                                              \
	static inline uint##bits##_t dm_ld##bits##le(const void *p)                  \
	{ uint##bits##_t v; memcpy(&v, p, sizeof v); return v; }                      \
	static inline uint##bits##_t dm_ld##bits##be(const void *p)                  \
	{ uint##bits##_t v; memcpy(&v, p, sizeof v); return __builtin_bswap##bits(v); } \
	static inline void dm_st##bits##le(void *p, uint##bits##_t v)                \
	{ memcpy(p, &v, sizeof v); }                                                  \
	static inline void dm_st##bits##be(void *p, uint##bits##_t v)                \
	{ v = __builtin_bswap##bits(v); memcpy(p, &v, sizeof v); }
DM_LDST(16)
DM_LDST(32)
DM_LDST(64)
#undef DM_LDST

#endif
