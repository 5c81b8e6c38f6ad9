#!/bin/sh
# Debian's python3.11 for arm64 under dragoman against the same version's
# amd64 build (tests/real/twin.sh), on tests/real/workloads/work.py section by
# section: json, re, hashlib/zlib/bz2/lzma, struct, decimal/fractions/math,
# itertools/collections, datetime, sqlite3, unicodedata and text, classes,
# exceptions and generators, sorting 1e5 items, fork/subprocess/signals/
# sockets/threads/mmap/multiprocessing, ctypes with libffi callbacks. python
# runs isolated (-I) with argv[0] its full path in its root, which is how it
# finds its prefix.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
# sections grouped to keep the number of interpreter start-ups down
groups="json,re,struct hash numbers,iter datetime,sqlite text,objects sort system ctypes,version"
# s390x runs a subset (CI time): python's start-up is most of the cost, and
# these groups cover hashes, zlib/bz2/lzma, decimal, float formatting and
# text; "struct" and "sort" print native-order bytes (array.tobytes,
# sys.byteorder) by design, and the first case prints sys.byteorder too
# (dropped for s390x); the others run for arm64
groups_s390x="json,re hash numbers,iter text,objects"
count() { if [ "$1" = s390x ]; then echo $(($(echo $groups_s390x | wc -w) + 2)); else echo $(($(echo $groups | wc -w) + 2)); fi; }
n=0
for a in $(twin_arches); do n=$((n + $(count $a))); done
plan $n
# one pass per guest architecture (DM_REAL_ARCHES, default arm64 s390x)
for a in $(twin_arches); do
if ! twin_use $a; then twin_skip $(count $a); continue; fi
run_groups=$groups
[ "$a" != s390x ] || run_groups=$groups_s390x
twin_setup -a usr/bin/python3
bo=", sys.byteorder"
[ "$a" != s390x ] || bo=
twin_case "python3 -c 'import sys; print(sys.version_info[:2]$bo)'" \
	"python3 -c 'import sys; print(sys.version_info[:2]$bo)'"
for g in $run_groups; do
	s=$(echo $g | tr , ' ')
	twin_case "python3 -I \$W/work.py $s" "work.py $s"
done
twin_case "printf 'import sys\nfor l in sys.stdin: print(l.strip()[::-1])\nraise SystemExit(5)\n' > r.py; python3 -I r.py < words.txt; echo \"exit \$?\"; printf 'print(6 * 7)\nimport os\nprint(sorted(os.listdir(\"dir\")), os.path.getsize(\"a.txt\"), os.stat(\"dir/sub/big.dat\").st_mtime)\n1/0\n' | python3 -I - 2>&1; echo \"exit \$?\"; python3 -I -m json.tool passwd.txt 2>&1 | tail -1" \
	"python3 script, stdin, SystemExit, traceback, os, -m"
done
