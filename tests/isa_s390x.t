#!/bin/sh
# The s390x ISA, class by class (tests/isa/s390x/gen.lua: integer arithmetic
# and logic with cc, shifts and RISBG family, compares and compare-and-branch,
# multiply/divide with their SIGFPEs, loads/stores (byte-reversed,
# relative-long), MVC/CLC/XC/NC/OC/TR/TRT/MVCIN, MVST/CLST/SRST and the long
# forms, CS/CDSG/LAA family, LOC/STOC, POPCNT/FLOGR, ICM/STCM/TM, EX/EXRL,
# and BFP arithmetic, compares, conversions, FMA in short/long/extended with
# random rounding modes, FPC flags and IEEE traps): each program runs under
# qemu-s390x, the oracle, and under build/dragoman with the interpreter
# (DM_JIT=0) and with the JIT; one TAP line per class, both runs must print
# every line the oracle prints.  Skipped, per class, when dragoman has no
# s390x front-end (tests/lib/guest_arch.sh asks `dragoman -cpu help`).
# DM_ISA_ORACLE_SELFTEST=1 checks the harness instead of dragoman: the
# oracle against a second oracle run (must pass) and against a copy of its
# output with one register changed (must fail).
# ISA_S390X_COUNT and ISA_S390X_SEED build fresh programs of another size/seed.
. "$(dirname "$0")/lib/tap.sh"
. tests/lib/guest_arch.sh
classes=$(lua5.4 tests/isa/s390x/gen.lua list)
plan $(echo $classes | wc -w)
why=
if ! command -v qemu-s390x >/dev/null || ! command -v s390x-linux-gnu-gcc >/dev/null; then
	why="needs qemu-s390x and s390x-linux-gnu-gcc (tests/deps.sh)"
elif [ -z "$DM_ISA_ORACLE_SELFTEST" ]; then
	guest_arch_probe s390x build/dragoman
	case $? in
	0) ;;
	1) why=$(guest_arch_why s390x) ;;
	*) diag "build/dragoman -cpu help did not answer: every class fails" ;;
	esac
fi
for c in $classes; do
	if [ -n "$why" ]; then
		printf 'ok %d - %s # SKIP %s\n' $((_tap_n = _tap_n + 1)) "$c" "$why"
		continue
	fi
	if [ -n "$DM_ISA_ORACLE_SELFTEST" ]; then
		a=$(tests/isa/s390x/run.sh "$c" qemu-s390x 2>&1); sa=$?
		b=$(tests/isa/s390x/run.sh "$c" corrupt 2>&1); sb=$?
		[ $sa = 0 ] && [ $sb = 1 ] && [ "$(printf '%s\n' "$b" | tail -1 | sed 's/.*fail //')" = 1 ]
		st=$?
		[ $st = 0 ] || { printf '%s\n%s\n' "$a" "$b" | grep '^#' | head -8; }
		ok $st "$c: oracle self-test: qemu vs qemu $(printf '%s\n' "$a" | tail -1); vs a changed copy $(printf '%s\n' "$b" | tail -1)"
		continue
	fi
	i=$(tests/isa/s390x/run.sh "$c" env DM_JIT=0 build/dragoman 2>&1); si=$?
	j=$(tests/isa/s390x/run.sh "$c" build/dragoman 2>&1); sj=$?
	printf '%s\n' "$i" | grep '^#' | sed 's/^# /# interpreter: /'
	printf '%s\n' "$j" | grep '^#' | sed 's/^# /# JIT: /'
	[ $si = 0 ] && [ $sj = 0 ]
	ok $? "$c vs qemu-s390x: DM_JIT=0 $(printf '%s\n' "$i" | tail -1); JIT $(printf '%s\n' "$j" | tail -1)"
done
