#!/bin/sh
# The IR verifier: valid blocks pass, one block per rule fails naming the rule, DM_IR_VERIFY=1 aborts with the dump (GLib gtest, TAP).
cd "$(dirname "$0")/.." && exec build/tests/unit/test_ir_verify --tap
