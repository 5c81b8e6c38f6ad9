#!/bin/sh
# The syscall register convention from the generated ABI tables, every error convention (GLib gtest, TAP).
cd "$(dirname "$0")/.." && exec build/tests/unit/test_sysregs --tap
