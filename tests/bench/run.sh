#!/bin/sh
# tests/bench/run.sh: each workload natively, under dragoman and under
# qemu-ARCH, interleaved (run 1 of all three, then run 2, ...: a change in
# the host's load hits the three alike); prints a markdown table of medians
# and ratios, of wall time and of CPU time.
# Usage: tests/bench/run.sh [RUNS]   (default 5; writes build/bench/table.md)
# BENCH_ARCHES: the guest architectures, dragoman's names (default aarch64;
# "aarch64 s390x" adds an s390x table).  An architecture dragoman has no
# front-end for is left out with a note (tests/lib/guest_arch.sh).
# Real programs from the Debian roots of tests/real/fetch.sh join the table
# when the guest's and the amd64 root hold them (NO_REAL=1: not run):
# busybox gzip/gunzip/sha256sum, gzip -6/-d, xz, python3, lua5.4, and fzf.
set -e
cd "$(dirname "$0")/../.."
runs=${1:-5}
out=build/bench
mkdir -p "$out"
dm=${DM:-build/dragoman}   # DM=: another build, to compare
. tests/lib/guest_arch.sh
WORKLOADS=${WORKLOADS:-"sieve hash qsort fp vm threads spawn strings"}
arches=${BENCH_ARCHES:-aarch64}
for w in $WORKLOADS; do
	gcc -O2 -pthread -o "$out/$w.native" tests/bench/$w.c -lm
	for a in $arches; do
		$a-linux-gnu-gcc -O2 -static -pthread -o "$out/$w.$(guest_arch_debian $a)" tests/bench/$w.c -lm
	done
done
# trio NAME [ARGS]: runs the shell functions nat, dmr and qem (with ARGS)
# RUNS times each, interleaved, and prints the table row of their median
# wall times and median CPU times (user + system, children included: dash's
# `times`, 10 ms ticks) in ms.  On a loaded host the CPU times are the
# steadier of the two.
trio() {
	name=$1; shift
	for i in $(seq "$runs"); do
		for k in nat dmr qem; do
			( s=$(date +%s%N); $k "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); times ) |
				awk -v k=$k 'function ms(x) { split(x, p, "m"); return 60000 * p[1] + 1000 * substr(p[2], 1, length(p[2]) - 1) }
					NR == 1 { w = $1 } NR == 3 { c = ms($1) + ms($2) } END { printf "%s %d %d\n", k, w, c }'
		done
	done > "$out/times"
	n=$(med nat 2); d=$(med dmr 2); q=$(med qem 2)
	nc=$(med nat 3); dc=$(med dmr 3); qc=$(med qem 3)
	echo "| $name | $n | $d | $q | $(ratio $d $n) | $(ratio $d $q) | $nc | $dc | $qc | $(ratio $dc $qc) |"
}
med() {
	awk -v k="$1" -v f="$2" '$1 == k { print $f }' "$out/times" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
ratio() { awk "BEGIN { if ($2 > 0) printf \"%.2f\", $1 / $2; else print \"-\" }"; }
# a program of the amd64 root runs through that root's own ld.so and libraries
nroot=$(pwd)/build/roots/amd64
nld="$nroot/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 --inhibit-cache --library-path $nroot/lib/x86_64-linux-gnu:$nroot/usr/lib/x86_64-linux-gnu"
# prog NAME PATH ARGS: a dynamically linked program of the roots, when both have it
prog() {
	name=$1 path=$2; shift 2
	[ -x "$root/$path" ] && [ -x "$nroot/$path" ] || return 0
	nat() { $nld "$nroot/$path" "$@"; }
	dmr() { $dm -L "$root" "$root/$path" "$@"; }
	qem() { qemu-$a -L "$root" "$root/$path" "$@"; }
	trio "$name" "$@"
}
# real ROOT: the Debian programs
real() {
	root=$1
	[ -z "$NO_REAL" ] || return 0
	[ -s "$out/real.in" ] || seq 1 1500000 | awk '{ print $1, $1 * 7 % 1000, "item", $1 % 97 ? "alpha" : "beta" }' > "$out/real.in"
	[ -s "$out/real.in.gz" ] || gzip -6 -n -c "$out/real.in" > "$out/real.in.gz"
	[ -s "$out/real.small" ] || head -c 4000000 "$out/real.in" > "$out/real.small"
	if [ -x "$root/bin/busybox" ] && [ -x "$nroot/bin/busybox" ]; then
		nat() { "$nroot/bin/busybox" "$@"; }
		dmr() { $dm -L "$root" "$root/bin/busybox" "$@"; }
		qem() { qemu-$a -L "$root" "$root/bin/busybox" "$@"; }
		trio "busybox gzip (33 MB)" gzip -c "$out/real.in"
		trio "busybox gunzip" gunzip -c "$out/real.in.gz"
		trio "busybox sha256sum" sha256sum "$out/real.in"
	fi
	prog "gzip -6" bin/gzip -6 -c "$out/real.in"
	prog "gzip -d" bin/gzip -dc "$out/real.in.gz"
	prog "xz -3 (4 MB)" usr/bin/xz -3 -T1 -c "$out/real.small"
	prog "python3 (dict loop)" usr/bin/python3 -S -c \
		'd = {}
for i in range(2000000): d[i % 5003] = d.get(i % 5003, 0) + i * i % 7
print(sum(d.values()))'
	prog "lua5.4 (table loop)" usr/bin/lua5.4 -e \
		'local t = {} for i = 1, 3000000 do t[i % 5003] = (t[i % 5003] or 0) + i * i % 7 end local s = 0 for _, v in pairs(t) do s = s + v end print(s)'
}
for a in $arches; do
	guest_arch_probe $a $dm && continue
	echo "(no $a table: $(guest_arch_why $a))"
done
{
for a in $arches; do
	guest_arch_probe $a $dm || continue
	deb=$(guest_arch_debian $a)
	[ "$a" = aarch64 ] || echo
	echo "| workload | native ms | dragoman ms | qemu-$a ms | dragoman/native | dragoman/qemu | native CPU ms | dragoman CPU ms | qemu-$a CPU ms | dragoman/qemu CPU |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	for w in $WORKLOADS; do
		nat() { "$out/$w.native"; }; dmr() { $dm "$out/$w.$deb"; }; qem() { qemu-$a "$out/$w.$deb"; }
		trio "$w"
	done
	real build/roots/$deb
	[ "$a" = aarch64 ] || continue
	# a Go program: Debian's fzf (tests/real/fetch.sh) filtering 2M lines, each build on its own root
	g=build/roots/arm64/usr/bin/fzf
	if [ -z "$NO_FZF" ] && [ -x "$g" ] && [ -x build/roots/amd64/usr/bin/fzf ]; then
		[ -s "$out/fzf.in" ] || seq 1 2000000 | sed 's/$/ item/' > "$out/fzf.in"
		nat() { build/roots/amd64/usr/bin/fzf -f 12345 < "$out/fzf.in"; }
		dmr() { $dm -L build/roots/arm64 "$g" -f 12345 < "$out/fzf.in"; }
		qem() { qemu-aarch64 -L build/roots/arm64 "$g" -f 12345 < "$out/fzf.in"; }
		trio "fzf (Go)"
	fi
done
} | tee "$out/table.md"
