#!/bin/sh
# The drafting helper reproduces the committed syscall tables from the headers.
. "$(dirname "$0")/lib/tap.sh"
plan 3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for abi in aarch64 mips-o32-be arm; do
	lua5.4 gen/draft.lua --out "$tmp" numbers $abi >/dev/null 2>&1
	f=$(grep -o 'numbers = "[^"]*"' specs/abi/$abi.lua | cut -d'"' -f2)
	cmp -s "$tmp/$f" "specs/numbers/$f"; ok $? "draft of $abi equals specs/numbers/$f"
done
