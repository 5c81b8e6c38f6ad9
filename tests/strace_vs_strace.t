#!/bin/sh
# -strace against strace(1): the same static busybox commands, the arm64
# busybox under dragoman and Debian's amd64 twin under `strace -f`, compared
# line by line.  Before the comparison both traces are normalised for what
# must differ (pids, addresses, random bytes, the ABI's syscall names) and for
# the known differences docs/syscalls.md lists ("-strace and strace(1)"), each
# by its own rule below; any other difference fails, with the diff shown.
. "$(dirname "$0")/lib/tap.sh"
skip() { echo "1..0 # SKIP $*"; exit 0; }
bb_arm=build/roots/arm64/bin/busybox bb_amd=build/roots/amd64/bin/busybox
[ -x "$bb_arm" ] && [ -x "$bb_amd" ] || skip "no busybox roots (tests/real/fetch.sh)"
command -v strace >/dev/null || skip "no strace (tests/deps.sh installs it)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/d/sub"
printf 'one\ntwo\nthree\n' > "$tmp/d/f.txt"
printf '%s\n' "$(pwd)/$bb_arm" "$(pwd)/$bb_amd" > "$tmp/bbs"
dm=$(pwd)/build/dragoman

# normalise TRACE: one line per call, as the comparison sees it
norm() {
	perl -e '
		my (@l, %pid, $n);
		while (<STDIN>) {
			chomp;
			s/^(\d+) +// or next;    # strace pads pids to 5 columns
			$pid{$1} //= "P" . ++$n;
			push @l, [$1, $_];
		}
		for (@l) {
			my ($p, $t) = @$_;
			next if $t =~ /^execve\(/;                     # strace shows the first exec; dragoman runs it itself
			next if $t =~ /^(arch_prctl|clock_gettime|gettimeofday|time)\(/;   # amd64 only / vDSO on amd64
			next if $t =~ /^rseq\(/;                       # dragoman refuses rseq (ENOSYS)
			$t =~ s/\) +=/) =/;                            # alignment
			$t =~ s/^readlink\(/readlinkat(AT_FDCWD, /;    # ABI names: aarch64 has only the *at calls
			$t =~ s/^(open|stat|lstat)\(/($1 eq "open" ? "openat" : "newfstatat") . "(AT_FDCWD, "/e;
			$t =~ s/"(\\x[0-9a-f]{2})+"/"RANDOM"/g;       # getrandom bytes
			$t =~ s/(getrandom\(.*, \d+, )GRND_NONBLOCK\)/${1}1)/;   # dragoman: no flag names for getrandom
			$t =~ s{/roots/(arm64|amd64)/bin/busybox}{/roots/ARCH/bin/busybox}g;
			$t =~ s{"/[^"]*/roots/(arm6|amd6)"\.\.\.}{"ROOT"...}g;
			$t =~ s/0x[0-9a-f]{4,}/ADDR/g;                 # addresses
			$t =~ s/\b(\d{2,})\b/exists $pid{$1} ? $pid{$1} : $1/ge;   # pids and tids
			# flag names in strace xlat order vs the set order of the specs
			$t =~ s/\b([A-Z][A-Z0-9_]+(?:\|[A-Z][A-Z0-9_]+)+)\b/join("|", sort split m{\|}, $1)/ge;
			print "$pid{$p} $t\n";
		}'
}

cmds='ls d
cat d/f.txt
head -n 1 d/f.txt
wc -l d/f.txt
sort d/f.txt
ls d/missing
cat d/missing'
plan $(printf '%s\n' "$cmds" | wc -l)
printf '%s\n' "$cmds" | while IFS= read -r c; do
	# shellcheck disable=SC2086  # the words of the command
	(cd "$tmp" && strace -f -o amd.trace "$(sed -n 2p bbs)" $c >/dev/null 2>&1)
	# shellcheck disable=SC2086
	(cd "$tmp" && "$dm" -strace "$(sed -n 1p bbs)" $c 2>arm.trace >/dev/null)
	norm < "$tmp/amd.trace" > "$tmp/amd.n"
	norm < "$tmp/arm.trace" > "$tmp/arm.n"
	diff -a "$tmp/amd.n" "$tmp/arm.n" > "$tmp/diff"
	r=$?
	[ -s "$tmp/amd.n" ] || r=1       # an empty trace compares equal to nothing
	ok $r "busybox $c: dragoman -strace (arm64) reads as strace -f (amd64)"
	[ $r -eq 0 ] || sed 's/^/# /' "$tmp/diff" | head -40
done
