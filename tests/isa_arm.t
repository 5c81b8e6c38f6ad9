#!/bin/sh
# The 32-bit Arm ISA, class by class, in A32 (a32_*, built -marm) and T32
# (t32_*, -mthumb) (tests/isa/arm/gen.lua: data processing with immediates,
# shifts by immediate and register, flags and the 16-bit T32 forms;
# multiplies and divides; bit operations, extends, bit fields, MOVW/MOVT;
# the parallel add/subtract family with GE and SEL; conditional execution
# (A32 condition fields, T32 IT blocks of 1-4 with then/else); loads and
# stores of every size and addressing mode, LDRD/STRD, LDM/STM, PUSH/POP,
# LDREX/STREX (B, H, D); VFP: arithmetic incl. the multiply-accumulates,
# NaN operands and default NaNs, compares with VMRS, conversions, VMOV
# forms, VLDR/VSTR, rounding modes and FPSCR's cumulative flags): each program runs under qemu-arm, the oracle, and
# under build/dragoman with the interpreter (DM_JIT=0) and with the JIT (which
# today declines 32-bit guests, docs/arm.md: both runs interpret); one TAP
# line per class, both runs must print every line the oracle prints.
# Skipped, per class, when dragoman has no arm front-end
# (tests/lib/guest_arch.sh asks `dragoman -cpu help`).
# DM_ISA_ORACLE_SELFTEST=1 checks the harness instead of dragoman: the
# oracle against a second oracle run (must pass) and against a copy of its
# output with one register changed (must fail).
# ISA_ARM_COUNT and ISA_ARM_SEED build fresh programs of another size/seed.
. "$(dirname "$0")/lib/tap.sh"
. tests/lib/guest_arch.sh
classes=$(lua5.4 tests/isa/arm/gen.lua list)
plan $(echo $classes | wc -w)
why=
if ! command -v qemu-arm >/dev/null || ! command -v arm-linux-gnueabihf-gcc >/dev/null; then
	why="needs qemu-arm and arm-linux-gnueabihf-gcc (tests/deps.sh)"
elif [ -z "$DM_ISA_ORACLE_SELFTEST" ]; then
	guest_arch_probe arm build/dragoman
	case $? in
	0) ;;
	1) why=$(guest_arch_why arm) ;;
	*) diag "build/dragoman -cpu help did not answer: every class fails" ;;
	esac
fi
for c in $classes; do
	if [ -n "$why" ]; then
		printf 'ok %d - %s # SKIP %s\n' $((_tap_n = _tap_n + 1)) "$c" "$why"
		continue
	fi
	if [ -n "$DM_ISA_ORACLE_SELFTEST" ]; then
		a=$(tests/isa/arm/run.sh "$c" qemu-arm 2>&1); sa=$?
		b=$(tests/isa/arm/run.sh "$c" corrupt 2>&1); sb=$?
		[ $sa = 0 ] && [ $sb = 1 ] && [ "$(printf '%s\n' "$b" | tail -1 | sed 's/.*fail //')" = 1 ]
		st=$?
		[ $st = 0 ] || { printf '%s\n%s\n' "$a" "$b" | grep '^#' | head -8; }
		ok $st "$c: oracle self-test: qemu vs qemu $(printf '%s\n' "$a" | tail -1); vs a changed copy $(printf '%s\n' "$b" | tail -1)"
		continue
	fi
	i=$(tests/isa/arm/run.sh "$c" env DM_JIT=0 build/dragoman 2>&1); si=$?
	j=$(tests/isa/arm/run.sh "$c" build/dragoman 2>&1); sj=$?
	printf '%s\n' "$i" | grep '^#' | sed 's/^# /# interpreter: /'
	printf '%s\n' "$j" | grep '^#' | sed 's/^# /# JIT: /'
	[ $si = 0 ] && [ $sj = 0 ]
	ok $? "$c vs qemu-arm: DM_JIT=0 $(printf '%s\n' "$i" | tail -1); JIT $(printf '%s\n' "$j" | tail -1)"
done
