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
. "$(dirname "$0")/lib/tap.sh"
plan 1
prog=build/tests/isa/a64_features
if [ ! -x $prog ]; then ok 1 "$prog not built (ninja isa-tests)"; exit 0; fi
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
