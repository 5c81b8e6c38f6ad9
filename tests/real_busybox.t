#!/bin/sh
# Debian's busybox-static for each guest architecture (arm64, s390x;
# DM_REAL_ARCHES) under dragoman against the same version's amd64 build run
# natively: every case in tests/real/busybox-cases.txt must print the same
# output and exit with the same status.  An architecture dragoman has no
# front-end for is skipped (tests/lib/guest_arch.sh); DM_REAL_RUNNER replaces
# dragoman as in tests/real/twin.sh.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/fixture.sh
. tests/real/twin.sh
native=build/roots/amd64/bin/busybox
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
grep -v '^#' tests/real/busybox-cases.txt > "$tmp/cases"
n=$(wc -l < "$tmp/cases")
plan $((n * $(echo $(twin_arches) | wc -w)))
for a in $(twin_arches); do
	if ! twin_use $a; then twin_skip $n; continue; fi
	guest=build/roots/$a/bin/busybox
	[ -x "$guest" ] && [ -x "$native" ] || tests/real/fetch.sh -a $a busybox-static >/dev/null 2>&1
	dm=$(pwd)/build/dragoman
	[ -z "$DM_REAL_RUNNER" ] || dm=$(printf '%s\n' "$DM_REAL_RUNNER" | sed "s/%a/$(guest_arch_of_debian $a)/g")
	g=$(pwd)/$guest nat=$(pwd)/$native
	while IFS= read -r line; do
		rm -rf "$tmp/n" "$tmp/g"; mk_fixture "$tmp/n"; mk_fixture "$tmp/g"
		(cd "$tmp/n" && BB="$nat" hang sh -c "$line" > "$tmp/want" 2>&1; echo "exit $?" >> "$tmp/want") < /dev/null
		(cd "$tmp/g" && BB="$dm $g" hang sh -c "$line" > "$tmp/got" 2>&1; echo "exit $?" >> "$tmp/got") < /dev/null
		# the two runs differ only in where busybox lives and in the fixture's path
		sed -i "s#$tmp/[ng]#FIX#g; s#$dm ##g; s#[^ ]*build/roots/[a-z0-9]*/bin/busybox#BUSYBOX#g" "$tmp/want" "$tmp/got"
		if cmp -s "$tmp/want" "$tmp/got"; then ok 0 "$a: $line"; else
			ok 1 "$a: $line"; diff "$tmp/want" "$tmp/got" | head -10 | sed 's/^/#   /'
		fi
	done < "$tmp/cases"
done
