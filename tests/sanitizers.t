#!/bin/sh
# ASan + UBSan: a copy of the tree built with ./configure --sanitize runs the
# unit, loader, CLI, guest-program and busybox tests (tests/sanitize.sh).
. "$(dirname "$0")/lib/tap.sh"
plan 1
out=$(tests/sanitize.sh 2>&1); st=$?
printf '%s\n' "$out" | grep -E '^(tests/|Files=|Result:|.*runtime error|.*AddressSanitizer)' | head -40 | sed 's/^/# /'
ok $st "unit, loader, CLI, guest and busybox tests pass under ASan and UBSan"
# a failure shows its details where CI logs show them (prove hides a passing test's comments)
[ $st -eq 0 ] || printf '%s\n' "$out" | grep -vE '^(tests/.* ok$|ok )' | tail -80 >&2
