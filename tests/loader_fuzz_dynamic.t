#!/bin/sh
# Mutated copies of a dynamic aarch64 program and of its interpreter (in a private
# sysroot): loaded or rejected with one clear line, never a crash (TAP, sampled).
cd "$(dirname "$0")/.." || exit 1
root=/usr/aarch64-linux-gnu
for f in build/tests/loader/fuzz_elf build/tests/loader/load_dump build/tests/loader/auxv_dump_dyn \
	$root/lib/ld-linux-aarch64.so.1; do
	[ -e $f ] || { echo "1..0 # SKIP $f missing"; exit 0; }
done
exec build/tests/loader/fuzz_elf build/tests/loader/load_dump build/tests/loader/auxv_dump_dyn \
	$root /lib/ld-linux-aarch64.so.1 quick
