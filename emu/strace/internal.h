/* emu/strace/internal.h: what the -strace files share (not for the rest of dragoman). */
#ifndef DM_STRACE_INTERNAL_H
#define DM_STRACE_INTERNAL_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>

#include "emu/abi/abi.h"
#include <stdio.h>

/* Bytes of a string or buffer shown (-strace-s, strace's -s; default 32). */
extern unsigned dm_strace_size;

/* b[0..n) in double quotes with strace's escapes, "..." after when more. */
void dm_strace_quoted(GString *s, const uint8_t *b, size_t n, int more);
/* A guest NUL-terminated string: a path name whole (as strace prints paths,
 * up to PATH_MAX), any other string cut at dm_strace_size. */
void dm_strace_gstring(GString *s, uint64_t addr, int path);
/* len bytes of guest data, cut at dm_strace_size. */
void dm_strace_gbytes(GString *s, uint64_t addr, uint64_t len);
/* A NUL-terminated string the call wrote into a buffer of at most n bytes. */
void dm_strace_gbytes_str(GString *s, uint64_t addr, unsigned n);

/* The same, every byte as \xNN (strace's form for random bytes). */
void dm_strace_gbytes_hex(GString *s, uint64_t addr, uint64_t len);

/* A value of a constant set: a name, flag names joined by |, or a number (strace.c). */
void dm_strace_flags(GString *s, const struct dm_constset *set, uint64_t v);
/* A guest sigset of gs bytes: [INT TERM], or ~[...] when most bits are set (strace.c). */
void dm_strace_sigset(GString *s, const uint8_t *b, unsigned gs);
/* A struct strace abbreviates or orders its own way (structs.c): written to s
 * and true, or false for the generic field-by-field form. */
bool dm_strace_struct_short(GString *s, const struct dm_type *t, const uint8_t *g);

/* The trace's stream: -D FILE, else stderr. */
FILE *dm_strace_out(void);

#endif
