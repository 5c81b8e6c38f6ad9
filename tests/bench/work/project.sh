#!/bin/sh
# tests/bench/work/project.sh DIR: writes a small C project into DIR for the
# `make -j2` workload: 40 source files of a few functions each, a main that
# calls them all and prints a checksum, and a Makefile (compile each file,
# link, run the program: `make check`).  Deterministic: the checksum is the
# same for every build of it, native or guest.
set -e
dir=$1
mkdir -p "$dir"
i=0
: > "$dir/funcs.h"
while [ $i -lt 40 ]; do
	cat > "$dir/f$i.c" <<EOC
#include <stdint.h>
#include <string.h>
#include "funcs.h"
static uint64_t mix$i(uint64_t x) { x ^= x >> 31; x *= 0x9e3779b97f4a7c15ull + $i; return x ^ (x >> 29); }
struct rec$i { int a[$((i % 5 + 3))]; char name[16]; double w; };
static int cmp$i(const struct rec$i *p, const struct rec$i *q) { return memcmp(p->a, q->a, sizeof p->a); }
uint64_t f$i(uint64_t seed)
{
	struct rec$i r[8];
	uint64_t h = seed;
	for (int k = 0; k < 8; k++) {
		for (unsigned j = 0; j < sizeof r[k].a / sizeof r[k].a[0]; j++) r[k].a[j] = (int)(mix$i(h + k + j) % 1000);
		memset(r[k].name, 'a' + k, sizeof r[k].name);
		r[k].w = (double)(h % 100) / 7.0;
		h = mix$i(h);
	}
	for (int k = 1; k < 8; k++) if (cmp$i(&r[k - 1], &r[k]) > 0) h += (uint64_t)r[k].a[0];
	return h ^ (uint64_t)(r[3].w * 8);
}
EOC
	echo "uint64_t f$i(uint64_t seed);" >> "$dir/funcs.h"
	i=$((i + 1))
done
{
	echo '#include <stdint.h>'
	echo '#include <stdio.h>'
	echo '#include "funcs.h"'
	echo 'int main(void) { uint64_t h = 1;'
	i=0
	while [ $i -lt 40 ]; do echo "	h = f$i(h);"; i=$((i + 1)); done
	printf '%s\n' '	printf("checksum %016llx\n", (unsigned long long)h); return 0; }'
} > "$dir/main.c"
cat > "$dir/Makefile" <<'EOM'
CC = gcc-12
CFLAGS = -O2 -g -Wall
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard f*.c))) main.o
prog: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS)
%.o: %.c funcs.h
	$(CC) $(CFLAGS) -c $<
check: prog
	./prog
clean:
	rm -f prog *.o
.PHONY: check clean
EOM
