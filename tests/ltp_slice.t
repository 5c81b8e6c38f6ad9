#!/bin/sh
# tests/ltp_slice.t: the CI slice of LTP's syscall tests
# (tests/conformance/ltp-slice.txt), built natively and for each guest
# (DM_LTP_GUESTS, default aarch64 s390x) and run natively and under dragoman
# (tests/conformance/ltp.sh --slice).  The native run is the oracle: each
# slice test that passes natively must pass under dragoman for every guest.
# Known failures (ltp-known.txt: guest, test, cause) are TODO lines, so a
# fix shows as "unexpectedly succeeded" and a new failure fails.  No test
# may make the emulator itself crash, whatever the native result.
. "$(dirname "$0")/lib/tap.sh"
here=tests/conformance
res=build/ltp/results-slice
guests=${DM_LTP_GUESTS:-aarch64 s390x}
slice=$(awk '!/^#/ && NF { print $1 }' $here/ltp-slice.txt)
ng=$(printf '%s\n' $guests | wc -l)
plan $((($(printf '%s\n' $slice | wc -l) + 1) * ng))

mkdir -p build/ltp
gflags=
for g in $guests; do gflags="$gflags --guest $g"; done
# shellcheck disable=SC2086  # word lists
$here/ltp.sh --slice $gflags ${DM_LTP_RUNNERS:-dragoman} >build/ltp/slice.log 2>&1
built=$?

class() { awk -F'\t' -v t="$2" '$1 == t { print $2 }' "$1/results.tsv"; }
# known GUEST TEST: the cause ltp-known.txt gives (guest column: the guest or *).
known() {
	awk -v g="$1" -v t="$2" '!/^#/ && ($1 == g || $1 == "*") && $2 == t {
		$1 = ""; $2 = ""; sub(/^ +/, ""); print; exit }' $here/ltp-known.txt
}
for g in $guests; do
	emu=$res/$g/dragoman
	ok $built "$g: LTP slice built and run natively and under dragoman (build/ltp/slice.log)"
	if [ ! -f $res/native/results.tsv ] || [ ! -f $emu/results.tsv ]; then
		tail -20 build/ltp/slice.log | sed 's/^/# /'
		for t in $slice; do ok 1 "$g: $t: no result"; done
		continue
	fi
	for t in $slice; do
		n=$(class $res/native "$t")
		d=$(class $emu "$t")
		k=$(known "$g" "$t")
		if [ "$d" = emucrash ]; then
			ok 1 "$g: $t: the emulator crashed"
			grep -m3 'dragoman:\|ERROR\|Assertion' $emu/log/"$t".log | sed 's/^/# /'
		elif [ "$n" != pass ]; then
			_tap_n=$((_tap_n + 1))
			printf 'ok %d - %s: %s # skip does not pass natively here (%s), so no oracle\n' $_tap_n "$g" "$t" "$n"
		elif [ "$d" = pass ]; then
			ok 0 "$g: $t: passes natively and under dragoman"
		elif [ -n "$k" ]; then
			_tap_n=$((_tap_n + 1))
			printf 'not ok %d - %s: %s: %s under dragoman # TODO known: %s\n' $_tap_n "$g" "$t" "$d" "$k"
		else
			ok 1 "$g: $t: passes natively, $d under dragoman"
			grep -m5 'TFAIL\|TBROK\|TCONF\|^dragoman:' $emu/log/"$t".log | sed 's/^/# /'
		fi
	done
done
