#!/bin/sh
# The emulator's libraries reference some of each other's functions weakly
# (#pragma weak), so that a unit test can link one library without the others
# (emu/sys without emu/thread, the JIT, the signal layer).  In a shipped
# binary every such reference must be resolved: an unresolved one would be a
# null function pointer that quietly turns a feature (threads, fork, the JIT,
# seccomp...) off.  nm's "w"/"v" marks an undefined weak symbol.
. "$(dirname "$0")/lib/tap.sh"
bins="build/dragoman build/dragoman-static build/dragoman-binfmt"
plan $(echo $bins | wc -w)
for b in $bins; do
	if [ ! -x "$b" ]; then ok 1 "$b not built (ninja)"; continue; fi
	left=$(nm "$b" | awk '$1 ~ /^[wv]$/ && $2 ~ /^dm_/ { print $2 }')
	[ -z "$left" ]; ok $? "$b: every weak dm_* reference is defined"
	[ -z "$left" ] || printf '%s\n' "$left" | sed 's/^/# unresolved: /'
done
