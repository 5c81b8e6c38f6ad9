#!/bin/sh
# Debian's bash for arm64 under dragoman against the same version's amd64
# build (tests/real/twin.sh), on tests/real/workloads/work.bash section by
# section. The script also runs external programs: under dragoman bash finds
# build/roots/arm64's coreutils through -L (sort, tr, seq, ...) and the host's
# x86_64 programs where the root has none (diff, grep, sed), so it exercises
# fork, execve of guest and host programs, pipes, /dev/fd, signals and wait.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
sections="functions arrays assoc heredoc procsub subshell pipeline trap arith strings printf read declare"
n=$(($(echo $sections | wc -w) + 2))
plan $((n * $(echo $(twin_arches) | wc -w)))
# one pass per guest architecture (DM_REAL_ARCHES, default arm64 s390x)
cases() {
twin_setup bin/bash
for s in $sections; do
	twin_case "FIXTURE=\$PWD bash \$W/work.bash $s" "work.bash $s"
done
twin_case "bash -c 'echo \$0 \$1; exit 3' zero one; echo \"exit \$?\"; bash -c 'syntax error ('; echo \"exit \$?\"; bash nonexist.sh; echo \"exit \$?\"; echo 'echo from stdin \$((6*7))' | bash; bash -n \$W/work.bash && echo syntax-ok" \
	"bash -c, syntax errors, missing script, stdin, -n"
twin_case "printf 'for f in *.txt; do echo \"\$f: \$(wc -l < \$f)\"; done\nls dir | while read d; do echo \"dir/\$d\"; done\necho \${BASH_SOURCE[0]##*/} \$LINENO\n' > s.sh; bash s.sh; bash -x -c 'a=1; echo \$((a+1))' 2>&1" \
	"bash script file, globs, -x"
}
for a in $(twin_arches); do
	if twin_use $a; then cases; else twin_skip $n; fi
done
