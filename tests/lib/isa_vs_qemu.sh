# tests/lib/isa_vs_qemu.sh: the body of a guest's ISA test against qemu-user
# (tests/isa_s390x.t, tests/isa_arm.t): one TAP line per class of
# tests/isa/ARCH/gen.lua; each class's program runs under QEMU, the oracle,
# and under build/dragoman with the interpreter (DM_JIT=0) and with the JIT,
# through tests/isa/ARCH/run.sh; both must print every line the oracle prints.
# Skipped, per class, when QEMU or CC is missing or dragoman has no ARCH
# front-end.  DM_ISA_ORACLE_SELFTEST=1 checks the harness instead: the oracle
# against a second oracle run (must pass) and against a copy of its output
# with one register changed (must fail).
# Usage (after tests/lib/tap.sh): isa_vs_qemu ARCH QEMU CC
. tests/lib/guest_arch.sh
isa_vs_qemu() {
	_arch=$1 _qemu=$2 _cc=$3 _run=tests/isa/$1/run.sh
	_classes=$(lua5.4 tests/isa/$_arch/gen.lua list)
	plan $(echo $_classes | wc -w)
	_why=
	if ! command -v "$_qemu" >/dev/null || ! command -v "$_cc" >/dev/null; then
		_why="needs $_qemu and $_cc (tests/deps.sh)"
	elif [ -z "$DM_ISA_ORACLE_SELFTEST" ]; then
		guest_arch_probe "$_arch" build/dragoman
		case $? in
		0) ;;
		1) _why=$(guest_arch_why "$_arch") ;;
		*) diag "build/dragoman -cpu help did not answer: every class fails" ;;
		esac
	fi
	for c in $_classes; do
		if [ -n "$_why" ]; then
			printf 'ok %d - %s # SKIP %s\n' $((_tap_n = _tap_n + 1)) "$c" "$_why"
			continue
		fi
		if [ -n "$DM_ISA_ORACLE_SELFTEST" ]; then
			a=$($_run "$c" "$_qemu" 2>&1); sa=$?
			b=$($_run "$c" corrupt 2>&1); sb=$?
			[ $sa = 0 ] && [ $sb = 1 ] && [ "$(printf '%s\n' "$b" | tail -1 | sed 's/.*fail //')" = 1 ]
			st=$?
			[ $st = 0 ] || { printf '%s\n%s\n' "$a" "$b" | grep '^#' | head -8; }
			ok $st "$c: oracle self-test: qemu vs qemu $(printf '%s\n' "$a" | tail -1); vs a changed copy $(printf '%s\n' "$b" | tail -1)"
			continue
		fi
		i=$($_run "$c" env DM_JIT=0 build/dragoman 2>&1); si=$?
		j=$($_run "$c" build/dragoman 2>&1); sj=$?
		printf '%s\n' "$i" | grep '^#' | sed 's/^# /# interpreter: /'
		printf '%s\n' "$j" | grep '^#' | sed 's/^# /# JIT: /'
		[ $si = 0 ] && [ $sj = 0 ]
		ok $? "$c vs $_qemu: DM_JIT=0 $(printf '%s\n' "$i" | tail -1); JIT $(printf '%s\n' "$j" | tail -1)"
	done
}
