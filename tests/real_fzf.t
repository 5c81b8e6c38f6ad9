#!/bin/sh
# Debian's fzf (a Go 1.19 program) for arm64 under dragoman against the same
# version's amd64 build (tests/real/twin.sh), in filter mode (-f: no
# terminal).  Go's runtime is the stress here: goroutines matching in
# parallel on several threads, preemption by SIGURG sent to running threads
# (the handler rewrites the interrupted context), futexes, epoll, a
# concurrent garbage collector.  Each case must print what the native run prints.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
twin_setup fzf
mk='printf "apple\nbanana\ncherry\napricot\ngrape\npineapple\nGrapefruit\n" > f; seq 1 400000 | sed "s/\$/ item/" > big'
plan 6
twin_case "$mk; fzf -f ap < f; echo \"exit \$?\"; fzf -f zzz < f; echo \"exit \$?\"; fzf -f APP < f; fzf -i -f gra < f" \
	"filter: fuzzy match, score order, no match exits 1, smart case and -i"
twin_case "$mk; fzf -f 12345 < big | md5sum; fzf --no-sort -f 999 < big | md5sum; fzf -e -f 77 < big | wc -l" \
	"400,000 lines: parallel matching goroutines (sorted, unsorted, exact)"
twin_case "$mk; for q in 1 22 333 4444 '^1 item\$' '5 !0 ^2'; do fzf -f \"\$q\" < big | md5sum; done" \
	"400,000 lines six times: extended search syntax, GC and preemption under load"
twin_case "$mk; fzf --tiebreak=index -f pl < f; fzf --tiebreak=length,begin -f a < f; fzf -d ' ' --nth 2 -f item < big | head -3" \
	"tiebreak orders, field selection"
twin_case "$mk; printf 'one\0two\0three\0' | fzf --read0 --print0 -f t | od -c; fzf -f e --select-1 --exit-0 < f | head -2" \
	"NUL-separated input and output"
twin_case "fzf --version; fzf --bad-option; echo \"exit \$?\"" "fzf --version; a bad option"
