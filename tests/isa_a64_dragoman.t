#!/bin/sh
# The same A64 ISA programs as isa_a64.t, run end to end by build/dragoman
# (loader, dispatch loop, syscalls) and compared with qemu-aarch64.
. "$(dirname "$0")/lib/tap.sh"
classes="dp_imm dp_reg branch system excl ldst atomic simd_ldst"
plan 8
for c in $classes; do
	if ! command -v qemu-aarch64 >/dev/null || ! command -v aarch64-linux-gnu-gcc >/dev/null || [ ! -x build/dragoman ]; then
		echo "ok $((_tap_n = _tap_n + 1)) - $c # SKIP needs qemu-aarch64, aarch64-linux-gnu-gcc, build/dragoman"
		continue
	fi
	out=$(tests/isa/run.sh "$c" "${ISA_COUNT:-3000}" "${ISA_SEED:-2}" build/dragoman 2>&1)
	st=$?
	printf '%s\n' "$out" | grep '^#'
	ok $st "$c vs qemu-aarch64 (build/dragoman): $(printf '%s\n' "$out" | tail -1)"
done
