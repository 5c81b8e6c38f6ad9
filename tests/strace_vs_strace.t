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
[ -x "$bb_arm" ] && [ -x "$bb_amd" ] || tests/real/fetch.sh busybox-static >/dev/null 2>&1
[ -x "$bb_arm" ] && [ -x "$bb_amd" ] || { echo "1..1"; echo "not ok 1 - tests/real/fetch.sh busybox-static did not give $bb_arm and $bb_amd"; exit 1; }
command -v strace >/dev/null || skip "no strace (tests/deps.sh installs it)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/d/sub"
printf 'one\ntwo\nthree\n' > "$tmp/d/f.txt"
printf '%s\n' "$(pwd)/$bb_arm" "$(pwd)/$bb_amd" > "$tmp/bbs"
dm=$(pwd)/build/dragoman

# normalise TRACE: one line per call, as the comparison sees it
norm() {
	perl -e '
		my (@l, %pid, %open, $n, $first);
		while (<STDIN>) {
			chomp;
			s/^(\d+) +// or next;    # strace pads pids to 5 columns
			my ($p, $t) = ($1, $_);
			$first //= $p;
			# a call another process or thread interrupted, joined again
			if ($t =~ s/ <unfinished \.\.\.>$//) { $open{$p} = scalar @l; push @l, [$p, $t]; next; }
			if ($t =~ s/^<\.\.\. \w+ resumed>// && exists $open{$p}) { $l[delete $open{$p}][1] .= $t; next; }
			push @l, [$p, $t];
		}
		# processes named in the order the first one creates them, its lines first
		$pid{$first} = "P" . ++$n if defined $first;
		for (@l) { $pid{$1} //= "P" . ++$n if $_->[0] eq $first && $_->[1] =~ /^(?:clone3?|v?fork)\(.*\) += (\d+)$/; }
		for (@l) { $pid{$_->[0]} //= "P" . ++$n; }
		@l = sort { $pid{$a->[0]} cmp $pid{$b->[0]} } @l;   # stable: each process in its order
		my $seen_exec;
		for (@l) {
			my ($p, $t) = @$_;
			next if $t =~ /^---/;                          # signal deliveries: when, depends on the host
			next if $t =~ /^rt_sigreturn\(/;              # the end of a delivery: as asynchronous
			next if $t =~ / = \? ERESTART/;                # a call a delivery interrupted runs again
			$t .= " = 0" if $t =~ /^execve\(.*\)$/;      # a successful execve: the new dragoman cannot say
			next if $t =~ /^execve\(/ && $p eq $first && !$seen_exec++;   # strace shows the first exec; dragoman runs it itself
			next if $t =~ /^(arch_prctl|clock_gettime|gettimeofday|time)\(/;   # amd64 only / vDSO on amd64
			next if $t =~ /^rseq\(/;                       # dragoman refuses rseq (ENOSYS)
			$t =~ s/\) +=/) =/;                            # alignment
			$t =~ s/^readlink\(/readlinkat(AT_FDCWD, /;    # ABI names: aarch64 has only the *at calls
			$t =~ s/^dup2\((\d+), (\d+)\)/dup3($1, $2, 0)/;   # ... and dup3, not dup2
			# x86_64 needs SA_RESTORER (the libc sigreturn); aarch64 uses the vDSO one
			$t =~ s/sa_flags=SA_RESTORER, sa_restorer=0x[0-9a-f]+/sa_flags=0/;
			$t =~ s/(sa_flags=[A-Z_|]*?)\|?SA_RESTORER, sa_restorer=0x[0-9a-f]+/$1/;
			$t =~ s/^getppid\(\) = \d+/getppid() = PPID/;     # the caller of busybox
			next if $t =~ /^prctl\(PR_SET_NAME, /;          # comm after exec of /proc/self/exe: see docs
			$t =~ s/^prctl\(PR_GET_NAME, "[^"]*"\)/prctl(PR_GET_NAME, NAME)/;
			$t =~ s/^(open|stat|lstat)\(/($1 eq "open" ? "openat" : "newfstatat") . "(AT_FDCWD, "/e;
			$t =~ s/"(\\x[0-9a-f]{2})+"/"RANDOM"/g;       # getrandom bytes
			$t =~ s/(getrandom\(.*, \d+, )GRND_NONBLOCK\)/${1}1)/;   # dragoman: no flag names for getrandom
			$t =~ s{/roots/(arm64|amd64)/bin/busybox}{/roots/ARCH/bin/busybox}g;
			$t =~ s{"/[^"]*/roots/[^"]*"\.\.\.}{"ROOT"...}g;   # a path under the roots cut at the string size, wherever the checkout is
			$t =~ s/0x[0-9a-f]{4,}/ADDR/g;                 # addresses
			$t =~ s/\b(\d{2,})\b/exists $pid{$1} ? $pid{$1} : $1/ge;   # pids and tids
			# flag names in strace xlat order vs the set order of the specs
			$t =~ s/\b([A-Z][A-Z0-9_]+(?:\|[A-Z][A-Z0-9_]+)+)\b/join("|", sort split m{\|}, $1)/ge;
			print "$pid{$p} $t\n";
		}'
}

cmds=$(cat <<'EOF'
ls d
cat d/f.txt
head -n 1 d/f.txt
wc -l d/f.txt
sort d/f.txt
ls d/missing
cat d/missing
sh -c 'echo a | cat'
EOF
)
plan $(printf '%s\n' "$cmds" | wc -l)
printf '%s\n' "$cmds" | while IFS= read -r c; do
	# the command's words as a shell reads them (quotes included)
	(cd "$tmp" && eval "strace -f -o amd.trace \"\$(sed -n 2p bbs)\" $c" >/dev/null 2>&1)
	(cd "$tmp" && eval "\"\$dm\" -strace \"\$(sed -n 1p bbs)\" $c" 2>arm.trace >/dev/null)
	norm < "$tmp/amd.trace" > "$tmp/amd.n"
	norm < "$tmp/arm.trace" > "$tmp/arm.n"
	diff -a "$tmp/amd.n" "$tmp/arm.n" > "$tmp/diff"
	r=$?
	[ -s "$tmp/amd.n" ] || r=1       # an empty trace compares equal to nothing
	ok $r "busybox $c: dragoman -strace (arm64) reads as strace -f (amd64)"
	[ $r -eq 0 ] || sed 's/^/# /' "$tmp/diff" | head -40
done
