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
. tests/lib/isa_vs_qemu.sh   # the runner, shared with the other guests
isa_vs_qemu s390x qemu-s390x s390x-linux-gnu-gcc
