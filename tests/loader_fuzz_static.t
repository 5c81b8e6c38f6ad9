#!/bin/sh
# Truncated and mutated copies of a static aarch64 program: the loader loads them
# or rejects them with one "dragoman: FILE: reason" line, never a crash (TAP).
cd "$(dirname "$0")/.." || exit 1
for f in build/tests/loader/fuzz_elf build/tests/loader/load_dump build/tests/loader/auxv_dump; do
	[ -e $f ] || { echo "1..0 # SKIP $f not built (ninja os-tests)"; exit 0; }
done
exec build/tests/loader/fuzz_elf build/tests/loader/load_dump build/tests/loader/auxv_dump
