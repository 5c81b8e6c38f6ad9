#!/bin/sh
# The x86_64 JIT against the IR interpreter on random IR blocks (every opcode,
# width and edge value, big-endian memory included; MOVBE when the host has it)
# plus flag-fusion, fault, byte-order and exact-definition cases (GLib test, TAP).
cd "$(dirname "$0")/.." || exit 1
[ -x build/tests/jit/jit_diff ] || { echo "1..0 # SKIP build/tests/jit/jit_diff not built (ninja jit-tests)"; exit 0; }
exec build/tests/jit/jit_diff --tap
