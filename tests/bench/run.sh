#!/bin/sh
# tests/bench/run.sh: each workload natively, under dragoman and under
# qemu-aarch64, interleaved (round 1 of all three, then round 2 ...: a change
# in the host's load hits the three alike); prints markdown tables of the
# medians, ratios and peak RSS, writes them into docs/performance.md (the
# section between the bench markers) and a chart of the ratios
# (docs/performance-ratios.svg, gnuplot).  tests/bench/README.md lists the
# workloads.
# Usage: tests/bench/run.sh [RUNS]   (RUNS=, default 3)
#   WORKLOADS="xz python k*"  only the workloads whose names match (globs);
#                            the names are in the tables' first column
#   BENCH_ARCHES="aarch64 s390x"  the start-up section's guests (the long
#                            section is aarch64: Debian arm64 packages)
#   DM=build/other/dragoman  another build to measure
#   NO_DOC=1                 print the tables, leave docs/ alone
set -e
cd "$(dirname "$0")/../.."
top=$(pwd)
runs=${RUNS:-${1:-3}}
out=$top/build/bench
mkdir -p "$out"
dm=${DM:-build/dragoman}
# the commit the tables name (the build measured is whatever $dm is)
BENCH_COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
export BENCH_COMMIT
case $dm in /*) ;; *) dm=$top/$dm ;; esac
. tests/lib/guest_arch.sh
arches=${BENCH_ARCHES:-aarch64}
root=$top/build/roots/arm64
nroot=$top/build/roots/amd64

# want NAME: is NAME selected by WORKLOADS (unset: every workload)?
want() {
	[ -z "$WORKLOADS" ] && return 0
	for p in $WORKLOADS; do
		case $1 in $p) return 0 ;; esac
	done
	return 1
}

# ---- the Debian programs: fetched into build/roots from a fresh clone ----
need_fetch=
for f in usr/bin/7zz usr/bin/xz bin/gzip usr/bin/zstd bin/bzip2 usr/bin/python3.11 usr/bin/lua5.4 \
		usr/bin/sqlite3 usr/bin/openssl usr/bin/g++-12 usr/bin/make bin/dash usr/bin/mawk; do
	[ -x "$root/$f" ] && [ -x "$nroot/$f" ] || need_fetch=1
done
if [ -n "$need_fetch" ]; then
	echo "bench: fetching Debian packages (tests/real/fetch.sh)" >&2
	tests/real/fetch.sh $(cat tests/real/packages.txt tests/bench/packages.txt | grep -v '^#') >&2
fi

# ---- inputs (generated once, deterministic) ----
w=$out/in
mkdir -p "$w"
if [ ! -s "$w/corpus" ]; then
	# text with repeats and numbers, like logs (MINSTD generator: exact in awk's doubles)
	awk -v mb=48 'BEGIN { n = split("the of and to in is was for on that with as by at from error warning info debug user host request response GET POST 200 404 500 alpha beta gamma delta kernel memory thread process file open close read write", v, " ")
		x = 1; total = mb * 1048576; len = 0
		while (len < total) {
			line = ""
			for (i = 0; i < 12; i++) { x = (x * 16807) % 2147483647; t = x % 5 == 0 ? x % 100000 : v[x % n + 1]; line = line (i ? " " : "") t }
			print line; len += length(line) + 1
		} }' > "$w/corpus"
	head -c 2000000 "$w/corpus" > "$w/corpus2"
	head -c 20000000 "$w/corpus" > "$w/corpus20"
	head -c 32000000 "$w/corpus" > "$w/corpus32"
	head -c 4000000 "$w/corpus" > "$w/corpus4"
fi
if [ ! -s "$w/configure" ]; then
	rm -rf "$w/cf" && mkdir -p "$w/cf"
	cp tests/bench/work/configure.ac "$w/cf/"
	(cd "$w/cf" && autoconf && autoheader && rm -rf autom4te.cache) && cp "$w/cf/configure" "$w/cf/config.h.in" "$w/"
fi
[ -s "$w/project/Makefile" ] || tests/bench/work/project.sh "$w/project"

# ---- the kernels: tests/bench/*.c, natively and for arm64 ----
build_kernels() {
	for k in $*; do
		gcc -O2 -pthread -o "$out/$k.native" tests/bench/$k.c -lm
		for a in $arches; do
			$a-linux-gnu-gcc -O2 -static -pthread -o "$out/$k.$(guest_arch_debian $a)" tests/bench/$k.c -lm
		done
	done
	gcc -O3 -ffp-contract=off -o "$out/simd.native" tests/bench/work/simd.c
	aarch64-linux-gnu-gcc -O3 -ffp-contract=off -static -o "$out/simd.arm64" tests/bench/work/simd.c
}
build_kernels sieve hash qsort fp vm threads spawn strings

# ---- measuring ----
# Each workload is a shell fragment run by `sh -c` in a directory of its own,
# with these variables: X the runner (empty natively, "dragoman -L ROOT",
# "qemu-aarch64 -L ROOT"), XE a runner that follows the guest's execve (for
# qemu: tests/bench/qemu_ns.sh, binfmt_misc in a user namespace; dragoman does
# it itself), R the root of the programs (build/roots/amd64 natively: the
# amd64 twins of the same versions), K the kernel binary suffix, IN the inputs.
# GNU time (Debian's `time`) gives wall, user, system time and peak RSS (the
# largest process of the tree).
runner() {
	case $1 in
	nat) X= XE= R=$nroot K=native ;;
	dmr) X="$dm -L $root" XE=$X R=$root K=arm64 ;;
	qem) X="qemu-aarch64 -L $root" XE="/usr/bin/unshare --user --map-root-user --mount $top/tests/bench/qemu_ns.sh $root" R=$root K=arm64 ;;
	esac
	export X XE R K
}
export IN=$w BENCH=$top/tests/bench OUT=$out DM=$dm
# trial ID ROUND RUNNER FRAGMENT: one timed run; appends "ID RUNNER wall cpu rss_kb exit digest"
trial() {
	d=$out/run/$1.$3
	rm -rf "$d" && mkdir -p "$d"
	[ -z "$PRE" ] || (cd "$d" && sh -c "$PRE")
	runner $3
	set +e
	(cd "$d" && /usr/bin/time -q -f '%e %U %S %M' -o "$d.time" sh -c "$4" > "$d.out" 2> "$d.err")
	rc=$?
	set -e
	t=$(tail -1 "$d.time")
	dig=$(cd "$d" && sh -c "$CHECK" < "$d.out" 2>/dev/null | sha256sum | cut -c1-16)
	[ $rc -eq 0 ] || cp "$d.err" "$out/failed.$1.$3.err"
	# the program's own figure: openssl speed's bytes/s as MB/s, 7zz's total rating
	fig=$(awk -F: '/^\+F:/ { v = $NF / 1e6 } /^Tot:/ { n = split($0, a, " "); v = a[n] } END { print v == "" ? "-" : v }' "$d.out")
	echo "$1 $3 $t $rc $dig $fig" | awk '{ printf "%s %s %s %.2f %s %s %s %s\n", $1, $2, $3, $4 + $5, $6, $7, $8, $9 }' >> "$out/times"
	# the output of the first run, for the report
	[ "$2" -gt 1 ] || cp "$d.out" "$out/out.$1.$3"
}
# wl ID GROUP TITLE REF FRAGMENT: runs FRAGMENT RUNS rounds under the three,
# interleaved.  REF (nat or qem) is the oracle whose output the others must
# reproduce: nat when the output does not depend on the CPU (compressed
# bytes, checksums printed by the program), qem when it does (a compiler's
# object code).  CHECK (a shell command, stdin: the run's stdout, cwd: its
# directory) prints what is compared; PRE prepares the directory (not timed).
wl() {
	want "$1" || { PRE= CHECK=cat; return 0; }
	echo "bench: $1" >&2
	echo "$1|$2|$3|$4" >> "$out/list"
	for i in $(seq "$runs"); do
		for k in nat dmr qem; do trial "$1" "$i" $k "$5"; done
	done
	PRE= CHECK=cat
}
rm -f "$out/times" "$out/list" "$out"/failed.*
PRE= CHECK=cat

# compressors: the compressed bytes must be native's (same versions); the
# round trip is checked once below
for c in "xz|xz -9 -T1 (2 MB)|usr/bin/xz -9 -T1|2" "gzip|gzip -9 (20 MB)|bin/gzip -9|20" \
		"zstd|zstd -19 (2 MB)|usr/bin/zstd -19 -T1 -q|2" "bzip2|bzip2 -9 (32 MB)|bin/bzip2 -9|32"; do
	id=${c%%|*}; r=${c#*|}; title=${r%%|*}; r=${r#*|}; cmd=${r%|*}; size=${r##*|}
	CHECK='sha256sum < out.z'
	wl "$id" int "$title" nat "\$X \$R/$cmd -c \$IN/corpus$size > out.z"
done
wl python int "python3.11 (loops, classes, regex, json)" nat '$X $R/usr/bin/python3.11 -S $BENCH/work/bench.py 3'
wl lua int "lua5.4 (tables, strings, closures, sort)" nat '$X $R/usr/bin/lua5.4 $BENCH/work/bench.lua 2'
wl sqlite int "sqlite3 (inserts, joins, aggregates)" nat '$X $R/usr/bin/sqlite3 :memory: < $BENCH/work/bench.sql'
# kernels: the same C program (tests/bench) built natively and for arm64
wl khash int "hash kernel (xorshift, FNV)" qem '$X $OUT/hash.$K 1100000000'
wl kvm int "vm kernel (bytecode switch)" qem '$X $OUT/vm.$K 130000000'
wl kfp fp "fp kernel (scalar double)" qem '$X $OUT/fp.$K 120000000'
wl ksimd fp "simd kernel (vectorized float, int16)" nat '$X $OUT/simd.$K 6000'
wl kstrings fp "strings kernel (NEON string functions)" qem '$X $OUT/strings.$K 30000'
# crypto: openssl speed's own MB/s (16 KiB blocks, 3 s), and a digest or
# ciphertext of 4 MB that must be native's
key=000102030405060708090a0b0c0d0e0f
for c in "sha256|sha256|\$X \$R/usr/bin/openssl dgst -sha256 -r \$IN/corpus4" \
		"aes128gcm|aes-128-gcm|\$X \$R/usr/bin/openssl mac -cipher AES-128-GCM -macopt hexkey:$key -macopt hexiv:0102030405060708090a0b0c -in \$IN/corpus4 GMAC" \
		"aes128cbc|aes-128-cbc|\$X \$R/usr/bin/openssl enc -aes-128-cbc -K $key -iv $key -in \$IN/corpus4 | sha256sum" \
		"chacha20|chacha20|\$X \$R/usr/bin/openssl enc -chacha20 -K $key$key -iv $key -in \$IN/corpus4 | sha256sum"; do
	id=${c%%|*}; r=${c#*|}; alg=${r%%|*}; check=${r#*|}
	CHECK='grep -v "^+"'
	wl "$id" crypto "openssl speed -evp $alg" nat \
		"\$X \$R/usr/bin/openssl speed -mr -seconds 3 -bytes 16384 -evp $alg 2>/dev/null | grep '^+F'; $check"
done
CHECK='grep -q "^Tot:" && ! grep -qi error && echo ok'
wl 7zip int "7zz b -mmt1 -md18 (its own rating)" nat '$X $R/usr/bin/7zz b 1 -mmt1 -md18'
# compilers: the object file must be qemu-aarch64's (native makes x86 code)
CHECK='sha256sum < compile.o'
wl cxx int "g++-12 -O2 -c (one C++ file)" qem \
	'env PATH=$R/usr/bin:$R/bin $XE $R/usr/bin/g++-12 --sysroot=$R -O2 -c $BENCH/work/compile.cc -o compile.o'
PRE='cp -r $IN/project/. .'
CHECK='grep ^checksum'
wl make int "make -j2 (41 C files, gcc-12, link, run)" nat \
	'env PATH=$R/usr/bin:$R/bin $XE $R/usr/bin/make -j2 SHELL=$R/bin/dash CC="gcc-12 --sysroot=$R" check'
PRE='cp $IN/configure $IN/config.h.in .'
CHECK='cat config.h'
wl configure int "configure (autoconf, dash, gcc-12, sed...)" qem \
	'env PATH=$R/usr/bin:$R/bin SHELL=$R/bin/dash CONFIG_SHELL=$R/bin/dash $XE $R/bin/dash ./configure CC="gcc-12 --sysroot=$R"'
# round trip of the compressors: native's own output decompressed natively
for c in "xz|usr/bin/xz|2" "gzip|bin/gzip|20" "zstd|usr/bin/zstd|2" "bzip2|bin/bzip2|32"; do
	id=${c%%|*}; r=${c#*|}; p=${r%|*}; size=${r#*|}
	[ -s "$out/run/$id.nat/out.z" ] || continue
	if "$nroot/$p" -dc < "$out/run/$id.nat/out.z" | cmp -s - "$w/corpus$size"; then
		echo "$id roundtrip ok" >> "$out/times"
	else
		echo "$id roundtrip FAILED" >> "$out/times"
	fi
done

tests/bench/tables.sh "$out" "$runs" > "$out/long.md"

# ---- start-up and latency: the small workloads of tests/bench/*.c ----
# (tens to hundreds of ms natively: they measure start-up and translation)
trio() {
	name=$1; shift
	for i in $(seq "$runs"); do
		for k in nat dmr qem; do
			( s=$(date +%s%N); $k "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); times ) |
				awk -v k=$k 'function ms(x) { split(x, p, "m"); return 60000 * p[1] + 1000 * substr(p[2], 1, length(p[2]) - 1) }
					NR == 1 { w = $1 } NR == 3 { c = ms($1) + ms($2) } END { printf "%s %d %d\n", k, w, c }'
		done
	done > "$out/trio"
	n=$(med nat 2); d=$(med dmr 2); q=$(med qem 2)
	nc=$(med nat 3); dc=$(med dmr 3); qc=$(med qem 3)
	echo "| $name | $n | $d | $q | $(ratio $d $n) | $(ratio $d $q) | $nc | $dc | $qc | $(ratio $dc $qc) |"
}
med() {
	awk -v k="$1" -v f="$2" '$1 == k { print $f }' "$out/trio" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
ratio() { awk "BEGIN { if ($2 > 0) printf \"%.2f\", $1 / $2; else print \"-\" }"; }
for a in $arches; do
	guest_arch_probe $a $dm && continue
	echo "(no $a table: $(guest_arch_why $a))"
done
{
for a in $arches; do
	guest_arch_probe $a $dm || continue
	deb=$(guest_arch_debian $a)
	rows=
	for m in sieve hash qsort fp vm threads spawn strings fzf; do want $m && rows="$rows $m"; done
	[ -n "$rows" ] || continue
	echo
	echo "Start-up and latency, $a guest (ms):"
	echo
	echo "| workload | native ms | dragoman ms | qemu-$a ms | dragoman/native | dragoman/qemu | native CPU ms | dragoman CPU ms | qemu-$a CPU ms | dragoman/qemu CPU |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	for m in $rows; do
		if [ $m = fzf ]; then
			# a Go program: Debian's fzf filtering 2M lines, each build on its own root
			g=$root/usr/bin/fzf
			[ "$a" = aarch64 ] && [ -x "$g" ] && [ -x "$nroot/usr/bin/fzf" ] || continue
			[ -s "$out/fzf.in" ] || seq 1 2000000 | sed 's/$/ item/' > "$out/fzf.in"
			nat() { "$nroot/usr/bin/fzf" -f 12345 < "$out/fzf.in"; }
			dmr() { $dm -L "$root" "$g" -f 12345 < "$out/fzf.in"; }
			qem() { qemu-aarch64 -L "$root" "$g" -f 12345 < "$out/fzf.in"; }
			trio "fzf (Go)"
			continue
		fi
		nat() { "$out/$m.native"; }; dmr() { $dm "$out/$m.$deb"; }; qem() { qemu-$a "$out/$m.$deb"; }
		trio "$m"
	done
done
} > "$out/startup.md"
cat "$out/long.md" "$out/startup.md" > "$out/table.md"
cat "$out/table.md"
[ -z "$NO_DOC" ] || exit 0
tests/bench/chart.sh "$out" docs/performance-ratios.svg
RUNS_DONE=$runs tests/bench/doc.sh "$out/table.md" docs/performance.md
