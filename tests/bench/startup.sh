#!/bin/sh
# tests/bench/startup.sh: start-up and process costs, as CPU time (user +
# system, waited-for children included), natively, under dragoman and under
# qemu-aarch64, the three interleaved run by run (tests/bench/cpucost.c),
# medians of RUNS runs (default 200):
#   start-up  a static arm64 `busybox true` (natively amd64's static busybox)
#   fork      tests/bench/forkcost.c: (CPU of 50 forks - CPU of 0) / 50
#   execve    tests/bench/execcost.c: (CPU of a chain of 10 execs of itself
#             - CPU of 0) / 10; under dragoman a foreign execve, which
#             starts the emulator again (qemu-aarch64 follows an execve only
#             through binfmt_misc: its column is left empty unless
#             /proc/sys/fs/binfmt_misc/qemu-aarch64 is registered)
# Prints a markdown table (ms), then the file sizes of the emulators.
# Usage: tests/bench/startup.sh [RUNS]     DM=: another dragoman build
set -e
cd "$(dirname "$0")/../.."
runs=${1:-200}
dm=${DM:-build/dragoman}
out=build/bench
mkdir -p "$out"
[ -x build/roots/arm64/bin/busybox ] && [ -x build/roots/amd64/bin/busybox ] || tests/real/fetch.sh busybox-static >/dev/null
cc -O2 -Wall -o "$out/cpucost" tests/bench/cpucost.c
for p in forkcost execcost; do
	cc -O2 -o "$out/$p.native" tests/bench/$p.c
	aarch64-linux-gnu-gcc -O2 -static -o "$out/$p.arm64" tests/bench/$p.c
done
qemu=$(command -v qemu-aarch64 || true)
bb=build/roots/arm64/bin/busybox
forks=50 execs=10
# medians CMD [-- CMD]...: the median µs of each command (up to 6)
medians() {
	set -- $(build/bench/cpucost "$runs" "$@")
	echo "$1 $3 $5 $7 $9 ${11}"
}
if [ -n "$qemu" ]; then
	s=$(medians build/roots/amd64/bin/busybox true -- "$dm" $bb true -- "$qemu" $bb true)
	f=$(medians $out/forkcost.native $forks -- $out/forkcost.native 0 -- "$dm" $out/forkcost.arm64 $forks -- \
		"$dm" $out/forkcost.arm64 0 -- "$qemu" $out/forkcost.arm64 $forks -- "$qemu" $out/forkcost.arm64 0)
	if [ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
		e=$(medians $out/execcost.native $out/execcost.native $execs -- $out/execcost.native $out/execcost.native 0 -- \
			"$dm" $out/execcost.arm64 $out/execcost.arm64 $execs -- "$dm" $out/execcost.arm64 $out/execcost.arm64 0 -- \
			"$qemu" $out/execcost.arm64 $out/execcost.arm64 $execs -- "$qemu" $out/execcost.arm64 $out/execcost.arm64 0)
	else
		e="$(medians $out/execcost.native $out/execcost.native $execs -- $out/execcost.native $out/execcost.native 0 -- \
			"$dm" $out/execcost.arm64 $out/execcost.arm64 $execs -- "$dm" $out/execcost.arm64 $out/execcost.arm64 0) - -"
	fi
else
	echo "(no qemu-aarch64: its column is empty)" >&2
	s=$(medians build/roots/amd64/bin/busybox true -- "$dm" $bb true)
	f=$(medians $out/forkcost.native $forks -- $out/forkcost.native 0 -- "$dm" $out/forkcost.arm64 $forks -- \
		"$dm" $out/forkcost.arm64 0)
	e=$(medians $out/execcost.native $out/execcost.native $execs -- $out/execcost.native $out/execcost.native 0 -- \
		"$dm" $out/execcost.arm64 $out/execcost.arm64 $execs -- "$dm" $out/execcost.arm64 $out/execcost.arm64 0)
fi
echo "$s" "$f" "$e" | awk -v forks=$forks -v execs=$execs -v q="${qemu:+1}" '
	function ms(us) { return sprintf("%.2f", us / 1000) }
	function diff(a, b, n) { return a == "-" ? "" : ms((a - b) / n) }
	{
		# start-up: $1 $2 $3; fork: ($4-$5) ($6-$7) ($8-$9); exec: ($10-$11) ...
		if (q) {
			print "| CPU ms, median of the runs | native | dragoman | qemu-aarch64 |"
			print "|---|---:|---:|---:|"
			printf "| start-up (`busybox true`) | %s | %s | %s |\n", ms($1), ms($2), ms($3)
			printf "| fork (per fork) | %s | %s | %s |\n", ms(($4 - $5) / forks), ms(($6 - $7) / forks), ms(($8 - $9) / forks)
			printf "| execve (per exec) | %s | %s | %s |\n", diff($10, $11, execs), diff($12, $13, execs), diff($14, $15, execs)
		} else {
			print "| CPU ms, median of the runs | native | dragoman |"
			print "|---|---:|---:|"
			printf "| start-up (`busybox true`) | %s | %s |\n", ms($1), ms($2)
			printf "| fork (per fork) | %s | %s |\n", ms(($3 - $4) / forks), ms(($5 - $6) / forks)
			printf "| execve (per exec) | %s | %s |\n", ms(($7 - $8) / execs), ms(($9 - $10) / execs)
		}
	}'
size() { awk "BEGIN { printf \"%.1f MB\", $(stat -c %s "$1") / 1e6 }"; }
echo
echo "| file | size |"
echo "|---|---:|"
for b in "$dm" build/dragoman-static $qemu; do [ -x "$b" ] && echo "| $b | $(size "$b") |"; done
