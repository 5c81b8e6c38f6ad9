#!/bin/sh
# The s390x BFP slow paths and helpers: exact cases, and every line of
# tests/s390x_fp/bfp_ops's output under qemu-s390x recomputed (GLib gtest, TAP).
cd "$(dirname "$0")/.." || exit 1
out=build/tests/s390x_fp/bfp_ops.qemu
if ! qemu-s390x build/tests/s390x_fp/bfp_ops > $out; then
	echo "1..1"
	echo "not ok 1 - build/tests/s390x_fp/bfp_ops runs under qemu-s390x"
	exit 0
fi
S390X_BFP_ORACLE=$out exec build/tests/unit/test_s390x_bfp --tap
