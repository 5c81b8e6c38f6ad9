#!/bin/sh
# Unallocated / EL1-only / reserved-field A64 encodings must raise SIGILL, as
# under qemu-aarch64: the in-process runner reports TRAP(DM_TRAP_UNDEF) (exit 3)
# and build/dragoman (when present) dies of SIGILL (status 132).
. "$(dirname "$0")/lib/tap.sh"
# encoding  description
list='0x00000000 UDF #0
0xd4000002 HVC #0
0xd4000003 SMC #0
0xd4400000 HLT #0
0xd5381000 MRS x0, SCTLR_EL1
0xd5280000 SYSL
0xd69f03e0 ERET
0x9240fc00 AND (imm) reserved all-ones bitmask
0x13808000 EXTR w with imms >= 32
0x52c00000 MOVZ w with hw = 2
0x8b201400 ADD (extended) with shift 5
0x8bc00000 ADD (shifted) with shift type 3
0xdc000000 LDR (literal, SIMD&FP) opc = 3
0xfc800000 STR q-form with size != 0
0x38200800 LDRB (register) with option UXTB
0xd51b9c00 MSR PMCR_EL0'
n=$(printf '%s\n' "$list" | wc -l)
plan "$n"
d=build/tests/isa/undef
mkdir -p "$d"
have_tools=1
command -v qemu-aarch64 >/dev/null && command -v aarch64-linux-gnu-gcc >/dev/null && [ -x build/tests/isa/runner ] || have_tools=0
printf '%s\n' "$list" | while read -r enc desc; do
	if [ $have_tools = 0 ]; then echo "ok $((_tap_n = _tap_n + 1)) - $desc # SKIP tools missing"; continue; fi
	printf '\t.globl _start\n_start:\n\t.inst %s\n\tmov x0, #0\n\tmov x8, #93\n\tsvc #0\n' "$enc" > "$d/u.S"
	aarch64-linux-gnu-gcc -nostdlib -static "$d/u.S" -o "$d/u.elf"
	hang qemu-aarch64 "$d/u.elf" 2>/dev/null; q=$?
	hang build/tests/isa/runner "$d/u.elf" 2>"$d/err.txt"; r=$?
	st=0
	[ $q = 132 ] && [ $r = 3 ] && grep -q "trap 0 " "$d/err.txt" || st=1
	if [ $st = 0 ] && [ -x build/dragoman ] && hang build/dragoman "$d/u.elf" >/dev/null 2>&1 </dev/null; [ $? = 132 ]; then :; elif [ -x build/dragoman ]; then diag "$desc: build/dragoman did not die of SIGILL"; fi
	ok $st "$enc $desc (qemu status $q, runner status $r)"
done
