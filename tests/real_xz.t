#!/bin/sh
# Debian's xz-utils for arm64 under dragoman against the same version's amd64
# build (tests/real/twin.sh). Compressed bytes must be bit-identical to the
# native ones (each case prints their sha256), round trips must restore the
# input, listings and errors must read the same.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
# one pass per guest architecture (DM_REAL_ARCHES, default arm64 s390x)
cases() {
	twin_setup usr/bin/xz usr/bin/xzcat usr/bin/unxz
	# inputs: text (s, 38 KB), pseudo-random bytes (r, 12 KB), both from host tools
	mk='seq 1 8000 > s; awk "BEGIN{srand(7); for(i=0;i<12000;i++) printf \"%c\", int(rand()*256)}" > r'
	twin_case "$mk; for l in 0 1 6 9e; do xz -\$l -c s > s\$l.xz; sha256sum s\$l.xz; xz -dc s\$l.xz | cmp - s && echo rt\$l; done" \
		"xz -0/-1/-6/-9e: same bytes, round trip"
	twin_case "$mk; for c in none crc32 crc64 sha256; do xz -2 --check=\$c -c s | sha256sum; done; xz -3 --format=lzma -c s > s.lzma; sha256sum s.lzma; xz -dc --format=lzma s.lzma | wc -c" \
		"xz --check=..., --format=lzma"
	twin_case "$mk; xz -6 -c r > r.xz; sha256sum r.xz; xz -t r.xz && echo tested; xzcat r.xz | cmp - r && echo rt; xz -l r.xz; xz --robot -lvv r.xz | grep -v '^totals'" \
		"xz on random bytes, -t, xzcat, -l"
	twin_case "$mk; xz --delta=dist=4 --lzma2=preset=2 -c r | sha256sum; xz --x86 --lzma2=preset=1 -c s | sha256sum; xz --arm64 --lzma2=preset=1,lc=2,lp=2 -c s | sha256sum; xz --format=raw --lzma1=preset=0 -c s > raw; sha256sum raw; xz -dc --format=raw --lzma1=preset=0 raw | cmp - s && echo rt" \
		"xz filter chains: delta, x86, arm64, raw lzma1"
	twin_case "$mk; cp s t; xz -4 t; ls t*; unxz t.xz; cmp s t && echo restored; xz -k -1 s; ls s*; xz s; echo \"exit \$?\"; xz -f -1 s; ls s*" \
		"xz/unxz on files: suffixes, -k, existing output, -f"
	twin_case "$mk; xz -1 -c s > s.xz; head -c 3000 s.xz > cut.xz; xz -t cut.xz; echo \"exit \$?\"; printf 'not xz' | xz -d; echo \"exit \$?\"; dd if=s.xz bs=1 count=100 2>/dev/null > c.xz; printf 'XXXX' >> c.xz; xz -dc c.xz > /dev/null; echo \"exit \$?\"; xz -dc nonexist; echo \"exit \$?\"" \
		"xz errors: truncated, not xz, corrupt, missing"
	twin_case "$mk; cat s | xz -2 | xz -d | sha256sum; (xz -1 -c s; xz -1 -c r) > cat.xz; xz -dc cat.xz | wc -c; xz -1 -c --block-size=4096 s | sha256sum; xz -1 -c --memlimit-compress=10MiB -6 s > /dev/null; echo \"exit \$?\"" \
		"xz pipes, concatenated streams, --block-size, memlimit"
	twin_case "xz --version; xz --info-memory | wc -l; xz -H | wc -l" "xz --version, --help"
	twin_case "$mk; cat s | xz -T2 -3 --block-size=8KiB | sha256sum; xz -T2 -1 --block-size=10000 -c s r > t.xz; sha256sum t.xz; xz -T2 -dc t.xz | sha256sum" \
		"xz -T2: threaded encoder, several blocks"
}
n=9
plan $((n * $(echo $(twin_arches) | wc -w)))
for a in $(twin_arches); do
	if twin_use $a; then cases; else twin_skip $n; fi
done
