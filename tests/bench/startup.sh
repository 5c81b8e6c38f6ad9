#!/bin/sh
# tests/bench/startup.sh: size of build/dragoman and build/dragoman-static,
# and start-up time: a static arm64 `busybox true` run N times (default 200)
# under each, under qemu-aarch64, and amd64 busybox natively; prints a
# markdown table (mean ms per run over the N runs, best of 3 rounds).
# Usage: tests/bench/startup.sh [N]
set -e
cd "$(dirname "$0")/../.."
n=${1:-200}
[ -x build/roots/arm64/bin/busybox ] && [ -x build/roots/amd64/bin/busybox ] || tests/real/fetch.sh busybox-static >/dev/null
g=build/roots/arm64/bin/busybox
# mean ms per run of N runs of a command, best of 3 rounds
per_run() {
	best=
	for round in 1 2 3; do
		s=$(date +%s%N)
		i=0
		while [ $i -lt "$n" ]; do "$@" true; i=$((i + 1)); done
		e=$(date +%s%N)
		t=$(( (e - s) / n ))
		[ -n "$best" ] && [ "$best" -le "$t" ] || best=$t
	done
	awk "BEGIN { printf \"%.2f\", $best / 1e6 }"
}
size() { awk "BEGIN { printf \"%.1f MB\", $(stat -c %s "$1") / 1e6 }"; }
stripped() { strip -o build/startup.stripped "$1" && size build/startup.stripped && rm -f build/startup.stripped; }
echo "| runs \`busybox true\` | file size | stripped | ms per run |"
echo "|---|---:|---:|---:|"
echo "| native amd64 busybox (static) | | | $(per_run build/roots/amd64/bin/busybox) |"
echo "| build/dragoman (GLib dynamic) | $(size build/dragoman) | $(stripped build/dragoman) | $(per_run build/dragoman $g) |"
[ ! -x build/dragoman-static ] ||
echo "| build/dragoman-static ($(sed -n 's/^static_kind = -//p' config.ninja)) | $(size build/dragoman-static) | $(stripped build/dragoman-static) | $(per_run build/dragoman-static $g) |"
! command -v qemu-aarch64 >/dev/null ||
echo "| qemu-aarch64 (Debian, dynamic) | $(size "$(command -v qemu-aarch64)") | | $(per_run qemu-aarch64 $g) |"
