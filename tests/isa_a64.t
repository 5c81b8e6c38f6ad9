#!/bin/sh
# A64 base ISA (integer, branch, system, load/store): random instances of every
# decode-table row, run in-process through the front-end + IR interpreter and
# compared with qemu-aarch64 (tests/isa/run.sh).  ISA_COUNT and ISA_SEED override size and seed.
. "$(dirname "$0")/lib/tap.sh"
classes="dp_imm dp_reg branch system excl ldst atomic simd_ldst"
plan 8
for c in $classes; do
	if ! command -v qemu-aarch64 >/dev/null || ! command -v aarch64-linux-gnu-gcc >/dev/null || [ ! -x build/tests/isa/runner ]; then
		echo "ok $((_tap_n = _tap_n + 1)) - $c # SKIP needs qemu-aarch64, aarch64-linux-gnu-gcc, build/tests/isa/runner"
		continue
	fi
	out=$(tests/isa/run.sh "$c" "${ISA_COUNT:-3000}" "${ISA_SEED:-1}" 2>&1)
	st=$?
	printf '%s\n' "$out" | grep '^#'
	ok $st "$c vs qemu-aarch64: $(printf '%s\n' "$out" | tail -1)"
done
