#!/bin/sh
# Guest programs that write their own machine code, against the same package
# versions' amd64 builds (tests/real/twin.sh): Debian's LuaJIT (luajit2: hot
# loops, tables, strings, FFI call stubs, and code churn with jit.flush()
# reusing the same code memory) and grep -P, whose PCRE2 JIT compiles each
# pattern to machine code.  On arm64 the code writers follow the
# architecture's rules (IC IVAU after writing, docs/coherence.md), so a stale
# translation shows as a wrong answer here.
# s390x, TODO: LuaJIT's floor/modulo use DIVIDE TO INTEGER (DIDBR), which the
# s390x front-end does not implement yet (SIGILL at start-up); PCRE2 10.42's
# JIT emits z13 vector instructions without asking whether the CPU has them,
# so grep -P dies of SIGILL under dragoman's z196, as on a real z196
# (docs/s390x.md).
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
cases() {
	todo= grep_todo=
	if [ "$twin_arch" = s390x ]; then
		todo="TODO DIVIDE TO INTEGER (DIDBR) not implemented"
		grep_todo="TODO PCRE2's JIT needs the z13 vector facility (dragoman's s390x is a z196)"
	fi
	twin_setup usr/bin/luajit bin/grep
	for s in loops tables strings churn ffi; do
		twin_case "luajit \$W/work_jit.lua $s" "luajit work_jit.lua $s" "$todo"
	done
	gen="awk 'BEGIN { for (i = 1; i <= 30000; i++) printf \"id=%d user%d %s %s\\n\", i * 7, i % 97, (i % 5 ? \"alpha\" : \"beta\"), (i % 3 ? \"x x\" : \"y z\") }' > g.txt"
	twin_case "$gen; grep -cP '(\\w)\\s+\\1' g.txt; grep -oP '(?<=id=)\\d+(?= user1\\b)' g.txt | cksum; grep -P -i '^ID=\\d*5 USER(?:3|4)\\d? BETA' g.txt | cksum; grep -vcP 'alpha|(?:y z)\$' g.txt" \
		"grep -P: back-references, look-around, -o, -i, -v (PCRE2 JIT)" "$grep_todo"
	twin_case "printf 'a1\\nbb22\\nccc333\\n' > s.txt; for p in '^(\\w)\\1*\\d+\$' '(?=.*\\d{3})c+' 'b{2}(?!2)' '[[:alpha:]]+(?<n>\\d)\\k<n>'; do grep -noP \"\$p\" s.txt; echo \"exit \$?\"; done; grep -P '(' s.txt; echo \"exit \$?\"" \
		"grep -P: one JIT compile per pattern, a bad pattern" "$grep_todo"
}
count() { echo 7; }
n=0
for a in $(twin_arches); do n=$((n + $(count $a))); done
plan $n
for a in $(twin_arches); do
	if twin_use $a; then cases; else twin_skip $(count $a); fi
done
