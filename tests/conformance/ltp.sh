#!/bin/sh
# tests/conformance/ltp.sh [--slice] [RUNNER...]: the LTP conformance run
# (`ninja ltp`, or `ninja ltp-slice` for the CI slice).
#   builds LTP's syscall tests natively and for aarch64 (ltp-build.sh), runs
#   them natively and under each RUNNER (default: dragoman dragoman-interp
#   qemu; ltp-run.sh) and writes build/ltp/report.md (ltp-compare.sh): the
#   three-way table and every natively passing test that fails emulated.
# --slice: only the tests of tests/conformance/ltp-slice.txt.
set -eu
cd "$(dirname "$0")/../.."
here=tests/conformance
slice=
if [ "${1:-}" = --slice ]; then slice=1; shift; fi
runners=${*:-dragoman dragoman-interp qemu}
tests=
[ -z "$slice" ] || tests=$(awk '!/^#/ && NF { print $1 }' $here/ltp-slice.txt)
res=build/ltp/results${slice:+-slice}

# shellcheck disable=SC2086  # $tests is a word list
$here/ltp-build.sh native $tests
# shellcheck disable=SC2086
$here/ltp-build.sh aarch64 $tests
mkdir -p "$res"
# shellcheck disable=SC2086
$here/ltp-run.sh native native "$res/native" $tests
dirs=
for r in $runners; do
	case $r in
	dragoman-interp) DM_JIT=0 $here/ltp-run.sh dragoman aarch64 "$res/$r" $tests ;;
	*) $here/ltp-run.sh "$r" aarch64 "$res/$r" $tests ;;
	esac
	dirs="$dirs $res/$r"
done
{
	printf '# LTP syscall tests: native x86_64 and aarch64 guests\n\n'
	printf 'Run %s, commit %s, host kernel %s, LTP %s%s.\n\n' "$(date -u +%Y-%m-%d)" \
		"$(git rev-parse --short HEAD 2>/dev/null || echo '?')" "$(uname -r)" \
		"$(basename ../shared/ltp/ltp-*.tar.xz .tar.xz | sed 's/^ltp-//')" "${slice:+ (CI slice)}"
	# shellcheck disable=SC2086
	$here/ltp-compare.sh "$res/native" $dirs
} >"$res/report.md"
echo "ltp: report in $res/report.md"
