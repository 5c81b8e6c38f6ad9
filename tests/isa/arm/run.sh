#!/bin/sh
# tests/isa/arm/run.sh CLASS RUNNER...: runs one arm ISA class under
# qemu-arm (the oracle) and under RUNNER (e.g. "build/dragoman", or
# "env DM_JIT=0 build/dragoman"), compares the two outputs line by line and
# prints the differing cases (at most 8, as "# want"/"# got") and last
# "pass N fail M" (a missing or extra line is a failure; so is a different
# exit status).  The program is build/tests/isa/arm/CLASS.elf (ninja), or,
# when ISA_ARM_COUNT or ISA_ARM_SEED is set, a fresh one from gen.lua.
# RUNNER "corrupt" is the harness's self-test: the oracle's own output with
# one field changed, which must fail.
set -e
cd "$(dirname "$0")/../../.."
. tests/lib/hang.sh
class=$1; shift
d=$(mktemp -d "${TMPDIR:-/tmp}/isa_arm.XXXXXX")
trap 'rm -rf "$d"' EXIT
elf=build/tests/isa/arm/$class.elf
if [ -n "$ISA_ARM_COUNT$ISA_ARM_SEED" ]; then
	lua5.4 tests/isa/arm/gen.lua "$class" "${ISA_ARM_COUNT:-400}" "${ISA_ARM_SEED:-1}" "$d/t.c"
	case $class in t32_*) m=-mthumb ;; *) m=-marm ;; esac
	arm-linux-gnueabihf-gcc $m -march=armv7ve -mfpu=vfpv3-d16 -O1 -g0 -static -I. -o "$d/t.elf" "$d/t.c"
	elf=$d/t.elf
fi
[ -x "$elf" ] || { echo "# $elf not built (ninja isa-tests-arm)"; echo "pass 0 fail 1"; exit 1; }
set +e
hang qemu-arm "$elf" > "$d/ref" 2>&1; echo "exit $?" >> "$d/ref"
if [ "$1" = corrupt ]; then
	# the first result register of the middle case, one digit changed
	awk -v m=$(($(wc -l < "$d/ref") / 2)) 'NR == m { sub(/\| [0-9a-f]/, "| x") } { print }' "$d/ref" > "$d/out"
else
	hang "$@" "$elf" > "$d/out" 2>&1; echo "exit $?" >> "$d/out"
fi
awk 'NR == FNR { want[FNR] = $0; n = FNR; next }
	{ got[FNR] = $0; m = FNR }
	END {
		if (m > n) n = m
		for (i = 1; i <= n; i++) {
			if (want[i] == got[i]) { pass++; continue }
			fail++
			if (shown++ < 8) { printf "# want %s\n# got  %s\n", substr(want[i], 1, 400), substr(got[i], 1, 400) }
		}
		printf "pass %d fail %d\n", pass, fail
		exit fail > 0
	}' "$d/ref" "$d/out"
