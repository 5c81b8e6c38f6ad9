#!/bin/sh
# Generated syscall, errno, signal, flag and ioctl tables hold the kernel's values (gtest, TAP).
cd "$(dirname "$0")/.." && exec build/tests/unit/test_tables --tap
