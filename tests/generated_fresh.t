#!/bin/sh
# generated/ is exactly what gen/generate.lua makes from specs/ (never stale, never hand-edited).
. "$(dirname "$0")/lib/tap.sh"
plan 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
lua5.4 gen/generate.lua --out "$tmp/generated"; ok $? "generator runs"
d=$(diff -r "$tmp/generated" generated 2>&1 | head -20)
[ -z "$d" ]; ok $? "generated/ is up to date (run 'ninja generate' if not)"
[ -n "$d" ] && printf '%s\n' "$d" | sed 's/^/# /'
exit 0
