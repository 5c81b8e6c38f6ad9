# tests/lib/guest_arch.sh: does this dragoman have a front-end for a guest
# architecture?  Sourced by tests that loop over guest targets (tests/guest.t,
# tests/isa_s390x.t, tests/real_*.t, tests/bench/run.sh).
#
# The probe asks dragoman itself: `DRAGOMAN -cpu help` prints one line
# "ARCH: max (...)" per guest architecture compiled in (emu/main.c, list_cpus;
# docs/cli.md), and exits 0.  Nothing is guessed from the source tree or the
# build files, so the answer is the binary's own.
#
#   guest_arch_probe ARCH [DRAGOMAN]   0: ARCH is compiled in
#                                      1: it is not (the caller skips, with
#                                         "$(guest_arch_why ARCH)" as the reason)
#                                      2: dragoman could not be asked (missing,
#                                         crashed, printed no architecture at all):
#                                         the caller must fail, not skip
#   guest_arch_why ARCH                "dragoman has no ARCH front-end"
#   guest_arch_debian ARCH             Debian's name for it (aarch64 -> arm64)
#   guest_arch_of_debian DEB           the reverse (arm64 -> aarch64)
#
# ARCH is dragoman's name (struct dm_arch.name: aarch64, s390x).
guest_arch_probe() {
	_ga_dm=${2:-build/dragoman}
	[ -x "$_ga_dm" ] || return 2
	_ga_list=$("$_ga_dm" -cpu help 2>/dev/null) || return 2
	# "(no guest architecture compiled in)" is an answer too: nothing runs
	case $_ga_list in *"no guest architecture compiled in"*) return 1 ;; esac
	printf '%s\n' "$_ga_list" | grep -q ': max' || return 2
	printf '%s\n' "$_ga_list" | grep -q "^$1: " && return 0
	return 1
}
guest_arch_why() { printf 'dragoman has no %s front-end' "$1"; }
guest_arch_debian() { case $1 in aarch64) echo arm64 ;; *) echo "$1" ;; esac; }
guest_arch_of_debian() { case $1 in arm64) echo aarch64 ;; *) echo "$1" ;; esac; }
