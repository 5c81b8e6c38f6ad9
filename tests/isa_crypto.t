#!/bin/sh
# The crypto instructions (AES, SHA-1, SHA-256, SHA-512/SHA-3 rows of the
# "crypto" class; PMULL/PMULL2 8- and 64-bit in the "diff" class) against
# qemu-aarch64 on random operands, on every path that executes them: the
# in-process IR interpreter, build/dragoman with the JIT (AES-NI, PCLMULQDQ
# and SHA-NI inlined when the host has them; AESE+AESMC fused) and with
# DM_JIT=0, each with the host's instructions and with DM_HOST_NO_CRYPTO=1
# (the portable C).  The crypto class also runs AESE/AESD followed by
# AESMC/AESIMC of the same register, and instructions twice in a row.
# CRC32*/CRC32C* (x86 crc32 for CRC-32C, tables otherwise) are in the base
# class dp_reg, run here by the interpreter and by build/dragoman both ways.
# ISA_COUNT and ISA_SEED override size and seed.
. "$(dirname "$0")/lib/tap.sh"
plan 16
for c in crypto diff; do
	for host in 1 0; do
		for r in build/tests/isa/simd/runner build/dragoman "env DM_JIT=0 build/dragoman"; do
			what="$c, $r, $([ $host = 1 ] && echo host instructions || echo DM_HOST_NO_CRYPTO=1)"
			if ! command -v qemu-aarch64 >/dev/null || ! command -v aarch64-linux-gnu-gcc >/dev/null ||
			   [ ! -x build/tests/isa/simd/runner ] || [ ! -x build/dragoman ]; then
				echo "ok $((_tap_n = _tap_n + 1)) - $what # SKIP needs qemu-aarch64, aarch64-linux-gnu-gcc, the runner and build/dragoman"
				continue
			fi
			if [ $host = 1 ]; then
				out=$(env -u DM_HOST_NO_CRYPTO tests/isa/simd/run.sh "$c" "${ISA_COUNT:-3000}" "${ISA_SEED:-3}" $r 2>&1)
			else
				out=$(DM_HOST_NO_CRYPTO=1 tests/isa/simd/run.sh "$c" "${ISA_COUNT:-3000}" "${ISA_SEED:-3}" $r 2>&1)
			fi
			st=$?
			printf '%s\n' "$out" | grep '^#'
			printf '%s\n' "$out" | tail -1 | grep -q ' fail 0$' || st=1
			ok $st "$what vs qemu-aarch64: $(printf '%s\n' "$out" | tail -1)"
		done
	done
done
for host in 1 0; do
	for r in build/tests/isa/runner build/dragoman; do
		what="dp_reg (CRC32, CRC32C), $r, $([ $host = 1 ] && echo host instructions || echo DM_HOST_NO_CRYPTO=1)"
		if ! command -v qemu-aarch64 >/dev/null || ! command -v aarch64-linux-gnu-gcc >/dev/null ||
		   [ ! -x build/tests/isa/runner ] || [ ! -x build/dragoman ]; then
			echo "ok $((_tap_n = _tap_n + 1)) - $what # SKIP needs qemu-aarch64, aarch64-linux-gnu-gcc, the runner and build/dragoman"
			continue
		fi
		if [ $host = 1 ]; then
			out=$(env -u DM_HOST_NO_CRYPTO tests/isa/run.sh dp_reg "${ISA_COUNT:-3000}" "${ISA_SEED:-3}" $r 2>&1)
		else
			out=$(DM_HOST_NO_CRYPTO=1 tests/isa/run.sh dp_reg "${ISA_COUNT:-3000}" "${ISA_SEED:-3}" $r 2>&1)
		fi
		st=$?
		printf '%s\n' "$out" | grep '^#'
		printf '%s\n' "$out" | tail -1 | grep -q ' fail 0$' || st=1
		ok $st "$what vs qemu-aarch64: $(printf '%s\n' "$out" | tail -1)"
	done
done
