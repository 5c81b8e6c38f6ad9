#!/bin/sh
# tests/jit_diff.t again with DM_JIT_NO_MOVBE=1: big-endian guest memory through
# the JIT's BSWAP path instead of MOVBE (GLib test, TAP).
cd "$(dirname "$0")/.." || exit 1
[ -x build/tests/jit/jit_diff ] || { echo "1..0 # SKIP build/tests/jit/jit_diff not built (ninja jit-tests)"; exit 0; }
DM_JIT_NO_MOVBE=1 exec build/tests/jit/jit_diff --tap
