#!/bin/sh
# tests/arm_loader.t: the 32-bit Arm guest's ELF checks, kuser helpers and
# address window (docs/arm.md).
#  1-3. build/tests/arm/kuser.static with its ELF e_flags changed: soft-float
#       (armel), OABI (no EABI version) and an unknown EABI version are each
#       refused with one "dragoman: FILE: ..." line and exit status 126.
#  4-5. tests/arm/kuser.c under dragoman (interpreter, and the default
#       JIT setting) against qemu-arm: __kuser_helper_version, get_tls,
#       cmpxchg (r0 and the C flag), cmpxchg64, the barrier, 4 threads
#       adding through cmpxchg with no update lost, 64 mmaps and brk staying
#       below the helpers page.  Two lines are the kernel's, not qemu's
#       (qemu-arm neither lists the helpers page in /proc/self/maps nor
#       refuses a mapping over it): "[vectors] at ffff0000-ffff1000 r-xp:
#       yes" and "MAP_FIXED_NOREPLACE on the helpers page: refused".
. "$(dirname "$0")/lib/tap.sh"
. tests/lib/guest_arch.sh
plan 5
prog=build/tests/arm/kuser.static
why=
if ! command -v qemu-arm >/dev/null; then
	why="needs qemu-arm (tests/deps.sh)"
elif [ ! -x $prog ]; then
	why="$prog not built (ninja guest-progs-arm)"
else
	guest_arch_probe arm build/dragoman
	case $? in
	0) ;;
	1) why=$(guest_arch_why arm) ;;
	*) diag "build/dragoman -cpu help did not answer" ;;
	esac
fi
if [ -n "$why" ]; then
	for i in 1 2 3 4 5; do printf 'ok %d - # SKIP %s\n' $((_tap_n = _tap_n + 1)) "$why"; done
	exit 0
fi
d=$(mktemp -d "${TMPDIR:-/tmp}/arm_loader.XXXXXX")
trap 'rm -rf "$d"' EXIT

# e_flags is the word at offset 36 of an ELF32 header (little-endian)
with_flags() {  # with_flags HEXWORD OUT
	cp $prog "$2"
	perl -e 'open(my $f, "+<", $ARGV[0]) or die; seek($f, 36, 0); print $f pack("V", hex $ARGV[1])' "$2" "$1"
}
refused() {  # refused HEXWORD WORDS-OF-THE-REASON DESCRIPTION
	with_flags "$1" "$d/p"
	out=$(build/dragoman "$d/p" 2>&1 </dev/null); st=$?
	lines=$(printf '%s\n' "$out" | wc -l)
	case $out in "dragoman: $d/p: cannot execute: "*"$2"*) m=1 ;; *) m=0 ;; esac
	[ $st = 126 ] && [ "$lines" = 1 ] && [ $m = 1 ]
	ok $? "$3 refused: exit $st, $lines line: $out"
}
refused 05000200 "soft-float (armel)" "EABI5 soft-float"
refused 00000000 "OABI" "OABI"
refused 03000400 "unknown Arm EABI version" "EABI3"

want=$(hang qemu-arm $prog 2>&1 </dev/null; echo "exit $?")
want=$(printf '%s\n' "$want" | sed \
	-e 's/^\[vectors\] at ffff0000-ffff1000 r-xp: .*/[vectors] at ffff0000-ffff1000 r-xp: yes/' \
	-e 's/^MAP_FIXED_NOREPLACE on the helpers page: .*/MAP_FIXED_NOREPLACE on the helpers page: refused/')
got=$(DM_JIT=0 hang build/dragoman $prog 2>&1 </dev/null; echo "exit $?")
is "$got" "$want" "kuser helpers and the window under DM_JIT=0 = qemu-arm (+ the kernel's two lines)"
got=$(hang build/dragoman $prog 2>&1 </dev/null; echo "exit $?")
is "$got" "$want" "kuser helpers and the window under dragoman = qemu-arm (+ the kernel's two lines)"
