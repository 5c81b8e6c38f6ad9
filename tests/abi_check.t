#!/bin/sh
# The specs agree with every ABI's kernel headers: zero mismatches, complete
# syscall tables, at least 18 machine-checked ABIs.
. "$(dirname "$0")/lib/tap.sh"
plan 5
out=$(lua5.4 gen/check.lua 2>&1); st=$?
printf '%s\n' "$out" | grep -E '^MISMATCH' | head -40 | sed 's/^/# /'
ok $st "checker exits 0"
last=$(printf '%s\n' "$out" | tail -1)
echo "# $last"
printf '%s\n' "$last" | grep -Eq '^abi-check: [0-9]+ ABIs, [0-9]+ items checked, 0 mismatches$'; ok $? "last line reports 0 mismatches"
n=$(printf '%s\n' "$last" | sed -E 's/^abi-check: ([0-9]+) ABIs.*/\1/')
[ "${n:-0}" -ge 18 ]; ok $? "at least 18 ABIs checked ($n)"
items=$(printf '%s\n' "$last" | sed -E 's/.* ([0-9]+) items.*/\1/')
[ "${items:-0}" -gt 8000 ]; ok $? "more than 8000 items checked ($items)"
nc=$(printf '%s\n' "$out" | grep -c 'not checked: no clang target')
is "$nc" 3 "alpha, hppa and sh4 listed as not checked"
