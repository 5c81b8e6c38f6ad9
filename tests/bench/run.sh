#!/bin/sh
# tests/bench/run.sh: each workload natively, under dragoman and under
# qemu-ARCH, in the same run; prints a markdown table of medians and ratios.
# Usage: tests/bench/run.sh [RUNS]   (default 5; writes build/bench/table.md)
# BENCH_ARCHES: the guest architectures, dragoman's names (default aarch64;
# "aarch64 s390x" adds an s390x table).  An architecture dragoman has no
# front-end for is left out with a note (tests/lib/guest_arch.sh).
set -e
cd "$(dirname "$0")/../.."
runs=${1:-5}
out=build/bench
mkdir -p "$out"
dm=build/dragoman
. tests/lib/guest_arch.sh
WORKLOADS=${WORKLOADS:-"sieve hash qsort fp vm threads spawn strings"}
arches=${BENCH_ARCHES:-aarch64}
for w in $WORKLOADS; do
	gcc -O2 -pthread -o "$out/$w.native" tests/bench/$w.c -lm
	for a in $arches; do
		$a-linux-gnu-gcc -O2 -static -pthread -o "$out/$w.$(guest_arch_debian $a)" tests/bench/$w.c -lm
	done
done
# median wall time in ms of RUNS runs of a command
median() {
	for i in $(seq "$runs"); do
		s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
		echo $(( (e - s) / 1000000 ))
	done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
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
	echo "| workload | native ms | dragoman ms | qemu-$a ms | dragoman/native | dragoman/qemu |"
	echo "|---|---:|---:|---:|---:|---:|"
	for w in $WORKLOADS; do
		n=$(median "$out/$w.native"); d=$(median $dm "$out/$w.$deb"); q=$(median qemu-$a "$out/$w.$deb")
		echo "| $w | $n | $d | $q | $(awk "BEGIN { printf \"%.2f\", $d / $n }") | $(awk "BEGIN { printf \"%.2f\", $d / $q }") |"
	done
	[ "$a" = aarch64 ] || continue
	# a Go program: Debian's fzf (tests/real/fetch.sh) filtering 2M lines, each build on its own root
	g=build/roots/arm64/usr/bin/fzf
	if [ -z "$NO_FZF" ] && [ -x "$g" ] && [ -x build/roots/amd64/usr/bin/fzf ]; then
		[ -s "$out/fzf.in" ] || seq 1 2000000 | sed 's/$/ item/' > "$out/fzf.in"
		fz() { "$@" -f 12345 < "$out/fzf.in"; }
		n=$(median fz build/roots/amd64/usr/bin/fzf); d=$(median fz $dm -L build/roots/arm64 "$g")
		q=$(median fz qemu-aarch64 -L build/roots/arm64 "$g")
		echo "| fzf (Go) | $n | $d | $q | $(awk "BEGIN { printf \"%.2f\", $d / $n }") | $(awk "BEGIN { printf \"%.2f\", $d / $q }") |"
	fi
done
} | tee "$out/table.md"
