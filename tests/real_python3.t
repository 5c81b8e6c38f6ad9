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
twin_setup -a usr/bin/python3
# sections grouped to keep the number of interpreter start-ups down
groups="json,re,struct hash numbers,iter datetime,sqlite text,objects sort system ctypes,version"
plan $(($(echo $groups | wc -w) + 2))
twin_case "python3 -c 'import sys; print(sys.version_info[:2], sys.byteorder)'" \
	"python3 -c 'import sys; print(sys.version_info[:2], sys.byteorder)'"
for g in $groups; do
	s=$(echo $g | tr , ' ')
	twin_case "python3 -I \$W/work.py $s" "work.py $s"
done
twin_case "printf 'import sys\nfor l in sys.stdin: print(l.strip()[::-1])\nraise SystemExit(5)\n' > r.py; python3 -I r.py < words.txt; echo \"exit \$?\"; printf 'print(6 * 7)\nimport os\nprint(sorted(os.listdir(\"dir\")), os.path.getsize(\"a.txt\"), os.stat(\"dir/sub/big.dat\").st_mtime)\n1/0\n' | python3 -I - 2>&1; echo \"exit \$?\"; python3 -I -m json.tool passwd.txt 2>&1 | tail -1" \
	"python3 script, stdin, SystemExit, traceback, os, -m"
