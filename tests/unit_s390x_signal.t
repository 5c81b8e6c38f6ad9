#!/bin/sh
# The s390x signal frames at the offsets the s390x toolchain's headers give (printed under qemu-s390x) (GLib gtest, TAP).
cd "$(dirname "$0")/.." || exit 1
out=build/tests/unit/s390x_frame_offsets.txt
if ! qemu-s390x build/tests/unit/s390x_frame_offsets > $out; then
	echo "1..1"
	echo "not ok 1 - build/tests/unit/s390x_frame_offsets runs under qemu-s390x"
	exit 0
fi
DM_S390X_OFFSETS=$out exec build/tests/unit/test_s390x_signal --tap
