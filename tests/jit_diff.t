#!/bin/sh
# The x86_64 JIT against the IR interpreter on random IR blocks (every opcode,
# width and edge value) plus flag-fusion and fault cases (GLib test, TAP).
cd "$(dirname "$0")/.." || exit 1
[ -x build/tests/jit/jit_diff ] || { echo "1..0 # SKIP build/tests/jit/jit_diff not built (ninja jit-tests)"; exit 0; }
exec build/tests/jit/jit_diff --tap
