#!/bin/sh
# Debian's busybox-static for arm64 under dragoman against the same version's
# amd64 build run natively: every case in tests/real/busybox-cases.txt must
# print the same output and exit with the same status.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/fixture.sh
guest=build/roots/arm64/bin/busybox native=build/roots/amd64/bin/busybox
[ -x "$guest" ] && [ -x "$native" ] || tests/real/fetch.sh busybox-static >/dev/null 2>&1
dm=$(pwd)/build/dragoman guest=$(pwd)/$guest native=$(pwd)/$native
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
grep -v '^#' tests/real/busybox-cases.txt > "$tmp/cases"
plan $(wc -l < "$tmp/cases")
i=0
while IFS= read -r line; do
	i=$((i + 1))
	rm -rf "$tmp/n" "$tmp/g"; mk_fixture "$tmp/n"; mk_fixture "$tmp/g"
	(cd "$tmp/n" && BB="$native" hang sh -c "$line" > "$tmp/want" 2>&1; echo "exit $?" >> "$tmp/want") < /dev/null
	(cd "$tmp/g" && BB="$dm $guest" hang sh -c "$line" > "$tmp/got" 2>&1; echo "exit $?" >> "$tmp/got") < /dev/null
	# the two runs differ only in where busybox lives and in the fixture's path
	sed -i "s#$tmp/[ng]#FIX#g; s#$dm ##g; s#[^ ]*build/roots/[a-z0-9]*/bin/busybox#BUSYBOX#g" "$tmp/want" "$tmp/got"
	if cmp -s "$tmp/want" "$tmp/got"; then ok 0 "$line"; else
		ok 1 "$line"; diff "$tmp/want" "$tmp/got" | head -10 | sed 's/^/#   /'
	fi
done < "$tmp/cases"
