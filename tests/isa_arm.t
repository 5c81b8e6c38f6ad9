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
# under build/dragoman with the interpreter (DM_JIT=0) and with the JIT (for
# 32-bit guests it addresses the 4 GiB window through r14, docs/jit.md); one TAP
# line per class, both runs must print every line the oracle prints.
# Skipped, per class, when dragoman has no arm front-end
# (tests/lib/guest_arch.sh asks `dragoman -cpu help`).
# DM_ISA_ORACLE_SELFTEST=1 checks the harness instead of dragoman: the
# oracle against a second oracle run (must pass) and against a copy of its
# output with one register changed (must fail).
# ISA_ARM_COUNT and ISA_ARM_SEED build fresh programs of another size/seed.
. "$(dirname "$0")/lib/tap.sh"
. tests/lib/isa_vs_qemu.sh   # the runner, shared with the other guests
isa_vs_qemu arm qemu-arm arm-linux-gnueabihf-gcc
