#!/bin/sh
# tests/conformance/ltp.sh [--slice] [--guest G]... [RUNNER...]: the LTP
# conformance run (`ninja ltp`, or `ninja ltp-slice` for the CI slice).
#   builds LTP's syscall tests natively and for each guest (ltp-build.sh),
#   runs them natively once and, per guest, under each RUNNER (default:
#   dragoman dragoman-interp qemu; ltp-run.sh) and writes
#   build/ltp/results/report.md (ltp-compare.sh): per guest, the table of
#   native and its runners and every natively passing test that fails
#   emulated.
# --slice: only the tests of tests/conformance/ltp-slice.txt, into
#   build/ltp/results-slice.
# --guest G: only that guest (repeatable); default $DM_LTP_GUESTS, else
#   every guest (aarch64 s390x).
# Layout: RES/native (the oracle, shared by every guest), RES/GUEST/RUNNER
# (RUNNER dragoman, dragoman-interp, qemu-GUEST).
set -eu
cd "$(dirname "$0")/../.."
here=tests/conformance
slice=
guests=
while [ $# -gt 0 ]; do
	case $1 in
	--slice) slice=1 ;;
	--guest) guests="$guests $2"; shift ;;
	*) break ;;
	esac
	shift
done
guests=${guests:-${DM_LTP_GUESTS:-aarch64 s390x}}
runners=${*:-dragoman dragoman-interp qemu}
tests=
[ -z "$slice" ] || tests=$(awk '!/^#/ && NF { print $1 }' $here/ltp-slice.txt)
res=build/ltp/results${slice:+-slice}

# shellcheck disable=SC2086  # $tests is a word list
$here/ltp-build.sh native $tests
for g in $guests; do
	# shellcheck disable=SC2086
	$here/ltp-build.sh "$g" $tests
done
mkdir -p "$res"
# shellcheck disable=SC2086
$here/ltp-run.sh native native "$res/native" $tests
for g in $guests; do
	for r in $runners; do
		case $r in
		dragoman-interp) DM_JIT=0 $here/ltp-run.sh dragoman "$g" "$res/$g/$r" $tests ;;
		qemu) $here/ltp-run.sh qemu "$g" "$res/$g/qemu-$g" $tests ;;
		*) $here/ltp-run.sh "$r" "$g" "$res/$g/$r" $tests ;;
		esac
	done
done
{
	printf '# LTP syscall tests: native x86_64 and the guests\n\n'
	printf 'Run %s, commit %s, host kernel %s, LTP %s%s.\n' "$(date -u +%Y-%m-%d)" \
		"$(git rev-parse --short HEAD 2>/dev/null || echo '?')" "$(uname -r)" \
		"$(basename ../shared/ltp/ltp-*.tar.xz .tar.xz | sed 's/^ltp-//')" "${slice:+ (CI slice)}"
	for g in $guests; do
		dirs=
		for r in $runners; do
			case $r in qemu) r=qemu-$g ;; esac
			dirs="$dirs $res/$g/$r"
		done
		printf '\n## %s\n\n' "$g"
		# shellcheck disable=SC2086
		$here/ltp-compare.sh "$res/native" $dirs
	done
} >"$res/report.md"
echo "ltp: report in $res/report.md"
