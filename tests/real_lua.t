#!/bin/sh
# Debian's lua5.4 for arm64 under dragoman against the same version's amd64
# build (tests/real/twin.sh), on tests/real/workloads/work.lua section by
# section: string patterns, tables and metatables, coroutines, math,
# string.format/pack, and the rest (os, io, load, goto, to-be-closed).
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
# one pass per guest architecture (DM_REAL_ARCHES, default arm64 s390x)
cases() {
	twin_setup usr/bin/lua5.4 usr/bin/luac5.4
	for s in patterns tables coroutines math format misc; do
		twin_case "lua5.4 \$W/work.lua $s" "work.lua $s"
	done
	twin_case "printf 'local t = {}\nfor l in io.lines() do t[#t+1] = l:upper() end\ntable.sort(t)\nprint(table.concat(t, \"|\"))\n' > up.lua; lua5.4 up.lua < words.txt; lua5.4 -e 'print(1 + 1, ...)' -v | tail -1; echo 'print(\"stdin chunk\")' | lua5.4 -; lua5.4 -e 'error(\"fails\")'; echo \"exit \$?\"; lua5.4 -e 'os.exit(7)'; echo \"exit \$?\"" \
		"lua5.4 -e, stdin, io.lines, errors, os.exit"
	# luac writes the machine's byte order (lua_Integer, lua_Number): arm64 only
	if [ "$twin_arch" != s390x ]; then
		twin_case "luac5.4 -s -o w.luac \$W/work.lua; sha256sum w.luac; lua5.4 w.luac format | head -3; luac5.4 -p \$W/work.lua && echo parsed; echo 'x = = 1' > bad.lua; luac5.4 -p bad.lua; echo \"exit \$?\"" \
			"luac5.4: the same bytecode bytes, runs, syntax errors"
	fi
	twin_case "lua5.4 -e 'local s = 0; for i = 1, 200000 do s = s + i % 7 end; print(s); local t = {}; for i = 1, 20000 do t[i] = tostring(i) end; print(#table.concat(t))'" \
		"lua5.4 loops and string building"
}
count() { if [ "$1" = s390x ]; then echo 8; else echo 9; fi; }
n=0
for a in $(twin_arches); do n=$((n + $(count $a))); done
plan $n
for a in $(twin_arches); do
	if twin_use $a; then cases; else twin_skip $(count $a); fi
done
