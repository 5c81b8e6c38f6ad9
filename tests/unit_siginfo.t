#!/bin/sh
# siginfo_t between the host and every guest ABI, laid out through the spec type (GLib gtest, TAP).
cd "$(dirname "$0")/.." && exec build/tests/unit/test_siginfo --tap
