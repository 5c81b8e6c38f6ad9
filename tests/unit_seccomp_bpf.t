#!/bin/sh
# seccomp's classic-BPF checker and interpreter against the host kernel's (GLib gtest, TAP).
cd "$(dirname "$0")/.." && exec build/tests/unit/test_seccomp_bpf --tap
