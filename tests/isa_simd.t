#!/bin/sh
# A64 FP, AdvSIMD and crypto: random instances of every decode_simd.inc row with
# FP special operands and random FPCR (rounding mode, FZ, DN, AHP), run
# in-process through the front-end + IR interpreter and compared with
# qemu-aarch64, FPSR included (tests/isa/simd/run.sh).
# ISA_COUNT and ISA_SEED override size and seed.
. "$(dirname "$0")/lib/tap.sh"
classes="fp fparith fpconv three_same misc across copy permute modimm shift diff elem crypto"
plan 13
for c in $classes; do
	if ! command -v qemu-aarch64 >/dev/null || ! command -v aarch64-linux-gnu-gcc >/dev/null || [ ! -x build/tests/isa/simd/runner ]; then
		echo "ok $((_tap_n = _tap_n + 1)) - $c # SKIP needs qemu-aarch64, aarch64-linux-gnu-gcc, build/tests/isa/simd/runner"
		continue
	fi
	out=$(tests/isa/simd/run.sh "$c" "${ISA_COUNT:-5000}" "${ISA_SEED:-1}" 2>&1)
	st=$?
	printf '%s\n' "$out" | grep '^#'
	printf '%s\n' "$out" | tail -1 | grep -q ' fail 0$' || st=1
	ok $st "$c vs qemu-aarch64: $(printf '%s\n' "$out" | tail -1)"
done
