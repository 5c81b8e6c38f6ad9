#!/bin/sh
# The Armv8.1-8.6 features dragoman advertises (arch/aarch64/arch.c hwcaps,
# translate/sysreg.c ID registers), end to end under build/dragoman with
# exact expected values written from the Arm ARM and Linux's
# arch/arm64/include/uapi/asm/hwcap.h: the hwcaps and ID registers agree
# with each other, FJCVTZS follows FPToFixedJS (also where qemu-aarch64 7.2
# does not: with FPCR.FZ a flushed denormal clears Z, qemu issue 2375), RNDR
# and RNDRRS give fresh numbers with NZCV = 0000, SB runs, CFINV inverts C.
# The instructions' values over random operands are compared with
# qemu-aarch64 in isa_a64.t (flagm) and isa_simd.t (the rest).
# Then, per -cpu model (arch/aarch64/models.c), tests/isa/a64/probe.c runs
# one instruction of each optional feature: it must execute exactly when the
# model's hwcap announces it (SIGILL otherwise, as on that core), and the
# set that executes is the core's (minus what dragoman does not implement).
. "$(dirname "$0")/lib/tap.sh"
models="max cortex-a53 cortex-a72 cortex-a76 neoverse-n1 neoverse-v1"
plan 14
prog=build/tests/isa/a64_features probe=build/tests/isa/a64_probe
if [ ! -x $prog ] || [ ! -x $probe ]; then
	for i in $(seq 14); do ok 1 "$prog or $probe not built (ninja isa-tests)"; done
	exit 0
fi
# hwcap: fp asimd aes pmull sha1 sha2 crc32 atomics cpuid asimdrdm jscvt
# lrcpc dcpop sha3 asimddp sha512 ilrcpc flagm sb; hwcap2: dcpodp flagm2
# frint i8mm rng.  ISAR0: AES 2 SHA1 1 SHA2 2 CRC32 1 Atomic 2 RDM 1 SHA3 1
# DP 1 TS 2 RNDR 1; ISAR1: DPB 2 JSCVT 1 LRCPC 2 FRINTTS 1 SB 1 I8MM 1.
want='hwcap 2c33b9fb hwcap2 12181
isar0 1020100110212120 isar1 0010001100201002
fjcvtzs 1.0: 00000001 nzcv 4 fpsr 0
fjcvtzs -1.5: ffffffff nzcv 0 fpsr 10
fjcvtzs -0.0: 00000000 nzcv 0 fpsr 0
fjcvtzs 2^32+5: 00000005 nzcv 0 fpsr 1
fjcvtzs -2^31: 80000000 nzcv 4 fpsr 0
fjcvtzs inf: 00000000 nzcv 0 fpsr 1
fjcvtzs denormal: 00000000 nzcv 0 fpsr 10
fjcvtzs denormal FZ: 00000000 nzcv 0 fpsr 80
rndr nzcv 0 rndrrs nzcv 0 differ 1
cfinv 2 0
exit 0'
got=$(build/dragoman $prog 2>&1; echo "exit $?")
is "$got" "$want" "Armv8.x features under build/dragoman: hwcaps, ID registers, FJCVTZS, RNDR, SB, CFINV"

# the features each model executes, in probe.c's order
expect() {
	case $1 in
	max) echo "atomics lrcpc ilrcpc asimdrdm asimddp dcpop sha512 sha3 jscvt flagm sb dcpodp flagm2 frint i8mm rng" ;;
	cortex-a53|cortex-a72) echo "" ;;
	cortex-a76|neoverse-n1) echo "atomics lrcpc asimdrdm asimddp dcpop" ;;
	neoverse-v1) echo "atomics lrcpc ilrcpc asimdrdm asimddp dcpop sha512 sha3 jscvt flagm dcpodp i8mm rng" ;;
	esac
}
for m in $models; do
	out=$(build/dragoman -cpu $m $probe 2>&1)
	st=$?
	mismatch=$(printf '%s\n' "$out" | awk '$3 != $5 { print $1 }' | tr '\n' ' ')
	is "$st:$mismatch" "0:" "-cpu $m: a feature executes exactly when its hwcap is set"
	ran=$(printf '%s\n' "$out" | awk '$3 == 1 { print $1 }' | tr '\n' ' ' | sed 's/ $//')
	is "$ran" "$(expect $m)" "-cpu $m: the features that execute are that core's"
done
# -d unimp names the instruction as the manual writes it (the word, in the
# guest's byte order): stadd w0, [x0], which a Cortex-A53 lacks
line=$(build/dragoman -d unimp -cpu cortex-a53 $probe 2>&1 | grep -m1 'unimplemented instruction')
is "$line" "dragoman: undefined or unimplemented instruction 0xb820001f at pc $(printf '%s\n' "$line" | sed 's/.* at pc //')" \
	"-d unimp prints the instruction word"
