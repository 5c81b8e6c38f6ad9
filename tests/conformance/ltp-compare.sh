#!/bin/sh
# tests/conformance/ltp-compare.sh NATIVE EMU [EMU...]: compares ltp-run.sh
# result folders.  Prints markdown: the classes per run, how many of the
# tests that pass natively pass under each emulator, and every such test that
# does not, with its cause as read from its log (missing syscall, wrong
# errno, wrong value, setup broken, hang, crash, emulator crash).
set -eu
native=$1; shift

classes="pass tconf tfail tbrok twarn timeout signal emucrash missing skip"
label() { basename "$1" | sed 's/^results-//'; }

printf '| class |'
for d in "$native" "$@"; do printf ' %s |' "$(label "$d")"; done
printf '\n|---|'
for d in "$native" "$@"; do printf '%s' '---:|'; done
printf '\n'
for c in $classes; do
	printf '| %s |' "$c"
	for d in "$native" "$@"; do
		printf ' %s |' "$(awk -F'\t' -v c="$c" '$2 == c { n++ } END { print n + 0 }' "$d/results.tsv")"
	done
	printf '\n'
done
printf '\n'

# Not applicable to the guest: tests that say so when built for it (an
# x86-only test: "This arch ... is not supported", "Tests an x86_64
# feature", "Only test on x86_64"; or a syscall the guest's ABI has no
# number for: LTP's "syscall(-1)"), judged from the first emulated run's log, which every
# emulated run shares since they run the same binaries.
first=$1
na=$(awk -F'\t' 'NR == FNR { if ($2 == "pass") p[$1] = 1; next } ($1 in p) && $2 == "tconf" { print $1 }' \
	"$native/results.tsv" "$first/results.tsv" |
	while read -r t; do
		if grep -qE "This arch '.*' is not supported for test|Tests an x86_64 feature|Only test on x86_64|syscall\\(-1\\)" "$first/log/$t.log"; then echo "$t"; fi
	done)
printf '%s\n' $na >"$first/not-applicable.txt"
npass=$(awk -F'\t' 'NR == FNR { na[$1] = 1; next } $2 == "pass" && !($1 in na)' \
	"$first/not-applicable.txt" "$native/results.tsv" | wc -l)
printf -- '- natively passing: %d, of which %d do not apply to the guest (%s) and are not counted\n' \
	$((npass + $(printf '%s\n' $na | grep -c .))) "$(printf '%s\n' $na | grep -c .)" "$(echo $na)"
for d in "$@"; do
	ok=$(awk -F'\t' 'NR == FNR { if ($2 == "pass") p[$1] = 1; next } ($1 in p) && $2 == "pass"' \
		"$native/results.tsv" "$d/results.tsv" | wc -l)
	printf -- '- **%s**: %d of the %d natively passing tests pass (%d fail or hang: %s%%)\n' \
		"$(label "$d")" "$ok" "$npass" $((npass - ok)) \
		"$(awk -v n="$npass" -v k="$ok" 'BEGIN { printf "%.1f", n ? 100 * (n - k) / n : 0 }')"
done

# cause LOG CLASS: one word for why a natively passing test did not pass.
cause() {
	case $2 in
	emucrash) echo "emulator crash"; return ;;
	timeout) echo hang; return ;;
	signal) echo "crash (signal)"; return ;;
	missing) echo "not built"; return ;;
	esac
	if grep -qE 'ENOSYS|Function not implemented|not implemented|__NR_[a-z0-9_]+ not supported' "$1"; then echo "missing syscall"
	elif grep -E 'TFAIL|TBROK|TCONF' "$1" | grep -qE 'ioctl.*ENOTTY|ioctl.*not supported'; then echo "missing ioctl"
	elif [ "$2" = tconf ]; then echo "unsupported (TCONF)"
	elif grep -E 'TFAIL|TBROK' "$1" | grep -qE 'expected E[A-Z]+|errno|: E[A-Z0-9]+ \(|TERRNO'; then echo "wrong errno"
	elif [ "$2" = tbrok ]; then echo "setup broken"
	else echo "wrong value"
	fi
}
for d in "$@"; do
	printf '\n### Natively passing, not passing under %s\n\n' "$(label "$d")"
	printf '| test | class | cause | first failing line |\n|---|---|---|---|\n'
	awk -F'\t' 'FILENAME == ARGV[1] { na[$1] = 1; next } FILENAME == ARGV[2] { if ($2 == "pass") p[$1] = 1; next }
		($1 in p) && !($1 in na) && $2 != "pass" { print $1, $2 }' \
		"$first/not-applicable.txt" "$native/results.tsv" "$d/results.tsv" |
	while read -r name class; do
		log=$d/log/$name.log
		line=$(grep -m1 -E 'TFAIL|TBROK|TCONF|^dragoman:|Test killed|Test timed out' "$log" 2>/dev/null |
			sed 's/^[^ ]*: *//; s/|/\\|/g' | cut -c1-120)
		printf '| %s | %s | %s | %s |\n' "$name" "$class" "$(cause "$log" "$class")" "$line"
	done
done
