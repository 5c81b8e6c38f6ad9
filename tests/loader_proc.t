#!/bin/sh
# /proc/self/{exe,cmdline,auxv,maps} and /proc/cpuinfo as a guest program sees them
# under dragoman.
. "$(dirname "$0")/lib/tap.sh"
P=build/tests/loader/proc_self
D=${DRAGOMAN:-build/dragoman}
[ -e $P ] || { echo "1..0 # SKIP $P not built (ninja os-tests)"; exit 0; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
if ! hang $D $P a "b c" > $T/out 2> $T/err || ! grep -q '^exe ' $T/out; then
	echo "Bail out! dragoman did not run $P: $(head -3 $T/err)"   # a failure (or a hang), not a skip
	exit 1
fi
plan 13
exe=$(realpath $P)
is "$(sed -n 's/^exe \(\/.*\)/\1/p' $T/out)" "$exe" "readlink /proc/self/exe is the guest program"
is "$(sed -n 's/^pid exe //p' $T/out)" "$exe" "readlink /proc/<pid>/exe too"
grep -q '^exe is aarch64 ELF: yes$' $T/out; ok $? "open /proc/self/exe opens the guest program"
is "$(sed -n 's/^cmdline //p' $T/out)" "[$P] [a] [b c]" "/proc/self/cmdline is the guest argv"
grep -q '^auxv matches the stack: yes$' $T/out; ok $? "/proc/self/auxv is the auxv on the stack"
grep -q '^maps: stack yes, code yes, data yes$' $T/out; ok $? "/proc/self/maps shows stack, code and data"
grep -q '^maps mentions the program: yes$' $T/out; ok $? "/proc/self/maps names the program"
grep -q '^cpuinfo looks like aarch64: yes$' $T/out; ok $? "/proc/cpuinfo describes the guest CPU"
hang $D -0 renamed $P > $T/out0 2>&1
is "$(sed -n 's/^cmdline //p' $T/out0)" "[renamed]" "-0 shows in /proc/self/cmdline"
(D=$(realpath $D); cd build/tests/loader && hang $D ./proc_self > $T/out1 2>&1)
is "$(sed -n 's/^exe \(\/.*\)/\1/p' $T/out1)" "$exe" "a relative program path still gives an absolute exe"
is "$(sed -n 's/^comm //p' $T/out)" "proc_self" "/proc/self/comm is the program's file name, as after execve"
is "$(sed -n 's/^stat //p' $T/out)" "(proc_self)" "so is /proc/self/stat's second field"
is "$(sed -n 's/^status //p' $T/out0)" "$(printf 'Name:\tproc_self')" "and /proc/self/status's Name (not the -0 argv[0])"
