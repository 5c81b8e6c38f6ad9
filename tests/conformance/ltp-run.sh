#!/bin/bash
# tests/conformance/ltp-run.sh RUNNER TARGET OUT [TEST...]
#   RUNNER  native | dragoman | qemu      how each test binary is started (qemu-TARGET)
#   TARGET  native | aarch64 | s390x      which LTP build (ltp-build.sh) to run
#   OUT     result folder: OUT/results.tsv (name, class, exit, seconds) and
#           OUT/log/NAME.log (the test's output)
#   TEST    runtest/syscalls names; default: every line of runtest/syscalls
# Runs the tests two at a time (LTP_JOBS), as root, each in a scratch
# TMPDIR and working directory of its own, under LTP's own timeout (scaled
# by LTP_TIMEOUT_MUL for the emulators) and an outer one for tests whose
# harness hangs.  Tests in ltp-skip.txt are not run (recorded as "skip").
# Each worker has a loop device of its own as LTP_DEV, so two tests that
# need a block device never race for one.
set -u
cd "$(dirname "$0")/../.."
top=$PWD
runner=$1 target=$2 out=$3
shift 3
inst=$top/build/ltp/$target/inst
runtest=$top/build/ltp/$target/src/runtest/syscalls
[ -f "$runtest" ] || { echo "ltp-run: no LTP build for $target (ltp-build.sh $target)" >&2; exit 1; }

case $runner in
native)   prefix=;            mul=1 ;;
dragoman) prefix="$top/build/dragoman"; mul=${LTP_TIMEOUT_MUL:-3} ;;
qemu)     prefix="qemu-$target";        mul=${LTP_TIMEOUT_MUL:-3} ;;
*) echo "ltp-run: unknown runner '$runner'" >&2; exit 2 ;;
esac
jobs=${LTP_JOBS:-2}
# The outer limit only catches a harness that LTP's own timer cannot stop
# (a test whose library process hangs, or an old-style test without LTP's
# timer): LTP's own limit is 30 s plus the test's
# declared runtime, times LTP_TIMEOUT_MUL.
outer=${LTP_OUTER_TIMEOUT:-900}

rm -rf "$out"
mkdir -p "$out/log" "$out/tmp"
out=$(cd "$out" && pwd)
# A run takes an hour: it uses a copy of the emulator, so rebuilding
# build/dragoman meanwhile cannot mix two versions into one column.
if [ "$runner" = dragoman ]; then
	cp "$prefix" "$out/dragoman"
	prefix=$out/dragoman
fi

# The work list: "name command args" lines, in runtest order.
awk '!/^#/ && NF' "$runtest" >"$out/all.list"
if [ $# -gt 0 ]; then
	printf '%s\n' "$@" | awk 'NR == FNR { want[$1] = 1; next } $1 in want' - "$out/all.list" >"$out/work.list"
else
	cp "$out/all.list" "$out/work.list"
fi
skip=$top/tests/conformance/ltp-skip.txt
awk 'NR == FNR { if ($1 !~ /^#/ && NF) skip[$1] = 1; next } !($1 in skip)' "$skip" "$out/work.list" >"$out/run.list"
awk 'NR == FNR { if ($1 !~ /^#/ && NF) skip[$1] = 1; next } ($1 in skip) { print $1 "\tskip\t-\t0" }' \
	"$skip" "$out/work.list" >"$out/skipped.tsv"

# Loop devices: one per worker, detached when the run ends however it ends.
devs=()
cleanup() {
	for d in "${devs[@]}"; do losetup -d "$d" 2>/dev/null; done
	rm -f "$out"/dev*.img
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for ((i = 0; i < jobs; i++)); do
	truncate -s 512M "$out/dev$i.img"
	d=$(losetup -f --show "$out/dev$i.img" 2>/dev/null) || d=
	devs+=("$d")
done

run_one() {  # run_one SLOT LINE
	local slot=$1 line=$2 name cmd args tmp t0 t1 rc class
	read -r name cmd args <<<"$line"
	tmp=$out/tmp/$name
	mkdir -p "$tmp"
	t0=$(date +%s.%N)
	if [ ! -x "$inst/testcases/bin/$cmd" ]; then
		rc=-; class=missing
		echo "ltp-run: $cmd was not built for $target" >"$out/log/$name.log"
	else
		# shellcheck disable=SC2086  # args are the runtest line's words
		(cd "$tmp" && exec env TMPDIR="$tmp" LTPROOT="$inst" PATH="$inst/testcases/bin:$PATH" \
			LTP_TIMEOUT_MUL="$mul" ${devs[$slot]:+LTP_DEV=${devs[$slot]}} \
			timeout -k 10 "$outer" $prefix "$inst/testcases/bin/$cmd" $args) \
			</dev/null >"$out/log/$name.log" 2>&1
		rc=$?
		class=$(tests/conformance/ltp-class.sh "$rc" "$out/log/$name.log")
	fi
	t1=$(date +%s.%N)
	rm -rf "$tmp"
	awk -v n="$name" -v c="$class" -v r="$rc" -v a="$t0" -v b="$t1" 'BEGIN { printf "%s\t%s\t%s\t%.1f\n", n, c, r, b - a }'  >>"$out/results.$slot"
}

# Workers take the next line of the list under a lock: a shared queue, so a
# long test on one worker does not hold up the other's share.
echo 0 >"$out/next"
worker() {
	local slot=$1 n line
	while :; do
		n=$(flock "$out/next" sh -c 'n=$(cat "$1"); echo $((n + 1)) >"$1"; echo $((n + 1))' _ "$out/next")
		line=$(sed -n "${n}p" "$out/run.list")
		[ -n "$line" ] || break
		run_one "$slot" "$line"
	done
}
for ((i = 0; i < jobs; i++)); do worker "$i" & done
wait
cat "$out"/results.[0-9]* "$out/skipped.tsv" 2>/dev/null | sort >"$out/results.tsv"
rm -f "$out"/results.[0-9]* "$out/next"
awk -F'\t' '{ n[$2]++ } END { for (c in n) printf "%s %d  ", c, n[c]; print "" }' "$out/results.tsv" |
	sed "s|^|ltp-run: $runner/$target: |"
