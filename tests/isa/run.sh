#!/bin/sh
# tests/isa/run.sh CLASS COUNT SEED [RUNNER...]: generate, build and run one
# ISA class under qemu-aarch64 and under RUNNER (default: the in-process
# runner build/tests/isa/runner), then compare.  Prints "pass N fail M".
set -e
cd "$(dirname "$0")/../.."
. tests/lib/hang.sh   # the runs are under the suite's hang guard
class=$1 count=$2 seed=$3
shift 3
[ $# -gt 0 ] || set -- build/tests/isa/runner
qemu_cpu=max
[ "$class" = system ] && qemu_cpu=cortex-a72   # CTR_EL0/MIDR_EL1 as dragoman reports them
mkdir -p build/tests/isa
d=$(mktemp -d "build/tests/isa/$class.XXXXXX")
trap 'rm -rf "$d"' EXIT
mkdir -p "$d"
lua5.4 tests/isa/gen.lua "$class" "$count" "$seed" "$d/t.S"
aarch64-linux-gnu-gcc -nostdlib -static -I. "$d/t.S" -o "$d/t.elf"
hang qemu-aarch64 -cpu $qemu_cpu "$d/t.elf" > "$d/ref.bin"
hang "$@" "$d/t.elf" > "$d/out.bin" 2> "$d/err.txt" || { echo "# runner exit $?: $(cat "$d/err.txt")"; }
lua5.4 tests/isa/compare.lua "$d/t.S.cases" "$d/ref.bin" "$d/out.bin"
