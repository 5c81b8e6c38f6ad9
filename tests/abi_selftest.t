#!/bin/sh
# The checker catches spec errors: a wrong syscall number, a wrong constant and
# a wrong struct field, each planted in a copy of specs/, are each reported.
. "$(dirname "$0")/lib/tap.sh"
plan 6
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r specs "$tmp/specs"
# 1. aarch64's read is 63: claim 62
sed -i -E 's/^63\tread$/62\tread/' "$tmp/specs/numbers/aarch64.tbl"
# 2. a constant: EPERM is 1 everywhere: claim 7
sed -i -E 's/\bEPERM = 1\b/EPERM = 7/' "$tmp/specs/consts/errno.lua"
# 3. a struct field: timespec's tv_nsec is a long: claim int
sed -i -E 's/\{ when = NOT_X32, \{ "tv_sec", "long" \}, \{ "tv_nsec", "long" \} \}/{ when = NOT_X32, { "tv_sec", "long" }, { "tv_nsec", "int" } }/' "$tmp/specs/types/time.lua"
# 4. a number of specs/numbers/newer.tbl that the headers do define: moved
#    there from aarch64.tbl with a wrong number (newer.tbl's own are unproven)
sed -i -E '/^448	process_mrelease$/d' "$tmp/specs/numbers/aarch64.tbl"
printf '@source planted\n449\tprocess_mrelease\n' >>"$tmp/specs/numbers/newer.tbl"
out=$(lua5.4 gen/check.lua --specs "$tmp/specs" --abi aarch64 --abi mips-o32-be 2>&1); st=$?
[ $st -ne 0 ]; ok $? "checker exits nonzero"
printf '%s\n' "$out" | grep -q 'MISMATCH aarch64: syscall read: spec nr 62, kernel 63'; ok $? "wrong syscall number reported"
printf '%s\n' "$out" | grep -q 'MISMATCH mips-o32-be: const errno.EPERM: spec 7, header 1'; ok $? "wrong constant reported"
printf '%s\n' "$out" | grep -q 'MISMATCH aarch64: type timespec: field tv_nsec: spec offset 8 size 4, header offset 8 size 8'; ok $? "wrong struct field reported"
printf '%s\n' "$out" | tail -1 | grep -Eq '^abi-check: 2 ABIs, [0-9]+ items checked, [1-9][0-9]* mismatches$'; ok $? "summary counts the mismatches"
printf '%s\n' "$out" | grep -q 'MISMATCH aarch64: syscall process_mrelease: newer.tbl nr 449, kernel headers 448'; ok $? "a newer.tbl number the headers contradict is reported"
