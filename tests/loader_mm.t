#!/bin/sh
# The guest page map, the memory syscalls and /proc emulation, without a CPU (gtest, TAP).
cd "$(dirname "$0")/.." || exit 1
[ -x build/tests/loader/test_mm ] || { echo "1..0 # SKIP build/tests/loader/test_mm not built (ninja os-tests)"; exit 0; }
exec build/tests/loader/test_mm --tap
