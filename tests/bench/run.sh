#!/bin/sh
# tests/bench/run.sh: each workload natively, under dragoman and under
# qemu-aarch64, in the same run; prints a markdown table of medians and ratios.
# Usage: tests/bench/run.sh [RUNS]   (default 5; writes build/bench/table.md)
set -e
cd "$(dirname "$0")/../.."
runs=${1:-5}
out=build/bench
mkdir -p "$out"
dm=build/dragoman
WORKLOADS=${WORKLOADS:-"sieve hash qsort fp vm threads spawn strings"}
for w in $WORKLOADS; do
	gcc -O2 -pthread -o "$out/$w.native" tests/bench/$w.c -lm
	aarch64-linux-gnu-gcc -O2 -static -pthread -o "$out/$w.arm64" tests/bench/$w.c -lm
done
# median wall time in ms of RUNS runs of a command
median() {
	for i in $(seq "$runs"); do
		s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
		echo $(( (e - s) / 1000000 ))
	done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
{
	echo "| workload | native ms | dragoman ms | qemu-aarch64 ms | dragoman/native | dragoman/qemu |"
	echo "|---|---:|---:|---:|---:|---:|"
	for w in $WORKLOADS; do
		n=$(median "$out/$w.native"); d=$(median $dm "$out/$w.arm64"); q=$(median qemu-aarch64 "$out/$w.arm64")
		echo "| $w | $n | $d | $q | $(awk "BEGIN { printf \"%.2f\", $d / $n }") | $(awk "BEGIN { printf \"%.2f\", $d / $q }") |"
	done
	# a Go program: Debian's fzf (tests/real/fetch.sh) filtering 2M lines, each build on its own root
	g=build/roots/arm64/usr/bin/fzf
	if [ -z "$NO_FZF" ] && [ -x "$g" ] && [ -x build/roots/amd64/usr/bin/fzf ]; then
		[ -s "$out/fzf.in" ] || seq 1 2000000 | sed 's/$/ item/' > "$out/fzf.in"
		fz() { "$@" -f 12345 < "$out/fzf.in"; }
		n=$(median fz build/roots/amd64/usr/bin/fzf); d=$(median fz $dm -L build/roots/arm64 "$g")
		q=$(median fz qemu-aarch64 -L build/roots/arm64 "$g")
		echo "| fzf (Go) | $n | $d | $q | $(awk "BEGIN { printf \"%.2f\", $d / $n }") | $(awk "BEGIN { printf \"%.2f\", $d / $q }") |"
	fi
} | tee "$out/table.md"
