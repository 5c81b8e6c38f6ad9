#!/bin/sh
# Debian's gzip for arm64 under dragoman against the same version's amd64
# build (tests/real/twin.sh). Compressed bytes must be bit-identical to the
# native ones (each case prints their sha256), round trips must restore the
# input, listings and errors must read the same. (gunzip and zcat are shell
# scripts; the cases call gzip -d and gzip -dc.)
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
# one pass per guest architecture (DM_REAL_ARCHES, default arm64 s390x)
cases() {
	twin_setup bin/gzip
	mk='seq 1 8000 > s; awk "BEGIN{srand(7); for(i=0;i<12000;i++) printf \"%c\", int(rand()*256)}" > r; touch -d "2020-01-02 03:04:05" s r'
	twin_case "$mk; for l in 1 2 4 6 9; do gzip -\$l -c s > s\$l.gz; sha256sum s\$l.gz; gzip -dc s\$l.gz | cmp - s && echo rt\$l; done" \
		"gzip -1..-9: same bytes, round trip"
	twin_case "$mk; gzip -6 -c r | sha256sum; gzip -9 -n -c r | sha256sum; gzip --rsyncable -c s | sha256sum; gzip -c < s | sha256sum; cat s | gzip -3 | gzip -d | cmp - s && echo rt" \
		"gzip random bytes, -n, --rsyncable, stdin"
	twin_case "$mk; cp -p s t; gzip -5 t; ls t*; sha256sum t.gz; gzip -l t.gz; gzip -lv t.gz; gzip -t t.gz && echo tested; gzip -d t.gz; cmp s t && echo restored; gzip -N -d < /dev/null; echo \"exit \$?\"" \
		"gzip on files: name, mtime, -l, -t, -d"
	twin_case "$mk; mkdir d; cp -p s r d; gzip -r -1 d; ls d; gzip -d -r d; ls d; gzip -k -S .z s; ls s*; gzip s; echo \"exit \$?\"; gzip -f s; ls s*" \
		"gzip -r, -k, -S, existing output, -f"
	twin_case "$mk; gzip -c s > s.gz; head -c 2000 s.gz > cut.gz; gzip -t cut.gz; echo \"exit \$?\"; printf 'not gz' | gzip -d; echo \"exit \$?\"; gzip -dc nonexist; echo \"exit \$?\"; (gzip -c s; gzip -c r) | gzip -dc | wc -c" \
		"gzip errors: truncated, not gzip, missing; concatenated members"
	twin_case "$mk; head -c 100000 /dev/zero > z; gzip -9 -c z | sha256sum; gzip -1 -c z | wc -c; : > e; touch -d 2020-01-01 e; gzip -c e | od -An -tx1; gzip -c < e | od -An -tx1" \
		"gzip zeros and empty input"
	twin_case "gzip --version; gzip -h | wc -l" "gzip --version, -h"
}
n=7
plan $((n * $(echo $(twin_arches) | wc -w)))
for a in $(twin_arches); do
	if twin_use $a; then cases; else twin_skip $n; fi
done
