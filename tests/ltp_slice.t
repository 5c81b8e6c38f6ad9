#!/bin/sh
# tests/ltp_slice.t: the CI slice of LTP's syscall tests
# (tests/conformance/ltp-slice.txt), built natively and for aarch64 and run
# natively and under dragoman (tests/conformance/ltp.sh --slice).  The native
# run is the oracle: each slice test that passes natively must pass under
# dragoman.  Known failures (ltp-known.txt, each with its cause) are TODO
# lines, so a fix shows as "unexpectedly succeeded" and a new failure fails.
# No test may make the emulator itself crash, whatever the native result.
. "$(dirname "$0")/lib/tap.sh"
here=tests/conformance
res=build/ltp/results-slice
slice=$(awk '!/^#/ && NF { print $1 }' $here/ltp-slice.txt)
plan $(($(printf '%s\n' $slice | wc -l) + 1))

mkdir -p build/ltp
$here/ltp.sh --slice ${DM_LTP_RUNNERS:-dragoman} >build/ltp/slice.log 2>&1
ok $? "LTP slice built and run natively and under dragoman (build/ltp/slice.log)"
[ -f $res/native/results.tsv ] || { tail -20 build/ltp/slice.log | sed 's/^/# /'; exit 1; }

class() { awk -F'\t' -v t="$2" '$1 == t { print $2 }' "$1/results.tsv"; }
for t in $slice; do
	n=$(class $res/native "$t")
	d=$(class $res/dragoman "$t")
	known=$(awk -v t="$t" '$1 == t { $1 = ""; sub(/^ +/, ""); print; exit }' $here/ltp-known.txt)
	if [ "$d" = emucrash ]; then
		ok 1 "$t: the emulator crashed"
		grep -m3 'dragoman:\|ERROR\|Assertion' $res/dragoman/log/"$t".log | sed 's/^/# /'
	elif [ "$n" != pass ]; then
		_tap_n=$((_tap_n + 1))
		printf 'ok %d - %s # skip does not pass natively here (%s), so no oracle\n' $_tap_n "$t" "$n"
	elif [ "$d" = pass ]; then
		ok 0 "$t: passes natively and under dragoman"
	elif [ -n "$known" ]; then
		_tap_n=$((_tap_n + 1))
		printf 'not ok %d - %s: %s under dragoman # TODO known: %s\n' $_tap_n "$t" "$d" "$known"
	else
		ok 1 "$t: passes natively, $d under dragoman"
		grep -m5 'TFAIL\|TBROK\|TCONF\|^dragoman:' $res/dragoman/log/"$t".log | sed 's/^/# /'
	fi
done
